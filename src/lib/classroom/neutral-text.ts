// Names come from students' files and are shown to the teacher in a table and a CSV. Bidi overrides and
// isolates can make "Kim" render as "miK" or reorder the cells around it, and zero-width characters make two
// names that look the same differ (or hide text): each such character is shown as a visible code instead, so
// what the teacher reads is what the file holds. (Unicode TR #9 explicit formatting characters; TR #36 §2.)
const INVISIBLE =
  /\u034f|[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/g;

export function neutralText(text: string): string {
  return text.replace(INVISIBLE, (ch) => `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}
