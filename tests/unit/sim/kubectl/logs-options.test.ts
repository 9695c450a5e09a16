// kubectl logs --prefix, --all-containers, --max-log-requests and --since. Expected texts from kubectl's
// pkg/cmd/logs/logs.go (tag kubernetes-1.35.0; identical in kubernetes-1.22.0): addPrefixIfNeeded's
// `[pod/%s/%s] `, Validate's all-containers error, RunLogs' max-log-requests error, ToLogOptions' --since
// rounded to the nearest whole second (`o.Since.Round(time.Second)`).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: two
spec:
  parallelism: 3
  completions: 3
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox
        command: ["sh", "-c", "echo one; echo two; sleep 100"]
      - name: b
        image: busybox
        command: ["sh", "-c", "echo bee; sleep 100"]
`;

function started(profile: '1.22' | '1.35') {
  const t = terminal(profile, { 'job.yaml': JOB });
  t.run('kubectl apply -f job.yaml');
  t.run('sleep 10');
  const pod = t.run('kubectl get pods -o name').stdout.split('\n')[0]!.replace('pod/', '');
  return { ...t, pod };
}

describe('kubectl logs options', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`--prefix puts [pod/<pod>/<container>] before every line (${profile})`, () => {
      const { run, pod } = started(profile);
      expect(run(`kubectl logs ${pod} -c a --prefix`).stdout).toBe(`[pod/${pod}/a] one\n[pod/${pod}/a] two\n`);
    });
  }

  it('--all-containers prints every container in order, and refuses a container name', () => {
    const { run, pod } = started('1.35');
    expect(run(`kubectl logs ${pod} --all-containers --prefix`).stdout).toBe(
      `[pod/${pod}/a] one\n[pod/${pod}/a] two\n[pod/${pod}/b] bee\n`,
    );
    expect(run(`kubectl logs ${pod} --all-containers -c a`)).toEqual({
      stdout: '',
      stderr: 'error: --all-containers=true should not be specified with container name a\n',
      exitCode: 1,
    });
  });

  it('following more streams than --max-log-requests (default 5) is refused', () => {
    const { run } = started('1.35');
    expect(run('kubectl logs -f -l batch.kubernetes.io/job-name=two --all-containers').stderr).toBe(
      'error: you are attempting to follow 6 log streams, but maximum allowed concurrency is 5, use --max-log-requests to increase the limit\n',
    );
  });

  it('--since keeps only lines newer than the duration', () => {
    const { run, pod } = started('1.35');
    expect(run(`kubectl logs ${pod} -c b --since=1s`).stdout).toBe('');
    expect(run(`kubectl logs ${pod} -c b --since=1h`).stdout).toBe('bee\n');
  });
});
