// Reading a filter's inputs (cat, head, wc …): the named files or stdin, with GNU's or BusyBox's error texts.

import type { Host, Io } from '../process.ts';
import type { UtilityContext } from './context.ts';
import { quotef } from './quote.ts';

/** A file's text; a container (a host with a name) also has /etc/hostname. */
export function readFile(host: Host, path: string): string | undefined {
  if (path === '/dev/null') return '';
  if (path === '/etc/hostname' && host.hostname !== '') return `${host.hostname}\n`;
  return host.files.get(path);
}

export function readStdin(io: Io): string {
  const text = io.stdin.text.slice(io.stdin.pos);
  io.stdin.pos = io.stdin.text.length;
  return text;
}

export function missingFile(ctx: UtilityContext, tool: string, path: string): string {
  const gnu = ctx.host.flavour === 'gnu';
  // GNU cat.c and wc.c: error (0, errno, "%s", quotef (file)).
  if (ctx.host.isDirectory(path)) return `${tool}: ${gnu ? quotef(path) : path}: Is a directory\n`;
  return gnu
    ? `${tool}: ${quotef(path)}: No such file or directory\n`
    : `${tool}: can't open '${path}': No such file or directory\n`;
}
