// `-o json`: Go's json.MarshalIndent(obj, "", "    ") plus a newline. Objects kubectl get prints are
// unstructured maps, so keys come out sorted (encoding/json sorts map keys); typed objects printed by
// `create --dry-run=client -o json` keep Go struct order instead (kind before apiVersion).
// Go escapes <, >, & and U+2028/2029 in strings (HTML-safe encoding), and \b \f as \u0008 \u000c.

export type JsonKeyOrder = 'sorted' | 'insertion';

/** encoding/json string encoding (HTML-safe). Shared with the jsonpath printer's compact JSON (go-format.ts). */
export function goJsonQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || c === '<' || c === '>' || c === '&' || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += c;
  }
  return `${out}"`;
}

function encode(value: unknown, indent: string, order: JsonKeyOrder): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goJsonQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + encode(v, inner, order)).join(',\n')}\n${indent}]`;
  }
  const obj = value as Record<string, unknown>;
  let keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (order === 'sorted') keys = keys.sort();
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${goJsonQuote(k)}: ${encode(obj[k], inner, order)}`).join(',\n')}\n${indent}}`;
}

export function toJson(value: unknown, order: JsonKeyOrder = 'sorted'): string {
  return `${encode(value, '', order)}\n`;
}
