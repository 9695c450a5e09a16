// Korean particles (조사) after words the course fills in at run time: object names (job-1), images
// (busybox:1.37.1), field names (backoffLimit), numbers (2, 30) and Korean words alike. A particle follows
// the last sound of the word as a Korean reader says it: 2가 (이), job-1이 (일), busybox를 (박스),
// backoffLimit은 (리밋), TTL로 (엘). es-hangul's josa picks the particle from a Hangul syllable; what is the
// product's own is how a digit or a Latin word ends when read aloud, which es-hangul does not know (it treats
// every non-Hangul ending as vowel-final: "1가", "job-1가").
import { disassembleCompleteCharacter, josa, numberToHangul } from 'es-hangul';

/** The particle pairs the course uses, written either way round ({n|을} and {n|를} mean the same). */
const PAIRS = {
  이: '이/가',
  가: '이/가',
  은: '은/는',
  는: '은/는',
  을: '을/를',
  를: '을/를',
  과: '와/과',
  와: '와/과',
  으로: '으로/로',
  로: '으로/로',
  이나: '이나/나',
  나: '이나/나',
  이라: '이라/라',
  라: '이라/라',
} as const;

export type Particle = keyof typeof PAIRS;

export function isParticle(value: string): value is Particle {
  return Object.hasOwn(PAIRS, value);
}

/** How a word ends when read: no final consonant, ㄹ (which takes 로, not 으로), or another final consonant. */
type Ending = 'open' | 'rieul' | 'closed';

/** A Hangul syllable with that ending, for es-hangul to choose from. */
const STAND_IN: Record<Ending, string> = { open: '가', rieul: '갈', closed: '각' };

/** The particle alone, chosen for `word`'s last sound. */
export function particleFor(word: string, particle: Particle): string {
  return josa.pick(STAND_IN[endingOf(word)], PAIRS[particle]);
}

/** `word` followed by its particle: withParticle('job-1', '이') is 'job-1이'. */
export function withParticle(word: string | number, particle: Particle): string {
  const text = String(word);
  return text + particleFor(text, particle);
}

// Letters read by their names when a word is an abbreviation (TTL, PID, API): 엘, 엠, 엔, 알 end in a consonant.
const LETTER_NAME_ENDING: Record<string, Ending> = { L: 'rieul', M: 'closed', N: 'closed', R: 'rieul' };

function endingOf(word: string): Ending {
  // What closes the word for the reader: quotes, brackets, backquotes and punctuation are not read.
  const core = word.replace(/[^\p{L}\p{N}]+$/u, '');
  const last = core.at(-1) ?? '';
  const syllable = disassembleCompleteCharacter(last);
  if (syllable) return syllable.jongseong === '' ? 'open' : syllable.jongseong === 'ㄹ' ? 'rieul' : 'closed';
  const digits = /(\d+)$/.exec(core)?.[1];
  if (digits) return endingOf(numberToHangul(Number(digits.slice(-15))));
  const letters = /([A-Za-z]+)$/.exec(core)?.[1];
  if (!letters) return 'open';
  if (letters.length > 1 && letters === letters.toUpperCase()) return LETTER_NAME_ENDING[letters.at(-1)!] ?? 'open';
  if (letters.length === 1) return LETTER_NAME_ENDING[letters.toUpperCase()] ?? 'open';
  return latinWordEnding(letters.toLowerCase());
}

/**
 * How an English word (or a camelCase field name, read by its last part) ends in Korean loanword spelling:
 * sleep 슬립, job 잡, limit 리밋, spec 스펙, name 네임, single 싱글, pending 펜딩 end in a consonant;
 * template 템플릿; pod 파드, busybox 박스, never 네버, complete 컴플리트, policy 폴리시 do not.
 */
function latinWordEnding(word: string): Ending {
  // Loanwords whose Korean spelling the rules below would miss: template 템플릿.
  if (/template$/.test(word)) return 'closed';
  if (/(?:l|[^aeiou]le|[aeiou]le)$/.test(word)) return 'rieul';
  if (/(?:ng|m|n|[^aeiou][mn]e|[aeiou][mn]e)$/.test(word)) return 'closed';
  if (/[bpkc]$/.test(word)) return 'closed';
  // A short vowel before t is read as a final ㅅ (limit 리밋, exit 엑싯, set 셋); a long one is not (wait 웨이트).
  if (/[aeiou]t$/.test(word) && !/(?:ai|ea|ee|oa|oo)t$/.test(word)) return 'closed';
  return 'open';
}
