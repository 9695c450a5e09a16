// `kubectl get -w` against real transcripts (issue 11 item 10). The expected text is copied from a real capture
// (a public Kubernetes notes file in the code corpus, Dec 2022, a kubeadm cluster of that time: a Job `job1` with
// completions 6, parallelism 3, manualSelector app=counter-pod; `kubectl get job -n dev -o wide -w` and
// `kubectl get pod -n dev -w`). The printer rules it exercises are kubectl's: get.go watch() prints the list, then
// every event through one tabwriter flushed per event; cli-runtime's tabwriter (liggitt fork) has RememberWidths,
// so a column widens when a wider cell arrives (ContainerCreating) and never narrows again (later `Running` and
// `Completed` rows keep the wider STATUS column). Only the pod objects are built here: their statuses and ages are
// read off the capture, one object per captured row.
import { describe, expect, it } from 'vitest';
import type { ContainerState, Job, Pod } from '../../../../../src/sim/api/types.ts';
import { WatchPrinter } from '../../../../../src/sim/kubectl/printers/watch.ts';
import { profile122 } from '../../../../../src/sim/profiles/v1_22.ts';
import { at, now } from './fixtures.ts';

type Shown = 'Pending' | 'ContainerCreating' | 'Running' | 'Completed';

/** A job1 pod as the row shows it: created at `created` (s after T0). */
function pod(name: string, created: number, shown: Shown): Pod {
  const state: ContainerState | undefined =
    shown === 'ContainerCreating'
      ? { waiting: { reason: 'ContainerCreating' } }
      : shown === 'Running'
        ? { running: { startedAt: at(created + 1) } }
        : shown === 'Completed'
          ? {
              terminated: { exitCode: 0, reason: 'Completed', startedAt: at(created + 1), finishedAt: at(created + 2) },
            }
          : undefined;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'dev', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: at(created) },
    spec: { containers: [{ name: 'counter', image: 'busybox' }], restartPolicy: 'Never', nodeName: 'k8s-node1' },
    status: {
      phase: shown === 'Completed' ? 'Succeeded' : shown === 'Running' ? 'Running' : 'Pending',
      ...(state
        ? {
            containerStatuses: [
              {
                name: 'counter',
                image: 'busybox:latest',
                imageID: '',
                ready: shown === 'Running',
                restartCount: 0,
                state,
                lastState: {},
              },
            ],
          }
        : {}),
    },
  };
}

const POD_CAPTURE = `NAME         READY   STATUS    RESTARTS   AGE
job1-bwgld   0/1     Pending   0          0s
job1-bwgld   0/1     Pending   0          0s
job1-67pt8   0/1     Pending   0          0s
job1-j7bwp   0/1     Pending   0          0s
job1-j7bwp   0/1     Pending   0          0s
job1-67pt8   0/1     Pending   0          0s
job1-bwgld   0/1     ContainerCreating   0          0s
job1-j7bwp   0/1     ContainerCreating   0          0s
job1-67pt8   0/1     ContainerCreating   0          0s
job1-bwgld   1/1     Running             0          17s
job1-j7bwp   1/1     Running             0          17s
job1-67pt8   1/1     Running             0          32s
job1-bwgld   0/1     Completed           0          35s
job1-l2qxx   0/1     Pending             0          0s
job1-l2qxx   0/1     Pending             0          0s
job1-l2qxx   0/1     ContainerCreating   0          0s
job1-j7bwp   0/1     Completed           0          35s
job1-5t9xj   0/1     Pending             0          0s
job1-5t9xj   0/1     Pending             0          0s
job1-5t9xj   0/1     ContainerCreating   0          0s
job1-l2qxx   1/1     Running             0          2s
job1-5t9xj   1/1     Running             0          2s
job1-67pt8   0/1     Completed           0          50s
job1-cthqp   0/1     Pending             0          0s
job1-cthqp   0/1     Pending             0          0s
job1-cthqp   0/1     ContainerCreating   0          0s
job1-l2qxx   0/1     Completed           0          20s
job1-5t9xj   0/1     Completed           0          20s
job1-cthqp   1/1     Running             0          17s
job1-cthqp   0/1     Completed           0          34s
`;

describe('kubectl get pods -w (real capture)', () => {
  it('prints the list, then one row per event; STATUS widens at ContainerCreating and stays wide', () => {
    // Each captured row after the header: the pod's name, what it shows and its age.
    const rows = POD_CAPTURE.trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [name, , status, , age] = line.split(/ +/) as [string, string, Shown, string, string];
        return { name, status, age: Number.parseInt(age, 10) };
      });
    // Pod creation times: every pod is first seen at age 0s; the clock at each row is creation + age.
    const created = new Map<string, number>();
    let clock = 0;
    const printer = new WatchPrinter('Pod', { now: now(0), profile: profile122 });
    let out = '';
    rows.forEach((row, i) => {
      if (!created.has(row.name)) created.set(row.name, clock);
      const born = created.get(row.name)!;
      clock = Math.max(clock, born + row.age);
      const object = pod(row.name, born, row.status);
      out +=
        i === 0
          ? printer.printInitial([object], now(born + row.age))
          : printer.printEvent('MODIFIED', object, now(born + row.age));
    });
    expect(out).toBe(POD_CAPTURE);
  });
});

const JOB_CAPTURE = `NAME   COMPLETIONS   DURATION   AGE   CONTAINERS   IMAGES    SELECTOR
job1   0/6                      0s    counter      busybox   app=counter-pod
job1   0/6           0s         0s    counter      busybox   app=counter-pod
job1   1/6           20s        20s   counter      busybox   app=counter-pod
job1   2/6           35s        35s   counter      busybox   app=counter-pod
job1   3/6           35s        35s   counter      busybox   app=counter-pod
job1   4/6           55s        55s   counter      busybox   app=counter-pod
job1   5/6           55s        55s   counter      busybox   app=counter-pod
job1   6/6           55s        55s   counter      busybox   app=counter-pod
`;

function job1(status: Job['status']): Job {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'job1', namespace: 'dev', uid: 'uid-job1', resourceVersion: '1', creationTimestamp: at(0) },
    spec: {
      completions: 6,
      parallelism: 3,
      manualSelector: true,
      selector: { matchLabels: { app: 'counter-pod' } },
      template: {
        metadata: { labels: { app: 'counter-pod' } },
        spec: { containers: [{ name: 'counter', image: 'busybox' }], restartPolicy: 'Never' },
      },
    },
    status,
  };
}

describe('kubectl get job -o wide -w (real capture, a version without the STATUS column)', () => {
  it('the first row has no DURATION (no startTime yet); every status write is a row', () => {
    const printer = new WatchPrinter('Job', { now: now(0), profile: profile122, wide: true });
    let out = printer.printInitial([job1({})], now(0));
    out += printer.printEvent('MODIFIED', job1({ startTime: at(0), active: 3 }), now(0));
    for (const [succeeded, t] of [
      [1, 20],
      [2, 35],
      [3, 35],
      [4, 55],
      [5, 55],
    ] as const) {
      out += printer.printEvent('MODIFIED', job1({ startTime: at(0), active: 3, succeeded }), now(t));
    }
    out += printer.printEvent(
      'MODIFIED',
      job1({ startTime: at(0), succeeded: 6, completionTime: at(55), conditions: [] }),
      now(55),
    );
    expect(out).toBe(JOB_CAPTURE);
  });
});
