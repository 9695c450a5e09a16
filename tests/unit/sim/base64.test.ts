// src/sim/base64.ts against RFC 4648 §10's test vectors and base64url (RFC 7515 §2).
import { describe, expect, it } from 'vitest';
import { decodeBase64Bytes, encodeBase64, encodeBase64Url } from '../../../src/sim/base64.ts';

const VECTORS: Array<[string, string]> = [
  ['', ''],
  ['f', 'Zg=='],
  ['fo', 'Zm8='],
  ['foo', 'Zm9v'],
  ['foob', 'Zm9vYg=='],
  ['fooba', 'Zm9vYmE='],
  ['foobar', 'Zm9vYmFy'],
];

describe('base64', () => {
  for (const [plain, encoded] of VECTORS) {
    it(`"${plain}" ⇄ "${encoded}"`, () => {
      expect(encodeBase64(plain)).toBe(encoded);
      expect(new TextDecoder().decode(decodeBase64Bytes(encoded))).toBe(plain);
    });
  }

  it('encodes UTF-8 and counts decoded bytes', () => {
    expect(encodeBase64('ร')).toBe('4Lij');
    expect(decodeBase64Bytes('XIW0LDQ8x9pHOwF0PEo1Xw==').length).toBe(16);
  });

  it('base64url drops padding and uses - and _', () => {
    expect(encodeBase64Url('{"alg":"RS256"}')).toBe('eyJhbGciOiJSUzI1NiJ9');
    expect(encodeBase64Url('\u00fb\u00ff')).toBe('w7vDvw');
  });
});
