// Every string a person reads lives in one JSON file per locale; this is the only door to them (pages,
// components, the editor, terminal hints, notices). English is the reference: its keys are the type, and the
// Korean file must have exactly the same keys (checked here at compile time and by
// tests/unit/i18n/i18n.test.ts at run time, since JSON imports widen to `string`). Pure: no DOM, so the
// simulator (src/sim) and the Node CLI use it too.
//
// Placeholders: `{name}` is the value; `{name|을}` is the value followed by the Korean particle its last
// sound takes (job-1이, busybox를, 2가; particles.ts); `{name:을}` is that particle alone, for a value the
// text wraps in quotes or backquotes (`{cmd}`{cmd:을}). Write either form of a pair (을 or 를): the value
// decides.
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import { isParticle, particleFor } from './particles.ts';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const messages: Record<Locale, Messages> = { en, ko: ko satisfies Messages };

/** Names of the locales in their own language, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export type MessageVars = Readonly<Record<string, string | number>>;

/** `{name}`, `{name|을}` (value + particle) or `{name:을}` (particle only). */
const PLACEHOLDER = /\{(\w+)(?:([|:])([가-힣]+))?\}/g;

/** Fills placeholders in a message text; a placeholder without a value stays visible as written. */
export function interpolate(text: string, vars: MessageVars = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string, mark?: string, particle?: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = String(vars[name]);
    if (!mark || !particle) return value;
    if (!isParticle(particle)) return whole;
    return mark === '|' ? value + particleFor(value, particle) : particleFor(value, particle);
  });
}

/** Looks a string up and fills its placeholders. */
export function t(locale: Locale, key: MessageKey, vars: MessageVars = {}): string {
  return interpolate(messages[locale][key], vars);
}

/** A t() bound to one locale, for components that print many strings. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;
export function translator(locale: Locale): Translate {
  return (key, vars) => t(locale, key, vars);
}

/** The locale of a page path (`/ko/lessons/…` → ko), or of a `lang` attribute; English otherwise. */
export function localeOf(value: string | null | undefined): Locale {
  const first = (value ?? '')
    .split(/[/-]/)
    .find((part) => part !== '')
    ?.toLowerCase();
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
