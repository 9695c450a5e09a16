// Build time only: what the classroom pages need to know about every lesson (title, terminal configuration),
// serialised into a data attribute so the page's scripts replay with exactly the lesson pages' settings.
import type { Locale } from '../../i18n/t.ts';
import { lessonRef, lessonsOf } from '../../lib/lessons.ts';
import { terminalConfigOf } from '../terminal/terminal-config.ts';
import type { TerminalConfig } from '../terminal/terminal-element.ts';

export interface LessonData {
  slug: string;
  order: number;
  title: string;
  config: TerminalConfig;
}

export async function lessonData(locale: Locale): Promise<LessonData[]> {
  const entries = await lessonsOf(locale);
  return entries.map((entry) => {
    const { slug } = lessonRef(entry.id);
    // Hints in replays are not compared, so the locale of the config only changes their language.
    return {
      slug,
      order: entry.data.order,
      title: entry.data.title,
      config: terminalConfigOf(slug, locale, entry.data.cluster),
    };
  });
}
