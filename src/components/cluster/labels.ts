// The cluster view's words. The strings live in src/i18n/{en,ko}.json under `cluster.*`; ClusterView.astro hands
// this locale's set to the element as one data attribute (no i18n tables in the page's JavaScript), and these
// helpers fill their `{placeholders}`.
import type { PodRecord } from './pod-history.ts';

/** The `cluster.*` keys the element reads (without the prefix). */
export const CLUSTER_LABEL_KEYS = [
  'title',
  'waiting',
  'empty',
  'conditions',
  'none',
  'exitCode',
  'loose',
  'legend',
  'timeline',
  'fromCronJob',
  'backoff',
  'seconds',
  'deadline',
  'outcome.succeeded',
  'outcome.failed',
  'outcome.running',
  'outcome.deleted',
  'restartMark',
  'alt.created',
  'alt.succeeded',
  'alt.failed',
  'alt.running',
  'alt.deleted',
  'alt.restart',
  'alt.gap',
  'alt.end',
  'alt.deadline',
] as const;

export type ClusterLabelKey = (typeof CLUSTER_LABEL_KEYS)[number];
export type RawLabels = Partial<Record<ClusterLabelKey, string>>;

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export interface ClusterLabels {
  raw(key: ClusterLabelKey, vars?: Record<string, string | number>): string;
  seconds(n: number): string;
  deadline(n: number): string;
  /** One pod's story in a sentence: the bar's tooltip and its line in the text alternative. */
  barTitle(bar: PodRecord, began: number): string;
}

export function clusterLabels(raw: RawLabels): ClusterLabels {
  const get = (key: ClusterLabelKey, vars: Record<string, string | number> = {}) => fill(raw[key] ?? key, vars);
  const at = (began: number, t: number) => Math.round((t - began) / 1000);
  return {
    raw: get,
    seconds: (n) => get('seconds', { n }),
    deadline: (n) => get('deadline', { n }),
    barTitle(bar, began) {
      const parts = [get('alt.created', { pod: bar.name, t: at(began, bar.created) })];
      for (const restart of bar.restarts) {
        parts.push(get('alt.restart', { t: at(began, restart.at), code: restart.exitCode ?? '?' }));
      }
      const code = bar.exitCode ?? '?';
      if (bar.outcome === 'running') parts.push(get('alt.running'));
      else if (bar.outcome === 'deleted') parts.push(get('alt.deleted', { t: at(began, bar.finished ?? began) }));
      else
        parts.push(get(`alt.${bar.outcome}`, { t: at(began, bar.finished ?? began), code, reason: bar.reason ?? '' }));
      return parts.join(', ');
    },
  };
}
