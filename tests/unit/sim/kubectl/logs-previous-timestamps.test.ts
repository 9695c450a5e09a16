// kubectl logs --timestamps and --previous, and the kubelet's errors for them. Sources:
// - --timestamps: each line is prefixed with its RFC3339Nano time (kubelet kuberuntime logs.go writes
//   `timestamp.Format(timeFormatOut)`, timeFormatOut = RFC3339NanoFixed "2006-01-02T15:04:05.000000000Z07:00", then
//   one space and the line); real capture in kubernetes/kubernetes PR #7973:
//   `2015-05-08T17:19:52.082453389Z 2015/05/08 17:19:52 etcd: no data-dir provided, …`. The simulator's clock has
//   millisecond resolution, so the last six digits are zeros.
// - --previous: kubelet_pods.go validateContainerLogStatus, `previous terminated container %q in pod %q not found`
//   when lastState.terminated is empty, served as a 400; real capture in ceph/ceph-csi PR #2090:
//   `Error from server (BadRequest): previous terminated container "liveness-prometheus" in pod
//   "csi-cephfsplugin-provisioner-56d8446896-fk24p" not found`.
// - --tail=-1 with a selector: logs.go ToLogOptions sends selectorTail (10) only when `o.Tail == -1 &&
//   !o.TailSpecified`; an explicit --tail=-1 sends no tailLines (every line). 1.22.0 and 1.35.0 alike.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const TIMESTAMPED = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /;

describe('kubectl logs --timestamps', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`prefixes every line with its RFC3339Nano time and one space (${profile})`, () => {
      const { run } = terminal(profile);
      run("kubectl run stamp --image=busybox --restart=Never -- sh -c 'echo one; echo two'");
      run('sleep 15');
      const out = run('kubectl logs stamp --timestamps');
      expect(out.exitCode).toBe(0);
      const lines = out.stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(2);
      expect(lines.map((l) => l.replace(TIMESTAMPED, ''))).toEqual(['one', 'two']);
      for (const l of lines) expect(l).toMatch(TIMESTAMPED);
      // The stamp is the time the line was written: the container's start, to the second.
      const started = run(
        "kubectl get pod stamp -o jsonpath='{.status.containerStatuses[0].state.terminated.startedAt}'",
      ).stdout;
      expect(lines[0]!.slice(0, 19)).toBe(started.slice(0, 19));
    });
  }
});

describe('kubectl logs --previous', () => {
  it('a container that never restarted has no previous instance (400 from the kubelet)', () => {
    const { run } = terminal('1.35');
    run("kubectl run once --image=busybox --restart=Never -- sh -c 'echo done'");
    run('sleep 15');
    expect(run('kubectl logs once --previous')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): previous terminated container "once" in pod "once" not found\n',
      exitCode: 1,
    });
    expect(run('kubectl logs once -p -c once').stderr).toBe(
      'Error from server (BadRequest): previous terminated container "once" in pod "once" not found\n',
    );
  });

  for (const profile of ['1.22', '1.35'] as const) {
    it(`serves the last terminated instance of a restarted container (${profile})`, () => {
      const { run } = terminal(profile);
      run("kubectl run loop --image=busybox --restart=OnFailure -- sh -c 'echo attempt; exit 3'");
      run('sleep 40');
      const restarts = run("kubectl get pod loop -o jsonpath='{.status.containerStatuses[0].restartCount}'").stdout;
      expect(Number(restarts)).toBeGreaterThan(0);
      const previous = run('kubectl logs loop --previous');
      expect(previous.exitCode).toBe(0);
      expect(previous.stdout).toBe('attempt\n');
      expect(run('kubectl logs loop -p --timestamps').stdout).toMatch(TIMESTAMPED);
    });
  }

  it('a pod still creating its container has no logs yet, with or without --previous', () => {
    const { run } = terminal('1.35');
    run('kubectl run fresh --image=busybox --restart=Never -- sleep 60');
    // Not yet scheduled: the pod strategy's LogLocation has no node to ask and returns no location, so the
    // request succeeds with an empty body (pkg/registry/core/pod/strategy.go LogLocation).
    expect(run('kubectl logs fresh')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('sleep 1');
    expect(run('kubectl logs fresh').stderr).toBe(
      'Error from server (BadRequest): container "fresh" in pod "fresh" is waiting to start: ContainerCreating\n',
    );
    expect(run('kubectl logs fresh --previous').stderr).toBe(
      'Error from server (BadRequest): previous terminated container "fresh" in pod "fresh" not found\n',
    );
  });
});

describe('kubectl logs -l with an explicit --tail', () => {
  it('--tail=-1 prints every line of each pod; no --tail prints the last 10', () => {
    const { run } = terminal('1.35');
    run("kubectl create job many --image=busybox -- sh -c 'for i in $(seq 1 12); do echo line-$i; done'");
    run('sleep 15');
    const all = Array.from({ length: 12 }, (_, i) => `line-${i + 1}\n`).join('');
    expect(run('kubectl logs -l job-name=many --tail=-1').stdout).toBe(all);
    expect(run('kubectl logs -l job-name=many').stdout).toBe(all.split('\n').slice(2).join('\n'));
    expect(run('kubectl logs -l job-name=many --tail=3').stdout).toBe('line-10\nline-11\nline-12\n');
  });
});
