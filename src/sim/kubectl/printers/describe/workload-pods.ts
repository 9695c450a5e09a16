// describe.go getPodStatusForController: the phases of the pods a controller owns (its selector's pods whose
// controller reference has the owner's UID), for the `Pods Status:` line of `describe rs` and `describe ds`.
import type { Pod } from '../../../api/types.ts';

export interface PodPhaseCounts {
  running: number;
  waiting: number;
  succeeded: number;
  failed: number;
}

/** `pods` are the selector's pods; those owned by another controller (or none) are skipped. */
export function podStatusForController(pods: readonly Pod[], ownerUid: string): PodPhaseCounts {
  const counts: PodPhaseCounts = { running: 0, waiting: 0, succeeded: 0, failed: 0 };
  for (const pod of pods) {
    const ref = (pod.metadata.ownerReferences ?? []).find((r) => r.controller === true);
    if (ref?.uid !== ownerUid) continue;
    if (pod.status.phase === 'Running') counts.running += 1;
    else if (pod.status.phase === 'Pending') counts.waiting += 1;
    else if (pod.status.phase === 'Succeeded') counts.succeeded += 1;
    else if (pod.status.phase === 'Failed') counts.failed += 1;
  }
  return counts;
}

/** `%d Running / %d Waiting / %d Succeeded / %d Failed`. */
export function formatPodPhaseCounts(c: PodPhaseCounts): string {
  return `${c.running} Running / ${c.waiting} Waiting / ${c.succeeded} Succeeded / ${c.failed} Failed`;
}
