// Redirections of one command: >, >>, >|, &>, &>>, N>&M, >&-, <, <<< (here-strings) and << / <<-
// (here-documents, at the prompt and in scripts; the parser put their bodies in the tree). Files live in the host; a host with
// hooks (the learner's session files) opens them itself, with bash's error texts.

import { ShellError } from '../expand/errors.ts';
import type { Expansion } from '../expand/expand.ts';
import { type Io, MAX_STRING, ResourceLimitError, type Writer } from '../process.ts';
import type { Redirect } from '../syntax/ast.ts';
import { parseHeredocBody } from '../syntax/words.ts';
import type { ShellState } from './state.ts';

export function* redirect(sh: ShellState, redirects: Redirect[], io: Io): Expansion<Io> {
  if (redirects.length === 0) return io;
  const fds = new Map<number, Writer>([
    [1, io.out],
    [2, io.err],
  ]);
  let stdin = io.stdin;
  const discard = () => {};
  const fail = (detail: string): never => {
    throw new ShellError(`${sh.errorPrefix()}${detail}`, 1, false);
  };
  for (const r of redirects) {
    if (r.op === '<<' || r.op === '<<-') {
      // Expanded each time the command runs (a loop's `$i` differs per pass), unless the delimiter was quoted.
      const doc = r.heredoc;
      const text = !doc ? '' : doc.quoted ? doc.body : yield* sh.expandString(parseHeredocBody(doc.body));
      sh.hooks?.heredoc(text);
      stdin = { text, pos: 0 };
      continue;
    }
    const target = yield* sh.expandString(r.target);
    const writer = (path: string, append: boolean): Writer => {
      if (path === '/dev/null') return discard;
      if (path === '/dev/stdout') return io.out;
      if (path === '/dev/stderr') return io.err;
      const hooks = sh.hooks;
      if (hooks) {
        const opened = hooks.openForWriting(path, append, io.err);
        return typeof opened === 'string' ? fail(opened) : opened;
      }
      if (sh.host.isDirectory(path)) fail(`${path}: Is a directory`);
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
          if (!dest) fail(`${target}: Bad file descriptor`);
          else if (Number(target) !== from) fds.set(from, dest);
        } else if (target === '-') fds.set(from, discard);
        else {
          // `>&file` is `&>file`; `2>&file` sends only that descriptor to the file.
          const w = writer(target, false);
          fds.set(from, w);
          if (r.fd === undefined) fds.set(2, w);
        }
        break;
      }
      case '<': {
        const hooks = sh.hooks;
        const text = target === '/dev/null' ? '' : hooks ? hooks.readForInput(target) : sh.host.files.get(target);
        if (typeof text === 'object') fail(text.error);
        else if (text === undefined) {
          fail(
            sh.dialect.name === 'bash' ? `${target}: No such file or directory` : `cannot open ${target}: No such file`,
          );
        } else stdin = { text, pos: 0 };
        break;
      }
      case '<&':
        break;
      case '<<<':
        stdin = { text: `${target}\n`, pos: 0 };
        break;
    }
  }
  const out = fds.get(1) ?? discard;
  const err = fds.get(2) ?? discard;
  const redirected: Io = {
    out,
    err,
    stdin,
    outIsTerminal: io.outIsTerminal === true && out === io.out,
    // `2>&1` sends stderr wherever stdout goes: a terminal only if stdout is one.
    errIsTerminal: (err === io.err && io.errIsTerminal === true) || (err === io.out && io.outIsTerminal === true),
  };
  if (io.outClosed && out === io.out) redirected.outClosed = io.outClosed;
  return redirected;
}
