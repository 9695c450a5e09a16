import { describe, expect, it } from 'vitest';
import { StatusError } from '../../../../src/sim/api/errors.ts';
import type { CronJob, Job, Pod } from '../../../../src/sim/api/types.ts';
import { at, cluster, condition, eventsFor, everyMinuteCronJob, getJob, jobSpec, podsOf } from './helpers.ts';

function errorOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('OnFailure', () => {
  it('restarts with CrashLoopBackOff, fails at restartCount 6, deletes the pod', () => {
    const c = cluster('1.35');
    const t0 = c.clock.now();
    c.api.create(jobSpec('crash', 'busybox', ['/bin/sh', '-c', 'exit 1'], {}, { restartPolicy: 'OnFailure' }));
    c.clock.advanceBy(20_000);
    const [pod] = podsOf(c, 'crash');
    const status = pod!.status.containerStatuses![0]!;
    expect(pod!.status.phase).toBe('Running');
    expect(status.restartCount).toBeGreaterThanOrEqual(1);
    c.clock.advanceBy(600_000);
    const job = getJob(c, 'crash');
    expect(condition(job, 'Failed')?.reason).toBe('BackoffLimitExceeded');
    expect(podsOf(c, 'crash')).toEqual([]);
    expect(job.status.failed).toBe(1);
    const reasons = eventsFor(c, 'crash').map((e) => e.reason);
    expect(reasons).toContain('SuccessfulDelete');
    const backoffs = c.store.list('Event', 'default').filter((e) => (e as { reason: string }).reason === 'BackOff');
    expect(backoffs.length).toBe(1);
    const failedAt = at(t0, condition(job, 'Failed')?.lastTransitionTime);
    // back-offs 0, 10, 20, 40, 80, 160 s, each restart at the first pod-worker sync after it (10-15 s apart,
    // docs/spec-corrections.md §4.6) → ≈5½-6½ min after start.
    expect(failedAt).toBeGreaterThan(320);
    expect(failedAt).toBeLessThan(400);
  });

  it('shows CrashLoopBackOff with the back-off message and serves --previous logs', () => {
    const c = cluster('1.35');
    c.api.create(
      jobSpec('crash', 'busybox', ['/bin/sh', '-c', 'echo oops; exit 2'], {}, { restartPolicy: 'OnFailure' }),
    );
    let seen: string | undefined;
    for (let i = 0; i < 60 && !seen; i++) {
      c.clock.advanceBy(1000);
      const w = podsOf(c, 'crash')[0]?.status.containerStatuses?.[0]?.state.waiting;
      if (w?.reason === 'CrashLoopBackOff') seen = w.message;
    }
    const pod = podsOf(c, 'crash')[0]!;
    expect(seen).toBe(
      `back-off 10s restarting failed container=crash pod=${pod.metadata.name}_default(${pod.metadata.uid})`,
    );
    expect(c.api.logs('default', pod.metadata.name, { previous: true }).text).toBe('oops\n');
    expect(c.api.logs('default', pod.metadata.name).text).toBe('oops\n');
  });
});

describe('podFailurePolicy', () => {
  it('FailJob on exit code 42 with the verbatim message', () => {
    const c = cluster('1.35');
    c.api.create(
      jobSpec('pfp', 'busybox', ['/bin/sh', '-c', 'exit 42'], {
        podFailurePolicy: {
          rules: [{ action: 'FailJob', onExitCodes: { containerName: 'pfp', operator: 'In', values: [42] } }],
        },
      }),
    );
    c.clock.advanceBy(30_000);
    const job = getJob(c, 'pfp');
    const pod = podsOf(c, 'pfp')[0]!;
    const msg = `Container pfp for pod default/${pod.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    expect(condition(job, 'Failed')).toMatchObject({ reason: 'PodFailurePolicy', message: msg });
    expect(podsOf(c, 'pfp').length).toBe(1);
    expect(job.spec.podReplacementPolicy).toBe('Failed');
  });

  it('Ignore does not count the failure', () => {
    const c = cluster('1.35');
    c.api.create(
      jobSpec('ign', 'busybox', ['/bin/sh', '-c', 'exit 3'], {
        backoffLimit: 0,
        podFailurePolicy: { rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [3] } }] },
      }),
    );
    c.clock.advanceBy(20_000);
    const job = getJob(c, 'ign');
    expect(job.status.failed).toBeUndefined();
    expect(podsOf(c, 'ign').length).toBeGreaterThan(1);
  });

  it('requires restartPolicy Never', () => {
    const c = cluster('1.35');
    const e = errorOf(() =>
      c.api.create(
        jobSpec(
          'x',
          'busybox',
          ['/bin/sh'],
          { podFailurePolicy: { rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [3] } }] } },
          { restartPolicy: 'OnFailure' },
        ),
      ),
    );
    expect(e.message).toBe(
      'Job.batch "x" is invalid: spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
    );
  });
});

describe('Indexed', () => {
  it('creates indexed pods and reports completedIndexes', () => {
    const c = cluster('1.35');
    c.api.create(
      jobSpec('idx', 'busybox', ['/bin/sh', '-c', 'exit 0'], {
        completions: 3,
        parallelism: 2,
        completionMode: 'Indexed',
      }),
    );
    c.clock.advanceBy(30_000);
    const job = getJob(c, 'idx');
    const pods = podsOf(c, 'idx');
    expect(job.status.completedIndexes).toBe('0-2');
    expect(job.status.succeeded).toBe(3);
    expect(pods.map((p) => p.metadata.annotations?.['batch.kubernetes.io/job-completion-index']).sort()).toEqual([
      '0',
      '1',
      '2',
    ]);
    expect(pods[0]?.metadata.name).toMatch(/^idx-[0-2]-[a-z0-9]{5}$/);
    expect(pods[0]?.spec.hostname).toMatch(/^idx-[0-2]$/);
    expect(pods[0]?.spec.containers[0]?.env?.[0]?.name).toBe('JOB_COMPLETION_INDEX');
  });

  it('needs completions', () => {
    const c = cluster('1.35');
    const e = errorOf(() =>
      c.api.create(jobSpec('idx', 'busybox', ['/bin/sh'], { parallelism: 2, completionMode: 'Indexed' })),
    );
    expect(e.message).toBe(
      'Job.batch "idx" is invalid: spec.completions: Required value: when completion mode is Indexed',
    );
  });
});

describe('suspend and activeDeadlineSeconds', () => {
  it('suspend deletes active pods; resume recreates', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('sus', 'busybox', ['/bin/sh', '-c', 'sleep 100']));
    c.clock.advanceBy(5_000);
    const job = getJob(c, 'sus');
    c.api.update({ ...job, spec: { ...job.spec, suspend: true } });
    c.clock.advanceBy(40_000);
    let now = getJob(c, 'sus');
    expect(condition(now, 'Suspended')).toMatchObject({
      status: 'True',
      reason: 'JobSuspended',
      message: 'Job suspended',
    });
    expect(podsOf(c, 'sus')).toEqual([]);
    c.api.update({ ...now, spec: { ...now.spec, suspend: false } });
    c.clock.advanceBy(2_000);
    now = getJob(c, 'sus');
    expect(condition(now, 'Suspended')).toMatchObject({ status: 'False', reason: 'JobResumed' });
    expect(podsOf(c, 'sus').length).toBe(1);
    // kubernetes.io "Suspending a Job": the new pod's SuccessfulCreate comes before Resumed (syncJob's manageJob
    // runs before it updates the Suspended condition and records the event).
    expect(eventsFor(c, 'sus').map((e) => e.reason)).toEqual([
      'SuccessfulCreate',
      'SuccessfulDelete',
      'Suspended',
      'SuccessfulCreate',
      'Resumed',
    ]);
  });

  it('activeDeadlineSeconds fails the job and deletes the pod', () => {
    const c = cluster('1.22');
    const t0 = c.clock.now();
    c.api.create(jobSpec('dl', 'busybox', ['/bin/sh', '-c', 'sleep 100'], { activeDeadlineSeconds: 10 }));
    c.clock.advanceBy(60_000);
    const job = getJob(c, 'dl');
    expect(condition(job, 'Failed')).toMatchObject({
      reason: 'DeadlineExceeded',
      message: 'Job was active longer than specified deadline',
    });
    expect(at(t0, condition(job, 'Failed')?.lastTransitionTime)).toBe(10);
    expect(podsOf(c, 'dl')).toEqual([]);
  });
});

describe('TTL, GC, deletion', () => {
  it('ttlSecondsAfterFinished deletes the job and its pods', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('ttl', 'busybox', ['/bin/sh', '-c', 'exit 0'], { ttlSecondsAfterFinished: 5 }));
    c.clock.advanceBy(6_000);
    expect(getJob(c, 'ttl').status.succeeded).toBe(1);
    c.clock.advanceBy(10_000);
    expect(c.store.get('Job', 'default', 'ttl')).toBeUndefined();
    expect(podsOf(c, 'ttl')).toEqual([]);
  });

  it('background delete removes finished pods at once and running ones after the grace period', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('bg', 'busybox', ['/bin/sh', '-c', 'sleep 600']));
    c.clock.advanceBy(5_000);
    c.api.delete('Job', 'default', 'bg', { propagationPolicy: 'Background' });
    c.clock.advanceBy(1_000);
    const [pod] = podsOf(c, 'bg');
    expect(pod?.metadata.deletionTimestamp).toBeDefined();
    c.clock.advanceBy(31_000);
    expect(podsOf(c, 'bg')).toEqual([]);
  });

  it('orphan delete keeps pods without owner', () => {
    const c = cluster('1.22');
    c.api.create(jobSpec('or', 'busybox', ['/bin/sh', '-c', 'exit 0']));
    c.clock.advanceBy(5_000);
    const name = c.store.list<Pod>('Pod', 'default')[0]!.metadata.name;
    c.api.delete('Job', 'default', 'or', { propagationPolicy: 'Orphan' });
    c.clock.advanceBy(5_000);
    expect(c.store.get<Pod>('Pod', 'default', name)?.metadata.ownerReferences).toBeUndefined();
  });
});

describe('CronJob', () => {
  it('creates <name>-<minutes> jobs each minute and keeps 3 successful', () => {
    const c = cluster('1.35');
    c.api.create(everyMinuteCronJob('hello', 'OnFailure'));
    c.clock.advanceBy(5 * 60_000 + 30_000);
    const jobs = c.store.list<Job>('Job', 'default');
    expect(jobs.length).toBe(3);
    for (const j of jobs) expect(j.metadata.name).toMatch(/^hello-\d{8}$/);
    const stored = c.api.get<CronJob>('CronJob', 'default', 'hello');
    expect(stored.status.lastScheduleTime).toBe('2026-01-12T09:05:00Z');
    expect(stored.status.lastSuccessfulTime).toBeDefined();
    expect(stored.spec.successfulJobsHistoryLimit).toBe(3);
    expect(jobs[0]?.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBeDefined();
  });

  it('rejects a bad schedule', () => {
    const c = cluster('1.35');
    const e = errorOf(() =>
      c.api.create({
        kind: 'CronJob',
        metadata: { name: 'x' },
        spec: {
          schedule: 'every minute',
          jobTemplate: {
            spec: { template: { spec: { containers: [{ name: 'x', image: 'busybox' }], restartPolicy: 'Never' } } },
          },
        },
      }),
    );
    expect(e.message).toBe(
      'CronJob.batch "x" is invalid: spec.schedule: Invalid value: "every minute": expected exactly 5 fields, found 2: [every minute]',
    );
  });
});

describe('API server', () => {
  it('validation texts', () => {
    const c = cluster('1.22');
    // spec §8, verbatim (kubectl wraps it as `error: failed to create job: …`).
    expect(errorOf(() => c.api.create(jobSpec('Job_1', 'busybox', undefined))).message).toBe(
      `Job.batch "Job_1" is invalid: [metadata.name: Invalid value: "Job_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), spec.template.spec.containers[0].name: Invalid value: "Job_1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')]`,
    );
    const rp = errorOf(() => c.api.create(jobSpec('j', 'busybox', undefined, {}, { restartPolicy: 'Always' })));
    expect(rp.message).toBe(
      'Job.batch "j" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    );
    const bl = errorOf(() => c.api.create(jobSpec('j', 'busybox', undefined, { backoffLimit: -1 })));
    expect(bl.message).toBe(
      'Job.batch "j" is invalid: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
    );
    const img = errorOf(() => c.api.create(jobSpec('j', '', undefined)));
    expect(img.message).toBe('Job.batch "j" is invalid: spec.template.spec.containers[0].image: Required value');
    const ns = errorOf(() =>
      c.api.create({ ...jobSpec('j', 'busybox', undefined), metadata: { name: 'j', namespace: 'nope' } }),
    );
    expect([ns.reason, ns.message]).toEqual(['NotFound', 'namespaces "nope" not found']);
    c.api.create(jobSpec('j', 'busybox', undefined));
    expect(errorOf(() => c.api.create(jobSpec('j', 'busybox', undefined))).message).toBe(
      'jobs.batch "j" already exists',
    );
    const job = getJob(c, 'j');
    expect(job.spec.backoffLimit).toBe(6);
    expect(job.metadata.labels).toEqual({ 'controller-uid': job.metadata.uid, 'job-name': 'j' });
    expect(job.spec.template.spec.containers[0]?.imagePullPolicy).toBe('Always');
    const upd = errorOf(() => c.api.update({ ...job, spec: { ...job.spec, completions: 3 } }));
    expect(upd.message).toBe('Job.batch "j" is invalid: spec.completions: Invalid value: 3: field is immutable');
  });

  it('logs errors', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('lg', 'ubuntu', ['/bin/bash', '-c', 'exit 0']));
    c.clock.advanceBy(1_000);
    const pod = podsOf(c, 'lg')[0]!.metadata.name;
    expect(errorOf(() => c.api.logs('default', pod)).message).toBe(
      `container "lg" in pod "${pod}" is waiting to start: ContainerCreating`,
    );
    c.clock.advanceBy(15_000);
    expect(errorOf(() => c.api.logs('default', pod, { previous: true })).message).toBe(
      `previous terminated container "lg" in pod "${pod}" not found`,
    );
    expect(errorOf(() => c.api.logs('default', 'nope')).message).toBe('pods "nope" not found');
    c.api.create({
      kind: 'Pod',
      metadata: { name: 'two' },
      spec: {
        containers: [
          { name: 'a', image: 'busybox' },
          { name: 'b', image: 'busybox' },
        ],
      },
    });
    expect(errorOf(() => c.api.logs('default', 'two')).message).toBe(
      'a container name must be specified for pod two, choose one of: [a b]',
    );
    const p = c.api.get<Pod>('Pod', 'default', 'two');
    expect(p.spec.tolerations?.length).toBe(2);
    expect(p.spec.volumes?.[0]?.name).toMatch(/^kube-api-access-[a-z0-9]{5}$/);
    expect(p.spec.serviceAccountName).toBe('default');
  });

  it('unknown image: ErrImagePull then ImagePullBackOff', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('bad', 'ubuntuu', ['/bin/bash']));
    // Scheduling 0.1 s + sandbox 1.3 s + the failing pull 1.2 s.
    c.clock.advanceBy(3_000);
    expect(podsOf(c, 'bad')[0]?.status.containerStatuses?.[0]?.state.waiting?.reason).toBe('ErrImagePull');
    c.clock.advanceBy(1_000);
    expect(podsOf(c, 'bad')[0]?.status.containerStatuses?.[0]?.state.waiting?.reason).toBe('ImagePullBackOff');
  });
});
