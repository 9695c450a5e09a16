// Loads Monaco with only the features the manifest editor needs, YAML support from monaco-yaml and
// the course's Kubernetes schema. Imported dynamically by manifest-editor.ts the first time an editor
// comes near the viewport or is opened, so pages pay nothing for Monaco until then.

import * as monaco from 'monaco-editor/editor';
// Features (0.57 entry points): completion list, hover docs, F8 marker navigation, find, Ctrl-M
// tab trapping toggle, comment toggling, bracket matching, clipboard, and the codicon font the
// completion and hover widgets use.
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/codicon/register';
// Syntax colouring; monaco-yaml brings validation, completion and hover but no tokenizer.
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { localeOf } from '../../i18n/t.ts';
import { kubernetesSchemaIn } from './schemas/schema-locale.ts';
import YamlWorker from './yaml.worker.ts?worker';
import { localizeMarkerMessage } from './yaml-messages.ts';

export type Monaco = typeof monaco;

/** The page's language: markers and the schema's hover texts follow it. */
const locale = localeOf(document.documentElement.lang);

// Monaco reads its worker factory from this global (typed by monaco-editor as `Environment`).
globalThis.MonacoEnvironment = {
  // Only the core editor worker is created through here; the YAML worker is created by yamlMonaco below.
  getWorker: () => new EditorWorker(),
};

interface LegacyWorkerOptions {
  label?: string;
  moduleId?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

// monaco-yaml 5.5 (through monaco-worker-manager) calls createWebWorker with the pre-0.56 options
// ({ moduleId, label, createData }); 0.57 wants a Worker and no longer sends createData. This view of
// the API creates the YAML worker and performs the two-message handshake Monaco's own languages use
// (see monaco-editor/esm/vs/internal/common/workers.js): a wake-up message, then createData.
// It also raises schema problems from warnings (the JSON language service's default) to errors: the
// API server rejects unknown fields and invalid values, so a misspelt field deserves a red squiggle.
// Messages are reworded in the page's language (yaml-messages.ts).
const yamlMonaco = {
  ...monaco,
  editor: {
    ...monaco.editor,
    setModelMarkers(model: monaco.editor.ITextModel, owner: string, markers: monaco.editor.IMarkerData[]) {
      monaco.editor.setModelMarkers(
        model,
        owner,
        markers.map((m) => ({
          ...m,
          message: localizeMarkerMessage(locale, m.message, m.source),
          ...(m.severity === monaco.MarkerSeverity.Warning && m.source?.startsWith('yaml-schema')
            ? { severity: monaco.MarkerSeverity.Error }
            : {}),
        })),
      );
    },
    createWebWorker(options: LegacyWorkerOptions) {
      const worker = new YamlWorker();
      worker.postMessage('ignore');
      worker.postMessage(options.createData);
      return monaco.editor.createWebWorker({
        worker,
        ...(options.host ? { host: options.host } : {}),
        ...(options.keepIdleModels !== undefined ? { keepIdleModels: options.keepIdleModels } : {}),
      });
    },
  },
} as unknown as Parameters<typeof configureMonacoYaml>[0];

configureMonacoYaml(yamlMonaco, {
  enableSchemaRequest: false,
  // Prettier formatting would add ~300 KiB to the worker for a feature the lessons do not need.
  format: { enable: false },
  hover: true,
  // The schema has no public address to link to from hover cards.
  hoverSchemaSource: false,
  completion: true,
  validate: true,
  schemas: [
    {
      // Every manifest the course edits; the kind field inside selects Job, CronJob or Pod.
      fileMatch: ['**/*.yaml', '**/*.yml'],
      // Only a name here: enableSchemaRequest is off, the schema object is used as is.
      uri: 'https://jobs-lab.invalid/schemas/kubernetes.json',
      schema: kubernetesSchemaIn(locale),
    },
  ],
});

// Monaco's vs-dark draws comments in #608b4e on #1e1e1e, 4.2:1 (axe color-contrast wants 4.5:1 for 14px
// text, and the lessons' YAML comments explain the manifest). #6a9955 (VS Code's Dark+ comment colour) is 5.0:1.
// vs (light) draws comments in #008000 on white, 5.1:1, so the light theme is Monaco's own.
monaco.editor.defineTheme('jobs-lab-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6a9955' }],
  colors: {},
});

/** The editor theme for the site's theme. */
export const EDITOR_THEMES = { light: 'vs', dark: 'jobs-lab-dark' } as const;

export { monaco };
