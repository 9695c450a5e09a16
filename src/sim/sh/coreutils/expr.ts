// expr(1), GNU and BusyBox: integer arithmetic, comparisons, `:` (anchored regex match), length, substr,
// index. Status 0 when the result is neither empty nor 0, 1 otherwise, 2 for errors.

import type { Io, Run } from '../process.ts';
import type { UtilityContext } from './context.ts';

class ExprError extends Error {}

export function* expr(argv: string[], io: Io, ctx: UtilityContext): Run {
  const args = argv.slice(1);
  let pos = 0;
  const gnu = ctx.host.flavour === 'gnu';
  const isInt = (s: string) => /^[+-]?\d+$/.test(s);
  const toInt = (s: string): bigint => {
    if (!isInt(s)) throw new ExprError(gnu ? 'expr: non-integer argument' : 'expr: non-numeric argument');
    return BigInt(s);
  };
  const primary = (): string => {
    const a = args[pos++];
    if (a === undefined)
      throw new ExprError(
        gnu ? `expr: syntax error: missing argument after '${args[pos - 2] ?? ''}'` : 'expr: syntax error',
      );
    if (a === '(') {
      const v = orExpr();
      if (args[pos++] !== ')') throw new ExprError(gnu ? "expr: syntax error: expecting ')'" : 'expr: syntax error');
      return v;
    }
    if (a === 'length') return String([...primary()].length);
    if (a === 'substr') {
      const s = primary();
      const p = Number(toInt(primary()));
      const l = Number(toInt(primary()));
      return p < 1 || l < 1 ? '' : [...s].slice(p - 1, p - 1 + l).join('');
    }
    if (a === 'index') {
      const s = primary();
      const chars = primary();
      const i = [...s].findIndex((c) => chars.includes(c));
      return String(i + 1);
    }
    if (a === 'match') return match(primary(), primary());
    return a;
  };
  const match = (s: string, re: string): string => {
    const source = re.replace(/\\\(/g, '(').replace(/\\\)/g, ')');
    let m: RegExpExecArray | null;
    try {
      m = new RegExp(`^(?:${source})`).exec(s);
    } catch {
      throw new ExprError('expr: Invalid regular expression');
    }
    if (/\\\(/.test(re)) return m?.[1] ?? '';
    return String(m ? m[0].length : 0);
  };
  const colon = (): string => {
    let v = primary();
    while (args[pos] === ':') {
      pos++;
      v = match(v, primary());
    }
    return v;
  };
  const mul = (): string => {
    let v = colon();
    while (args[pos] === '*' || args[pos] === '/' || args[pos] === '%') {
      const op = args[pos++];
      const b = toInt(colon());
      const a = toInt(v);
      if (op !== '*' && b === 0n) throw new ExprError('expr: division by zero');
      v = String(op === '*' ? a * b : op === '/' ? a / b : a % b);
    }
    return v;
  };
  const add = (): string => {
    let v = mul();
    while (args[pos] === '+' || args[pos] === '-') {
      const op = args[pos++];
      const b = toInt(mul());
      v = String(op === '+' ? toInt(v) + b : toInt(v) - b);
    }
    return v;
  };
  const cmp = (): string => {
    let v = add();
    while (['<', '<=', '=', '==', '!=', '>=', '>'].includes(args[pos] ?? '')) {
      const op = args[pos++] as string;
      const b = add();
      const numeric = isInt(v) && isInt(b);
      const c = numeric ? (BigInt(v) < BigInt(b) ? -1 : BigInt(v) > BigInt(b) ? 1 : 0) : v < b ? -1 : v > b ? 1 : 0;
      const r = { '<': c < 0, '<=': c <= 0, '=': c === 0, '==': c === 0, '!=': c !== 0, '>=': c >= 0, '>': c > 0 }[
        op as '<'
      ];
      v = r ? '1' : '0';
    }
    return v;
  };
  const andExpr = (): string => {
    let v = cmp();
    while (args[pos] === '&') {
      pos++;
      const b = cmp();
      v = isNull(v) || isNull(b) ? '0' : v;
    }
    return v;
  };
  const orExpr = (): string => {
    let v = andExpr();
    while (args[pos] === '|') {
      pos++;
      const b = andExpr();
      v = isNull(v) ? (isNull(b) ? '0' : b) : v;
    }
    return v;
  };
  try {
    if (args.length === 0)
      throw new ExprError(
        gnu ? "expr: missing operand\nTry 'expr --help' for more information." : 'expr: syntax error',
      );
    const result = orExpr();
    if (pos < args.length)
      throw new ExprError(gnu ? `expr: syntax error: unexpected argument '${args[pos]}'` : 'expr: syntax error');
    io.out(`${result}\n`);
    return isNull(result) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    io.err(`${e.message}\n`);
    return 2;
  }
}

function isNull(v: string): boolean {
  return v === '' || /^[+-]?0+$/.test(v);
}
