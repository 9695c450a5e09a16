// Build time only: what the classroom pages need to know about every lesson (title, terminal configuration, and
// the human names of its exercises, checks and questions in the page's language), serialised into a data
// attribute so the page's scripts replay with exactly the lesson pages' settings and name things as lessons do.
import type { Locale } from '../../i18n/t.ts';
import { clusterIn } from '../../lessons/lesson.ts';
import { lessonOf } from '../../lessons/registry.ts';
import { lessonRef, lessonsOf } from '../../lib/lessons.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { terminalConfigOf } from '../terminal/terminal-config.ts';

export interface ExerciseName {
  id: string;
  title: string;
  /** Check id → its checklist label. */
  checks: Record<string, string>;
}

export interface QuestionName {
  id: string;
  prompt: string;
  /** Choice id → its text. */
  choices: Record<string, string>;
}

export interface LessonData {
  slug: string;
  order: number;
  title: string;
  config: TerminalConfig;
  exercises: ExerciseName[];
  questions: QuestionName[];
}

export async function lessonData(locale: Locale): Promise<LessonData[]> {
  const entries = await lessonsOf(locale);
  return entries.map((entry) => {
    const { slug } = lessonRef(entry.id);
    const defined = lessonOf(slug);
    // Hints in replays are not compared, so the locale of the config only changes their language.
    return {
      slug,
      order: entry.data.order,
      title: entry.data.title,
      config: terminalConfigOf(slug, locale, clusterIn(defined.cluster, locale)),
      exercises: defined.exercises.map((e) => ({
        id: e.id,
        title: e.title[locale],
        checks: Object.fromEntries(e.checks.map((c) => [c.id, c.label[locale]])),
      })),
      questions: defined.questions.map((q) => ({
        id: q.id,
        prompt: q.prompt[locale],
        choices: Object.fromEntries(q.choices.map((c) => [c.id, c.text[locale]])),
      })),
    };
  });
}
