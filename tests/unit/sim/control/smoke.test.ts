import { describe, expect, it } from 'vitest';
import { cluster, getJob, jobSpec, podsOf } from './helpers.ts';

describe('smoke', () => {
  it('runs a job to completion', () => {
    const c = cluster('1.35');
    c.api.create(jobSpec('job-1', 'busybox', ['/bin/sh', '-c', 'echo hi; exit 0']));
    c.clock.advanceBy(20_000);
    const job = getJob(c, 'job-1');
    const pods = podsOf(c, 'job-1');
    console.log(
      JSON.stringify(job.status, null, 1),
      pods.map((p) => [p.metadata.name, p.status.phase]),
    );
    expect(job.status.succeeded).toBe(1);
    expect(c.api.logs('default', pods[0]!.metadata.name).text).toBe('hi\n');
  });
});
