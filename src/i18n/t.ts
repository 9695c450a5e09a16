// UI strings live in one JSON file per locale; this is the only door to them. English is the reference: its
// keys are the type, and the Korean file must have exactly the same keys (checked here at compile time and
// by tests/unit/site/i18n.test.ts at run time, since JSON imports widen to `string`).
import en from './en.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

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

/** Looks a string up and fills `{name}` placeholders; a missing placeholder value stays visible as `{name}`. */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = messages[locale][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A t() bound to one locale, for components that print many strings. */
export function translator(locale: Locale): (key: MessageKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => t(locale, key, vars);
}

/** All messages of a locale, for handing to client scripts as one data attribute. */
export function messagesOf(locale: Locale): Readonly<Messages> {
  return messages[locale];
}
