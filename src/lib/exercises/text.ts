// Building learner-facing texts. One helper so every message exists in every course language by construction.
import type { Text } from './types.ts';

export function text(en: string, ko: string): Text {
  return { en, ko };
}
