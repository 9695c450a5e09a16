// Markers the learner's parser leaves in words for `$NAME` and unquoted globs; expansion.ts resolves them
// when the command runs. A file of its own so that parser.ts and expansion.ts do not import each other.

const VAR_OPEN = '\u2410';
const VAR_CLOSE = '\u2411';
export const GLOB_OPEN = '\u2412';
export const GLOB_CLOSE = '\u2413';
export const VARIABLE_MARK = new RegExp(`${VAR_OPEN}([^${VAR_CLOSE}]*)${VAR_CLOSE}`, 'g');
export const ONLY_VARIABLES = new RegExp(`^(${VAR_OPEN}[^${VAR_CLOSE}]*${VAR_CLOSE})+$`);

/** What the parser puts in a word for `$NAME` / `${NAME}`. */
export function variableMarker(name: string): string {
  return `${VAR_OPEN}${name}${VAR_CLOSE}`;
}

/** What the parser puts as the whole word for an unquoted glob like `*.yaml`. */
export function globMarker(pattern: string): string {
  return `${GLOB_OPEN}${pattern}${GLOB_CLOSE}`;
}
