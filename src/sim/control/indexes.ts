// Completion indexes of Indexed Jobs (indexed_job_utils.go): `1,3-5,7` interval text and pod naming.

import { MAX_GENERATED_NAME_LENGTH } from '../api/names.ts';

export const COMPLETION_INDEX_KEY = 'batch.kubernetes.io/job-completion-index';

/**
 * Sorted distinct indexes → `0-2,5`; a run of two is written `0,1` (orderedIntervals.String in
 * pkg/controller/job/indexed_job_utils.go writes ',' when Last == First+1, '-' only for 3+ consecutive).
 */
export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1) end = sorted[++i]!;
    parts.push(start === end ? `${start}` : `${start}${end === start + 1 ? ',' : '-'}${end}`);
    i++;
  }
  return parts.join(',');
}

export function parseIndexes(text: string | undefined): Set<number> {
  const out = new Set<number>();
  // Non-indexed Jobs (most of them) have no index list: nothing to split on every sync.
  if (!text) return out;
  for (const part of (text ?? '').split(',')) {
    if (!part) continue;
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let i = a; i <= (b ?? a); i++) out.add(i);
  }
  return out;
}

/** podGenerateNameWithIndex: `<job>-<index>-`, the job part cut so the prefix fits in 58 characters. */
export function indexedPodPrefix(jobName: string, index: number): string {
  const suffix = `-${index}-`;
  const room = MAX_GENERATED_NAME_LENGTH - suffix.length;
  return (jobName.length > room ? jobName.slice(0, room) : jobName) + suffix;
}
