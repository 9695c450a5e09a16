// The API server's audit trail: who created, updated and deleted what, and when (virtual time). Checks about
// clean-up and deletion read it, so the TTL controller's deletion must be told from the learner's.
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/session.ts';
import { typeLines } from '../../harness/session.ts';

const TTL_JOB = `kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: short-lived
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "echo done"]
EOF`;

const trail = (s: Session) => s.cluster.server.audit.entries;

describe('audit trail', () => {
  it('records kubectl creating a job with the object as stored, and the job controller creating its pod', () => {
    const s = createSession({ profile: '1.35', seed: 1 });
    const start = s.clock.now();
    typeLines(s, 'kubectl create job job-1 --image=busybox -- true');
    const created = trail(s).find((e) => e.kind === 'Job' && e.verb === 'create')!;
    expect(created).toMatchObject({ actor: 'kubectl', name: 'job-1', namespace: 'default', at: start });
    expect(created.object?.kind).toBe('Job');
    typeLines(s, 'sleep 5');
    const pod = trail(s).find((e) => e.kind === 'Pod' && e.verb === 'create')!;
    expect(pod.actor).toBe('job-controller');
    expect(pod.object?.metadata.ownerReferences?.[0]?.name).toBe('job-1');
    const statuses = new Set(
      trail(s)
        .filter((e) => e.subresource === 'status')
        .map((e) => e.actor),
    );
    expect(statuses).toEqual(new Set(['job-controller', 'scheduler', 'kubelet']));
  });

  it('tells the TTL controller deleting a finished job from kubectl delete', () => {
    const s = createSession({ profile: '1.35', seed: 1 });
    typeLines(s, TTL_JOB);
    typeLines(s, 'sleep 60');
    const deletes = trail(s).filter((e) => e.verb === 'delete');
    expect(deletes.find((e) => e.kind === 'Job')).toMatchObject({
      actor: 'ttl-after-finished-controller',
      name: 'short-lived',
      propagationPolicy: 'Foreground',
    });
    expect(deletes.filter((e) => e.kind === 'Pod').map((e) => e.actor)).toEqual(['garbage-collector']);
    typeLines(s, 'kubectl create job other --image=busybox -- true');
    typeLines(s, 'kubectl delete jobs --all');
    expect(trail(s).filter((e) => e.verb === 'delete' && e.name === 'other')).toMatchObject([{ actor: 'kubectl' }]);
  });

  it('records a CronJob controller making jobs, and records nothing for a dry run', () => {
    const s = createSession({ profile: '1.35', seed: 1 });
    typeLines(s, 'kubectl create job dry --image=busybox --dry-run=server');
    typeLines(
      s,
      'kubectl apply -f - <<EOF\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: tick\nspec:\n  schedule: "*/1 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: tick\n            image: busybox\n            command: ["date"]\nEOF',
    );
    typeLines(s, 'sleep 90');
    expect(trail(s).some((e) => e.name === 'dry')).toBe(false);
    const jobs = trail(s).filter((e) => e.kind === 'Job' && e.verb === 'create');
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((e) => e.actor === 'cronjob-controller')).toBe(true);
  });
});
