// Issue 11 item 3: backoffLimitPerIndex / maxFailedIndexes. Expected status from kubernetes.io "Jobs › Backoff limit
// per index" (example job-backoff-limit-per-index-example.yaml: completions 10, parallelism 3, backoffLimitPerIndex 1,
// maxFailedIndexes 5, even indexes fail → completedIndexes 1,3,5,7,9, failedIndexes 0,2,4,6,8, succeeded 5,
// failed 10, FailureTarget and Failed with reason FailedIndexes, message "Job has failed indexes"); the reasons from
// pkg/controller/job/job_controller.go (JobReasonFailedIndexes, JobReasonMaxFailedIndexesExceeded).
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../src/sim/api/types.ts';
import { createCluster } from '../../../../src/sim/cluster.ts';
import { createSession } from '../../../../src/sim/session.ts';
import { condition, getJob, podsOf } from './helpers.ts';

function perIndexJob(profile: '1.22' | '1.35', extra: Record<string, unknown>) {
  const c = createCluster({ profile, seed: 3 });
  c.kubelet.preloadImage('busybox:1.36');
  c.api.create({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'job-backoff-limit-per-index-example' },
    spec: {
      completions: 10,
      parallelism: 3,
      completionMode: 'Indexed',
      backoffLimitPerIndex: 1,
      ...extra,
      template: {
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: 'example',
              image: 'busybox:1.36',
              command: ['/bin/sh', '-c', 'echo Hello world; [ $((JOB_COMPLETION_INDEX % 2)) -eq 0 ] && exit 1; exit 0'],
            },
          ],
        },
      },
    },
  });
  c.clock.advanceBy(10 * 60_000);
  return c;
}

describe('backoffLimitPerIndex (issue 11 item 3)', () => {
  it('1.35: the documented example ends with failed indexes 0,2,4,6,8 after one retry each', () => {
    const c = perIndexJob('1.35', { maxFailedIndexes: 5 });
    const job = getJob(c, 'job-backoff-limit-per-index-example');
    expect(job.spec.backoffLimit).toBe(2147483647);
    expect(job.status).toMatchObject({
      completedIndexes: '1,3,5,7,9',
      failedIndexes: '0,2,4,6,8',
      succeeded: 5,
      failed: 10,
    });
    for (const type of ['FailureTarget', 'Failed']) {
      expect(condition(job, type)).toMatchObject({
        status: 'True',
        reason: 'FailedIndexes',
        message: 'Job has failed indexes',
      });
    }
    // Each failed index ran twice (the first try and one retry); the retry's pod says how often it failed before.
    const pods = podsOf(c, 'job-backoff-limit-per-index-example');
    const ofIndex = (i: number) =>
      pods.filter((p: Pod) => p.metadata.annotations?.['batch.kubernetes.io/job-completion-index'] === String(i));
    expect(ofIndex(0).map((p) => p.metadata.annotations?.['batch.kubernetes.io/job-index-failure-count'])).toEqual([
      '0',
      '1',
    ]);
    expect(ofIndex(1)).toHaveLength(1);
  });

  it('1.35: more failed indexes than maxFailedIndexes fails the Job with MaxFailedIndexesExceeded', () => {
    const job = getJob(perIndexJob('1.35', { maxFailedIndexes: 1 }), 'job-backoff-limit-per-index-example');
    expect(condition(job, 'Failed')).toMatchObject({
      reason: 'MaxFailedIndexesExceeded',
      message: 'Job has exceeded the specified maximal number of failed indexes',
    });
  });

  it('1.22: the API server does not know the field and drops it; backoffLimit 6 applies to the whole Job', () => {
    const c = perIndexJob('1.22', { maxFailedIndexes: 5 });
    const job = getJob(c, 'job-backoff-limit-per-index-example');
    expect(job.spec.backoffLimitPerIndex).toBeUndefined();
    expect(job.spec.maxFailedIndexes).toBeUndefined();
    expect(job.spec.backoffLimit).toBe(6);
    expect(job.status.failedIndexes).toBeUndefined();
    expect(condition(job, 'Failed')?.reason).toBe('BackoffLimitExceeded');
  });
});

describe('validation of the per-index fields (1.35)', () => {
  it('a NonIndexed Job with either field is refused (validation.go: field.Invalid … "requires indexed completion mode")', () => {
    const manifest = [
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: per-index',
      'spec:',
      '  backoffLimitPerIndex: 1',
      '  maxFailedIndexes: 2',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '      - name: c',
      '        image: busybox',
      '',
    ].join('\n');
    const session = createSession({ profile: '1.35', seed: 1, files: { 'job.yaml': manifest } });
    const before = session.records.length;
    session.shell.submit('kubectl apply -f job.yaml');
    const record = session.records[before]!;
    expect({ stdout: record.stdout, stderr: record.stderr, exitCode: record.exitCode }).toEqual({
      stdout: '',
      stderr:
        'The Job "per-index" is invalid: \n' +
        '* spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode\n' +
        '* spec.maxFailedIndexes: Invalid value: 2: requires indexed completion mode\n',
      exitCode: 1,
    });
  });
});
