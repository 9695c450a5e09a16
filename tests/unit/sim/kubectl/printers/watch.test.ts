import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../../src/sim/api/types.ts';
import { WatchPrinter } from '../../../../../src/sim/kubectl/printers/watch.ts';
import { profile135 } from '../../../../../src/sim/profiles/v1_35.ts';
import { at, now } from './fixtures.ts';

function pendingPod(waitingReason?: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'hello-world-cron-28206263-t94qb', uid: 'u', resourceVersion: '1', creationTimestamp: at(0) },
    spec: { containers: [{ name: 'c', image: 'hello-world' }] },
    status: {
      phase: 'Pending',
      ...(waitingReason
        ? {
            containerStatuses: [
              {
                name: 'c',
                image: 'hello-world',
                imageID: '',
                ready: false,
                restartCount: 0,
                state: { waiting: { reason: waitingReason } },
                lastState: {},
              },
            ],
          }
        : {}),
    },
  };
}

describe('WatchPrinter (spec §5.5)', () => {
  it('prints the list, then rows whose widths only grow', () => {
    const w = new WatchPrinter('Pod', { now: now(0), profile: profile135 });
    let out = w.printInitial([pendingPod()], now(0));
    out += w.printEvent('MODIFIED', pendingPod(), now(0));
    out += w.printEvent('MODIFIED', pendingPod('ContainerCreating'), now(0));
    out += w.printEvent('MODIFIED', pendingPod(), now(4));
    expect(out).toBe(
      'NAME                              READY   STATUS    RESTARTS   AGE\n' +
        'hello-world-cron-28206263-t94qb   0/1     Pending   0          0s\n' +
        'hello-world-cron-28206263-t94qb   0/1     Pending   0          0s\n' +
        'hello-world-cron-28206263-t94qb   0/1     ContainerCreating   0          0s\n' +
        'hello-world-cron-28206263-t94qb   0/1     Pending             0          4s\n',
    );
  });

  it('adds the EVENT column with --output-watch-events', () => {
    const w = new WatchPrinter('Pod', { now: now(0), profile: profile135, outputWatchEvents: true });
    expect(w.printEvent('ADDED', pendingPod(), now(1))).toBe(
      'EVENT      NAME                              READY   STATUS    RESTARTS   AGE\n' +
        'ADDED      hello-world-cron-28206263-t94qb   0/1     Pending   0          1s\n',
    );
  });
});
