// Issue 11 item 4: the CronJob controller's event texts per version. Sources: pkg/controller/cronjob/
// cronjob_controllerv2.go syncCronJob — 1.22: `"Saw completed job: %s, status: %v"` with getFinishedStatus;
// current sources: `"Saw completed job: %s, condition: %v"` with jobutil.FinishedCondition (a real 1.3x
// `describe cronjob` in issue 11 prints "Saw completed job: X, condition: Complete"); both print
// `"Created job %v"`, `"Deleted job %v"` and `"Active job went missing: %v"`.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../../src/sim/api/types.ts';
import { cluster, everyMinuteCronJob } from './helpers.ts';

function tick(profile: '1.22' | '1.35') {
  const c = cluster(profile);
  c.api.create(everyMinuteCronJob('tick', 'Never'));
  return c;
}

const messages = (c: ReturnType<typeof cluster>) =>
  c.store
    .list<Event>('Event', 'default')
    .filter((e) => e.involvedObject.kind === 'CronJob')
    .map((e) => `${e.type} ${e.reason} ${e.message}`);

describe('CronJob controller events (issue 11 item 4)', () => {
  it.each([
    ['1.35', 'condition'],
    ['1.22', 'status'],
  ] as const)('%s: SawCompletedJob says "%s: Complete"', (profile, word) => {
    const c = tick(profile);
    c.clock.advanceBy(2 * 60_000 + 30_000);
    const job = /Created job (tick-\d+)/.exec(messages(c).join('\n'))?.[1];
    expect(messages(c)).toContain(`Normal SuccessfulCreate Created job ${job}`);
    expect(messages(c)).toContain(`Normal SawCompletedJob Saw completed job: ${job}, ${word}: Complete`);
  });

  it('an active Job deleted behind the controller is reported as MissingJob', () => {
    const c = tick('1.35');
    c.clock.advanceBy(60_000 + 500);
    const job = /Created job (tick-\d+)/.exec(messages(c).join('\n'))?.[1] ?? '';
    c.api.delete('Job', 'default', job, { propagationPolicy: 'Background' });
    c.clock.advanceBy(30_000);
    expect(messages(c)).toContain(`Normal MissingJob Active job went missing: ${job}`);
  });
});
