// bash's `[[ … ]]`: pattern matching with == and !=, regular expressions with =~, arithmetic comparisons,
// file tests, && || ! and parentheses.

import { binaryTest, unaryTest } from '../coreutils/test-expression.ts';
import { ShellError } from '../expand/errors.ts';
import type { Expansion } from '../expand/expand.ts';
import { globMatch } from '../pattern/glob.ts';
import type { Io, Run } from '../process.ts';
import type { CondCommand } from '../syntax/ast.ts';
import { reportNonFatal } from './errors.ts';
import type { ShellState } from './state.ts';

export function* execCond(sh: ShellState, command: CondCommand, io: Io): Run {
  const items = command.items;
  let pos = 0;
  function* primary(): Expansion<boolean> {
    const item = items[pos];
    if (item === undefined) throw new ShellError(`${sh.errorPrefix()}syntax error in conditional expression`, 2, false);
    if (item.operator && item.word.raw === '!') {
      pos++;
      return !(yield* primary());
    }
    if (item.operator && item.word.raw === '(') {
      pos++;
      const v = yield* or();
      pos++;
      return v;
    }
    const next = items[pos + 1];
    const third = items[pos + 2];
    const op = next?.word.raw;
    if (
      op !== undefined &&
      third &&
      ['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge'].includes(op)
    ) {
      pos += 3;
      const left = yield* sh.expandString(item.word);
      if (op === '==' || op === '=' || op === '!=') {
        const pattern = yield* sh.expandPattern(third.word);
        const m = globMatch(pattern, left);
        return op === '!=' ? !m : m;
      }
      const right = yield* sh.expandString(third.word);
      if (op === '=~') {
        try {
          return new RegExp(right).test(left);
        } catch {
          return false;
        }
      }
      if (op.startsWith('-')) {
        const a = sh.arithmetic(left || '0');
        const b = sh.arithmetic(right || '0');
        const r = binaryTest(op, String(a), String(b));
        return r === true;
      }
      return binaryTest(op, left, right) === true;
    }
    const word = item.word.raw;
    if (/^-[a-zA-Z]$/.test(word) && next && !next.operator) {
      pos += 2;
      return unaryTest(word, yield* sh.expandString(next.word), sh.host);
    }
    pos++;
    return (yield* sh.expandString(item.word)) !== '';
  }
  function* and(): Expansion<boolean> {
    let v = yield* primary();
    while (items[pos]?.operator && items[pos]?.word.raw === '&&') {
      pos++;
      const r = yield* primary();
      v = v && r;
    }
    return v;
  }
  function* or(): Expansion<boolean> {
    let v = yield* and();
    while (items[pos]?.operator && items[pos]?.word.raw === '||') {
      pos++;
      const r = yield* and();
      v = v || r;
    }
    return v;
  }
  try {
    return (yield* or()) ? 0 : 1;
  } catch (e) {
    return reportNonFatal(e, io, 2);
  }
}
