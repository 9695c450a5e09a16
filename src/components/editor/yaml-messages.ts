// The editor's markers in the page's language. monaco-yaml's worker (yaml-language-server and the `yaml`
// parser inside it) writes its messages in English, through three different mechanisms (@vscode/l10n,
// vscode-nls, plain strings), and the Korean bundle yaml-language-server ships is in 합니다체 with "은(는)"
// placeholders. So the worker stays English and each marker's message is read back here into a key and its
// values, then worded through the site's one t() (src/i18n/{en,ko}.json, `yaml.*`), particles included.
// Pure: no DOM, no Monaco; tests/unit/components/editor/yaml-messages.test.ts covers every pattern.
import { type Locale, type MessageKey, t } from '../../i18n/t.ts';

type Values = Record<string, string>;

/** JSON-schema type names as a learner reads them. */
const TYPE_KEYS: Record<string, MessageKey> = {
  integer: 'yaml.type.integer',
  number: 'yaml.type.number',
  string: 'yaml.type.string',
  boolean: 'yaml.type.boolean',
  object: 'yaml.type.object',
  array: 'yaml.type.array',
  null: 'yaml.type.null',
};

function typeNames(locale: Locale, list: string): string {
  return list
    .split(/\s*(?:\||,)\s*/)
    .map((name) => name.replace(/^"|"$/g, ''))
    .map((name) => {
      const key = TYPE_KEYS[name];
      return key ? t(locale, key) : name;
    })
    .join(', ');
}

interface Pattern {
  match: RegExp;
  key: MessageKey;
  values?: (m: RegExpExecArray, locale: Locale) => Values;
}

const one = (name: string) => (m: RegExpExecArray) => ({ [name]: m[1] ?? '' });

// Schema messages (yaml-language-server 1.x) and the `yaml` parser's errors a hand-edited manifest meets.
const PATTERNS: readonly Pattern[] = [
  { match: /^Property (.+) is not allowed\.$/, key: 'yaml.propertyNotAllowed', values: one('name') },
  { match: /^Missing property "(.+)"\.$/, key: 'yaml.missingProperty', values: one('name') },
  {
    match: /^Object is missing property (.+) required by property (.+)\.$/,
    key: 'yaml.missingDependentProperty',
    values: (m) => ({ name: m[1] ?? '', by: m[2] ?? '' }),
  },
  {
    match: /^Incorrect type\. Expected one of (.+)\.$/,
    key: 'yaml.incorrectTypeOneOf',
    values: (m, l) => ({ types: typeNames(l, m[1] ?? '') }),
  },
  {
    match: /^Incorrect type\. Expected "(.+)"\.$/,
    key: 'yaml.incorrectType',
    values: (m, l) => ({ type: typeNames(l, m[1] ?? '') }),
  },
  { match: /^Value is not accepted\. Valid values: (.+)\.$/, key: 'yaml.valueNotAccepted', values: one('values') },
  { match: /^Value must be (.+)\.$/, key: 'yaml.valueMustBe', values: one('value') },
  { match: /^Value is below the minimum of (.+)\.$/, key: 'yaml.belowMinimum', values: one('n') },
  { match: /^Value is above the maximum of (.+)\.$/, key: 'yaml.aboveMaximum', values: one('n') },
  { match: /^Value is below the exclusive minimum of (.+)\.$/, key: 'yaml.belowExclusiveMinimum', values: one('n') },
  { match: /^Value is above the exclusive maximum of (.+)\.$/, key: 'yaml.aboveExclusiveMaximum', values: one('n') },
  { match: /^String is shorter than the minimum length of (.+)\.$/, key: 'yaml.tooShort', values: one('n') },
  { match: /^String is longer than the maximum length of (.+)\.$/, key: 'yaml.tooLong', values: one('n') },
  { match: /^String does not match the pattern of "(.+)"\.$/, key: 'yaml.patternMismatch', values: one('pattern') },
  { match: /^Array has too few items\. Expected (.+) or more\.$/, key: 'yaml.tooFewItems', values: one('n') },
  {
    match: /^Array has too many items(?: according to schema)?\. Expected (.+) or fewer\.$/,
    key: 'yaml.tooManyItems',
    values: one('n'),
  },
  { match: /^Array has duplicate items\.$/, key: 'yaml.duplicateItems' },
  { match: /^Matches multiple schemas when only one must validate\.$/, key: 'yaml.multipleSchemas' },
  { match: /^Matches a schema that is not allowed\.$/, key: 'yaml.schemaNotAllowed' },
  { match: /^Map keys must be unique/, key: 'yaml.duplicateKey' },
  { match: /^All mapping items must start at the same column/, key: 'yaml.mapIndent' },
  { match: /^All sequence items must start at the same column/, key: 'yaml.seqIndent' },
  { match: /^Implicit keys need to be on a single line/, key: 'yaml.keyOneLine' },
  { match: /^Implicit map keys need to be followed by map values/, key: 'yaml.keyWithoutValue' },
  { match: /^Nested mappings are not allowed in compact mappings/, key: 'yaml.nestedCompactMap' },
  { match: /^A block sequence may not be used as an implicit map key/, key: 'yaml.seqAsKey' },
  { match: /^Sequence item without - indicator/, key: 'yaml.seqItemWithoutDash' },
  { match: /^Tabs are not allowed as indentation/, key: 'yaml.tabIndent' },
  { match: /^Missing closing "?quote/, key: 'yaml.missingQuote' },
  {
    match: /^Comments must be separated from other tokens by white space characters/,
    key: 'yaml.commentSpacing',
  },
  { match: /^Missing space after : in/, key: 'yaml.missingSpaceAfterColon' },
  { match: /^Missing , (?:or : )?between/, key: 'yaml.missingComma' },
  { match: /^Unexpected /, key: 'yaml.unexpected' },
];

/**
 * A marker's message in `locale`. English messages come back unchanged (the worker's own wording); in
 * another locale an unknown message becomes a general one by its source (schema or YAML syntax), never English.
 */
export function localizeMarkerMessage(locale: Locale, message: string, source = ''): string {
  if (locale === 'en') return message;
  const text = message.trim();
  for (const pattern of PATTERNS) {
    const m = pattern.match.exec(text);
    if (m) return t(locale, pattern.key, pattern.values?.(m, locale) ?? {});
  }
  return t(locale, source.startsWith('yaml-schema') ? 'yaml.otherSchema' : 'yaml.otherSyntax');
}
