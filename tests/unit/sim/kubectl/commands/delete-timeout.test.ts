// `kubectl delete --timeout` when the objects outlive it, and the no-wait rule after an error. Expected texts from
// the kubectl source (staging/src/k8s.io/kubectl): delete.go DeleteResult (the visit's aggregated error returns
// before any wait; the wait is cmdwait.IsDeleted over the deleted infos) and wait/condition.go extendErrWaitTimeout
// ("timed out waiting for the condition on <resource>/<name>", the text of wait.ErrorInterrupted(nil)).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../../src/sim/session.ts';
import { transcriptOf } from '../../../harness/session.ts';

describe('kubectl delete --timeout', () => {
  it.each(['1.22', '1.35'] as const)(
    '%s: a pod still terminating when the timeout ends fails with wait’s error',
    (profile) => {
      const s = createSession({ profile, seed: 4 });
      const shown = transcriptOf(s);
      // `sleep` as PID 1 has no SIGTERM handler: the pod lives out its 30 s grace period.
      for (const line of ['kubectl run p --image=busybox -- sleep 3600', 'sleep 10']) s.shell.submit(line);
      const before = s.clock.now();
      s.shell.submit('kubectl delete pod p --timeout=5s; echo "exit $?"');
      const where = profile === '1.35' ? ' from default namespace' : '';
      expect(shown()).toBe(
        `pod/p created\npod "p" deleted${where}\nerror: timed out waiting for the condition on pods/p\nexit 1\n`,
      );
      expect(s.clock.now() - before).toBe(5000);
    },
  );

  it('a missing name beside a running pod: the NotFound error and no wait (the clock stays)', () => {
    const s = createSession({ profile: '1.35', seed: 4 });
    for (const line of ['kubectl run p --image=busybox -- sleep 3600', 'sleep 10']) s.shell.submit(line);
    const shown = transcriptOf(s);
    const before = s.clock.now();
    s.shell.submit('kubectl delete pod p nosuch; echo "exit $?"');
    expect(shown()).toBe(
      'pod "p" deleted from default namespace\nError from server (NotFound): pods "nosuch" not found\nexit 1\n',
    );
    expect(s.clock.now()).toBe(before);
  });
});
