// The classroom pages' (teacher, join, results) strings live with every other string in src/i18n/{en,ko}.json
// under `class.*`, read through t(); cs() is t() with that prefix, so the components name keys briefly.
import { type Locale, localeOf, type MessageKey, type MessageVars, t } from '../../i18n/t.ts';

/** The classroom pages' locale is the site's one Locale. */
export type ClassLocale = Locale;

/** A classroom string's key without its `class.` prefix. */
export type ClassKey = MessageKey extends infer K ? (K extends `class.${infer Rest}` ? Rest : never) : never;

export function cs(locale: Locale, key: ClassKey, vars: MessageVars = {}): string {
  return t(locale, `class.${key}`, vars);
}

export function classLocale(value: string | undefined): Locale {
  return localeOf(value);
}

/** Simulated ms as m:ss or h:mm:ss (tabular). */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
