// The ReplicaSet and DaemonSet controllers of kind's system workloads (src/sim/control/system-workloads.ts).
// Expected behaviour and texts:
// - replica_set.go manageReplicas: a pod with a deletionTimestamp is no longer active, so the ReplicaSet creates a
//   replacement named `<rs>-<5 alphanums>` (generateName; apimachinery rand alphabet, spec §1.1) at once; the
//   ReplicaSet's event is `Normal  SuccessfulCreate  …  replicaset-controller  Created pod: <name>`.
// - daemon_controller.go: a node left without an active daemon pod gets a new `<ds>-<5>` on that node; the event
//   (capture, search-index id 12163150249, `kubectl describe daemonset kube-proxy`):
//     Events:
//       Type    Reason            Age    From                  Message
//       ----    ------            ----   ----                  -------
//       Normal  SuccessfulCreate  9m47s  daemonset-controller  Created pod: kube-proxy-wwcc6
// - While the replacement is not ready the owners say so (printers.go: READY = status.readyReplicas / numberReady).
// - Owner deletion (background propagation) takes the ReplicaSets and pods with it and nothing replaces them.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../src/sim/api/types.ts';
import { terminal } from '../../harness/session.ts';

const S = '[bcdfghjklmnpqrstvwxz2456789]{5}';

describe('system workload controllers', () => {
  it('a deleted coredns pod is replaced by its ReplicaSet, ready a second later', () => {
    const { session, run } = terminal('1.22');
    const before = run('kubectl get pods -n kube-system -l k8s-app=kube-dns -o name').stdout.trim().split('\n');
    const victim = before[0]!.slice('pod/'.length);
    expect(run(`kubectl delete pod -n kube-system ${victim}`).stdout).toBe(`pod "${victim}" deleted\n`);
    const pods = session.cluster.store
      .list<Pod>('Pod', 'kube-system')
      .filter((p) => p.metadata.name.startsWith('coredns-'));
    expect(pods.map((p) => p.metadata.name)).not.toContain(victim);
    expect(pods).toHaveLength(2);
    const fresh = pods.find((p) => !before.includes(`pod/${p.metadata.name}`))!;
    expect(fresh.metadata.name).toMatch(new RegExp(`^coredns-78fcd69978-${S}$`));
    expect(fresh.metadata.generateName).toBe('coredns-78fcd69978-');
    expect(fresh.metadata.labels).toEqual({ 'k8s-app': 'kube-dns', 'pod-template-hash': '78fcd69978' });
    const rs = session.cluster.store.get('ReplicaSet', 'kube-system', 'coredns-78fcd69978')!;
    expect(fresh.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: 'coredns-78fcd69978',
        uid: rs.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(fresh.spec.priority).toBe(2000000000);
    expect(fresh.spec.serviceAccountName).toBe('coredns');

    // `kubectl delete` waited for the old pod; the new one is still being created.
    expect(run(`kubectl get pod -n kube-system ${fresh.metadata.name}`).stdout).toBe(
      [
        'NAME                       READY   STATUS              RESTARTS   AGE',
        `${fresh.metadata.name}   0/1     ContainerCreating   0          0s`,
        '',
      ].join('\n'),
    );
    expect(run('kubectl get deploy,rs -n kube-system').stdout).toBe(
      [
        'NAME                      READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/coredns   1/2     2            1           28d',
        '',
        'NAME                                 DESIRED   CURRENT   READY   AGE',
        'replicaset.apps/coredns-78fcd69978   2         2         1       28d',
        '',
      ].join('\n'),
    );
    session.advanceBy(2_000);
    expect(run(`kubectl get pod -n kube-system ${fresh.metadata.name}`).stdout).toBe(
      [
        'NAME                       READY   STATUS    RESTARTS   AGE',
        `${fresh.metadata.name}   1/1     Running   0          2s`,
        '',
      ].join('\n'),
    );
    expect(run('kubectl get deploy -n kube-system').stdout).toBe(
      ['NAME      READY   UP-TO-DATE   AVAILABLE   AGE', 'coredns   2/2     2            2           28d', ''].join(
        '\n',
      ),
    );
    const events = run('kubectl describe rs -n kube-system coredns-78fcd69978').stdout;
    expect(events.slice(events.indexOf('Events:'))).toBe(
      [
        'Events:',
        '  Type    Reason            Age   From                   Message',
        '  ----    ------            ----  ----                   -------',
        `  Normal  SuccessfulCreate  2s    replicaset-controller  Created pod: ${fresh.metadata.name}`,
        '',
      ].join('\n'),
    );
  });

  it('a deleted kube-proxy pod is replaced on its node by the DaemonSet', () => {
    const { session, run } = terminal('1.35');
    const store = session.cluster.store;
    const onWorker = () =>
      store
        .list<Pod>('Pod', 'kube-system')
        .filter((p) => p.metadata.name.startsWith('kube-proxy-') && p.spec.nodeName === 'jobslab-worker');
    const old = onWorker()[0]!;
    run(`kubectl delete pod -n kube-system ${old.metadata.name}`);
    session.advanceBy(2_000);
    const [fresh] = onWorker();
    expect(fresh!.metadata.name).toMatch(new RegExp(`^kube-proxy-${S}$`));
    expect(fresh!.metadata.name).not.toBe(old.metadata.name);
    expect(fresh!.metadata.labels).toEqual(old.metadata.labels);
    expect([fresh!.status.podIP, fresh!.status.phase]).toEqual(['172.18.0.3', 'Running']);
    expect(fresh!.spec.tolerations).toEqual(old.spec.tolerations);
    const out = run('kubectl describe ds kube-proxy -n kube-system').stdout;
    expect(out.slice(out.indexOf('Events:'))).toBe(
      [
        'Events:',
        '  Type    Reason            Age   From                  Message',
        '  ----    ------            ----  ----                  -------',
        `  Normal  SuccessfulCreate  2s    daemonset-controller  Created pod: ${fresh!.metadata.name}`,
        '',
      ].join('\n'),
    );
    // The worker's kubelet leaves it alone (its containers are not simulated): no learner-side events for it.
    expect(run('kubectl get ds kube-proxy -n kube-system').stdout).toContain(
      'kube-proxy   2         2         2       2            2',
    );
  });

  it('deleting a Deployment takes its ReplicaSet and pods; nothing replaces them', () => {
    const { session, run } = terminal('1.35');
    run('kubectl delete deployment coredns -n kube-system');
    session.advanceBy(3_000);
    expect(run('kubectl get rs,pods -n kube-system -l k8s-app=kube-dns').stderr).toBe(
      'No resources found in kube-system namespace.\n',
    );
  });

  for (const [profile, hash, scaled] of [
    ['1.22', '78fcd69978', 'to 2'],
    ['1.35', '7d764666f9', 'from 0 to 2'],
  ] as const) {
    it(`a deleted ReplicaSet is made again by its Deployment (${profile})`, () => {
      // deployment/sync.go getNewReplicaSet; the event's text: `Scaled up replica set coredns-5c98db65d4 to 2`
      // (search-index id 6764498341), `Scaled up replica set coredns-674b8bbfcf from 0 to 2` on a kind 1.33
      // cluster (id 47625555575).
      const { session, run } = terminal(profile);
      const before = session.cluster.store.get('ReplicaSet', 'kube-system', `coredns-${hash}`)!.metadata.uid;
      run(`kubectl delete rs -n kube-system coredns-${hash}`);
      session.advanceBy(2_000);
      const after = session.cluster.store.get('ReplicaSet', 'kube-system', `coredns-${hash}`)!;
      expect(after.metadata.uid).not.toBe(before);
      expect(run('kubectl get rs -n kube-system').stdout).toBe(
        [
          'NAME                 DESIRED   CURRENT   READY   AGE',
          `coredns-${hash}   2         2         2       2s`,
          '',
        ].join('\n'),
      );
      const pods = session.cluster.store
        .list<Pod>('Pod', 'kube-system')
        .filter((p) => p.metadata.name.startsWith('coredns-'));
      expect(pods.map((p) => p.metadata.ownerReferences![0]!.uid)).toEqual([after.metadata.uid, after.metadata.uid]);
      const out = run('kubectl describe deploy coredns -n kube-system').stdout;
      expect(out.slice(out.indexOf('Events:'))).toBe(
        [
          'Events:',
          '  Type    Reason             Age   From                   Message',
          '  ----    ------             ----  ----                   -------',
          `  Normal  ScalingReplicaSet  2s    deployment-controller  Scaled up replica set coredns-${hash} ${scaled}`,
          '',
        ].join('\n'),
      );
    });
  }

  it('a patched owner never crashes a command or floods the session', () => {
    // The simulator does not validate apps/v1 specs (a real API would refuse most of these patches): whatever the
    // learner removes, get and describe still answer, and a huge replica count makes at most 10 pods.
    const { session, run } = terminal('1.35');
    run(`kubectl patch ds kindnet -n kube-system --type=json -p '[{"op":"remove","path":"/spec/template"}]'`);
    run(`kubectl patch deploy coredns -n kube-system --type=json -p '[{"op":"remove","path":"/spec"}]'`);
    run(`kubectl patch rs coredns-7d764666f9 -n kube-system -p '{"spec":{"replicas":100000}}'`);
    run('kubectl delete pod -n kube-system -l k8s-app=kube-dns');
    run('kubectl delete pod -n kube-system -l app=kindnet');
    session.advanceBy(2_000);
    for (const line of ['kubectl get all -A -o wide', 'kubectl describe deploy,rs,ds -A']) {
      const out = run(line);
      expect(out.exitCode, line).toBe(0);
      expect(out.stderr, line).toBe('');
    }
    expect(run('kubectl describe ds kindnet -n kube-system').stdout).toContain('Pod Template:\n  <unset>');
    expect(
      session.cluster.store.list<Pod>('Pod', 'kube-system').filter((p) => p.metadata.name.startsWith('coredns-')),
    ).toHaveLength(10);
  });

  it('replacing system pods moves no learner pod name or UID', () => {
    const jobPod = (deleteFirst: boolean) => {
      const { session, run } = terminal('1.35');
      if (deleteFirst) {
        run('kubectl delete pod -n kube-system -l k8s-app=kube-dns');
        run('kubectl delete pod -n kube-system -l app=kindnet');
        session.advanceBy(2_000);
      }
      run('kubectl create job job-1 --image=busybox -- true');
      session.advanceBy(1_000);
      const pod = session.cluster.store.list<Pod>('Pod', 'default')[0]!;
      return [pod.metadata.name, pod.metadata.uid];
    };
    expect(jobPod(true)).toEqual(jobPod(false));
  });
});
