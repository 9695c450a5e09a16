// `kubectl get pods -w` / `get jobs -w` in a session (issue 11 item 10): what rows a Job's pod produces. Expected
// from real captures: (1) a 1.2x cluster (Dec 2022 notes in the code corpus, `kubectl get pod -n dev -w` for a
// parallel Job, see tests/unit/sim/kubectl/printers/watch-captures.test.ts): every pod shows Pending, Pending,
// ContainerCreating, Running, Completed, one row each; (2) golden G2 (spec §5.5, a 1.3x cluster): the Completed row
// comes twice (the Job controller's removal of the batch.kubernetes.io/job-tracking finalizer is one more
// MODIFIED event). An empty list prints nothing until the first event, which brings the header (tableprinter.go:
// printedHeaders stays false while tables have no rows). --output-watch-events pads the EVENT cells to eight
// characters (tableprinter.go formattedEventType).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';
import { transcriptOf } from '../../harness/session.ts';

function watchPods(profile: '1.22' | '1.35', flags = '') {
  const s = createSession({ profile, seed: 11 });
  s.shell.submit("kubectl create job hello --image=busybox -- sh -c 'sleep 3'");
  const text = transcriptOf(s);
  s.shell.submit(`kubectl get pods -w${flags}`);
  s.advanceBy(30_000);
  s.shell.interrupt();
  return text()
    .split('\n')
    .filter((l) => l !== '');
}

const statusOf = (line: string) => line.split(/ +/)[2];

describe('kubectl get pods -w on a Job', () => {
  it('1.22: the header comes with the first row; Pending, Pending, ContainerCreating, Running, Completed', () => {
    const lines = watchPods('1.22');
    expect(lines[0]).toMatch(/^NAME {13}READY {3}STATUS {4}RESTARTS {3}AGE$/);
    expect(lines.slice(1).map(statusOf)).toEqual(['Pending', 'Pending', 'ContainerCreating', 'Running', 'Completed']);
    // RememberWidths: the STATUS column widened by ContainerCreating stays wide.
    expect(lines[4]).toMatch(/ {3}1\/1 {5}Running {13}0 {10}\d+s$/);
  });

  it('1.35: the Completed row comes twice (the tracking finalizer is removed after the pod finished)', () => {
    const lines = watchPods('1.35');
    expect(lines.slice(1).map(statusOf)).toEqual([
      'Pending',
      'Pending',
      'ContainerCreating',
      'Running',
      'Completed',
      'Completed',
    ]);
  });

  it('--output-watch-events: ADDED then MODIFIED, the EVENT column 11 wide', () => {
    const lines = watchPods('1.35', ' --output-watch-events');
    expect(lines[0]).toMatch(/^EVENT {6}NAME {10}READY {3}STATUS {4}RESTARTS {3}AGE$/);
    expect(lines.slice(1).map((l) => l.slice(0, 11))).toEqual([
      'ADDED      ',
      'MODIFIED   ',
      'MODIFIED   ',
      'MODIFIED   ',
      'MODIFIED   ',
      'MODIFIED   ',
    ]);
  });
});

describe('kubectl get pods -w --output-watch-events on a deleted Job', () => {
  it('the pod removed by the garbage collector is a DELETED row (real capture: `DELETED    job-sample-…`)', () => {
    const s = createSession({ profile: '1.35', seed: 11 });
    s.shell.submit("kubectl create job hello --image=busybox -- sh -c 'sleep 3'");
    s.advanceBy(20_000);
    s.shell.submit('kubectl delete job hello --wait=false');
    const text = transcriptOf(s);
    s.shell.submit('kubectl get pods -w --output-watch-events');
    s.advanceBy(10_000);
    s.shell.interrupt();
    const lines = text()
      .split('\n')
      .filter((l) => l !== '');
    expect(lines.map((l) => l.slice(0, 11))).toEqual(['EVENT      ', 'ADDED      ', 'DELETED    ']);
  });
});

describe('kubectl get jobs -w', () => {
  it('1.22: no DURATION before startTime, then 0s, then the completion (real capture: job1 0/6 … 0s / 0/6 0s 0s)', () => {
    const s = createSession({ profile: '1.22', seed: 11 });
    s.shell.submit("kubectl create job hello --image=busybox -- sh -c 'sleep 3'");
    const text = transcriptOf(s);
    s.shell.submit('kubectl get jobs -w');
    s.advanceBy(20_000);
    s.shell.interrupt();
    const lines = text()
      .split('\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('NAME    COMPLETIONS   DURATION   AGE');
    expect(lines[1]).toBe('hello   0/1                      0s');
    expect(lines[2]).toBe('hello   0/1           0s         0s');
    expect(lines.at(-1)).toMatch(/^hello {3}1\/1 {11}\ds {9}\ds$/);
  });
});

describe('kubectl get cronjob -w', () => {
  // cronjob_controllerv2.go syncCronJob writes the status only when it changed (updateStatus): when it creates a
  // Job (active + lastScheduleTime) and when it sees that Job finished (active emptied; `active` is omitempty).
  it('one row for the list, then a row when a Job starts and one when it finishes', () => {
    const s = createSession({ profile: '1.35', seed: 11 });
    s.shell.submit('kubectl create cronjob hello --image=busybox --schedule="*/1 * * * *" -- date');
    const text = transcriptOf(s);
    s.shell.submit('kubectl get cronjob -w');
    s.advanceBy(70_000);
    s.shell.interrupt();
    const lines = text()
      .split('\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE');
    const cells = lines.slice(1).map((l) => l.split(/ {2,}/));
    expect(cells.map((c) => [c[4], c[5]])).toEqual([
      ['0', '<none>'],
      ['1', '0s'],
      ['0', expect.stringMatching(/^\ds$/)],
    ]);
  });
});
