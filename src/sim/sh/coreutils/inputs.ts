// Reading a filter's inputs (cat, head, wc …): the named files or stdin, with GNU's or BusyBox's error texts.

import type { Host, Io } from '../process.ts';
import type { UtilityContext } from './context.ts';

export function readFile(host: Host, path: string): string | undefined {
  if (path === '/dev/null') return '';
  if (path === '/etc/hostname') return `${host.hostname}\n`;
  return host.files.get(path);
}

export function readStdin(io: Io): string {
  const text = io.stdin.text.slice(io.stdin.pos);
  io.stdin.pos = io.stdin.text.length;
  return text;
}

export function missingFile(ctx: UtilityContext, tool: string, path: string): string {
  if (ctx.host.isDirectory(path)) return `${tool}: ${path}: Is a directory\n`;
  return ctx.host.flavour === 'gnu'
    ? `${tool}: ${path}: No such file or directory\n`
    : `${tool}: can't open '${path}': No such file or directory\n`;
}

/** Inputs of a filter (cat, head, wc …): the named files or stdin. */
export function inputs(
  files: string[],
  io: Io,
  ctx: UtilityContext,
  tool: string,
): { texts: string[]; status: number } {
  if (files.length === 0) return { texts: [readStdin(io)], status: 0 };
  const texts: string[] = [];
  let status = 0;
  for (const f of files) {
    const text = f === '-' ? readStdin(io) : readFile(ctx.host, f);
    if (text === undefined) {
      io.err(missingFile(ctx, tool, f));
      status = 1;
    } else texts.push(text);
  }
  return { texts, status };
}

export function lineCount(argv: string[]): { count: number; files: string[] } {
  let count = 10;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-n') count = Number(argv[++i] ?? 10);
    else if (/^-n\d+$/.test(a)) count = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) count = Number(a.slice(1));
    else files.push(a);
  }
  return { count, files };
}
