// Word expansion, as mvdan/sh's expand package: parameters (${x:-y}, ${#x}, ${x%pat} …), arithmetic, command
// substitution (through the config, which runs the subshell), field splitting on IFS, quoting for patterns.
// It knows nothing of execution: the shell hands it an ExpandConfig with its variables and positional parameters.

import type { Dialect } from '../dialect.ts';
import { removePattern, replacePattern } from '../pattern/glob.ts';
import { MAX_STRING, ResourceLimitError, type Step } from '../process.ts';
import type { Word, WordPart } from '../syntax/ast.ts';
import { parseWord } from '../syntax/words.ts';
import { ArithError, evaluateArithmetic } from './arithmetic.ts';
import { ShellError } from './errors.ts';

export type Expansion<T> = Generator<Step, T, void>;

/** What expansion needs from the shell running it. */
export interface ExpandConfig {
  readonly dialect: Dialect;
  readonly options: { readonly nounset: boolean };
  readonly positional: readonly string[];
  readonly status: number;
  readonly argv0: string;
  /** `$!` (empty until a background job ran). */
  readonly lastBackgroundPid?: string;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  errorPrefix(): string;
  /** Runs `source` in a subshell and gives its output with trailing newlines removed. */
  commandSubstitution(source: string): Expansion<string>;
}

export class Expander {
  private readonly config: ExpandConfig;

  constructor(config: ExpandConfig) {
    this.config = config;
  }

  arithmetic(source: string): bigint {
    try {
      return evaluateArithmetic(source, {
        get: (n) => {
          const v = this.config.getVar(n);
          if (v === undefined && this.config.options.nounset) {
            throw new ShellError(`${this.config.errorPrefix()}${n}: unbound variable`, 1, true);
          }
          return v;
        },
        set: (n, v) => this.config.setVar(n, v),
      });
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      const text = source.trim();
      if (this.config.dialect.name === 'bash')
        throw new ShellError(`${this.config.errorPrefix()}${text}: ${e.detail}`, 1, false);
      // dash and ash stop the script on arithmetic errors.
      const detail = e.detail.startsWith('division by 0')
        ? 'divide by zero'
        : `arithmetic expression: ${e.detail.replace(/ \(error token.*$/, '')}: "${text}"`;
      throw new ShellError(`${this.config.errorPrefix()}${detail}`, 2, true);
    }
  }

  /** Words to fields: parameter, command and arithmetic expansion, then field splitting of unquoted results. */
  *expandWord(word: Word): Expansion<string[]> {
    const fields: string[] = [];
    let current = '';
    let started = false;
    const ifs = this.config.getVar('IFS') ?? ' \t\n';
    const split = (value: string) => {
      if (ifs === '') {
        current += value;
        started = started || value !== '';
        return;
      }
      // Whole runs between IFS characters at once (a 600 KB variable split char by char took seconds).
      const pieces = value.split(ifsPattern(ifs));
      current += pieces[0] ?? '';
      if ((pieces[0] ?? '') !== '') started = true;
      for (let k = 1; k < pieces.length; k++) {
        if (started || current !== '') fields.push(current);
        current = pieces[k] ?? '';
        started = current !== '';
      }
    };
    for (const part of word.parts) {
      if (part.type === 'lit') {
        current += part.text;
        if (part.quoted) started = true;
        else if (part.text !== '') started = true;
        continue;
      }
      if (part.type === 'param' && (part.name === '@' || part.name === '*') && part.op === undefined) {
        const params = this.config.positional;
        if (part.quoted && part.name === '@') {
          params.forEach((p, i) => {
            if (i > 0) {
              fields.push(current);
              current = '';
            }
            current += p;
            started = true;
          });
          continue;
        }
        const joined = params.join(part.quoted ? (ifs[0] ?? '') : ' ');
        if (part.quoted) {
          current += joined;
          started = true;
        } else split(joined);
        continue;
      }
      const value = yield* this.expandPart(part);
      if (part.quoted) {
        current += value;
        started = true;
      } else split(value);
    }
    if (started || current !== '') fields.push(current);
    return fields;
  }

  /** Expansion without field splitting (assignments, case subjects, redirection targets, [[ ]]). */
  *expandString(word: Word): Expansion<string> {
    let out = '';
    for (const part of word.parts) {
      if (part.type === 'lit') out += part.text;
      else if (part.type === 'param' && (part.name === '@' || part.name === '*') && part.op === undefined) {
        out += this.config.positional.join(' ');
      } else out += yield* this.expandPart(part);
      if (out.length > MAX_STRING) throw new ResourceLimitError('word');
    }
    return out;
  }

  /** A glob pattern: quoted characters are escaped so they match literally. */
  *expandPattern(word: Word): Expansion<string> {
    let out = '';
    for (const part of word.parts) {
      const text = part.type === 'lit' ? part.text : yield* this.expandPart(part);
      out += part.quoted ? text.replace(/[\\*?[\]]/g, '\\$&') : text;
    }
    return out;
  }

  *expandPart(part: WordPart): Expansion<string> {
    switch (part.type) {
      case 'lit':
        return part.text;
      case 'tilde':
        return this.config.getVar('HOME') ?? '/root';
      case 'arith': {
        const inner = yield* this.expandString(parseWord(part.source, false));
        return String(this.arithmetic(inner));
      }
      case 'cmdsub':
        return yield* this.config.commandSubstitution(part.source);
      case 'length': {
        const v = this.special(part.name) ?? this.config.getVar(part.name);
        if (v === undefined && this.config.options.nounset) this.unbound(part.name);
        return String([...(v ?? '')].length);
      }
      case 'param':
        return yield* this.expandParam(part);
    }
  }

  unbound(name: string): never {
    throw new ShellError(
      `${this.config.errorPrefix()}${name}: ${this.config.dialect.name === 'bash' ? 'unbound variable' : 'parameter not set'}`,
      this.config.dialect.name === 'bash' ? 1 : 2,
      true,
    );
  }

  special(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.config.status);
      case '#':
        return String(this.config.positional.length);
      case '$':
        return '1';
      case '!':
        return this.config.lastBackgroundPid ?? '';
      case '-':
        return this.config.dialect.bash ? 'hBc' : '';
      case '0':
        return this.config.argv0;
      case '@':
      case '*':
        return this.config.positional.join(' ');
    }
    if (/^[1-9][0-9]*$/.test(name)) return this.config.positional[Number(name) - 1];
    return undefined;
  }

  *expandParam(part: Extract<WordPart, { type: 'param' }>): Expansion<string> {
    const name = part.name;
    if (name.startsWith('!bad:')) {
      throw new ShellError(
        `${this.config.errorPrefix()}\${${name.slice(5)}}: bad substitution`,
        1,
        this.config.dialect.name !== 'bash',
      );
    }
    const isSpecial = /^[0-9?#$!@*-]$|^[1-9][0-9]*$/.test(name);
    const value = isSpecial ? this.special(name) : this.config.getVar(name);
    const arg = part.arg;
    const expandArg = () => (arg ? this.expandString(arg) : emptyExpansion());
    switch (part.op) {
      case undefined:
        if (value === undefined && this.config.options.nounset && name !== '@' && name !== '*') this.unbound(name);
        return value ?? '';
      case ':-':
        return value === undefined || value === '' ? yield* expandArg() : value;
      case '-':
        return value === undefined ? yield* expandArg() : value;
      case ':=':
      case '=': {
        if (value === undefined || (part.op === ':=' && value === '')) {
          const v = yield* expandArg();
          this.config.setVar(name, v);
          return v;
        }
        return value;
      }
      case ':+':
        return value === undefined || value === '' ? '' : yield* expandArg();
      case '+':
        return value === undefined ? '' : yield* expandArg();
      case ':?':
      case '?': {
        if (value === undefined || (part.op === ':?' && value === '')) {
          const message = arg && arg.raw !== '' ? yield* expandArg() : 'parameter null or not set';
          throw new ShellError(
            `${this.config.errorPrefix()}${name}: ${message}`,
            this.config.dialect.name === 'bash' ? 1 : 2,
            true,
          );
        }
        return value;
      }
      case '#':
      case '##':
      case '%':
      case '%%': {
        const v = value ?? '';
        const pattern = arg ? yield* this.expandPattern(arg) : '';
        return removePattern(v, pattern, part.op);
      }
      case '/':
      case '//': {
        const v = value ?? '';
        const raw = arg?.raw ?? '';
        const slash = raw.indexOf('/');
        const patternWord = parseWord(slash < 0 ? raw : raw.slice(0, slash), this.config.dialect.bash);
        const replacement =
          slash < 0 ? '' : yield* this.expandString(parseWord(raw.slice(slash + 1), this.config.dialect.bash));
        const pattern = yield* this.expandPattern(patternWord);
        return replacePattern(v, pattern, replacement, part.op === '//');
      }
      case ':': {
        const v = [...(value ?? '')];
        const raw = arg?.raw ?? '';
        const [offText = '0', lenText] = raw.split(':');
        let off = Number(this.arithmetic(offText || '0'));
        if (off < 0) off = Math.max(0, v.length + off);
        if (lenText === undefined) return v.slice(off).join('');
        let len = Number(this.arithmetic(lenText || '0'));
        if (len < 0) len = Math.max(0, v.length - off + len);
        return v.slice(off, off + len).join('');
      }
    }
  }
}

function* emptyExpansion(): Expansion<string> {
  yield* [];
  return '';
}

const ifsPatterns = new Map<string, RegExp>();

/** A pattern matching one IFS character (cached: IFS rarely changes). */
function ifsPattern(ifs: string): RegExp {
  let pattern = ifsPatterns.get(ifs);
  if (!pattern) {
    pattern = new RegExp(`[${ifs.replace(/[\\\][^-]/g, '\\$&')}]`, 'u');
    if (ifsPatterns.size > 64) ifsPatterns.clear();
    ifsPatterns.set(ifs, pattern);
  }
  return pattern;
}
