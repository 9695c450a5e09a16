// printf(1) as bash's builtin, coreutils and BusyBox implement it: the format is reused until all arguments
// are consumed; %b expands escapes in the argument; numeric conversions accept 'c (character code).

import { MAX_STRING, ResourceLimitError } from '../process.ts';
import { decodeEscapes } from '../syntax/escapes.ts';

export interface PrintfResult {
  output: string;
  /** Arguments that were not valid numbers (each makes the exit status 1 with a diagnostic). */
  invalidNumbers: string[];
}

export function formatPrintf(format: string, args: string[]): PrintfResult {
  let output = '';
  const invalidNumbers: string[] = [];
  let argIndex = 0;
  const nextArg = (): string | undefined => args[argIndex++];
  const toNumber = (text: string | undefined): number => {
    if (text === undefined || text === '') return 0;
    if (/^['"]/.test(text)) return text.codePointAt(1) ?? 0;
    const t = text.trim();
    if (/^[+-]?(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(t))
      return Number(t.startsWith('0') && /^0[0-7]+$/.test(t) ? Number.parseInt(t, 8) : Number(t));
    const f = Number(t);
    if (!Number.isNaN(f) && t !== '') return f;
    invalidNumbers.push(text);
    const lead = /^[+-]?[0-9]+/.exec(t);
    return lead ? Number(lead[0]) : 0;
  };
  let guard = 0;
  do {
    const before = argIndex;
    for (let i = 0; i < format.length; i++) {
      const c = format[i] as string;
      if (c === '\\') {
        const token = /^\\(0?[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(format.slice(i))?.[0] ?? '\\';
        output += decodeEscapes(token);
        i += token.length - 1;
        continue;
      }
      if (c !== '%') {
        output += c;
        continue;
      }
      const spec = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([diouxXfFeEgGcsb%])/.exec(format.slice(i));
      if (!spec) {
        output += c;
        continue;
      }
      i += spec[0].length - 1;
      const flags = spec[1] ?? '';
      const width = spec[2] === '*' ? toNumber(nextArg()) : spec[2] ? Number(spec[2]) : undefined;
      const precision =
        spec[3] === '*' ? toNumber(nextArg()) : spec[3] !== undefined ? Number(spec[3] || '0') : undefined;
      // `%999999999d`: a real printf writes a gigabyte; here no string outgrows MAX_STRING (the shell reports it).
      if ((width ?? 0) > MAX_STRING || (precision ?? 0) > MAX_STRING) throw new ResourceLimitError('printf width');
      const conv = spec[4] as string;
      if (conv === '%') {
        output += '%';
        continue;
      }
      let text: string;
      switch (conv) {
        case 's': {
          const v = nextArg() ?? '';
          text = precision !== undefined ? v.slice(0, precision) : v;
          break;
        }
        case 'b': {
          text = decodeEscapes(nextArg() ?? '', true);
          const stop = text.indexOf('\u0000STOP');
          if (stop >= 0) {
            output += pad(text.slice(0, stop), width, flags);
            return { output, invalidNumbers };
          }
          break;
        }
        case 'c':
          text = (nextArg() ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i': {
          const n = Math.trunc(toNumber(nextArg()));
          let digits = String(Math.abs(n));
          if (precision !== undefined) digits = digits.padStart(precision, '0');
          const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
          text = sign + digits;
          if (flags.includes('0') && !flags.includes('-') && width !== undefined && precision === undefined) {
            text = sign + digits.padStart(width - sign.length, '0');
          }
          break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
          let n = Math.trunc(toNumber(nextArg()));
          if (n < 0) n = Number(BigInt.asUintN(64, BigInt(n)));
          const base = conv === 'o' ? 8 : conv === 'u' ? 10 : 16;
          text = n.toString(base);
          if (conv === 'X') text = text.toUpperCase();
          if (flags.includes('#') && n !== 0 && base !== 10)
            text = (base === 8 ? '0' : conv === 'X' ? '0X' : '0x') + text;
          if (flags.includes('0') && !flags.includes('-') && width !== undefined) text = text.padStart(width, '0');
          break;
        }
        default: {
          const n = toNumber(nextArg());
          const p = precision ?? 6;
          if (conv === 'e' || conv === 'E') {
            text = n.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
            if (conv === 'E') text = text.toUpperCase();
          } else if (conv === 'g' || conv === 'G') text = String(Number(n.toPrecision(p || 1)));
          else text = n.toFixed(p);
          if (flags.includes('+') && n >= 0) text = `+${text}`;
          if (flags.includes('0') && !flags.includes('-') && width !== undefined) {
            const neg = text.startsWith('-') || text.startsWith('+');
            text = neg ? text[0] + text.slice(1).padStart(width - 1, '0') : text.padStart(width, '0');
          }
        }
      }
      output += pad(text, width, flags);
    }
    if (argIndex === before) break;
  } while (argIndex < args.length && ++guard < 100_000);
  return { output, invalidNumbers };
}

function pad(text: string, width: number | undefined, flags: string): string {
  if (width === undefined) return text;
  return flags.includes('-') ? text.padEnd(width) : text.padStart(width);
}
