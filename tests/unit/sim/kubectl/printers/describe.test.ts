import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../../src/sim/api/types.ts';
import { describeJob } from '../../../../../src/sim/kubectl/printers/describe/job.ts';
import { profile122 } from '../../../../../src/sim/profiles/v1_22.ts';
import { profile135 } from '../../../../../src/sim/profiles/v1_35.ts';
import { at, event, job, now } from './fixtures.ts';

const UID = '0f0c9c4e-6d1a-4b4f-9f43-7d1f0d9e1a11';

function modernJob(): Job {
  const j = job('job-1', 0, { completionTime: at(8), succeeded: 1, ready: 0 }, UID);
  const labels = {
    'batch.kubernetes.io/controller-uid': UID,
    'batch.kubernetes.io/job-name': 'job-1',
    'controller-uid': UID,
    'job-name': 'job-1',
  };
  j.metadata.labels = labels;
  j.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': UID } };
  j.spec.completionMode = 'NonIndexed';
  j.spec.suspend = false;
  j.spec.template.metadata = { labels };
  j.spec.template.spec.containers[0]!.name = 'job-1';
  return j;
}

describe('describe job', () => {
  it('matches the computed modern example of spec §6.2 byte for byte', () => {
    const events = [
      event('job-1.1', { kind: 'Job', name: 'job-1' }, 'SuccessfulCreate', 'Created pod: job-1-8xk2p', 0),
      event('job-1.2', { kind: 'Job', name: 'job-1' }, 'Completed', 'Job completed', 8),
    ];
    expect(describeJob(modernJob(), events, now(63), profile135)).toBe(`Name:             job-1
Namespace:        default
Selector:         batch.kubernetes.io/controller-uid=${UID}
Labels:           batch.kubernetes.io/controller-uid=${UID}
                  batch.kubernetes.io/job-name=job-1
                  controller-uid=${UID}
                  job-name=job-1
Annotations:      <none>
Parallelism:      1
Completions:      1
Completion Mode:  NonIndexed
Suspend:          false
Backoff Limit:    6
Start Time:       Mon, 01 Jan 2024 10:00:00 +0000
Completed At:     Mon, 01 Jan 2024 10:00:08 +0000
Duration:         8s
Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed
Pod Template:
  Labels:  batch.kubernetes.io/controller-uid=${UID}
           batch.kubernetes.io/job-name=job-1
           controller-uid=${UID}
           job-name=job-1
  Containers:
   job-1:
    Image:      ubuntu
    Port:       <none>
    Host Port:  <none>
    Command:
      /bin/bash
      -c
      exit 0
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:
  Type    Reason            Age   From            Message
  ----    ------            ----  ----            -------
  Normal  SuccessfulCreate  63s   job-controller  Created pod: job-1-8xk2p
  Normal  Completed         55s   job-controller  Job completed
`);
  });

  it('prints the 1.22 layout: Running counts, no extra fields, Events <none> joins the last block', () => {
    const j = job('pi', 0, { active: 1 });
    j.spec.template.spec.containers[0]!.name = 'pi';
    j.spec.template.spec.containers[0]!.command = ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'];
    expect(describeJob(j, [], now(5), profile122)).toBe(`Name:           pi
Namespace:      default
Selector:       controller-uid=uid-pi
Labels:         controller-uid=uid-pi
                job-name=pi
Annotations:    <none>
Parallelism:    1
Completions:    1
Start Time:     Mon, 01 Jan 2024 10:00:00 +0000
Pods Statuses:  1 Running / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  controller-uid=uid-pi
           job-name=pi
  Containers:
   pi:
    Image:      ubuntu
    Port:       <none>
    Host Port:  <none>
    Command:
      perl
      -Mbignum=bpi
      -wle
      print bpi(2000)
    Environment:  <none>
    Mounts:       <none>
  Volumes:        <none>
Events:           <none>
`);
  });

  it('counts repeated events and widens Type for Warning (spec §6.2)', () => {
    const j = job('job-2', 0, { failed: 7 });
    const events = [
      event('a', { kind: 'Job', name: 'job-2' }, 'SuccessfulCreate', 'Created pod: job-2-aaaaa', 0, {
        last: 300,
        count: 3,
      }),
      event(
        'b',
        { kind: 'Job', name: 'job-2' },
        'BackoffLimitExceeded',
        'Job has reached the specified backoff limit',
        400,
        {
          type: 'Warning',
        },
      ),
    ];
    const out = describeJob(j, events, now(601), profile135);
    expect(out.slice(out.indexOf('Events:'))).toBe(`Events:
  Type     Reason                Age                 From            Message
  ----     ------                ----                ----            -------
  Normal   SuccessfulCreate      5m1s (x3 over 10m)  job-controller  Created pod: job-2-aaaaa
  Warning  BackoffLimitExceeded  3m21s               job-controller  Job has reached the specified backoff limit
`);
  });
});
