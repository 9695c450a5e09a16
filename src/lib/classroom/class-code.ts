// A class code: what a teacher reads aloud or writes on the board when a link is impractical ("ABCDE-FGHJK-MNPQ").
// There is no server to look a code up, so the code itself carries the class: which of the course's lessons
// (a bit per lesson, in course order), the shared seed and a random part; the class id is derived from it, so a
// student who typed the code and one who opened the link are in the same class (same id, seed and lessons). The
// class name and due date do not fit: a code-joined class is named after its code, and the teacher's page shows
// its own name for the class. Crockford base32 (no I, L, O, U; those typed by mistake are read as 1, 1, 0, V)
// plus one check character, so a mistyped code is refused rather than joining a class nobody is in.
import { MAX_SEED } from './class-link.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 bits of lessons, 32 of seed, 16 random: 64 bits = 13 base32 characters. */
const BODY_LENGTH = 13;
export const MAX_CODE_LESSONS = 16;

export interface CodeClass {
  id: string;
  lessons: string[];
  seed: number;
}

function checkChar(body: string): string {
  let sum = 0;
  for (const [i, ch] of [...body].entries()) sum += (i + 1) * ALPHABET.indexOf(ch);
  return ALPHABET[sum % 32]!;
}

function idOf(body: string): string {
  return `code-${body}`;
}

/**
 * The code for a class, given the course's lesson slugs in course order. Undefined when a lesson is not among
 * the first 16 of the course or the seed is out of range (the link still works then).
 */
export function encodeClassCode(
  lessons: readonly string[],
  seed: number,
  course: readonly string[],
  random: number,
): { code: string; id: string } | undefined {
  let mask = 0;
  for (const slug of lessons) {
    const index = course.indexOf(slug);
    if (index < 0 || index >= MAX_CODE_LESSONS) return undefined;
    mask |= 1 << index;
  }
  if (mask === 0 || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return undefined;
  let value = (BigInt(mask) << 48n) | (BigInt(seed) << 16n) | BigInt(random & 0xffff);
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) {
    body = ALPHABET[Number(value & 31n)]! + body;
    value >>= 5n;
  }
  const full = body + checkChar(body);
  return { code: `${full.slice(0, 5)}-${full.slice(5, 10)}-${full.slice(10)}`, id: idOf(body) };
}

/** Reads what a student typed (any case, spaces or dashes anywhere); undefined when it is not a valid code. */
export function decodeClassCode(typed: string, course: readonly string[]): CodeClass | undefined {
  const text = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
    .replace(/U/g, 'V');
  if (text.length !== BODY_LENGTH + 1 || [...text].some((ch) => !ALPHABET.includes(ch))) return undefined;
  const body = text.slice(0, BODY_LENGTH);
  if (checkChar(body) !== text.at(-1)) return undefined;
  let value = 0n;
  for (const ch of body) value = (value << 5n) | BigInt(ALPHABET.indexOf(ch));
  if (value >> 64n !== 0n) return undefined;
  const mask = Number(value >> 48n);
  const seed = Number((value >> 16n) & 0xffffffffn);
  if (seed > MAX_SEED || mask === 0) return undefined;
  const lessons: string[] = [];
  for (let i = 0; i < MAX_CODE_LESSONS; i++) {
    if (!(mask & (1 << i))) continue;
    const slug = course[i];
    if (!slug) return undefined; // A lesson this build does not have: a code from a newer course.
    lessons.push(slug);
  }
  return { id: idOf(body), lessons, seed };
}
