// Issue 15 item 1: a flooding or busy container costs bounded memory and bounded work per simulated second.
// Rotation as the kubelet does it (pkg/kubelet/logs/container_log_manager.go; defaults 10Mi × 5 files in
// pkg/kubelet/apis/config/v1beta1/defaults.go): `kubectl logs` reads only the current file.
import { describe, expect, it } from 'vitest';
import { CONTAINER_LOG_MAX_BYTES, ContainerLog } from '../../../src/sim/api/container-logs.ts';
import { createSession, type Session } from '../../../src/sim/session.ts';
import { runLine } from '../harness/session.ts';

const BOMB =
  "kubectl create job bomb --image=busybox -- sh -c 'x=yyyyyyyyyy; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do x=$x$x; done; while true; do echo $x; done'";

const run = (session: Session, line: string): string => runLine(session, line).out;

describe('container log rotation', () => {
  it('starts a new current file past 10 MiB; the rotated text is gone from kubectl logs', () => {
    const log = new ContainerLog();
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 10 * 1024; i++) log.append(i, line);
    expect(log.rotations).toBe(0);
    expect(log.size).toBe(CONTAINER_LOG_MAX_BYTES);
    log.append(20_000, 'over\n');
    expect(log.rotations).toBe(1);
    expect(log.size).toBe(0);
    log.append(20_001, 'after\n');
    expect(log.stream({}, 30_000).text).toBe('after\n');
  });

  it('the log bomb of issue 15 runs 100 simulated seconds with bounded logs, quickly', () => {
    const session = createSession({ profile: '1.35', seed: 1 });
    const started = performance.now();
    expect(run(session, BOMB)).toBe('job.batch/bomb created\n');
    // 101 s: at 100 s this container has just rotated its log file (kubectl logs would print nothing).
    run(session, 'sleep 101');
    const size = Number(run(session, 'kubectl logs job/bomb | wc -c').trim());
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(CONTAINER_LOG_MAX_BYTES);
    expect(run(session, 'kubectl get pods --no-headers')).toMatch(/^bomb-\w+ +1\/1 +Running +0 +101s\n$/);
    // Before: the tab and the CLI ran out of memory within this simulated time.
    expect(performance.now() - started).toBeLessThan(8000);
  }, 20_000);

  it('two busy loops for two simulated minutes cost bounded work (≈5,000 interpreter steps per second each)', () => {
    const session = createSession({ profile: '1.35', seed: 1 });
    run(session, "kubectl create job spin-a --image=busybox -- sh -c 'while true; do :; done'");
    run(session, "kubectl create job spin-b --image=busybox -- sh -c 'while true; do :; done'");
    const started = performance.now();
    // As the 10× ticker does: one simulated second per 100 ms tick.
    for (let s = 0; s < 120; s++) session.advanceBy(1000);
    const perSimulatedSecond = (performance.now() - started) / 120;
    // Before: ≈85 ms per busy container and simulated second (10× speed made ever-growing tasks).
    expect(perSimulatedSecond).toBeLessThan(60);
    expect(run(session, 'kubectl get jobs --no-headers')).toMatch(/spin-a +Running +0\/1 +2m +2m\nspin-b/);
  }, 20_000);
});
