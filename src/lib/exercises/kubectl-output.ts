// What kubectl itself showed the learner, from the shell's per-program records (src/sim/shell/program-records.ts):
// only bytes a kubectl process wrote that reached the terminal, directly or through a filter that passed its
// lines on unchanged. Text printed by echo, cat, printf or a here-document, read back from a file, or output
// sent to /dev/null never counts. Checks that ask "did the learner see X?" read this, never `record.stdout`.
import type { CommandRecord } from '../../sim/shell/types.ts';

export interface KubectlShown {
  /** kubectl's arguments (`['get', 'jobs']`), after expansion; `timeout N kubectl …` is unwrapped. */
  args: string[];
  /** The typed line it ran in. */
  line: string;
  /** Everything this kubectl wrote to stdout, wherever it went (headers are read from it). */
  wrote: string;
  /** What of its stdout and stderr reached the screen. */
  stdout: string;
  stderr: string;
}

/** `timeout [options] DURATION kubectl …` runs kubectl: its arguments, or undefined for another program. */
export function kubectlArgs(words: readonly string[]): string[] | undefined {
  if (words[0] === 'kubectl') return words.slice(1);
  if (words[0] !== 'timeout') return undefined;
  let i = 1;
  while (i < words.length && words[i]!.startsWith('-') && !/^-\d/.test(words[i]!)) {
    if (['-s', '-k', '--signal', '--kill-after'].includes(words[i]!)) i++;
    i++;
  }
  return words[i + 1] === 'kubectl' ? words.slice(i + 2) : undefined;
}

const cache = new WeakMap<CommandRecord, KubectlShown[]>();

/** Every kubectl process of a typed line with what it showed. */
export function kubectlShown(record: CommandRecord): KubectlShown[] {
  const cached = cache.get(record);
  if (cached) return cached;
  const shown: KubectlShown[] = [];
  (record.programs ?? []).forEach((run, index) => {
    const args = kubectlArgs(run.words);
    if (!args) return;
    let stdout = '';
    let stderr = '';
    for (const chunk of record.screen ?? []) {
      if (chunk.program !== index) continue;
      if (chunk.stream === 'stdout') stdout += chunk.text;
      else stderr += chunk.text;
    }
    shown.push({ args, line: record.line, wrote: run.stdout, stdout, stderr });
  });
  cache.set(record, shown);
  return shown;
}

/**
 * kubectl's stdout keeping only what the learner saw, plus the structure needed to read it back (table headers,
 * blank lines and describe's `Name:` lines, which are kubectl's own even when a grep dropped them).
 */
export function visibleOutput(shown: KubectlShown): string {
  const seen = new Set(shown.stdout.split('\n').map((l) => l.trimEnd()));
  return shown.wrote
    .split('\n')
    .filter((raw) => {
      const line = raw.trimEnd();
      return line === '' || seen.has(line) || /^(NAME|NAMESPACE)(\s|$)/.test(line) || /^Name:\s/.test(line);
    })
    .join('\n');
}

/** The typed line and `kubectl <args>` both tested, so `command: /kubectl\s+get/` keeps working. */
export function commandMatches(pattern: RegExp | undefined, shown: KubectlShown): boolean {
  return !pattern || pattern.test(`kubectl ${shown.args.join(' ')}`);
}

/** A program other than kubectl that put text matching `pattern` on the screen (for "printed by cat" feedback). */
export function otherWriterOf(records: readonly CommandRecord[], pattern: RegExp): string | undefined {
  for (const record of [...records].reverse()) {
    for (const chunk of record.screen ?? []) {
      const words = record.programs?.[chunk.program]?.words ?? [];
      if (kubectlArgs(words)) continue;
      if (pattern.test(chunk.text)) return chunk.program < 0 ? 'the shell' : (words[0] ?? 'the shell');
    }
    if ((record.input ?? '') !== '' && pattern.test(record.input ?? '')) return 'a here-document';
  }
  return undefined;
}

/** A klog header (`I0112 09:00:00.000137   48213 loader.go:405] `): kubectl's -v lines (sim/kubectl/verbose). */
const KLOG_HEADER = /^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ [^ \]]+:\d+\] /;

/**
 * kubectl's own messages on stderr without the lines `-v` adds: klog's `I…]` lines and the tab-indented lines and
 * closing ` >` of their multi-line values go; a 1.22 `F…] message` (klog.Fatal, from -v=6) keeps its message.
 */
export function messagesOf(stderr: string): string {
  const kept: string[] = [];
  let inValue = false;
  for (const line of stderr.split('\n')) {
    if (inValue) {
      if (line === ' >') inValue = false;
      continue;
    }
    const header = KLOG_HEADER.exec(line);
    if (!header) kept.push(line);
    else if (header[1] === 'F') kept.push(line.slice(header[0].length));
    else inValue = line.endsWith('=<');
  }
  return kept.join('\n');
}

/** Colour escapes (SGR), as kubectl's WarningPrinter and client-go's WarningWriter write them on a terminal. */
const SGR = /\x1b\[[0-9;]*m/g;

/**
 * The learner's latest `kubectl create`/`apply`/`run`/`replace`, when it printed an error (a manifest the API
 * server or kubectl's validation refused): its command and the error's first line, for feedback about an
 * object that does not exist.
 */
export function lastRefusal(records: readonly CommandRecord[]): { command: string; error: string } | undefined {
  for (const record of [...records].reverse()) {
    for (const shown of [...kubectlShown(record)].reverse()) {
      if (!['create', 'apply', 'run', 'replace'].includes(shown.args[0] ?? '')) continue;
      // Colour codes out first: on the terminal kubectl writes its `Warning:` in bold yellow.
      const error = messagesOf(shown.stderr.replace(SGR, ''))
        .split('\n')
        .find((l) => l.trim() !== '' && !/^Warning:/.test(l));
      return error ? { command: `kubectl ${shown.args.join(' ')}`, error: error.trim() } : undefined;
    }
  }
  return undefined;
}
