// Timelines against the seed (real 1.22 transcripts, spec §9.2) and the 1.35 per-pod back-off (§4.5).

import { describe, expect, it } from 'vitest';
import { at, cluster, condition, eventsFor, getJob, jobSpec, podsOf } from './helpers.ts';

const seconds = (ms: number) => Math.floor(ms / 1000);

describe('profile 1.22: the seed', () => {
  it('hello-world: pod Completed, job 1/1 with DURATION 3s', () => {
    const c = cluster('1.22');
    const t0 = c.clock.now();
    c.api.create(jobSpec('hello-world', 'hello-world', undefined));
    c.clock.advanceBy(9_000);
    const job = getJob(c, 'hello-world');
    const [pod] = podsOf(c, 'hello-world');
    expect(pod?.metadata.name).toMatch(/^hello-world--1-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pod?.status.containerStatuses?.[0]?.state.terminated?.reason).toBe('Completed');
    expect(job.status.succeeded).toBe(1);
    const duration = at(t0, job.status.completionTime) - at(t0, job.status.startTime);
    expect(duration).toBeGreaterThanOrEqual(3);
    expect(duration).toBeLessThan(5);
    expect(condition(job, 'Complete')?.reason).toBeUndefined();
    expect(eventsFor(c, 'hello-world').map((e) => e.reason)).toEqual(['SuccessfulCreate', 'Completed']);
    expect(c.api.logs('default', pod!.metadata.name).text).toBe('\nHello from Docker!\n');
  });

  it('job-1 (first ubuntu pull) then job-2 (exit 1): seed ages, gaps 10/20/40/80/160 s, fails 320 s after pod 7', () => {
    const c = cluster('1.22');
    const t0 = c.clock.now();
    c.api.create(jobSpec('job-1', 'ubuntu', ['/bin/bash', '-c', 'exit 0']));
    c.clock.advanceBy(11_000);
    const job1 = getJob(c, 'job-1');
    expect(job1.status.succeeded).toBe(1);
    expect(seconds(Date.parse(job1.status.completionTime!) - Date.parse(job1.status.startTime!))).toBe(10);

    c.clock.advanceTo(t0 + 50_000);
    const t2 = c.clock.now();
    c.api.create(jobSpec('job-2', 'ubuntu', ['/bin/bash', '-c', 'exit 1']));
    c.clock.advanceBy(13_000);
    const early = podsOf(c, 'job-2');
    const ages = early.map((p) => seconds(c.clock.now() - Date.parse(p.metadata.creationTimestamp)));
    expect(ages.length).toBe(2);
    expect(ages[0]).toBe(13);
    expect(Math.abs(ages[1]! - 9)).toBeLessThanOrEqual(1);
    expect(early.every((p) => p.status.containerStatuses?.[0]?.state.terminated?.reason === 'Error')).toBe(true);

    c.clock.advanceBy(1_000_000);
    const pods = podsOf(c, 'job-2');
    const created = pods.map((p) => at(t2, p.metadata.creationTimestamp));
    const gaps = created.slice(1).map((t, i) => t - created[i]!);
    expect(pods.length).toBe(7);
    expect(gaps.slice(1)).toEqual([10, 20, 40, 80, 160]);
    const job2 = getJob(c, 'job-2');
    expect(job2.status.failed).toBe(7);
    const failed = condition(job2, 'Failed');
    expect(failed?.reason).toBe('BackoffLimitExceeded');
    expect(condition(job2, 'FailureTarget')).toBeUndefined();
    expect(Math.abs(at(t2, failed?.lastTransitionTime) - created[6]! - 320)).toBeLessThanOrEqual(1);
    expect(job2.status.completionTime).toBeUndefined();
    const reasons = eventsFor(c, 'job-2').map((e) => e.reason);
    expect(reasons.filter((r) => r === 'SuccessfulCreate').length).toBe(7);
    expect(reasons.at(-1)).toBe('BackoffLimitExceeded');
  });
});

describe('profile 1.35: per-pod back-off', () => {
  it('exit 1 with Never: 7 pods, gaps from each failure 10…320 s, FailureTarget+Failed ≈1 s after the last failure', () => {
    const c = cluster('1.35');
    const t0 = c.clock.now();
    c.api.create(jobSpec('job-2', 'ubuntu', ['/bin/bash', '-c', 'exit 1']));
    c.clock.advanceBy(2_000_000);
    const pods = podsOf(c, 'job-2');
    expect(pods.length).toBe(7);
    expect(pods[0]?.metadata.name).toMatch(/^job-2-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const created = pods.map((p) => at(t0, p.metadata.creationTimestamp));
    const finished = pods.map((p) => at(t0, p.status.containerStatuses?.[0]?.state.terminated?.finishedAt));
    const delays = created.slice(1).map((t, i) => t - finished[i]!);
    for (const [i, d] of delays.entries()) expect(Math.abs(d - 10 * 2 ** i)).toBeLessThanOrEqual(1);
    const job = getJob(c, 'job-2');
    expect(job.status.failed).toBe(7);
    const target = condition(job, 'FailureTarget');
    const failed = condition(job, 'Failed');
    expect(target?.reason).toBe('BackoffLimitExceeded');
    expect(failed?.message).toBe('Job has reached the specified backoff limit');
    expect(at(t0, failed?.lastTransitionTime) - finished[6]!).toBeLessThanOrEqual(3);
    expect(job.status.conditions?.map((x) => x.type)).toEqual(['FailureTarget', 'Failed']);
    // Finalizers are gone once counted.
    expect(pods.every((p) => !p.metadata.finalizers)).toBe(true);
    expect(job.status.ready).toBe(0);
    expect(job.status.terminating).toBe(0);
  });

  it('success: SuccessCriteriaMet and Complete with CompletionsReached; labels prefixed', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('job-1', 'busybox', ['/bin/sh', '-c', 'exit 0']));
    c.clock.advanceBy(10_000);
    const job = getJob(c, 'job-1');
    expect(job.status.conditions?.map((x) => `${x.type}:${x.reason}`)).toEqual([
      'SuccessCriteriaMet:CompletionsReached',
      'Complete:CompletionsReached',
    ]);
    expect(Object.keys(job.spec.selector?.matchLabels ?? {})).toEqual(['batch.kubernetes.io/controller-uid']);
    const [pod] = podsOf(c, 'job-1');
    expect(pod?.metadata.labels?.['batch.kubernetes.io/job-name']).toBe('job-1');
    expect(pod?.metadata.labels?.['job-name']).toBe('job-1');
    const podEvents = (c.store.list('Event', 'default') as import('../../../../src/sim/api/types.ts').Event[])
      .filter((e) => e.involvedObject.kind === 'Pod')
      .map((e) => `${e.source.component} ${e.reason} ${e.message}`);
    expect(podEvents).toEqual([
      `default-scheduler Scheduled Successfully assigned default/${pod?.metadata.name} to jobslab-worker`,
      'kubelet Pulling Pulling image "busybox"',
      expect.stringMatching(
        /^kubelet Pulled Successfully pulled image "busybox" in 1\.\d+s \(1\.\d+s including waiting\)\. Image size: 1000 bytes\.$/,
      ),
      'kubelet Created Container created',
      'kubelet Started Container started',
    ]);
  });
});
