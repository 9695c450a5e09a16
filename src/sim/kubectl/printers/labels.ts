// Label formatting helpers from apimachinery: labels.FormatLabels and metav1.FormatLabelSelector.
import type { LabelSelector } from '../../api/types.ts';

/** labels.FormatLabels: `k=v` sorted by key, joined by ","; `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/**
 * metav1.FormatLabelSelector: matchLabels as `k=v` (sorted) then matchExpressions (`k in (a,b)`,
 * `k notin (a)`, `k`, `!k`); `<none>` for an empty selector. Go renders the selector through
 * labels.Selector.String(), which sorts all requirements by key.
 */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  if (!selector) return '<none>';
  const requirements: Array<{ key: string; text: string }> = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    requirements.push({ key, text: `${key}=${value}` });
  }
  for (const expr of selector.matchExpressions ?? []) {
    const values = [...(expr.values ?? [])].sort().join(',');
    let text: string;
    switch (expr.operator) {
      case 'In':
        text = `${expr.key} in (${values})`;
        break;
      case 'NotIn':
        text = `${expr.key} notin (${values})`;
        break;
      case 'Exists':
        text = expr.key;
        break;
      case 'DoesNotExist':
        text = `!${expr.key}`;
        break;
      default:
        text = `${expr.key} ${expr.operator} (${values})`;
    }
    requirements.push({ key: expr.key, text });
  }
  if (requirements.length === 0) return '<none>';
  requirements.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return requirements.map((r) => r.text).join(',');
}
