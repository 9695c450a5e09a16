// `test` / `[` (POSIX, with -a/-o/!/parentheses) and the primaries shared with bash's `[[ ]]`.

import type { Host } from '../process.ts';

export type TestResult = { status: 0 | 1 } | { status: 2; error: string };

const UNARY = new Set(['-z', '-n', '-e', '-f', '-d', '-r', '-w', '-x', '-s', '-L', '-h', '-b', '-c', '-p', '-S', '-t']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>', '-nt', '-ot', '-ef']);

export function fileTest(op: string, path: string, host: Host): boolean {
  const isFile = host.files.has(path) || host.programAt(path) !== undefined || path === '/dev/null';
  const isDir = host.isDirectory(path);
  switch (op) {
    case '-e':
      return isFile || isDir;
    case '-f':
      return isFile && path !== '/dev/null';
    case '-d':
      return isDir;
    case '-r':
    case '-w':
      return isFile || isDir;
    case '-x':
      return host.programAt(path) !== undefined || isDir;
    case '-s':
      return (host.files.get(path) ?? (host.programAt(path) !== undefined ? 'x' : '')).length > 0 || isDir;
    case '-c':
      return path === '/dev/null';
    default:
      return false;
  }
}

export function unaryTest(op: string, arg: string, host: Host): boolean {
  if (op === '-z') return arg === '';
  if (op === '-n') return arg !== '';
  if (op === '-t') return false;
  return fileTest(op, arg, host);
}

/** Integer comparison operand; undefined when not an integer (`integer expression expected`). */
export function testInteger(text: string): bigint | undefined {
  const t = text.trim();
  return /^[+-]?[0-9]+$/.test(t) ? BigInt(t) : undefined;
}

export function binaryTest(op: string, a: string, b: string): boolean | { badNumber: string } {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-nt':
    case '-ot':
    case '-ef':
      return false;
  }
  const x = testInteger(a);
  if (x === undefined) return { badNumber: a };
  const y = testInteger(b);
  if (y === undefined) return { badNumber: b };
  switch (op) {
    case '-eq':
      return x === y;
    case '-ne':
      return x !== y;
    case '-lt':
      return x < y;
    case '-le':
      return x <= y;
    case '-gt':
      return x > y;
    default:
      return x >= y;
  }
}

/**
 * POSIX `test` with its argument-count rules; `badNumber` words the integer error per shell.
 */
export function evaluateTest(
  args: string[],
  host: Host,
  badNumber: (word: string) => string,
  missing: (what: string) => string,
): TestResult {
  let pos = 0;
  const fail = (error: string): never => {
    throw new TestFailure(error);
  };
  const primary = (): boolean => {
    const a = args[pos];
    if (a === undefined) return fail(missing('argument expected'));
    if (a === '!') {
      pos++;
      return !primary();
    }
    if (a === '(' && args.length - pos > 2) {
      pos++;
      const v = orExpr();
      if (args[pos] !== ')') fail(missing("')' expected"));
      pos++;
      return v;
    }
    const b = args[pos + 1];
    const c = args[pos + 2];
    if (b !== undefined && BINARY.has(b) && c !== undefined) {
      pos += 3;
      const r = binaryTest(b, a, c);
      if (typeof r === 'object') return fail(badNumber(r.badNumber));
      return r;
    }
    if (UNARY.has(a) && b !== undefined) {
      pos += 2;
      return unaryTest(a, b, host);
    }
    pos++;
    return a !== '';
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (args[pos] === '-a') {
      pos++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[pos] === '-o') {
      pos++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  try {
    if (args.length === 0) return { status: 1 };
    // POSIX: with 1–3 arguments the meaning is decided by the count, so `[ -n ]` is true and `[ = ]` too.
    if (args.length === 1) return { status: args[0] !== '' ? 0 : 1 };
    if (args.length === 2 && args[0] === '!') return { status: args[1] === '' ? 0 : 1 };
    if (args.length === 2 && !UNARY.has(args[0] as string))
      return { status: 2, error: missing(`${args[0]}: unary operator expected`) };
    const v = orExpr();
    if (pos < args.length) return { status: 2, error: missing('too many arguments') };
    return { status: v ? 0 : 1 };
  } catch (e) {
    if (e instanceof TestFailure) return { status: 2, error: e.message };
    throw e;
  }
}

class TestFailure extends Error {}
