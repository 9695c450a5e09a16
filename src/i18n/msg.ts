// Exercise texts (goals, check labels, feedback, hints, questions) in every locale at once: exercises and their
// checks are built before the page's locale is known, and the page picks its locale's text. Their strings live in
// src/i18n/exercises/{en,ko}.json, apart from the site's UI strings (t.ts), so that only the lesson code that
// needs them loads them: a page's first script carries the UI strings, not 288 exercise texts in two languages.
// Same rules as t.ts: English keys are the type, Korean must have the same keys (tests/unit/i18n/i18n.test.ts),
// placeholders with particles are filled by interpolate().
import en from './exercises/en.json' with { type: 'json' };
import ko from './exercises/ko.json' with { type: 'json' };
import { interpolate, LOCALES, type Locale, type MessageVars } from './t.ts';

export type ExerciseKey = keyof typeof en;
type ExerciseMessages = Record<ExerciseKey, string>;

const messages: Record<Locale, ExerciseMessages> = { en, ko: ko satisfies ExerciseMessages };

/** A text in every locale at once. */
export type InEveryLocale = Readonly<Record<Locale, string>>;

/** Values for msg(): a value may itself differ per locale (a nested message, a plural phrase). */
export type EveryLocaleVars = Readonly<Record<string, string | number | InEveryLocale>>;

/** An exercise text in every locale: the strings stay in the JSON files, the page picks its locale's text. */
export function msg(key: ExerciseKey, vars: EveryLocaleVars = {}): InEveryLocale {
  const inLocale = (locale: Locale): MessageVars =>
    Object.fromEntries(
      Object.entries(vars).map(([name, value]) => [name, typeof value === 'object' ? value[locale] : value]),
    );
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, interpolate(messages[locale][key], inLocale(locale))]),
  ) as InEveryLocale;
}
