// A class link: what a teacher hands to students. Everything is in the URL's fragment (never sent to a server,
// so a static host's logs see no class names), as URLSearchParams text with a version `v`, and it is accepted
// only through the zod schema below: a link is learner-supplied text like any other.
import '../zod-jitless.ts';
import { z } from 'astro/zod';

export const CLASS_LINK_VERSION = '1';
/** Past this a fragment is not something our teacher page made. */
export const MAX_LINK_FRAGMENT = 2000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SEED = 2_147_483_647;

export const classInfoSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    // Control characters have no business in a name shown in tables and CSV.
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters'),
  lessons: z.array(z.string().regex(SLUG)).min(1).max(50),
  seed: z.number().int().min(0).max(MAX_SEED),
  due: z.iso.date().optional(),
});
export type ClassInfo = z.infer<typeof classInfoSchema>;

const KEYS = new Set(['v', 'id', 'name', 'lessons', 'seed', 'due']);

/** The fragment (without `#`) for a class. */
export function encodeClassFragment(info: ClassInfo): string {
  const params = new URLSearchParams();
  params.set('v', CLASS_LINK_VERSION);
  params.set('id', info.id);
  params.set('name', info.name);
  params.set('lessons', info.lessons.join(','));
  params.set('seed', String(info.seed));
  if (info.due) params.set('due', info.due);
  return params.toString();
}

export type DecodeResult = { ok: true; info: ClassInfo } | { ok: false; reason: 'empty' | 'version' | 'invalid' };

/** Reads a fragment (with or without `#`); anything not exactly our format is refused, never half-used. */
export function decodeClassFragment(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_LINK_FRAGMENT) return { ok: false, reason: 'invalid' };
  const params = new URLSearchParams(text);
  const keys = [...params.keys()];
  if (keys.some((k) => !KEYS.has(k)) || new Set(keys).size !== keys.length) return { ok: false, reason: 'invalid' };
  if (params.get('v') !== CLASS_LINK_VERSION) return { ok: false, reason: params.has('v') ? 'version' : 'invalid' };
  const seedText = params.get('seed') ?? '';
  if (!/^\d{1,10}$/.test(seedText)) return { ok: false, reason: 'invalid' };
  const candidate = {
    id: params.get('id') ?? '',
    name: params.get('name') ?? '',
    lessons: (params.get('lessons') ?? '').split(','),
    seed: Number(seedText),
    ...(params.has('due') ? { due: params.get('due') ?? '' } : {}),
  };
  const parsed = classInfoSchema.safeParse(candidate);
  if (!parsed.success || new Set(parsed.data.lessons).size !== parsed.data.lessons.length) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, info: parsed.data };
}

/** A fresh random class id and seed (the teacher may still type a seed). */
export function randomClassId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_SEED + 1);
}
