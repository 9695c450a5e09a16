// `help`: this terminal's own list of commands (bash's `help` would list bash builtins, which is no use here).
// The text is in the site's strings (key `shell.help`).
import { type Locale, t } from '../../../i18n/t.ts';

export const HELP_TEXT: Record<Locale, string> = { en: t('en', 'shell.help'), ko: t('ko', 'shell.help') };
