// Applies a command's redirections, left to right like bash, to its default stdin/stdout/stderr: files are
// opened (truncated for `>`) before the program runs, `2>&1` copies whatever stdout is at that point.

import type { ExpandedRedirect } from './expansion.ts';
import { FileSystemError, type SessionFileSystem } from './filesystem.ts';

/** A destination for output; `origin` is the writer (program-records.ts), kept by the terminal and pipes. */
export type Sink = (text: string, origin?: number) => void;

export interface Streams {
  stdin: string;
  out: Sink;
  err: Sink;
  /** stdout still goes to the terminal (no pipe, no file). */
  outIsTerminal: boolean;
}

export type RedirectResult = { ok: true; streams: Streams } | { ok: false; error: string };

const DROP: Sink = () => {};

export function applyRedirects(
  redirects: readonly ExpandedRedirect[],
  defaults: Streams,
  fs: SessionFileSystem,
  reportError: Sink,
): RedirectResult {
  const streams: Streams = { ...defaults };
  for (const redirect of redirects) {
    switch (redirect.kind) {
      case 'none':
        break;
      case 'badFd':
        return { ok: false, error: `bash: ${redirect.fd}: Bad file descriptor\n` };
      case 'heredoc':
      case 'hereString':
        streams.stdin = redirect.text;
        break;
      case 'errToOut':
        streams.err = streams.out;
        break;
      case 'outToErr':
        streams.out = streams.err;
        streams.outIsTerminal = false;
        break;
      case 'in': {
        if (redirect.target === '/dev/null') {
          streams.stdin = '';
          break;
        }
        const content = fs.read(redirect.target);
        if (content === undefined) {
          const reason = fs.isDirectory(redirect.target) ? 'Is a directory' : 'No such file or directory';
          return { ok: false, error: `bash: ${redirect.target}: ${reason}\n` };
        }
        streams.stdin = content;
        break;
      }
      default: {
        const opened = openForWriting(
          redirect.target,
          redirect.kind === 'append' || redirect.kind === 'errAppend' || redirect.kind === 'bothAppend',
          streams,
          fs,
          reportError,
        );
        if (typeof opened === 'string') return { ok: false, error: opened };
        const both = redirect.kind === 'bothTo' || redirect.kind === 'bothAppend';
        if (redirect.kind === 'out' || redirect.kind === 'append' || both) {
          streams.out = opened;
          streams.outIsTerminal = false;
        }
        // `3> f` opens (creates) the file; nothing here writes to descriptors above 2.
        if (redirect.kind === 'errTo' || redirect.kind === 'errAppend' || both) streams.err = opened;
      }
    }
  }
  return { ok: true, streams };
}

/** A sink appending to a file, or the bash error text when it cannot be opened. */
function openForWriting(
  target: string,
  append: boolean,
  current: Streams,
  fs: SessionFileSystem,
  reportError: Sink,
): Sink | string {
  if (target === '/dev/null') return DROP;
  if (target === '/dev/stdout') return current.out;
  if (target === '/dev/stderr') return current.err;
  if (target === '') return 'bash: : No such file or directory\n';
  if (fs.isDirectory(target)) return `bash: ${target}: Is a directory\n`;
  const abs = fs.resolve(target);
  const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
  if (!fs.isDirectory(parent)) return `bash: ${target}: No such file or directory\n`;
  try {
    if (!append || !fs.exists(target)) fs.write(target, '');
  } catch (error) {
    return `bash: ${target}: ${error instanceof FileSystemError ? error.message : 'Input/output error'}\n`;
  }
  let failed = false;
  return (text) => {
    if (failed || text === '') return;
    try {
      fs.write(target, (fs.read(target) ?? '') + text);
    } catch (error) {
      failed = true;
      reportError(
        `bash: ${target}: write error: ${error instanceof FileSystemError ? error.message : 'Input/output error'}\n`,
      );
    }
  };
}
