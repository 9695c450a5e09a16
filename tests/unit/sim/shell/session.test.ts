import { describe, expect, it } from 'vitest';
import { createSession, replaySession } from '../../../../src/sim/session.ts';
import { transcriptOf } from '../../harness/session.ts';

describe('session', () => {
  it('starts with lesson files and logs inputs with their virtual times', () => {
    const session = createSession({ profile: '1.35', seed: 3, files: { 'job.yaml': 'kind: Job\n' } });
    const start = session.clock.now();
    session.shell.submit('cat job.yaml');
    session.advanceBy(1000);
    session.advanceBy(1500);
    session.shell.submit('kubectl get pods -w');
    session.shell.interrupt();
    expect(session.log).toEqual([
      { at: start, type: 'line', line: 'cat job.yaml' },
      { at: start, type: 'advance', to: start + 2500 },
      { at: start + 2500, type: 'line', line: 'kubectl get pods -w' },
      { at: start + 2500, type: 'interrupt' },
    ]);
    expect(session.records.map((r) => [r.line, r.exitCode])).toEqual([
      ['cat job.yaml', 0],
      ['kubectl get pods -w', 130],
    ]);
    expect(session.records[0]?.stdout).toBe('kind: Job\n');
  });

  it('replays a log to the same bytes and the same cluster', () => {
    const options = { profile: '1.22' as const, seed: 11 };
    const live = createSession(options);
    const liveText = transcriptOf(live);
    live.shell.submit('kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
    live.advanceBy(4000);
    live.shell.submit('kubectl get pods -w');
    live.advanceBy(20_000);
    live.shell.interrupt();
    live.shell.submit('sleep 30; kubectl get job,pod');

    const { session: replayed, mismatches } = replaySession(options, JSON.parse(JSON.stringify(live.log)));
    expect(mismatches).toBe(0);
    expect(replayed.records).toEqual(live.records);
    expect(replayed.clock.now()).toBe(live.clock.now());
    expect(replayed.records.map((r) => r.stdout).join('')).toBe(liveText());
  });
});
