// RFC 4648 base64 for the simulator (no DOM, no Buffer): a Secret's `data` values are base64 of their bytes, as
// the API serves them, and `describe secret` prints their decoded lengths (describe.go describeSecret).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);
const UTF8 = new TextEncoder();
const ASCII = new TextDecoder();

/** The UTF-8 bytes of `text`, base64-encoded with padding (encoding/base64 StdEncoding). */
export function encodeBase64(text: string): string {
  return encodeBytes(UTF8.encode(text));
}

export function encodeBytes(bytes: Uint8Array): string {
  // Character codes into one array, made into a string in chunks: no string grown a character at a time (a cluster
  // birth encodes some 40 certificates and tokens; issue 12: allocations).
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let n = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    codes[n++] = CODES[a >> 2]!;
    codes[n++] = CODES[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    codes[n++] = b === undefined ? PAD : CODES[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    codes[n++] = c === undefined ? PAD : CODES[c & 63]!;
  }
  return charsOf(codes);
}

/** A string of the given character codes (all below 128, so their UTF-8 decoding is themselves). */
export function charsOf(codes: Uint8Array): string {
  return ASCII.decode(codes);
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
