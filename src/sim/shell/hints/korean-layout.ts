// Text typed on the Korean 2-set (dubeolsik) layout while the learner meant English: every jamo sits on one
// QWERTY key, so decomposing syllables (싣 = ㅅ+ㅣ+ㄷ) and compound jamo (ㅘ = ㅗ+ㅏ, ㄳ = ㄱ+ㅅ) and mapping
// each jamo back to its key recovers what was meant (`ㅏㅕㅠㄷㅊ시` → `kubectl`).

const JAMO_KEYS: Record<string, string> = {
  ㅂ: 'q',
  ㅈ: 'w',
  ㄷ: 'e',
  ㄱ: 'r',
  ㅅ: 't',
  ㅛ: 'y',
  ㅕ: 'u',
  ㅑ: 'i',
  ㅐ: 'o',
  ㅔ: 'p',
  ㅁ: 'a',
  ㄴ: 's',
  ㅇ: 'd',
  ㄹ: 'f',
  ㅎ: 'g',
  ㅗ: 'h',
  ㅓ: 'j',
  ㅏ: 'k',
  ㅣ: 'l',
  ㅋ: 'z',
  ㅌ: 'x',
  ㅊ: 'c',
  ㅍ: 'v',
  ㅠ: 'b',
  ㅜ: 'n',
  ㅡ: 'm',
  ㅃ: 'Q',
  ㅉ: 'W',
  ㄸ: 'E',
  ㄲ: 'R',
  ㅆ: 'T',
  ㅒ: 'O',
  ㅖ: 'P',
};

/** Jamo typed as two keys. */
const COMPOUND_JAMO: Record<string, string> = {
  ㅘ: 'ㅗㅏ',
  ㅙ: 'ㅗㅐ',
  ㅚ: 'ㅗㅣ',
  ㅝ: 'ㅜㅓ',
  ㅞ: 'ㅜㅔ',
  ㅟ: 'ㅜㅣ',
  ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
};

// Unicode Hangul syllable composition order (U+AC00 + (initial·21 + medial)·28 + final).
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

export function containsHangul(text: string): boolean {
  return /[\u3131-\u318E\uAC00-\uD7A3]/.test(text);
}

/** The keys pressed to type `text` on the 2-set layout; characters that are no Hangul stay as they are. */
export function fromKoreanLayout(text: string): string {
  let out = '';
  for (const ch of text) out += keysFor(ch);
  return out;
}

function keysFor(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) {
    const offset = code - SYLLABLE_FIRST;
    const initial = INITIALS[Math.floor(offset / 588)]!;
    const medial = MEDIALS[Math.floor((offset % 588) / 28)]!;
    const final = FINALS[offset % 28]!;
    return jamoKeys(initial) + jamoKeys(medial) + (final ? jamoKeys(final) : '');
  }
  return jamoKeys(ch);
}

function jamoKeys(jamo: string): string {
  const compound = COMPOUND_JAMO[jamo];
  if (compound) return [...compound].map((j) => JAMO_KEYS[j] ?? j).join('');
  return JAMO_KEYS[jamo] ?? jamo;
}
