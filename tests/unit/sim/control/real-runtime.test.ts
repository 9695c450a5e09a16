// The seed with the real container runtime (src/sim/node/container-runtime.ts) instead of the fake.

import { expect, it } from 'vitest';
import { createCluster } from '../../../../src/sim/cluster.ts';
import { getJob, jobSpec, podsOf } from './helpers.ts';

it('1.22 seed ages with the real runtime', () => {
  const c = createCluster({ profile: '1.22', seed: 7 });
  c.api.create(jobSpec('hello-world', 'hello-world', undefined));
  c.clock.advanceBy(9_000);
  const hello = getJob(c, 'hello-world');
  expect(hello.status.succeeded).toBe(1);
  const pod = podsOf(c, 'hello-world')[0]!;
  expect(c.api.logs('default', pod.metadata.name).text).toContain('Hello from Docker!');
  c.api.create(jobSpec('job-2', 'ubuntu', ['/bin/bash', '-c', 'exit 1']));
  c.clock.advanceBy(13_000);
  const ages = podsOf(c, 'job-2').map((p) =>
    Math.floor((c.clock.now() - Date.parse(p.metadata.creationTimestamp)) / 1000),
  );
  expect(ages.length).toBe(2);
  expect(ages[0]).toBe(13);
});
