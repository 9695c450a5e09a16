// Course order and the locale/slug that a lesson's path implies. Build-time only (uses astro:content).
import { type CollectionEntry, getCollection } from 'astro:content';
import { isLocale, type Locale } from '../i18n/t.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface LessonRef {
  locale: Locale;
  slug: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `en/job-runs-a-pod` → { locale: 'en', slug: 'job-runs-a-pod' }; anything else is a build error, on purpose. */
export function lessonRef(id: string): LessonRef {
  const [locale, slug, ...rest] = id.split('/');
  if (!isLocale(locale) || slug === undefined || !SLUG.test(slug) || rest.length > 0) {
    throw new Error(`Lesson file "${id}" must be src/content/lessons/{en,ko}/{kebab-case-slug}.mdx`);
  }
  return { locale, slug };
}

export function lessonUrl(ref: LessonRef): string {
  return `/${ref.locale}/lessons/${ref.slug}/`;
}

/** A locale's lessons in course order; duplicate `order` values fail the build rather than shuffle the course. */
export async function lessonsOf(locale: Locale): Promise<LessonEntry[]> {
  const entries = await getCollection('lessons', (entry) => lessonRef(entry.id).locale === locale);
  entries.sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.data.order === entries[i - 1]!.data.order) {
      throw new Error(`Lessons ${entries[i - 1]!.id} and ${entries[i]!.id} share order ${entries[i]!.data.order}`);
    }
  }
  return entries;
}
