// Every learner hint's wording, looked up in the site's strings (src/i18n/{en,ko}.json, keys `hint.*`). Hints
// are advice shown apart from the terminal's real output, so they may name the fix plainly.
import { type Locale, t } from '../../../i18n/t.ts';

export type { Locale };

export interface HintMessages {
  koreanLayout(meant: string): string;
  didYouMean(typed: string, meant: string): string;
  unknownCommand(name: string, available: string): string;
  nameAsResourceType(name: string, kinds: string): string;
  logsOfJob(name: string): string;
  compound(keyword: string): string;
  exitStaysOpen(): string;
  cdHomeOnly(): string;
  sedStopped(): string;
}

function hintsIn(locale: Locale): HintMessages {
  return {
    koreanLayout: (meant) => t(locale, 'hint.koreanLayout', { meant }),
    didYouMean: (typed, meant) => t(locale, 'hint.didYouMean', { typed, meant }),
    unknownCommand: (name, available) => t(locale, 'hint.unknownCommand', { name, available }),
    nameAsResourceType: (name, kinds) => t(locale, 'hint.nameAsResourceType', { name, kinds }),
    logsOfJob: (name) => t(locale, 'hint.logsOfJob', { name }),
    compound: (keyword) => t(locale, 'hint.compound', { keyword }),
    exitStaysOpen: () => t(locale, 'hint.exitStaysOpen'),
    cdHomeOnly: () => t(locale, 'hint.cdHomeOnly'),
    sedStopped: () => t(locale, 'hint.sedStopped'),
  };
}

export const HINT_MESSAGES: Record<Locale, HintMessages> = { en: hintsIn('en'), ko: hintsIn('ko') };
