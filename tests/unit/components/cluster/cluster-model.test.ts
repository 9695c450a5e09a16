// The cluster view's model (src/components/cluster): pod history from the store's watch events, kubectl's own
// cells, and the timeline's rows and back-off gaps.
import { describe, expect, it } from 'vitest';
import { clusterModel, gapsOf, timelineRows } from '../../../../src/components/cluster/cluster-model.ts';
import { attachPodHistory } from '../../../../src/components/cluster/pod-history.ts';
import { createSession } from '../../../../src/sim/session.ts';
import { typeLines } from '../../harness/session.ts';

const run = typeLines;

describe('cluster view model', () => {
  it("leaves kind's system pods (kube-system, local-path-storage) out: the view is the learner's", () => {
    const session = createSession({ profile: '1.22', seed: 1 });
    const history = attachPodHistory(session);
    expect(history.all()).toEqual([]);
    const model = clusterModel(session, history);
    expect(model.loose.pods).toEqual([]);
    expect(model.loose.bars).toEqual([]);
    run(session, 'kubectl run web --image=nginx');
    session.advanceBy(5_000);
    expect(clusterModel(session, history).loose.pods.map((p) => p.name)).toEqual(['web']);
  });

  it('follows job-2 (exit 1) on 1.35: Error pods, growing back-off gaps 10, 20, 40 s, then BackoffLimitExceeded', () => {
    const session = createSession({ profile: '1.35', seed: 3 });
    const history = attachPodHistory(session);
    run(session, 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"');
    session.advanceBy(200_000);
    const model = clusterModel(session, history);
    const job = model.jobs.find((j) => j.name === 'job-2')!;
    expect(job.completions).toBe('0/1');
    expect(job.status).toBe('Running');
    expect(job.pods.every((p) => p.status === 'Error' || p.status === 'ContainerCreating')).toBe(true);
    expect(job.pods[0]!.exitCode).toBe(1);
    const [row] = timelineRows(job.bars, false, model.now);
    // Retries do not overlap: one row, and its gaps are the controller's waits (spec: 10 s doubling).
    expect(row!.bars).toHaveLength(job.bars.length);
    const gaps = gapsOf(row!).map((g) => g.seconds);
    expect(gaps.slice(0, 3)).toEqual([10, 20, 40]);

    session.advanceBy(900_000);
    const done = clusterModel(session, history).jobs.find((j) => j.name === 'job-2')!;
    expect(done.status).toBe('Failed');
    expect(done.conditions.map((c) => `${c.type}:${c.reason}`)).toContain('Failed:BackoffLimitExceeded');
    expect(done.bars.filter((b) => b.outcome === 'failed')).toHaveLength(7);
    expect(done.end?.type).toBe('Failed');
  });

  it('keeps the bars of deleted pods and marks an unfinished one deleted', () => {
    const session = createSession({ profile: '1.35', seed: 1 });
    const history = attachPodHistory(session);
    run(session, 'kubectl create job slow --image=busybox -- sleep 600');
    session.advanceBy(20_000);
    const pod = history.all()[0]!;
    expect(pod.outcome).toBe('running');
    expect(pod.created - history.began).toBe(0);
    run(session, `kubectl delete pod ${pod.name}`);
    session.advanceBy(60_000);
    const [first, second] = history.all();
    expect(first!.outcome).toBe('deleted');
    expect(first!.finished).toBeDefined();
    // The Job replaced it: a second bar on the same Job.
    expect(second?.job).toBe('slow');
    const model = clusterModel(session, history);
    expect(model.jobs[0]!.bars.map((b) => b.name)).toContain(first!.name);
    expect(model.jobs[0]!.pods.map((p) => p.name)).not.toContain(first!.name);
  });
});
