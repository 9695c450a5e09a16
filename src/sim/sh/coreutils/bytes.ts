// The C locale works on bytes: sort's character positions, cut -b/-c and uniq -s/-w count bytes of the UTF-8
// text, not characters. A "byte string" holds one byte per UTF-16 unit (0–255), so string code can work on bytes;
// text turns back into UTF-8 on the way out (a multibyte character cut in half becomes U+FFFD: a simulated
// terminal holds text, not bytes).

export function toBytes(text: string): string {
  // ASCII text is its own byte string: the common case costs nothing.
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

export function fromBytes(bytes: string): string {
  if (!/[^\x00-\x7f]/.test(bytes)) return bytes;
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return new TextDecoder().decode(array);
}
