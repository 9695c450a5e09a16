// Shell arithmetic ($((…)), ((…)), let, for ((;;))): 64-bit signed integers as in bash (intmax_t) and dash,
// C operator precedence, assignments, ++/--, short-circuit && || ?:. Values are BigInt wrapped to 64 bits.

export interface ArithVariables {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** An arithmetic error; `detail` is bash's text after "expr: ", e.g. `division by 0 (error token is "0")`. */
export class ArithError extends Error {
  readonly detail: string;
  constructor(detail: string) {
    super(detail);
    this.detail = detail;
  }
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

type Tok = { kind: 'num'; value: bigint } | { kind: 'name'; name: string } | { kind: 'op'; op: string };

const OPS = [
  '<<=',
  '>>=',
  '**',
  '++',
  '--',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
  '!',
  '~',
  '&',
  '|',
  '^',
  '?',
  ':',
  '(',
  ')',
  ',',
];

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+)/.exec(src.slice(i));
    if (num) {
      toks.push({ kind: 'num', value: parseNumber(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      toks.push({ kind: 'name', name: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ArithError(`syntax error: invalid arithmetic operator (error token is "${src.slice(i)}")`);
    toks.push({ kind: 'op', op });
    i += op.length;
  }
  return toks;
}

function parseNumber(text: string): bigint {
  if (/^0[xX]/.test(text)) return wrap(BigInt(text));
  const based = /^([0-9]+)#(.+)$/.exec(text);
  if (based?.[1] !== undefined && based[2] !== undefined) {
    const base = Number(based[1]);
    let v = 0n;
    for (const ch of based[2]) {
      const d = Number.parseInt(ch, 36);
      if (Number.isNaN(d) || d >= base) throw new ArithError(`value too great for base (error token is "${text}")`);
      v = v * BigInt(base) + BigInt(d);
    }
    return wrap(v);
  }
  if (text.length > 1 && text.startsWith('0')) {
    if (/[89]/.test(text)) throw new ArithError(`value too great for base (error token is "${text}")`);
    return wrap(BigInt(`0o${text.slice(1)}`));
  }
  return wrap(BigInt(text));
}

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
  '**': 11,
};

const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=']);

class Evaluator {
  private readonly toks: Tok[];
  private pos = 0;
  private readonly vars: ArithVariables;
  private readonly source: string;
  private depth = 0;

  constructor(source: string, vars: ArithVariables) {
    this.source = source;
    this.toks = tokenize(source);
    this.vars = vars;
  }

  run(): bigint {
    if (this.toks.length === 0) return 0n;
    const v = this.comma(true);
    const rest = this.toks[this.pos];
    if (rest) throw new ArithError(`syntax error in expression (error token is "${this.restText()}")`);
    return v;
  }

  private restText(): string {
    return this.toks
      .slice(this.pos)
      .map((t) => (t.kind === 'num' ? String(t.value) : t.kind === 'name' ? t.name : t.op))
      .join(' ');
  }

  private peekOp(): string | undefined {
    const t = this.toks[this.pos];
    return t?.kind === 'op' ? t.op : undefined;
  }

  private comma(ev: boolean): bigint {
    let v = this.assignment(ev);
    while (this.peekOp() === ',') {
      this.pos++;
      v = this.assignment(ev);
    }
    return v;
  }

  private assignment(ev: boolean): bigint {
    const t = this.toks[this.pos];
    const op = this.toks[this.pos + 1];
    if (t?.kind === 'name' && op?.kind === 'op' && ASSIGN.has(op.op)) {
      this.pos += 2;
      const rhs = this.assignment(ev);
      if (!ev) return rhs;
      const value = op.op === '=' ? rhs : this.apply(op.op.slice(0, -1), this.variable(t.name), rhs);
      this.vars.set(t.name, String(value));
      return value;
    }
    return this.ternary(ev);
  }

  private ternary(ev: boolean): bigint {
    const cond = this.binary(1, ev);
    if (this.peekOp() !== '?') return cond;
    this.pos++;
    const a = this.assignment(ev && cond !== 0n);
    if (this.peekOp() !== ':')
      throw new ArithError(`\`:' expected for conditional expression (error token is "${this.restText()}")`);
    this.pos++;
    const b = this.assignment(ev && cond === 0n);
    return cond !== 0n ? a : b;
  }

  private binary(minPrec: number, ev: boolean): bigint {
    let left = this.unary(ev);
    for (;;) {
      const op = this.peekOp();
      const prec = op === undefined ? undefined : BINARY[op];
      if (op === undefined || prec === undefined || prec < minPrec) return left;
      this.pos++;
      if (op === '&&' || op === '||') {
        const shortCircuit = op === '&&' ? left === 0n : left !== 0n;
        const right = this.binary(prec + 1, ev && !shortCircuit);
        left = shortCircuit ? (op === '||' ? 1n : 0n) : right !== 0n ? 1n : 0n;
        continue;
      }
      // `**` is right-associative.
      const right = this.binary(op === '**' ? prec : prec + 1, ev);
      left = ev ? this.apply(op, left, right) : 0n;
    }
  }

  private apply(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithError('division by 0 (error token is "0")');
        return wrap(op === '/' ? a / b : a % b);
      case '**':
        if (b < 0n) throw new ArithError('exponent less than 0 (error token is "0")');
        return wrap(a ** (b > 4096n ? 4096n : b));
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return wrap(a >> (b & 63n));
      case '&':
        return a & b;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '==':
        return a === b ? 1n : 0n;
      case '!=':
        return a !== b ? 1n : 0n;
      case '<':
        return a < b ? 1n : 0n;
      case '>':
        return a > b ? 1n : 0n;
      case '<=':
        return a <= b ? 1n : 0n;
      case '>=':
        return a >= b ? 1n : 0n;
      default:
        throw new ArithError(`syntax error: operand expected (error token is "${op}")`);
    }
  }

  private unary(ev: boolean): bigint {
    if (++this.depth > 200) throw new ArithError('expression recursion level exceeded (error token is "(")');
    try {
      const op = this.peekOp();
      if (op === '+' || op === '-' || op === '!' || op === '~') {
        this.pos++;
        const v = this.unary(ev);
        if (op === '-') return wrap(-v);
        if (op === '!') return v === 0n ? 1n : 0n;
        if (op === '~') return wrap(~v);
        return v;
      }
      if (op === '++' || op === '--') {
        this.pos++;
        const t = this.toks[this.pos++];
        if (t?.kind !== 'name') throw new ArithError(`syntax error: operand expected (error token is "${op}")`);
        const v = wrap(this.variable(t.name) + (op === '++' ? 1n : -1n));
        if (ev) this.vars.set(t.name, String(v));
        return v;
      }
      return this.postfix(ev);
    } finally {
      this.depth--;
    }
  }

  private postfix(ev: boolean): bigint {
    const t = this.toks[this.pos];
    if (t === undefined) {
      const last = this.toks[this.pos - 1];
      const text = last?.kind === 'op' ? last.op : '';
      throw new ArithError(`syntax error: operand expected (error token is "${text}")`);
    }
    this.pos++;
    if (t.kind === 'num') return t.value;
    if (t.kind === 'name') {
      const v = this.variable(t.name);
      const op = this.peekOp();
      if (op === '++' || op === '--') {
        this.pos++;
        if (ev) this.vars.set(t.name, String(wrap(v + (op === '++' ? 1n : -1n))));
      }
      return v;
    }
    if (t.op === '(') {
      const v = this.comma(ev);
      if (this.peekOp() !== ')') throw new ArithError(`missing \`)' (error token is "${this.restText()}")`);
      this.pos++;
      return v;
    }
    throw new ArithError(`syntax error: operand expected (error token is "${this.source.trim()}")`);
  }

  /** A variable's value; bash evaluates a non-numeric value as an expression in turn. */
  private variable(name: string): bigint {
    const raw = (this.vars.get(name) ?? '').trim();
    if (raw === '') return 0n;
    if (/^-?[0-9]+$/.test(raw)) return wrap(BigInt(raw));
    if (++this.depth > 100) throw new ArithError(`expression recursion level exceeded (error token is "${raw}")`);
    try {
      return new Evaluator(raw, this.vars).run();
    } finally {
      this.depth--;
    }
  }
}

export function evaluateArithmetic(source: string, vars: ArithVariables): bigint {
  return new Evaluator(source, vars).run();
}
