// JSON text read as Go's encoding/json reads it (the API server decodes a patch body with sigs.k8s.io/json, a fork
// with the same scanner): the same syntax error texts (encoding/json scanner.go: "invalid character 'x' looking
// for beginning of value", "unexpected end of JSON input", …), so a learner's broken `-p '{spec: …}'` gets the
// server's words. Valid text is parsed with JSON.parse.

/** scanner.go quoteChar. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c);
  return `'${q.slice(1, -1)}'`;
}

class Scanner {
  private i = 0;
  private readonly s: string;
  constructor(s: string) {
    this.s = s;
  }

  private fail(context: string): never {
    if (this.i >= this.s.length) throw new Error('unexpected end of JSON input');
    throw new Error(`invalid character ${quoteChar(this.s[this.i]!)} ${context}`);
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\r\n'.includes(this.s[this.i]!)) this.i++;
  }

  run(): void {
    this.ws();
    this.value();
    this.ws();
    if (this.i < this.s.length) this.fail('after top-level value');
  }

  private value(): void {
    const c = this.s[this.i];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else this.fail('looking for beginning of value');
  }

  private object(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      this.ws();
      this.value();
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        this.ws();
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return;
      }
      this.fail('after object key:value pair');
    }
  }

  private array(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        this.ws();
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return;
      }
      this.fail('after array element');
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('');
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('in string literal');
      if (c === '\\') {
        this.i++;
        const e = this.s[this.i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            this.i++;
            if (!/[0-9a-fA-F]/.test(this.s[this.i] ?? '')) this.fail('in \\u hexadecimal character escape');
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          this.fail('in string escape code');
        }
      }
      this.i++;
    }
  }

  private number(): void {
    if (this.s[this.i] === '-') {
      this.i++;
      if (!/[0-9]/.test(this.s[this.i] ?? '')) this.fail('in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (!/[0-9]/.test(this.s[this.i] ?? '')) this.fail('after decimal point in numeric literal');
      while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!/[0-9]/.test(this.s[this.i] ?? '')) this.fail('in exponent of numeric literal');
      while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
    }
  }

  private literal(word: string): void {
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.s[this.i] !== word[k]) this.fail(`in literal ${word} (expecting ${quoteChar(word[k]!)})`);
    }
  }
}

/** Parses JSON text; throws an Error whose message is Go's json.Unmarshal syntax error. */
export function parseGoJson(text: string): unknown {
  new Scanner(text).run();
  return JSON.parse(text) as unknown;
}

/** json.Unmarshal's type error when the value is not what the Go target expects. */
export function goTypeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'object';
  return typeof value === 'boolean' ? 'bool' : typeof value;
}
