// `-o jsonpath=TEMPLATE` / `-o jsonpath-as-json=TEMPLATE` / `--template=… -o jsonpath`: the evaluator of
// k8s.io/client-go/util/jsonpath/jsonpath.go (FindResults with its range/end bookkeeping, walk, eval*,
// PrintResults) and the error wrapping of cli-runtime pkg/printers/jsonpath.go + genericclioptions
// jsonpath_flags.go. kubectl does NOT relax this template: `-o jsonpath=.x` prints the text `.x`.
// Values are the JSON form of the object (unstructured content): nil → null, int64/float64 → number.
// Go iterates maps in random order for `*` and `..`; we use sorted keys so that output is deterministic.
//
// Size: over 400 lines because it ports client-go's jsonpath.go evaluator function by function, in one file like the
// source.

import {
  compareCodePoints,
  GoFloat,
  goJsonCompact,
  goQuote,
  goSharpV,
  goSprint,
  isMap,
  sortedMapKeys,
  toPlainJson,
} from './go-format.ts';
import { toJson } from './json.ts';
import { JsonPathParseError, type ListNode, type Node, type ParamsEntry, parseJsonPath } from './jsonpath-parser.ts';

export interface JsonPathOptions {
  /** --allow-missing-template-keys; kubectl's default is true (a missing field prints nothing). */
  allowMissingKeys?: boolean;
  /** -o jsonpath-as-json: each result group as an indented JSON array (EnableJSONOutput). */
  asJson?: boolean;
}

export type PrintResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * An execution failure; the message is the Go error text. `partial` is the value Go returns next to the error
 * (eval* return `input` or the results so far), which an existence filter uses as if nothing failed.
 */
class ExecError extends Error {
  readonly partial: unknown[];
  constructor(message: string, partial: unknown[] = []) {
    super(message);
    this.partial = partial;
  }
}

/** reflect's "invalid Value": what FindResults(nil) starts from for a range with no items. */
const INVALID = undefined;

type Kind = 'map' | 'slice' | 'string' | 'int' | 'float' | 'bool' | 'nil' | 'invalid';

function kindOf(v: unknown): Kind {
  if (v === INVALID) return 'invalid';
  if (v === null) return 'nil';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (v instanceof GoFloat) return 'float';
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

/** reflect.Type.String() of a value, for `%v is not array or slice`. */
function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'map':
      return 'map[string]interface {}';
    case 'slice':
      return '[]interface {}';
    case 'int':
      return 'int64';
    case 'float':
      return 'float64';
    case 'nil':
    case 'invalid':
      return '<nil>';
    default:
      return kindOf(v);
  }
}

/** UTF-8 bytes of a string: what `*` and `..` iterate over for a string (reflect Index on a string). */
function utf8Bytes(s: string): number[] {
  return [...new TextEncoder().encode(s)];
}

/** The children `*` and `..` visit: map values, slice elements, string bytes. */
function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return utf8Bytes(v);
  if (isMap(v)) return sortedMapKeys(v).map((k) => v[k]);
  return [];
}

// third_party/forked/golang/template funcs.go: eq/lt on basic kinds only.
const ERR_BAD_TYPE = 'invalid type for comparison';
const ERR_BAD_COMPARISON = 'incompatible types for comparison';

function basicKind(v: unknown): Kind {
  const k = kindOf(v);
  if (k === 'bool' || k === 'int' || k === 'float' || k === 'string') return k;
  throw new ExecError(ERR_BAD_TYPE);
}

const numeric = (v: unknown): number => (v instanceof GoFloat ? v.value : (v as number));

function equal(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new ExecError(ERR_BAD_COMPARISON);
  if (k1 === 'int' || k1 === 'float') return numeric(a) === numeric(b);
  return a === b;
}

function less(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) throw new ExecError(ERR_BAD_COMPARISON);
  if (k1 === 'bool') throw new ExecError(ERR_BAD_TYPE);
  // Go compares strings byte-wise, i.e. by code point.
  if (k1 === 'string') return compareCodePoints(a as string, b as string) < 0;
  return numeric(a) < numeric(b);
}

function compare(operator: string, a: unknown, b: unknown): boolean {
  switch (operator) {
    case '<':
      return less(a, b);
    case '>':
      return !(less(a, b) || equal(a, b));
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case '<=':
      return less(a, b) || equal(a, b);
    case '>=':
      return !less(a, b);
    default:
      throw new ExecError(`unrecognized filter operator ${operator}`);
  }
}

class Evaluator {
  private readonly root: Node[];
  private readonly allowMissingKeys: boolean;
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  /** Index in root of the `{end}` that closed the last range (Go keeps &nodes[i]). */
  private lastEndNode = -1;

  constructor(root: ListNode, allowMissingKeys: boolean) {
    this.root = root.nodes;
    this.allowMissingKeys = allowMissingKeys;
  }

  /** jsonpath.go FindResults; `start` plays the role of `j.parser.Root.Nodes = nodes[i+1:]`. */
  findResults(data: unknown, start = 0): unknown[][] {
    const cur = [data];
    const full: unknown[][] = [];
    for (let i = start; i < this.root.length; i++) {
      const results = this.walk(cur, this.root[i]!);
      // An end node closes the current block.
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = i;
        break;
      }
      // A range node: run the rest of the template once per result, then resume after its end.
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          for (const value of results) full.push(...this.findResults(value, i + 1));
        } else {
          // No items: still walk the body so that the matching end is found.
          this.findResults(INVALID, i + 1);
        }
        this.inRange--;
        for (let k = i + 1; k < this.root.length; k++) {
          if (k === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: unknown[], node: Node): unknown[] {
    switch (node.type) {
      case 'list':
        return this.evalList(input, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(input, node.name);
      case 'array':
        return this.evalArray(input, node.params);
      case 'filter':
        return this.evalFilter(input, node);
      case 'int':
        return input.map(() => node.value);
      case 'float':
        return input.map(() => new GoFloat(node.value));
      case 'bool':
        return input.map(() => node.value);
      case 'wildcard':
        return input.flatMap((v) => (v === null ? [] : children(v)));
      case 'recursive':
        return this.evalRecursive(input);
      case 'union':
        return this.evalUnion(input, node.nodes);
      case 'identifier':
        return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: unknown[], list: ListNode): unknown[] {
    let cur = input;
    for (const node of list.nodes) cur = this.walk(cur, node);
    return cur;
  }

  private evalUnion(input: unknown[], lists: ListNode[]): unknown[] {
    try {
      return lists.flatMap((list) => this.evalList(input, list));
    } catch (e) {
      if (e instanceof ExecError) throw new ExecError(e.message, input);
      throw e;
    }
  }

  private evalIdentifier(input: unknown[], name: string): unknown[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      throw new ExecError('not in range, nothing to end');
    }
    throw new ExecError(`unrecognized identifier ${name}`, input);
  }

  private evalArray(input: unknown[], params: readonly [ParamsEntry, ParamsEntry, ParamsEntry]): unknown[] {
    const result: unknown[] = [];
    for (const value of input) {
      // template.Indirect: nil is skipped. (Go panics on an invalid value here; we skip it too.)
      if (value === null || value === INVALID) continue;
      if (!Array.isArray(value)) throw new ExecError(`${typeName(value)} is not array or slice`, input);
      const length = value.length;
      let from = params[0].known ? params[0].value : 0;
      if (from < 0) from += length;
      let to = params[1].known ? params[1].value : length;
      if (to < 0 || (to === 0 && params[1].derived)) to += length;
      if (to === from) return result;
      if (from >= length || from < 0) {
        throw new ExecError(`array index out of bounds: index ${from}, length ${length}`, input);
      }
      if (to > length || to < 0)
        throw new ExecError(`array index out of bounds: index ${to - 1}, length ${length}`, input);
      if (from > to) throw new ExecError(`starting index ${from} is greater than ending index ${to}`, input);
      let step = 1;
      if (params[2].known) {
        if (params[2].value <= 0) throw new ExecError('step must be > 0', input);
        step = params[2].value;
      }
      const slice = value.slice(from, to);
      for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
    }
    return result;
  }

  private evalField(input: unknown[], name: string): unknown[] {
    const results: unknown[] = [];
    if (input.length === 0) return results;
    for (const value of input) {
      if (value === null) continue;
      if (isMap(value) && Object.hasOwn(value, name) && value[name] !== undefined) results.push(value[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new ExecError(`${name} is not found`);
    return results;
  }

  /** evalList's value even when it fails (Go returns both). */
  private evalListPartial(input: unknown[], list: ListNode): unknown[] {
    try {
      return this.evalList(input, list);
    } catch (e) {
      if (e instanceof ExecError) return e.partial;
      throw e;
    }
  }

  /** evalList inside evalFilter, whose failures return the filter's own input. */
  private evalListOr(filterInput: unknown[], input: unknown[], list: ListNode): unknown[] {
    try {
      return this.evalList(input, list);
    } catch (e) {
      if (e instanceof ExecError) throw new ExecError(e.message, filterInput);
      throw e;
    }
  }

  private evalRecursive(input: unknown[]): unknown[] {
    const result: unknown[] = [];
    for (const value of input) {
      if (value === null) continue;
      const kids = children(value);
      // Only values with children are collected (empty maps, slices and strings are not).
      if (kids.length !== 0) result.push(value, ...this.evalRecursive(kids));
    }
    return result;
  }

  private evalFilter(input: unknown[], node: Extract<Node, { type: 'filter' }>): unknown[] {
    const results: unknown[] = [];
    for (const value of input) {
      if (!Array.isArray(value)) {
        const shown = value === INVALID ? '<invalid reflect.Value>' : goSprint(value);
        throw new ExecError(`${shown} is not array or slice and cannot be filtered`, input);
      }
      for (const item of value) {
        if (node.operator === 'exists') {
          // The error is ignored; whatever the walk returned decides (a missing key returns nothing).
          if (this.evalListPartial([item], node.left).length > 0) results.push(item);
          continue;
        }
        const lefts = this.evalListOr(input, [item], node.left);
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new ExecError('can only compare one element at a time', input);
        const rights = this.evalListOr(input, [item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new ExecError('can only compare one element at a time', input);
        try {
          if (compare(node.operator, lefts[0], rights[0])) results.push(item);
        } catch (e) {
          if (e instanceof ExecError) throw new ExecError(e.message, results);
          throw e;
        }
      }
    }
    return results;
  }
}

/** PrintResults: maps/slices as compact JSON, the rest as fmt.Sprint; values of one group joined by ' '. */
function printResults(results: unknown[], asJson: boolean): string {
  if (asJson) return toJson(toPlainJson(results));
  return results
    .map((r) => {
      const kind = kindOf(r);
      return kind === 'map' || kind === 'slice' ? goJsonCompact(r) : goSprint(r);
    })
    .join(' ');
}

/** FindResults over a parsed template; `error` is the bare Go error (custom-columns returns it as is). */
export function evaluateJsonPath(
  root: ListNode,
  data: unknown,
  allowMissingKeys: boolean,
): { ok: true; groups: unknown[][] } | { ok: false; error: string } {
  try {
    return { ok: true, groups: new Evaluator(root, allowMissingKeys).findResults(data) };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * The error genericclioptions returns for a template that does not parse (or is empty); the same text
 * printJsonPath returns, exposed so commands can fail before talking to the API server as kubectl does.
 */
export function jsonPathTemplateError(template: string): string | undefined {
  if (template.length === 0) return 'template format specified but no template given';
  try {
    parseJsonPath(template);
    return undefined;
  } catch (e) {
    if (e instanceof JsonPathParseError) return `error parsing jsonpath ${template}, ${e.message}`;
    throw e;
  }
}

/**
 * Runs a jsonpath template over `data` (one object, or the v1 List of several) as `kubectl get -o jsonpath`
 * does. `error` is the Go error text for cmdutil.CheckErr (which adds `error: `); an execution failure's
 * text ends with the debugging dump and its blank lines, exactly as kubectl prints it.
 */
export function printJsonPath(template: string, data: unknown, options: JsonPathOptions = {}): PrintResult {
  const parseError = jsonPathTemplateError(template);
  if (parseError !== undefined) return { ok: false, error: parseError };
  const found = evaluateJsonPath(parseJsonPath(template), data, options.allowMissingKeys ?? true);
  if (found.ok) {
    return { ok: true, text: found.groups.map((g) => printResults(g, options.asJson ?? false)).join('') };
  }
  // cli-runtime printers/jsonpath.go PrintObj wraps the failure with a dump of the template and the data.
  const debug =
    `Error executing template: ${found.error}. Printing more information for debugging the template:\n` +
    `\ttemplate was:\n\t\t${template}\n` +
    `\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n`;
  return { ok: false, error: `error executing jsonpath ${goQuote(template)}: ${debug}\n` };
}
