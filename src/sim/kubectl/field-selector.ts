// `--field-selector` (apimachinery pkg/fields/selector.go ParseSelector): comma-separated `key=value`,
// `key==value` or `key!=value` terms. The API server matches them (api/selectors.ts matchesFieldSelector), which
// takes a not-equal term as a key ending in `!`.

export function parseFieldSelector(text: string): Record<string, string> {
  const selector: Record<string, string> = {};
  for (const term of text.split(',')) {
    const trimmed = term.trim();
    if (!trimmed) continue;
    const notEqual = trimmed.indexOf('!=');
    if (notEqual > 0) {
      selector[`${trimmed.slice(0, notEqual)}!`] = trimmed.slice(notEqual + 2);
      continue;
    }
    const match = /^([^=]+)==?(.*)$/.exec(trimmed);
    if (!match) throw new Error(`invalid selector: '${text}'; can't understand '${trimmed}'`);
    selector[match[1]!] = match[2]!;
  }
  return selector;
}
