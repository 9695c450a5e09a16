import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../../../src/sim/kubectl/printers/duration.ts';
import { printTables } from '../../../../../src/sim/kubectl/printers/print-tables.ts';
import { profile122 } from '../../../../../src/sim/profiles/v1_22.ts';
import { profile135 } from '../../../../../src/sim/profiles/v1_35.ts';
import { at, job, kubernetesService, now, terminatedPod } from './fixtures.ts';

describe('humanDuration (spec §5.2)', () => {
  it('follows the exact thresholds', () => {
    const s = 1000;
    expect(
      [-3 * s, -1 * s, 7 * s, 63 * s, 119 * s, 120 * s, 123 * s, 599 * s, 600 * s, 179 * 60 * s, 3 * 3600 * s]
        .map(humanDuration)
        .join(' '),
    ).toBe('<invalid> 0s 7s 63s 119s 2m 2m3s 9m59s 10m 179m 3h');
    expect([28 * 86400 * s, 3 * 86400 * s + 4 * 3600 * s, 800 * 86400 * s].map(humanDuration).join(' ')).toBe(
      '28d 3d4h 2y70d',
    );
  });
});

describe('printTables', () => {
  it('reproduces the seed `kubectl get all` (1.22)', () => {
    const hello = job('hello-world', 0, { completionTime: at(3), succeeded: 1 });
    const pod = terminatedPod('hello-world--1-mfcbk', 2, 0, 4);
    const svc = kubernetesService(-28 * 86400);
    const out = printTables(
      [
        { kind: 'Pod', objects: [pod] },
        { kind: 'Service', objects: [svc] },
        { kind: 'CronJob', objects: [] },
        { kind: 'Job', objects: [hello] },
      ],
      { now: now(9), profile: profile122 },
    );
    expect(out).toBe(
      'NAME                       READY   STATUS      RESTARTS   AGE\n' +
        'pod/hello-world--1-mfcbk   0/1     Completed   0          7s\n' +
        '\n' +
        'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   28d\n' +
        '\n' +
        'NAME                    COMPLETIONS   DURATION   AGE\n' +
        'job.batch/hello-world   1/1           3s         9s\n',
    );
  });

  it('reproduces the seed `kubectl get job,pod` (1.22)', () => {
    const job1 = job('job-1', 0, { completionTime: at(10), succeeded: 1 });
    const job2 = job('job-2', 50, { failed: 2 });
    const out = printTables(
      [
        { kind: 'Job', objects: [job1, job2] },
        {
          kind: 'Pod',
          objects: [
            terminatedPod('job-1--1-6stfq', 0, 0, 8),
            terminatedPod('job-2--1-2cb8l', 54, 1, 56),
            terminatedPod('job-2--1-d8457', 50, 1, 53),
          ],
        },
      ],
      { now: now(63), profile: profile122 },
    );
    expect(out).toBe(
      'NAME              COMPLETIONS   DURATION   AGE\n' +
        'job.batch/job-1   1/1           10s        63s\n' +
        'job.batch/job-2   0/1           13s        13s\n' +
        '\n' +
        'NAME                 READY   STATUS      RESTARTS   AGE\n' +
        'pod/job-1--1-6stfq   0/1     Completed   0          63s\n' +
        'pod/job-2--1-2cb8l   0/1     Error       0          9s\n' +
        'pod/job-2--1-d8457   0/1     Error       0          13s\n',
    );
  });

  it('prints the STATUS column on 1.35 (spec §5.3 example)', () => {
    const job1 = job('job-1', 0, {
      completionTime: at(8),
      succeeded: 1,
      conditions: [{ type: 'Complete', status: 'True', lastProbeTime: at(8), lastTransitionTime: at(8) }],
    });
    const job2 = job('job-2', 0, {});
    expect(printTables([{ kind: 'Job', objects: [job1, job2] }], { now: now(63), profile: profile135 })).toBe(
      'NAME    STATUS     COMPLETIONS   DURATION   AGE\n' +
        'job-1   Complete   1/1           8s         63s\n' +
        'job-2   Running    0/1           63s        63s\n',
    );
  });

  it('adds NAMESPACE, -L and LABELS columns; --no-headers', () => {
    const j = job('job-1', 0, {});
    const out = printTables([{ kind: 'Job', objects: [j] }], {
      now: now(5),
      profile: profile122,
      allNamespaces: true,
      showLabels: true,
      labelColumns: ['job-name'],
      noHeaders: true,
    });
    expect(out).toBe('default   job-1   0/1   5s    5s    job-1   controller-uid=uid-job-1,job-name=job-1\n');
  });
});
