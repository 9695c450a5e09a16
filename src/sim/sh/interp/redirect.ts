// Redirections of one command: >, >>, >|, &>, &>>, N>&M, >&-, <, <<< (here-strings); files live in the host.

import { ShellError } from '../expand/errors.ts';
import type { Expansion } from '../expand/expand.ts';
import { type Io, MAX_STRING, ResourceLimitError } from '../process.ts';
import type { Redirect } from '../syntax/ast.ts';
import type { ShellState } from './state.ts';

export function* redirect(sh: ShellState, redirects: Redirect[], io: Io): Expansion<Io> {
  if (redirects.length === 0) return io;
  const fds = new Map<number, (text: string) => void>([
    [1, io.out],
    [2, io.err],
  ]);
  let stdin = io.stdin;
  const discard = () => {};
  for (const r of redirects) {
    const target = yield* sh.expandString(r.target);
    const writer = (path: string, append: boolean): ((text: string) => void) => {
      if (path === '/dev/null') return discard;
      if (path === '/dev/stdout') return io.out;
      if (path === '/dev/stderr') return io.err;
      if (sh.host.isDirectory(path)) {
        throw new ShellError(`${sh.errorPrefix()}${path}: Is a directory`, 1, false);
      }
      if (!append || !sh.host.files.has(path)) sh.host.files.set(path, '');
      return (text) => {
        const current = sh.host.files.get(path) ?? '';
        if (current.length + text.length > MAX_STRING) throw new ResourceLimitError('file');
        sh.host.files.set(path, current + text);
      };
    };
    switch (r.op) {
      case '>':
      case '>|':
      case '>>':
        fds.set(r.fd ?? 1, writer(target, r.op === '>>'));
        break;
      case '&>':
      case '&>>': {
        const w = writer(target, r.op === '&>>');
        fds.set(1, w);
        fds.set(2, w);
        break;
      }
      case '>&': {
        const from = r.fd ?? 1;
        if (/^\d+$/.test(target)) {
          const dest = fds.get(Number(target));
          if (!dest) throw new ShellError(`${sh.errorPrefix()}${target}: Bad file descriptor`, 1, false);
          fds.set(from, dest);
        } else if (target === '-') fds.set(from, discard);
        else {
          const w = writer(target, false);
          fds.set(1, w);
          if (r.fd === undefined) fds.set(2, w);
        }
        break;
      }
      case '<': {
        const text = target === '/dev/null' ? '' : sh.host.files.get(target);
        if (text === undefined) {
          throw new ShellError(
            `${sh.errorPrefix()}${sh.dialect.name === 'bash' ? `${target}: No such file or directory` : `cannot open ${target}: No such file`}`,
            1,
            false,
          );
        }
        stdin = { text, pos: 0 };
        break;
      }
      case '<&':
        break;
      case '<<<':
        stdin = { text: `${target}\n`, pos: 0 };
        break;
    }
  }
  return { out: fds.get(1) ?? discard, err: fds.get(2) ?? discard, stdin };
}
