// Issue 11 item 3: the FailIndex podFailurePolicy action and the remaining validation of backoffLimitPerIndex and
// maxFailedIndexes. Expected behaviour from kubernetes.io, task "Handling retriable and non-retriable pod failures
// with Pod failure policy" › "Using Pod failure policy to avoid unnecessary Pod retries per index" (example
// job-backoff-limit-per-index-failindex.yaml: completions 4, parallelism 2, backoffLimitPerIndex 1, index 0 exits 1,
// index 1 exits 42 matching a FailIndex rule; the page shows two pods of index 0, one pod of index 1, and
// failedIndexes "0,1" with "failed" 3). Error texts from pkg/apis/batch/validation/validation.go (validateJobSpec,
// validatePodFailurePolicyRule) and its tests ("spec.maxFailedIndexes: Invalid value: 11: must be less than or
// equal to completions", "spec.maxFailedIndexes: Required value: must be specified when completions is above
// 100000").
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../src/sim/api/types.ts';
import { createCluster } from '../../../../src/sim/cluster.ts';
import { createSession } from '../../../../src/sim/session.ts';
import { condition, getJob, podsOf } from './helpers.ts';

describe('podFailurePolicy FailIndex (issue 11 item 3)', () => {
  it('1.35: the index whose pod matched FailIndex fails at once, without a retry', () => {
    const c = createCluster({ profile: '1.35', seed: 5 });
    c.kubelet.preloadImage('busybox:1.36');
    c.api.create({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'job-backoff-limit-per-index-failindex' },
      spec: {
        completions: 4,
        parallelism: 2,
        completionMode: 'Indexed',
        backoffLimitPerIndex: 1,
        backoffLimit: 6,
        podFailurePolicy: {
          rules: [{ action: 'FailIndex', onExitCodes: { containerName: 'main', operator: 'In', values: [42] } }],
        },
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [
              {
                name: 'main',
                image: 'busybox:1.36',
                command: [
                  '/bin/sh',
                  '-c',
                  'if [ "$JOB_COMPLETION_INDEX" = 0 ]; then exit 1; elif [ "$JOB_COMPLETION_INDEX" = 1 ]; then exit 42; fi; exit 0',
                ],
              },
            ],
          },
        },
      },
    });
    c.clock.advanceBy(5 * 60_000);
    const job = getJob(c, 'job-backoff-limit-per-index-failindex');
    expect(job.status).toMatchObject({ failedIndexes: '0,1', completedIndexes: '2,3', failed: 3, succeeded: 2 });
    expect(condition(job, 'Failed')).toMatchObject({ reason: 'FailedIndexes', message: 'Job has failed indexes' });
    const pods = podsOf(c, 'job-backoff-limit-per-index-failindex');
    const ofIndex = (i: number) =>
      pods.filter((p: Pod) => p.metadata.annotations?.['batch.kubernetes.io/job-completion-index'] === String(i));
    expect([0, 1, 2, 3].map((i) => ofIndex(i).length)).toEqual([2, 1, 1, 1]);
  });
});

function submit(manifest: string[], profile: '1.22' | '1.35' = '1.35') {
  const session = createSession({ profile, seed: 1, files: { 'job.yaml': [...manifest, ''].join('\n') } });
  const before = session.records.length;
  session.shell.submit('kubectl create -f job.yaml');
  const record = session.records[before]!;
  return { stdout: record.stdout, stderr: record.stderr, exitCode: record.exitCode };
}

function indexedJob(spec: string[], container: string[] = []): string[] {
  return [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: per-index',
    'spec:',
    ...spec.map((l) => `  ${l}`),
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      containers:',
    '      - name: main',
    '        image: busybox',
    ...container,
  ];
}

describe('validation of FailIndex, backoffLimitPerIndex and maxFailedIndexes (1.35)', () => {
  it('FailIndex without backoffLimitPerIndex is refused', () => {
    const out = submit(
      indexedJob([
        'completions: 2',
        'completionMode: Indexed',
        'podFailurePolicy:',
        '  rules:',
        '  - action: FailIndex',
        '    onExitCodes:',
        '      operator: In',
        '      values: [42]',
      ]),
    );
    expect(out).toEqual({
      stdout: '',
      stderr:
        'The Job "per-index" is invalid: spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set\n',
      exitCode: 1,
    });
  });

  it('maxFailedIndexes needs backoffLimitPerIndex and may not exceed completions', () => {
    const out = submit(indexedJob(['completions: 10', 'completionMode: Indexed', 'maxFailedIndexes: 11']));
    expect(out.stderr).toBe(
      'The Job "per-index" is invalid: \n' +
        '* spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified\n' +
        '* spec.maxFailedIndexes: Invalid value: 11: must be less than or equal to completions\n',
    );
  });

  it('above 100000 completions with backoffLimitPerIndex, maxFailedIndexes is required and parallelism capped', () => {
    const out = submit(
      indexedJob(['completions: 100001', 'parallelism: 10001', 'completionMode: Indexed', 'backoffLimitPerIndex: 1']),
    );
    expect(out.stderr).toBe(
      'The Job "per-index" is invalid: \n' +
        '* spec.maxFailedIndexes: Required value: must be specified when completions is above 100000\n' +
        '* spec.parallelism: Invalid value: 10001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index\n',
    );
  });

  it('maxFailedIndexes above 10000 with high completions, and a negative one, are refused', () => {
    const out = submit(
      indexedJob([
        'completions: 200000',
        'completionMode: Indexed',
        'backoffLimitPerIndex: 1',
        'maxFailedIndexes: 20000',
      ]),
    );
    expect(out.stderr).toBe(
      'The Job "per-index" is invalid: spec.maxFailedIndexes: Invalid value: 20000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index\n',
    );
    const negative = submit(
      indexedJob(['completions: 2', 'completionMode: Indexed', 'backoffLimitPerIndex: 1', 'maxFailedIndexes: -1']),
    );
    expect(negative.stderr).toBe(
      'The Job "per-index" is invalid: spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0\n',
    );
  });

  it('an Indexed Job with parallelism above 100000 is refused', () => {
    const out = submit(indexedJob(['completions: 5', 'parallelism: 100001', 'completionMode: Indexed']));
    expect(out.stderr).toBe(
      'The Job "per-index" is invalid: spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed\n',
    );
  });
});

describe('1.22 has neither field (kubectl 1.22 validates against the 1.22 OpenAPI schema)', () => {
  it('refuses backoffLimitPerIndex and maxFailedIndexes as unknown fields of JobSpec', () => {
    const out = submit(
      indexedJob(['completions: 2', 'completionMode: Indexed', 'backoffLimitPerIndex: 1', 'maxFailedIndexes: 1']),
      '1.22',
    );
    expect(out).toEqual({
      stdout: '',
      stderr:
        'error: error validating "job.yaml": error validating data: [ValidationError(Job.spec): unknown field "backoffLimitPerIndex" in io.k8s.api.batch.v1.JobSpec, ValidationError(Job.spec): unknown field "maxFailedIndexes" in io.k8s.api.batch.v1.JobSpec]; if you choose to ignore these errors, turn validation off with --validate=false\n',
      exitCode: 1,
    });
  });
});
