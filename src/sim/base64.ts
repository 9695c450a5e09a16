// RFC 4648 base64 for the simulator (no DOM, no Buffer): a Secret's `data` values are base64 of their bytes, as
// the API serves them, and `describe secret` prints their decoded lengths (describe.go describeSecret).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The UTF-8 bytes of `text`, base64-encoded with padding (encoding/base64 StdEncoding). */
export function encodeBase64(text: string): string {
  return encodeBytes(new TextEncoder().encode(text));
}

export function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]!;
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

/** The bytes a (padded or unpadded, standard) base64 string stands for; characters outside the alphabet are skipped. */
export function decodeBase64Bytes(encoded: string): Uint8Array {
  const values: number[] = [];
  for (const ch of encoded) {
    const v = ALPHABET.indexOf(ch);
    if (v >= 0) values.push(v);
  }
  const out = new Uint8Array(Math.floor((values.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const v of values) {
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** base64url without padding (RFC 7515 §2), as a JWT's three parts are written. */
export function encodeBase64Url(text: string): string {
  return encodeBase64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
