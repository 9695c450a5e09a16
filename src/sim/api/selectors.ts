// Label and field selector matching for list/watch (apimachinery pkg/labels, pkg/fields).

import type { KubeObject, LabelSelector } from './types.ts';

export function matchesLabelSelector(
  labels: Record<string, string> | undefined,
  selector: LabelSelector | undefined,
): boolean {
  if (!selector) return true;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key);
    const value = l[e.key];
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(value ?? '')) return false;
        break;
      case 'NotIn':
        if (has && values.includes(value ?? '')) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Field selectors: `metadata.name`, `status.phase`, `involvedObject.name` … (equality; a `!` suffix on the key means !=). */
export function matchesFieldSelector(obj: KubeObject, selector: Record<string, string> | undefined): boolean {
  if (!selector) return true;
  for (const [rawKey, want] of Object.entries(selector)) {
    const negate = rawKey.endsWith('!');
    const key = negate ? rawKey.slice(0, -1) : rawKey;
    let cur: unknown = obj;
    for (const part of key.split('.')) {
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
    }
    const actual = cur === undefined || cur === null ? '' : String(cur);
    if ((actual === want) === negate) return false;
  }
  return true;
}
