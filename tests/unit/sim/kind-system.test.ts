// kind's system objects (src/sim/kind-system.ts). Expected texts and where they come from:
// - `kubectl get nodes` of a kind v1.22.17 cluster (search-index id 15044702334):
//     NAME                       STATUS   ROLES                  AGE   VERSION
//     tanjunchen-control-plane   Ready    control-plane,master   61s   v1.22.17
//   1.35: ROLES `control-plane` (kubeadm ≥1.24 sets no master label; captures ids 55475302507, 67187031532), a worker
//   `<none>`. Our cluster is named jobslab, so the names are jobslab-control-plane / jobslab-worker.
// - `kubectl get pods -A` of kind clusters (kind issue #710; ids 20431188923, 53573283816, 69730805079): the rows in
//   etcd key order (namespace, then name), every system pod `1/1 Running 0`, coredns-<hash>-<5> ×2 with hash
//   78fcd69978 on 1.22 (kubeadm 1.22: ids 3871954571, 47488317) and 7d764666f9 on 1.35 (kindest/node:v1.35.0),
//   local-path-provisioner-85494db59d (kind v0.11.1, id 22346674357) / 67b8995b4b (id 53573283816). The 5-letter
//   suffixes are the seed's (API server generateName alphabet, spec §1.1), so they are matched by pattern.
// - `-o wide` (kind issue #710): static pods, kindnet and kube-proxy on the node IP (host network), coredns on
//   10.244.0.2/.3 of the control plane; the worker's kindnet/kube-proxy on the worker's IP.
// - `kubectl get ns` with local-path-storage (id 53573283816) and `get svc -n kube-system`
//   (`kube-dns   ClusterIP   10.96.0.10   <none>   53/UDP,53/TCP,9153/TCP`, id in the code corpus: a kind/Docker
//   Desktop CoreDNS debugging note).
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/sim/api/types.ts';
import { createCluster } from '../../../src/sim/cluster.ts';
import { Random } from '../../../src/sim/random.ts';
import { terminal } from '../harness/session.ts';

const S = '[bcdfghjklmnpqrstvwxz2456789]{5}';

describe('kind system objects', () => {
  it('get nodes shows the control plane and the worker (1.22: control-plane,master)', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl get nodes').stdout).toBe(
      [
        'NAME                    STATUS   ROLES                  AGE   VERSION',
        'jobslab-control-plane   Ready    control-plane,master   28d   v1.22.17',
        'jobslab-worker          Ready    <none>                 28d   v1.22.17',
        '',
      ].join('\n'),
    );
  });

  it('get nodes on 1.35: ROLES control-plane', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl get nodes').stdout).toBe(
      [
        'NAME                    STATUS   ROLES           AGE   VERSION',
        'jobslab-control-plane   Ready    control-plane   28d   v1.35.0',
        'jobslab-worker          Ready    <none>          28d   v1.35.0',
        '',
      ].join('\n'),
    );
  });

  for (const [profile, dns, storage] of [
    ['1.22', '78fcd69978', '85494db59d'],
    ['1.35', '7d764666f9', '67b8995b4b'],
  ] as const) {
    it(`get pods -A lists kind's system pods in key order (${profile})`, () => {
      const { run } = terminal(profile);
      const out = run('kubectl get pods -A').stdout;
      // Each random 5-letter suffix replaced by xxxxx (same width): the rest is compared byte for byte.
      const masked = out.replace(
        new RegExp(`((?:coredns-${dns}|kindnet|kube-proxy|local-path-provisioner-${storage})-)${S}`, 'g'),
        '$1xxxxx',
      );
      expect(masked).toBe(
        [
          'NAMESPACE            NAME                                            READY   STATUS    RESTARTS   AGE',
          `kube-system          coredns-${dns}-xxxxx                        1/1     Running   0          28d`,
          `kube-system          coredns-${dns}-xxxxx                        1/1     Running   0          28d`,
          'kube-system          etcd-jobslab-control-plane                      1/1     Running   0          28d',
          'kube-system          kindnet-xxxxx                                   1/1     Running   0          28d',
          'kube-system          kindnet-xxxxx                                   1/1     Running   0          28d',
          'kube-system          kube-apiserver-jobslab-control-plane            1/1     Running   0          28d',
          'kube-system          kube-controller-manager-jobslab-control-plane   1/1     Running   0          28d',
          'kube-system          kube-proxy-xxxxx                                1/1     Running   0          28d',
          'kube-system          kube-proxy-xxxxx                                1/1     Running   0          28d',
          'kube-system          kube-scheduler-jobslab-control-plane            1/1     Running   0          28d',
          `local-path-storage   local-path-provisioner-${storage}-xxxxx         1/1     Running   0          28d`,
          '',
        ].join('\n'),
      );
      const names = out
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/ +/)[1]!);
      expect(names.slice(0, 10)).toEqual([...names.slice(0, 10)].sort());
    });
  }

  it('host-network pods have their node IP; coredns and the provisioner the control plane pod CIDR', () => {
    const { session } = terminal('1.22');
    const pods = session.cluster.store.list<Pod>('Pod');
    const where = (p: Pod) => [p.spec.nodeName, p.status.podIP];
    const byName = (prefix: string) => pods.filter((p) => p.metadata.name.startsWith(prefix)).map(where);
    expect(byName('etcd-')).toEqual([['jobslab-control-plane', '172.18.0.2']]);
    expect(byName('kube-proxy-').sort()).toEqual([
      ['jobslab-control-plane', '172.18.0.2'],
      ['jobslab-worker', '172.18.0.3'],
    ]);
    expect(byName('kindnet-').sort()).toEqual([
      ['jobslab-control-plane', '172.18.0.2'],
      ['jobslab-worker', '172.18.0.3'],
    ]);
    expect(
      byName('coredns-')
        .map((w) => w[1])
        .sort(),
    ).toEqual(['10.244.0.2', '10.244.0.3']);
    expect(byName('local-path-provisioner-')).toEqual([['jobslab-control-plane', '10.244.0.4']]);
    // Owners: static pods by their Node, the others by their DaemonSet / ReplicaSet.
    const ownerOf = (prefix: string) =>
      pods.find((p) => p.metadata.name.startsWith(prefix))?.metadata.ownerReferences?.[0];
    expect(ownerOf('kube-scheduler-')).toMatchObject({ kind: 'Node', name: 'jobslab-control-plane', controller: true });
    expect(ownerOf('kube-proxy-')).toMatchObject({ kind: 'DaemonSet', name: 'kube-proxy', apiVersion: 'apps/v1' });
    expect(ownerOf('coredns-')).toMatchObject({ kind: 'ReplicaSet', name: 'coredns-78fcd69978' });
  });

  it('get ns has local-path-storage; kube-system has the kube-dns Service', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl get ns').stdout).toBe(
      [
        'NAME                 STATUS   AGE',
        'default              Active   28d',
        'kube-node-lease      Active   28d',
        'kube-public          Active   28d',
        'kube-system          Active   28d',
        'local-path-storage   Active   28d',
        '',
      ].join('\n'),
    );
    expect(run('kubectl get svc -n kube-system').stdout).toBe(
      [
        'NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE',
        'kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   28d',
        '',
      ].join('\n'),
    );
  });

  it('the learner’s namespace stays empty and existing pod names and UIDs do not move', () => {
    // The system objects come from a stream of their own (seed ^ 'kind'): the first Job pod of seed 1 is still
    // `job-1-bzkwc` (tests/unit/sim/control/smoke.test.ts) and `get pods` in default finds nothing.
    const { run } = terminal('1.35');
    expect(run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
    // bootstrapObjects draws the `default` Namespace's UID first from the cluster's stream, as before.
    const cluster = createCluster({ profile: '1.35', seed: 1 });
    expect(cluster.store.get('Namespace', undefined, 'default')?.metadata.uid).toBe(new Random(1).uuid());
  });

  it('the worker’s kubelet leaves kindnet and kube-proxy alone; a deleted system pod goes', () => {
    const { session, run } = terminal('1.22');
    const { store, server, clock } = session.cluster;
    const proxy = store
      .list<Pod>('Pod', 'kube-system')
      .find((p) => p.metadata.name.startsWith('kube-proxy-') && p.spec.nodeName === 'jobslab-worker')!;
    const before = JSON.stringify(proxy.status);
    // A metadata change reaches the kubelet as a MODIFIED event.
    server.update({ ...proxy, metadata: { ...proxy.metadata, labels: { ...proxy.metadata.labels, x: 'y' } } });
    clock.advanceTo(clock.now() + 60_000);
    const after = store.get<Pod>('Pod', 'kube-system', proxy.metadata.name)!;
    expect(after.metadata.labels?.x).toBe('y');
    expect(JSON.stringify(after.status)).toBe(before);
    expect(run(`kubectl get events -n kube-system`).stderr).toBe('No resources found in kube-system namespace.\n');
    // Deleting it: the pod stops and goes (its DaemonSet puts a new one in its place: control/system-workloads.test.ts).
    expect(run(`kubectl delete pod -n kube-system ${proxy.metadata.name}`).stdout).toBe(
      `pod "${proxy.metadata.name}" deleted\n`,
    );
    expect(store.get('Pod', 'kube-system', proxy.metadata.name)).toBeUndefined();
  });

  it('a deleted static pod comes back as a new mirror pod (same name, new UID, young AGE)', () => {
    // pkg/kubelet/pod/mirror_client.go: the kubelet recreates the mirror of a static pod it still runs.
    const { session, run } = terminal('1.35');
    const { store } = session.cluster;
    const before = store.get<Pod>('Pod', 'kube-system', 'kube-scheduler-jobslab-control-plane')!;
    expect(run('kubectl delete pod -n kube-system kube-scheduler-jobslab-control-plane').stdout).toBe(
      'pod "kube-scheduler-jobslab-control-plane" deleted from kube-system namespace\n',
    );
    session.advanceBy(5_000);
    const after = store.get<Pod>('Pod', 'kube-system', 'kube-scheduler-jobslab-control-plane')!;
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(run('kubectl get pod -n kube-system kube-scheduler-jobslab-control-plane').stdout).toBe(
      [
        'NAME                                   READY   STATUS    RESTARTS   AGE',
        'kube-scheduler-jobslab-control-plane   1/1     Running   0          4s',
        '',
      ].join('\n'),
    );
  });
});
