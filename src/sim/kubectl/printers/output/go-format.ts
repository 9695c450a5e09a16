// How Go prints the values of an unstructured object (map[string]interface{} decoded from JSON: nested maps,
// []interface{}, string, int64, float64, bool, nil) through the verbs kubectl's jsonpath and custom-columns
// printers use: fmt's %v (Sprint), %#v (the debugging dump of a failed template) and %q (strconv.Quote), and
// encoding/json's compact json.Marshal. JS numbers that are integers stand for int64, others for float64;
// GoFloat marks a float64 that happens to be integral (a jsonpath literal such as `2.0`).
// Sources: Go fmt/print.go printValue, strconv/ftoa.go ('g' shortest), strconv/quote.go, encoding/json.
import { goJsonQuote } from './json.ts';

/** A float64 whose kind must survive even when its value is integral (jsonpath FloatNode). */
export class GoFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

export const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);

/** Map keys that hold a value (a TS `undefined` property is absent, as in the JSON the API returns). */
export function mapKeys(map: Record<string, unknown>): string[] {
  return Object.keys(map).filter((k) => map[k] !== undefined);
}

/** Go sorts map keys when printing (fmt since 1.12, encoding/json always): byte order = code point order. */
export function sortedMapKeys(map: Record<string, unknown>): string[] {
  return mapKeys(map).sort(compareCodePoints);
}

export function compareCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < ca.length && i < cb.length; i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

/** strconv.FormatFloat(f, 'g', -1, 64): shortest digits, %e when exp < -4 || exp >= 6 (eprec 6). */
export function formatFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa = '', expText = '0'] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  // In this range JS prints the same shortest digits in plain decimal notation.
  return String(f);
}

/** fmt.Sprint(v) (%v): strings raw, map[k:v …] with sorted keys, [a b] for slices, <nil> for nil. */
export function goSprint(v: unknown): string {
  if (v === null) return '<nil>';
  if (v === undefined) return '<no value>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloatG(v);
  if (v instanceof GoFloat) return formatFloatG(v.value);
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (isMap(v))
    return `map[${sortedMapKeys(v)
      .map((k) => `${k}:${goSprint(v[k])}`)
      .join(' ')}]`;
  return String(v);
}

const isPrintable = (c: string): boolean => c === ' ' || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c);

const QUOTE_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/** strconv.Quote: Go escapes, printable Unicode kept, \xNN / \uNNNN / \UNNNNNNNN (lower-case hex) otherwise. */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const escaped = QUOTE_ESCAPES[c];
    if (escaped) out += escaped;
    else if (isPrintable(c)) out += c;
    else {
      const code = c.codePointAt(0)!;
      if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    }
  }
  return `${out}"`;
}

/**
 * fmt's %#v of unstructured content: `map[string]interface {}{"a":1, "b":[]interface {}{"x"}}`, nil
 * elements as `interface {}(nil)`, strings quoted with strconv.Quote.
 */
export function goSharpV(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloatG(v);
  if (v instanceof GoFloat) return formatFloatG(v.value);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSharpV).join(', ')}}`;
  if (isMap(v)) {
    return `map[string]interface {}{${sortedMapKeys(v)
      .map((k) => `${goQuote(k)}:${goSharpV(v[k])}`)
      .join(', ')}}`;
  }
  return String(v);
}

/** json.Marshal (compact): sorted map keys, no spaces. Float formatting equals JS's (same 1e21/1e-6 rule). */
export function goJsonCompact(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof GoFloat) return String(v.value);
  if (Array.isArray(v)) return `[${v.map(goJsonCompact).join(',')}]`;
  if (isMap(v))
    return `{${sortedMapKeys(v)
      .map((k) => `${goJsonQuote(k)}:${goJsonCompact(v[k])}`)
      .join(',')}}`;
  return 'null';
}

/** Plain JSON data for encoders that know nothing of GoFloat (json.ts's MarshalIndent port). */
export function toPlainJson(v: unknown): unknown {
  if (v instanceof GoFloat) return v.value;
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(toPlainJson);
  if (isMap(v)) return Object.fromEntries(mapKeys(v).map((k) => [k, toPlainJson(v[k])]));
  return v;
}
