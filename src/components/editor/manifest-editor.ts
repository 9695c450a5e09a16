// <manifest-editor>: the light-weight half of the manifest editor. It owns the placeholder (a <pre>
// of the file + buttons, rendered by ManifestEditor.astro), the public API and the events, and imports
// Monaco (monaco-setup.ts) at idle once the lesson's terminal is ready (issue 12: ready before the learner
// reaches the editor, no long task when they first focus it), or at once when they press Edit or point at it.
//
// API
//   attribute/property `file`      the lesson file name, e.g. `job.yaml`
//   property `content`             current text (set it to restore saved work; does not emit events)
//   property `original`            the lesson's version (the <pre>'s text when the element connected)
//   method `reset()`               back to the original (undoable in Monaco), emits manifest-change
//   method `open()`                load Monaco now and focus it
//   method `replaceFromShell(text)` the shell rewrote the file (shell-files.ts): show its text (undoable),
//                                  emits manifest-change, says so in the status line
//   event `manifest-change`        detail { file, content }, debounced while typing, bubbles, composed
//   event RUN_EVENT ('jobs-lab:run', the site's Run-button event, terminal/events.ts)
//                                  detail { command }, bubbles, composed (Apply): a here-document that writes
//                                  <file> in the shell, then `kubectl apply -f <file>` (src/lib/apply-command.ts); the
//                                  terminal types it, so it is seen and lands in the replayable input log
//   persistence per lesson         lesson-files.ts (drafts in the progress store's `files`)

import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { type Locale, localeOf, t } from '../../i18n/t.ts';
import { applyCommand } from '../../lib/apply-command.ts';
import { whenIdle } from '../../lib/when-idle.ts';
import { afterTerminal } from '../site/after-terminal.ts';
import { RUN_EVENT, type RunEventDetail } from '../terminal/events.ts';
import { watchTheme } from './theme.ts';

const SAVE_DELAY_MS = 400;

type Setup = typeof import('./monaco-setup.ts');

let setupPromise: Promise<Setup> | undefined;
/** One Monaco for the whole page, however many editors it has. */
function loadMonaco(locale: Locale): Promise<Setup> {
  // Monaco 0.57 localises through a message table in globalThis._VSCODE_NLS_MESSAGES that its modules read as
  // they load (monaco-editor/esm/vs/nls.js); the Korean table must be in place before the editor is imported.
  // Its Korean messages a learner meets are reworded in the course's voice (monaco-ko.ts).
  setupPromise ??= (
    locale === 'ko' ? import('./monaco-ko.ts').then(({ loadMonacoKorean }) => loadMonacoKorean()) : Promise.resolve()
  ).then(() => import('./monaco-setup.ts'));
  return setupPromise;
}

export class ManifestEditorElement extends HTMLElement {
  #original = '';
  #content = '';
  #locale: Locale = 'en';
  #editor: MonacoEditor.IStandaloneCodeEditor | undefined;
  #loading: Promise<void> | undefined;
  #observer: IntersectionObserver | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #silent = false;
  #stopTheme: (() => void) | undefined;

  get file(): string {
    return this.getAttribute('file') ?? 'job.yaml';
  }
  set file(value: string) {
    this.setAttribute('file', value);
  }

  get original(): string {
    return this.#original;
  }

  get content(): string {
    return this.#editor?.getModel()?.getValue() ?? this.#content;
  }
  set content(value: string) {
    this.#content = value;
    this.#placeholderCode().textContent = value;
    const model = this.#editor?.getModel();
    if (model && model.getValue() !== value) {
      this.#silent = true;
      model.setValue(value);
      this.#silent = false;
    }
  }

  connectedCallback(): void {
    this.#locale = localeOf(this.closest('[lang]')?.getAttribute('lang'));
    // The server-rendered <pre> holds the lesson's file: it is both the placeholder and the original.
    this.#original = this.#placeholderCode().textContent ?? '';
    if (!this.#content) this.#content = this.#original;
    else this.#placeholderCode().textContent = this.#content;

    this.addEventListener('click', this.#onClick);
    // Monaco (≈1 MB gzip) is fetched, evaluated and mounted at idle once the terminal is ready (after its first
    // paint, so neither the terminal nor the first-interaction budget pays for it), in two idle periods: the
    // import, then the editor's creation. A learner who scrolls to the editor later finds it ready.
    afterTerminal(() =>
      whenIdle(() => {
        void loadMonaco(this.#locale)
          .then(() => whenIdle(() => void this.open({ focus: false }), IDLE_TIMEOUT_MS))
          .catch(() => undefined);
      }, IDLE_TIMEOUT_MS),
    );
    // Sooner when the learner gets there first: the editor (nearly) on screen after an interaction, pointing at
    // it or focusing it.
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) afterFirstInteraction(() => void this.open({ focus: false }));
      },
      // Start loading a little before the editor scrolls into view.
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
    for (const type of ['pointerenter', 'focusin'] as const) {
      this.addEventListener(type, () => void this.open({ focus: false }), { once: true });
    }
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    this.#observer?.disconnect();
    this.#flushSave();
    this.#stopTheme?.();
    this.#editor?.getModel()?.dispose();
    this.#editor?.dispose();
    this.#editor = undefined;
    this.#loading = undefined;
  }

  /** Loads Monaco (once) and shows it in place of the placeholder. */
  open({ focus = true }: { focus?: boolean } = {}): Promise<void> {
    this.#observer?.disconnect();
    this.#loading ??= this.#mount();
    return this.#loading.then(() => {
      if (focus) this.#editor?.focus();
    });
  }

  reset(): void {
    // An edit rather than setValue, so Ctrl+Z brings the learner's version back.
    this.#replace(this.#original, 'reset');
    this.#emitChange();
    this.#announce(t(this.#locale, 'editor.resetDone'));
  }

  /** The terminal rewrote this file (a solution, a here-document): the editor shows the shell's version. */
  replaceFromShell(text: string): void {
    this.#replace(text, 'shell');
    this.#emitChange();
    this.#announce(t(this.#locale, 'editor.rewritten', { file: this.file }));
  }

  /** Replaces the whole text: an edit in Monaco (Ctrl+Z brings the previous text back), or the placeholder's. */
  #replace(text: string, source: string): void {
    const model = this.#editor?.getModel();
    if (model) {
      this.#editor!.pushUndoStop();
      this.#editor!.executeEdits(source, [{ range: model.getFullModelRange(), text }]);
      this.#editor!.pushUndoStop();
    } else {
      this.#content = text;
      this.#placeholderCode().textContent = text;
      const fallback = this.querySelector<HTMLTextAreaElement>('textarea.me-fallback');
      if (fallback) fallback.value = text;
    }
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!button || !this.contains(button)) return;
    switch (button.dataset['action']) {
      case 'edit':
        void this.open();
        break;
      case 'reset':
        this.reset();
        break;
      case 'apply':
        this.#apply();
        break;
    }
  };

  #apply(): void {
    // Save first, so whoever writes the shell's FileSystem has the current text before the command runs.
    this.#emitChange();
    this.dispatchEvent(
      new CustomEvent<RunEventDetail>(RUN_EVENT, {
        bubbles: true,
        composed: true,
        detail: { command: applyCommand(this.file, this.content) },
      }),
    );
    this.#announce(t(this.#locale, 'editor.applied'));
  }

  async #mount(): Promise<void> {
    const editButton = this.querySelector<HTMLButtonElement>('button[data-action="edit"]');
    this.setAttribute('aria-busy', 'true');
    if (editButton) editButton.textContent = t(this.#locale, 'editor.loading');
    let setup: Setup;
    try {
      setup = await loadMonaco(this.#locale);
    } catch (error) {
      this.removeAttribute('aria-busy');
      this.#showFallback();
      // Not console.error: a missing editor is a degraded page, not a broken one.
      console.warn('manifest editor: Monaco failed to load', error);
      return;
    }
    if (!this.isConnected) return;
    const { monaco } = setup;
    const host = this.querySelector<HTMLElement>('.me-host')!;
    const helpId = this.querySelector('.me-help')?.id;
    // One model per file name; a second editor for the same file on a page shares nothing else.
    const uri = monaco.Uri.parse(`file:///${this.id || 'lesson'}/${this.file}`);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(this.#content, 'yaml', uri);
    host.hidden = false;
    this.#editor = monaco.editor.create(host, {
      model,
      ariaLabel: t(this.#locale, 'editor.label', { file: this.file }),
      accessibilitySupport: 'on',
      ...(helpId ? { ariaDescribedBy: helpId } : {}),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      detectIndentation: false,
      fontSize: 14,
      lineNumbersMinChars: 3,
      renderWhitespace: 'boundary',
      // 'dimmed' draws the number of the empty last line below WCAG contrast.
      renderFinalNewline: 'on',
      quickSuggestions: { other: true, comments: false, strings: true },
      fixedOverflowWidgets: true,
      // Learners copy commands from the page; the editor should not grab the page's scroll.
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    this.#stopTheme = watchTheme((theme) => monaco.editor.setTheme(setup.EDITOR_THEMES[theme]));
    model.onDidChangeContent(() => {
      this.#content = model.getValue();
      if (!this.#silent) this.#scheduleSave();
    });
    this.querySelector('.me-placeholder')?.setAttribute('hidden', '');
    // A keyboard learner who tabbed to Edit (focusing it starts the load) must not be left on <body> when the
    // button goes: the editor they were about to open takes the focus (WCAG 2.4.3 focus order).
    const editHadFocus = editButton !== null && document.activeElement === editButton;
    if (editButton) editButton.hidden = true;
    if (editHadFocus) this.#editor.focus();
    this.removeAttribute('aria-busy');
    this.dataset['state'] = 'ready';
  }

  /** Without Monaco (offline, old browser) a plain textarea keeps the lesson usable. */
  #showFallback(): void {
    const placeholder = this.querySelector<HTMLElement>('.me-placeholder');
    const textarea = document.createElement('textarea');
    textarea.className = 'me-fallback';
    textarea.spellcheck = false;
    textarea.value = this.#content;
    textarea.setAttribute('aria-label', t(this.#locale, 'editor.label', { file: this.file }));
    textarea.rows = Math.max(8, this.#content.split('\n').length + 1);
    textarea.addEventListener('input', () => {
      this.#content = textarea.value;
      this.#placeholderCode().textContent = textarea.value;
      this.#scheduleSave();
    });
    placeholder?.replaceWith(textarea);
    this.querySelector<HTMLButtonElement>('button[data-action="edit"]')?.setAttribute('hidden', '');
    this.#announce(t(this.#locale, 'editor.loadFailed'));
    this.dataset['state'] = 'fallback';
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#emitChange(), SAVE_DELAY_MS);
  }

  #flushSave(): void {
    if (this.#saveTimer !== undefined) this.#emitChange();
  }

  #emitChange(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.dispatchEvent(
      new CustomEvent('manifest-change', {
        bubbles: true,
        composed: true,
        detail: { file: this.file, content: this.content },
      }),
    );
  }

  #announce(text: string): void {
    const status = this.querySelector<HTMLElement>('.me-status');
    if (status) status.textContent = text;
  }

  #placeholderCode(): HTMLElement {
    return this.querySelector<HTMLElement>('.me-placeholder code') ?? document.createElement('code');
  }
}

if (!customElements.get('manifest-editor')) customElements.define('manifest-editor', ManifestEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'manifest-editor': ManifestEditorElement;
  }
  interface HTMLElementEventMap {
    'manifest-change': CustomEvent<{ file: string; content: string }>;
  }
}

/** How long an idle wait may last (browsers without requestIdleCallback wait this long). */
const IDLE_TIMEOUT_MS = 3000;

const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** Runs `run` now if the learner has already interacted with the page, else on their first interaction. */
function afterFirstInteraction(run: () => void): void {
  if (navigator.userActivation?.hasBeenActive || window.scrollY > 0) {
    run();
    return;
  }
  const once = (): void => {
    for (const type of INTERACTIONS) window.removeEventListener(type, once, true);
    run();
  };
  for (const type of INTERACTIONS) window.addEventListener(type, once, { capture: true, passive: true });
}
