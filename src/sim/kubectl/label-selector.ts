// `-l/--selector` text parsed into a LabelSelector (apimachinery pkg/labels selector.go Parse): `k=v`,
// `k==v`, `k!=v`, `k in (a,b)`, `k notin (a)`, `k`, `!k`, joined by commas.
import type { LabelSelector } from '../api/types.ts';

/** Throws with the apimachinery-style message kubectl prints as `error: …`. */
export function parseLabelSelector(text: string): LabelSelector {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: NonNullable<LabelSelector['matchExpressions']> = [];
  for (const raw of splitTopLevel(text)) {
    const term = raw.trim();
    if (term === '') continue;
    let m = /^([A-Za-z0-9_./-]+)\s*(==|=|!=)\s*([A-Za-z0-9_.-]*)$/.exec(term);
    if (m) {
      if (m[2] === '!=') matchExpressions.push({ key: m[1]!, operator: 'NotIn', values: [m[3]!] });
      else matchLabels[m[1]!] = m[3]!;
      continue;
    }
    m = /^([A-Za-z0-9_./-]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
    if (m) {
      const values = m[3]!.split(',').map((v) => v.trim());
      matchExpressions.push({ key: m[1]!, operator: m[2] === 'in' ? 'In' : 'NotIn', values });
      continue;
    }
    m = /^(!?)([A-Za-z0-9_./-]+)$/.exec(term);
    if (m) {
      matchExpressions.push({ key: m[2]!, operator: m[1] ? 'DoesNotExist' : 'Exists' });
      continue;
    }
    throw new Error(`unable to parse requirement: found '${term}', expected: identifier`);
  }
  return {
    ...(Object.keys(matchLabels).length > 0 ? { matchLabels } : {}),
    ...(matchExpressions.length > 0 ? { matchExpressions } : {}),
  };
}

/** Splits on commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
