// Exercise feedback reads kubectl's own messages on stderr, not the klog lines `-v` adds before them: a refused
// create is quoted by its error (on 1.22 from -v=6 the message of klog.Fatal's F line), and a create that worked
// with -v is not mistaken for a refusal.
import { describe, expect, it } from 'vitest';
import { jobExists } from '../../../../src/lib/exercises/checks.ts';
import { contextOf } from '../../../../src/lib/exercises/context.ts';
import { messagesOf } from '../../../../src/lib/exercises/kubectl-output.ts';
import { createSession } from '../../../../src/sim/session.ts';

const BAD = `apiVersion: batch/v1
kind: Job
metadata:
  name: Bad
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
`;

const GOOD = BAD.replace('name: Bad', 'name: good');

describe('feedback under kubectl -v', () => {
  it('messagesOf drops I lines and their multi-line values, keeps an F line as its message', () => {
    const stderr = [
      'I0112 09:00:00.000137   48213 loader.go:405] Config loaded from file:  /home/learner/.kube/config',
      'I0112 09:00:00.005098   48213 round_trippers.go:527] "Request" verb="GET" url="https://x/api" headers=<',
      '\tAccept: application/json',
      ' >',
      'Error from server (NotFound): jobs.batch "x" not found',
      'F0112 09:00:00.012175   48213 helpers.go:116] error: the path "y.yaml" does not exist',
      '',
    ].join('\n');
    expect(messagesOf(stderr)).toBe(
      'Error from server (NotFound): jobs.batch "x" not found\nerror: the path "y.yaml" does not exist\n',
    );
  });

  for (const profile of ['1.22', '1.35'] as const) {
    it(`a refused create -f is quoted by its error, not a klog line (${profile})`, () => {
      const s = createSession({ profile, seed: 3, files: { 'job.yaml': BAD } });
      s.shell.submit('kubectl create -f job.yaml -v=6');
      const feedback = jobExists('Bad').run(contextOf(s)).feedback?.en ?? '';
      expect(feedback).toMatch(/^Your last kubectl create -f job\.yaml -v=6 was refused: "The Job "Bad" is invalid/);
      expect(feedback).not.toContain('loader.go');
    });
  }

  it('a create -f that worked with -v=6 is no refusal', () => {
    const s = createSession({ profile: '1.35', seed: 3, files: { 'job.yaml': GOOD } });
    s.shell.submit('kubectl create -f job.yaml -v=6');
    s.shell.submit('kubectl delete job good');
    const feedback = jobExists('good').run(contextOf(s)).feedback?.en ?? '';
    expect(feedback).not.toContain('refused');
  });
});

describe('feedback after kubectl warnings', () => {
  const UNKNOWN_FIELD = GOOD.replace('spec:\n  template:', 'spec:\n  bogus: 1\n  template:');

  it('a create that warned in bold yellow (stderr is the terminal) and worked is no refusal', () => {
    const s = createSession({ profile: '1.35', seed: 3, files: { 'job.yaml': UNKNOWN_FIELD } });
    s.shell.submit('kubectl create -f job.yaml --validate=warn');
    s.shell.submit('kubectl delete job good');
    const feedback = jobExists('good').run(contextOf(s)).feedback?.en ?? '';
    expect(feedback).not.toContain('refused');
    expect(feedback).not.toContain('Warning');
  });

  it('a refusal after a warning is quoted by its error, without colour codes', () => {
    const s = createSession({
      profile: '1.35',
      seed: 3,
      files: { 'job.yaml': UNKNOWN_FIELD.replace('name: good', 'name: Bad') },
    });
    s.shell.submit('kubectl create -f job.yaml --validate=warn');
    const feedback = jobExists('Bad').run(contextOf(s)).feedback?.en ?? '';
    expect(feedback).toMatch(/was refused: "The Job "Bad" is invalid/);
    expect(feedback).not.toContain('\x1b');
  });
});
