// The REST paths and query strings kubectl's requests carry, for the request log (`-v=6`): client-go
// rest/request.go URL() (`/api/v1` for the core group, `/apis/GROUP/VERSION` for the others, then
// `namespaces/NS/`, the resource, the name and a subresource), and Go's url.Values.Encode for the query
// (keys sorted, url.QueryEscape: every byte but A-Z a-z 0-9 - _ . ~ percent-encoded, a space as `+`).
import type { Kind, LabelSelector } from '../../api/types.ts';
import { RESOURCE_TYPES, type ResourceType } from '../resources.ts';

/** The resource type the RESTMapper maps a kind to (the served, preferred version). */
export function typeOfKind(kind: Kind): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.kind === kind);
}

/** `/api/v1/namespaces/default/pods`, `/apis/batch/v1/jobs` (all namespaces), `/api/v1/namespaces`. */
export function collectionPath(type: ResourceType, namespace: string | undefined): string {
  const root = type.group === '' ? `/api/${type.version}` : `/apis/${type.group}/${type.version}`;
  const ns = type.namespaced && namespace !== undefined ? `/namespaces/${namespace}` : '';
  return `${root}${ns}/${type.resource}`;
}

/** One object's path, with a subresource (`log`) when given. */
export function itemPath(type: ResourceType, namespace: string | undefined, name: string, sub?: string): string {
  return `${collectionPath(type, namespace)}/${name}${sub ? `/${sub}` : ''}`;
}

/** Go url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(s)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** url.Values.Encode: `?k=v&…` with the keys sorted; '' without parameters. */
export function encodeQuery(params: Readonly<Record<string, string | undefined>>): string {
  const keys = Object.keys(params)
    .filter((k) => params[k] !== undefined)
    .sort();
  if (keys.length === 0) return '';
  return `?${keys.map((k) => `${queryEscape(k)}=${queryEscape(params[k]!)}`).join('&')}`;
}

/**
 * metav1.LabelSelectorAsSelector(…).String() for a selector kubectl builds itself (a Job's, for `logs job/x`):
 * the requirements sorted by key, `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. A `-l` the learner typed is
 * sent as typed instead (logging-client.ts).
 */
export function selectorString(selector: LabelSelector): string {
  const parts: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) parts.push([k, `${k}=${v}`]);
  for (const e of selector.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push([e.key, `${e.key} in (${values})`]);
    else if (e.operator === 'NotIn') parts.push([e.key, `${e.key} notin (${values})`]);
    else if (e.operator === 'Exists') parts.push([e.key, e.key]);
    else if (e.operator === 'DoesNotExist') parts.push([e.key, `!${e.key}`]);
  }
  return parts
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((p) => p[1])
    .join(',');
}

/** fields.Set AsSelector().String(): `k=v` terms sorted by key, joined by commas. */
export function fieldSelectorString(fields: Readonly<Record<string, string>>): string {
  return Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join(',');
}
