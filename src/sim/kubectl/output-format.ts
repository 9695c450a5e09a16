// `-o` / `--template` / `--allow-missing-template-keys` for commands: which printer the flags select
// (cli-runtime genericclioptions PrintFlags.ToPrinter, JSONPathPrintFlags, GoTemplatePrintFlags; kubectl
// pkg/cmd/get get_flags.go + customcolumn_flags.go for `get`), and printing objects with it through
// src/sim/kubectl/printers (yaml, json, name, jsonpath, custom-columns, the v1 List wrapper).
// Go templates are not simulated: selecting one with a template stops with a learner hint.

import type { KubeObject } from '../api/types.ts';
import type { FileSystem, ProgramIO } from '../shell/program.ts';
import { ExitError } from './errors.ts';
import { type Flags, goQuote } from './flags.ts';
import {
  type CustomColumnsSpec,
  type JsonKeyOrder,
  jsonPathTemplateError,
  listOf,
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  printJsonPath,
  printNames,
  toJson,
  toYaml,
} from './printers/index.ts';
import { KIND_PREFIX } from './printers/print-tables.ts';
import { kindPrefix, typeForKindName } from './resources.ts';

export type OutputFormat =
  | { type: 'table'; wide: boolean }
  | { type: 'yaml' }
  | { type: 'json' }
  | { type: 'name' }
  | { type: 'jsonpath'; template: string; asJson: boolean; allowMissingKeys: boolean }
  | { type: 'custom-columns'; spec: CustomColumnsSpec; noHeaders: boolean }
  | { type: 'go-template' };

/** A printer, or the error ToPrinter returns (Go text; CheckErr adds `error: `). */
export type OutputFormatResult = { ok: true; format: OutputFormat } | { ok: false; error: string };

// AllowedFormats() as NoCompatiblePrinterError prints them (sorted).
const ALLOWED_GET =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';
const ALLOWED_WRITE =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

const JSONPATH_FORMATS = ['jsonpath', 'jsonpath-file', 'jsonpath-as-json'];
const GO_TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile'];
const CUSTOM_COLUMNS_FORMATS = ['custom-columns', 'custom-columns-file'];

/** "no compatible printer": this printer family does not handle the format, try the next one. */
const NO_MATCH = undefined;

/** The `FORMAT=VALUE` split every template family does when --template is not given. */
function splitTemplate(
  output: string,
  templateArg: string,
  formats: readonly string[],
): { format: string; value: string } | undefined {
  let format = output;
  let value = '';
  if (templateArg === '') {
    for (const f of formats) {
      if (output.startsWith(`${f}=`)) {
        value = output.slice(f.length + 1);
        format = f;
        break;
      }
    }
  } else {
    value = templateArg;
  }
  return formats.includes(format) ? { format, value } : NO_MATCH;
}

/** JSONPathPrintFlags.ToPrinter. */
function jsonPathPrinter(
  output: string,
  templateArg: string,
  allowMissingKeys: boolean,
  fs: FileSystem,
): OutputFormatResult | undefined {
  if (templateArg === '' && output === '') return NO_MATCH;
  const split = splitTemplate(output, templateArg, JSONPATH_FORMATS);
  if (!split) return NO_MATCH;
  let template = split.value;
  if (template === '') return { ok: false, error: 'template format specified but no template given' };
  if (split.format === 'jsonpath-file') {
    const text = fs.read(template);
    if (text === undefined) {
      return {
        ok: false,
        error: `error reading --template ${template}, open ${template}: no such file or directory\n`,
      };
    }
    template = text;
  }
  const parseError = jsonPathTemplateError(template);
  if (parseError !== undefined) return { ok: false, error: `${parseError}\n` };
  return {
    ok: true,
    format: { type: 'jsonpath', template, asJson: split.format === 'jsonpath-as-json', allowMissingKeys },
  };
}

/** GoTemplatePrintFlags.ToPrinter: only the flag checks; the template itself is not simulated. */
function goTemplatePrinter(output: string, templateArg: string): OutputFormatResult | undefined {
  if (templateArg === '' && output === '') return NO_MATCH;
  const split = splitTemplate(output, templateArg, GO_TEMPLATE_FORMATS);
  if (!split) return NO_MATCH;
  if (split.value === '') return { ok: false, error: 'template format specified but no template given' };
  return { ok: true, format: { type: 'go-template' } };
}

/** kubectl get customcolumn_flags.go CustomColumnsPrintFlags.ToPrinter (--template doubles as the spec). */
function customColumnsPrinter(
  output: string,
  templateArg: string,
  noHeaders: boolean,
  fs: FileSystem,
): OutputFormatResult | undefined {
  if (output === '') return NO_MATCH;
  const split = splitTemplate(output, templateArg, CUSTOM_COLUMNS_FORMATS);
  if (!split) return NO_MATCH;
  if (split.value === '') return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  let parsed: ReturnType<typeof parseCustomColumnsSpec>;
  if (split.format === 'custom-columns-file') {
    const text = fs.read(split.value);
    if (text === undefined) {
      return {
        ok: false,
        error: `error reading template ${split.value}, open ${split.value}: no such file or directory\n`,
      };
    }
    parsed = parseCustomColumnsTemplate(text);
  } else {
    parsed = parseCustomColumnsSpec(split.value);
  }
  return parsed.ok ? { ok: true, format: { type: 'custom-columns', spec: parsed.spec, noHeaders } } : parsed;
}

/** JSONYamlPrintFlags and NamePrintFlags lower-case the format; '' is the name printer for write commands. */
function jsonYamlNamePrinter(output: string, emptyIsName: boolean): OutputFormatResult | undefined {
  const lower = output.toLowerCase();
  if (lower === 'json' || lower === 'yaml' || lower === 'name')
    return { ok: true, format: { type: lower } as OutputFormat };
  if (lower === '' && emptyIsName) return { ok: true, format: { type: 'table', wide: false } };
  return NO_MATCH;
}

/**
 * The printer the flags select, as PrintFlags.ToPrinter decides it. `forGet`: kubectl get's own PrintFlags
 * (templates first, then json/yaml, human-readable '' and wide, custom-columns, name) and allowed formats;
 * otherwise genericclioptions' (json/yaml, name — '' too, which write commands print as `x created` — then
 * templates). `table` stands for the human-readable printer (get) or the `<name> <operation>` line.
 */
export function resolveOutputFormat(flags: Flags, fs: FileSystem, forGet: boolean): OutputFormatResult {
  let output = flags.string('output');
  const templateArg = flags.string('template');
  const allowMissingKeys = flags.bool('allow-missing-template-keys');
  // A --template without -o means go-template (get: when -o is empty; others: when -o was not given).
  if (templateArg !== '' && (forGet ? output === '' : !flags.changed('output'))) output = 'go-template';
  const templates = (): OutputFormatResult | undefined =>
    jsonPathPrinter(output, templateArg, allowMissingKeys, fs) ?? goTemplatePrinter(output, templateArg);
  const found = forGet
    ? (templates() ??
      jsonYamlNamePrinter(output, false) ??
      (output === '' || output === 'wide'
        ? { ok: true, format: { type: 'table', wide: output === 'wide' } }
        : NO_MATCH) ??
      customColumnsPrinter(output, templateArg, flags.bool('no-headers'), fs) ??
      NO_MATCH)
    : (jsonYamlNamePrinter(output, true) ?? templates());
  if (found) return found;
  return {
    ok: false,
    error: `unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: ${forGet ? ALLOWED_GET : ALLOWED_WRITE}`,
  };
}

/** resolveOutputFormat for commands that build their printer up front (create, run): throws the error. */
export function outputFormatOrThrow(flags: Flags, fs: FileSystem, forGet = false): OutputFormat {
  const result = resolveOutputFormat(flags, fs, forGet);
  if (!result.ok) throw new Error(result.error);
  return result.format;
}

/** `job.batch/x`: NamePrinter. */
export function objectName(obj: { kind?: string; apiVersion?: string; metadata?: { name?: string } }): string {
  const type = obj.kind ? typeForKindName(obj.kind, obj.apiVersion) : undefined;
  const prefix = type ? kindPrefix(type) : (obj.kind ?? '').toLowerCase();
  return `${prefix}/${obj.metadata?.name ?? ''}`;
}

/** The unstructured JSON the template printers see (no undefined members). */
function plainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Prints objects in a generic format; one object alone, several (or `forceList`) as a v1 List (get.go
 * printGeneric). `jsonOrder`: 'sorted' for unstructured objects (get, apply), 'insertion' for typed ones
 * (create job, run). Output already produced is written before a printer error is thrown (CheckErr prints it).
 */
export function printGeneric(
  io: Pick<ProgramIO, 'out' | 'hint'>,
  format: OutputFormat,
  objects: readonly KubeObject[],
  forceList: boolean,
  jsonOrder: JsonKeyOrder = 'sorted',
): void {
  const single = objects.length === 1 && !forceList;
  const one = single ? objects[0] : listOf([...objects]);
  switch (format.type) {
    case 'name':
      // NamePrinter; manifests of kinds the printers do not know fall back to the RESTMapper's prefix.
      io.out(objects.map((o) => (o.kind in KIND_PREFIX ? printNames([o]) : `${objectName(o)}\n`)).join(''));
      return;
    case 'yaml':
      io.out(toYaml(one));
      return;
    case 'json':
      io.out(toJson(one, jsonOrder));
      return;
    case 'jsonpath': {
      const result = printJsonPath(format.template, plainJson(one), {
        allowMissingKeys: format.allowMissingKeys,
        asJson: format.asJson,
      });
      if (!result.ok) throw new Error(result.error);
      io.out(result.text);
      return;
    }
    case 'custom-columns': {
      // CustomColumnsPrinter.PrintObj: a List prints one row per item.
      const rows = single ? [plainJson(one)] : objects.map(plainJson);
      const result = printCustomColumns(format.spec, rows, { noHeaders: format.noHeaders });
      io.out(result.text);
      if (!result.ok) throw new Error(result.error);
      return;
    }
    case 'go-template':
      throw new ExitError(1, 'hint.kubectl.goTemplate');
    default:
      return;
  }
}
