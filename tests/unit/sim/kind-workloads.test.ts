// kind's system workloads (src/sim/kind-workloads.ts) through kubectl get. Expected texts and where they come from:
// - `kubectl get all -A` of kind clusters (search-index ids 6686264665, 44353843391, 9048615360): after the pods and
//   services, one block per kind in the `all` order with a blank line between, kind prefixes daemonset.apps/,
//   deployment.apps/, replicaset.apps/; the rows
//     kube-system   daemonset.apps/kindnet      1         1         1       1            1           <none>                   11m
//     kube-system   daemonset.apps/kube-proxy   1         1         1       1            1           kubernetes.io/os=linux   11m
//     kube-system          deployment.apps/coredns                  2/2     2            2           3m28s
//     local-path-storage   deployment.apps/local-path-provisioner   1/1     1            1           3m25s
//     kube-system          replicaset.apps/coredns-565d847f94                  2         2         2       3m15s
//     local-path-storage   replicaset.apps/local-path-provisioner-684f458cdd   1         1         1       3m15s
//   Our cluster has two nodes (DESIRED 2 for each DaemonSet), is 28 days old, and its hashes are the pods'
//   (tests/unit/sim/kind-system.test.ts). kind v0.31.0's kindnet manifest (const_cni.go) has nodeSelector
//   kubernetes.io/os: linux, so on 1.35 its NODE SELECTOR is that; kind v0.11.1's (1.22) has none: `<none>`.
// (-o wide and describe: tests/unit/sim/kubectl/printers/table-*.test.ts and describe/*.test.ts.)
import { describe, expect, it } from 'vitest';
import type { DaemonSet, Deployment, Pod, ReplicaSet } from '../../../src/sim/api/types.ts';
import { createCluster } from '../../../src/sim/cluster.ts';
import { terminal } from '../harness/session.ts';

const S = '[bcdfghjklmnpqrstvwxz2456789]{5}';

describe('kind system workloads', () => {
  it('get all -A on 1.35: pods, services, daemonsets, deployments, replicasets in that order', () => {
    const { run } = terminal('1.35');
    const out = run('kubectl get all -A').stdout.replace(
      new RegExp(`(pod/(?:coredns-7d764666f9|kindnet|kube-proxy|local-path-provisioner-67b8995b4b)-)${S}`, 'g'),
      '$1xxxxx',
    );
    expect(out).toBe(
      [
        'NAMESPACE            NAME                                                READY   STATUS    RESTARTS   AGE',
        'kube-system          pod/coredns-7d764666f9-xxxxx                        1/1     Running   0          28d',
        'kube-system          pod/coredns-7d764666f9-xxxxx                        1/1     Running   0          28d',
        'kube-system          pod/etcd-jobslab-control-plane                      1/1     Running   0          28d',
        'kube-system          pod/kindnet-xxxxx                                   1/1     Running   0          28d',
        'kube-system          pod/kindnet-xxxxx                                   1/1     Running   0          28d',
        'kube-system          pod/kube-apiserver-jobslab-control-plane            1/1     Running   0          28d',
        'kube-system          pod/kube-controller-manager-jobslab-control-plane   1/1     Running   0          28d',
        'kube-system          pod/kube-proxy-xxxxx                                1/1     Running   0          28d',
        'kube-system          pod/kube-proxy-xxxxx                                1/1     Running   0          28d',
        'kube-system          pod/kube-scheduler-jobslab-control-plane            1/1     Running   0          28d',
        'local-path-storage   pod/local-path-provisioner-67b8995b4b-xxxxx         1/1     Running   0          28d',
        '',
        'NAMESPACE     NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE',
        'default       service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP                  28d',
        'kube-system   service/kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   28d',
        '',
        'NAMESPACE     NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE',
        'kube-system   daemonset.apps/kindnet      2         2         2       2            2           kubernetes.io/os=linux   28d',
        'kube-system   daemonset.apps/kube-proxy   2         2         2       2            2           kubernetes.io/os=linux   28d',
        '',
        'NAMESPACE            NAME                                     READY   UP-TO-DATE   AVAILABLE   AGE',
        'kube-system          deployment.apps/coredns                  2/2     2            2           28d',
        'local-path-storage   deployment.apps/local-path-provisioner   1/1     1            1           28d',
        '',
        'NAMESPACE            NAME                                                DESIRED   CURRENT   READY   AGE',
        'kube-system          replicaset.apps/coredns-7d764666f9                  2         2         2       28d',
        'local-path-storage   replicaset.apps/local-path-provisioner-67b8995b4b   1         1         1       28d',
        '',
      ].join('\n'),
    );
  });

  it('get ds,deploy,rs -n kube-system on 1.22: kindnet without a node selector', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl get ds,deploy,rs -n kube-system').stdout).toBe(
      [
        'NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE',
        'daemonset.apps/kindnet      2         2         2       2            2           <none>                   28d',
        'daemonset.apps/kube-proxy   2         2         2       2            2           kubernetes.io/os=linux   28d',
        '',
        'NAME                      READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/coredns   2/2     2            2           28d',
        '',
        'NAME                                 DESIRED   CURRENT   READY   AGE',
        'replicaset.apps/coredns-78fcd69978   2         2         2       28d',
        '',
      ].join('\n'),
    );
  });

  it('-o yaml of kube-proxy on 1.35, as a kubeadm 1.34 capture prints it', () => {
    // Capture: `k get ds -n kube-system kube-proxy -o yaml` on kubeadm v1.34.0 (repository ibtisam-iq/nectar,
    // kubernetes/01-core-concepts/kube-proxy.md; its one `# provided via ConfigMap` remark left out). Ours differs in
    // identity (timestamp, resourceVersion, uid), the image tag and the node count (3 there, 2 here).
    const { session, run } = terminal('1.35');
    const ds = session.cluster.store.get<DaemonSet>('DaemonSet', 'kube-system', 'kube-proxy')!;
    expect(run('kubectl get ds -n kube-system kube-proxy -o yaml').stdout).toBe(
      [
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata:',
        '  annotations:',
        '    deprecated.daemonset.template.generation: "1"',
        `  creationTimestamp: "${ds.metadata.creationTimestamp}"`,
        '  generation: 1',
        '  labels:',
        '    k8s-app: kube-proxy',
        '  name: kube-proxy',
        '  namespace: kube-system',
        `  resourceVersion: "${ds.metadata.resourceVersion}"`,
        `  uid: ${ds.metadata.uid}`,
        'spec:',
        '  revisionHistoryLimit: 10',
        '  selector:',
        '    matchLabels:',
        '      k8s-app: kube-proxy',
        '  template:',
        '    metadata:',
        '      labels:',
        '        k8s-app: kube-proxy',
        '    spec:',
        '      containers:',
        '      - command:',
        '        - /usr/local/bin/kube-proxy',
        '        - --config=/var/lib/kube-proxy/config.conf',
        '        - --hostname-override=$(NODE_NAME)',
        '        env:',
        '        - name: NODE_NAME',
        '          valueFrom:',
        '            fieldRef:',
        '              apiVersion: v1',
        '              fieldPath: spec.nodeName',
        '        image: registry.k8s.io/kube-proxy:v1.35.0',
        '        imagePullPolicy: IfNotPresent',
        '        name: kube-proxy',
        '        resources: {}',
        '        securityContext:',
        '          privileged: true',
        '        terminationMessagePath: /dev/termination-log',
        '        terminationMessagePolicy: File',
        '        volumeMounts:',
        '        - mountPath: /var/lib/kube-proxy',
        '          name: kube-proxy',
        '        - mountPath: /run/xtables.lock',
        '          name: xtables-lock',
        '        - mountPath: /lib/modules',
        '          name: lib-modules',
        '          readOnly: true',
        '      dnsPolicy: ClusterFirst',
        '      hostNetwork: true',
        '      nodeSelector:',
        '        kubernetes.io/os: linux',
        '      priorityClassName: system-node-critical',
        '      restartPolicy: Always',
        '      schedulerName: default-scheduler',
        '      securityContext: {}',
        '      serviceAccount: kube-proxy',
        '      serviceAccountName: kube-proxy',
        '      terminationGracePeriodSeconds: 30',
        '      tolerations:',
        '      - operator: Exists',
        '      volumes:',
        '      - configMap:',
        '          defaultMode: 420',
        '          name: kube-proxy',
        '        name: kube-proxy',
        '      - hostPath:',
        '          path: /run/xtables.lock',
        '          type: FileOrCreate',
        '        name: xtables-lock',
        '      - hostPath:',
        '          path: /lib/modules',
        '          type: ""',
        '        name: lib-modules',
        '  updateStrategy:',
        '    rollingUpdate:',
        '      maxSurge: 0',
        '      maxUnavailable: 1',
        '    type: RollingUpdate',
        'status:',
        '  currentNumberScheduled: 2',
        '  desiredNumberScheduled: 2',
        '  numberAvailable: 2',
        '  numberMisscheduled: 0',
        '  numberReady: 2',
        '  observedGeneration: 1',
        '  updatedNumberScheduled: 2',
        '',
      ].join('\n'),
    );
  });

  it('owner references, selectors and labels agree with the pods; everything was made at cluster birth', () => {
    for (const profile of ['1.22', '1.35'] as const) {
      const cluster = createCluster({ profile, seed: 7 });
      const { store } = cluster;
      const born = store.get('Namespace', undefined, 'kube-system')!.metadata.creationTimestamp;
      const pods = store.list<Pod>('Pod');
      const controller = (p: Pod) => p.metadata.ownerReferences?.find((r) => r.controller);
      for (const ds of store.list<DaemonSet>('DaemonSet')) {
        const owned = pods.filter((p) => controller(p)?.uid === ds.metadata.uid);
        expect(owned.map((p) => p.spec.nodeName).sort()).toEqual(['jobslab-control-plane', 'jobslab-worker']);
        for (const p of owned) expect(p.metadata.labels).toMatchObject(ds.spec.selector.matchLabels!);
        expect(ds.metadata.creationTimestamp).toBe(born);
      }
      for (const rs of store.list<ReplicaSet>('ReplicaSet')) {
        const owned = pods.filter((p) => controller(p)?.uid === rs.metadata.uid);
        expect(owned).toHaveLength(rs.spec.replicas);
        for (const p of owned) expect(p.metadata.labels).toEqual(rs.spec.template.metadata?.labels);
        const deployment = store.get<Deployment>(
          'Deployment',
          rs.metadata.namespace,
          rs.metadata.ownerReferences![0]!.name,
        )!;
        expect(rs.metadata.ownerReferences![0]!.uid).toBe(deployment.metadata.uid);
        expect(rs.metadata.name).toBe(`${deployment.metadata.name}-${rs.metadata.labels!['pod-template-hash']}`);
        expect(deployment.metadata.creationTimestamp).toBe(born);
      }
      expect(store.list('Deployment').map((d) => d.metadata.name)).toEqual(['coredns', 'local-path-provisioner']);
    }
  });

  it('existing names and UIDs do not move (the workloads draw from a stream of their own)', () => {
    // Pinned from the cluster of seed 1 as it was before the workloads existed (a regression check, not a capture).
    const cluster = createCluster({ profile: '1.22', seed: 1 });
    const pod = (prefix: string) => cluster.store.list<Pod>('Pod').find((p) => p.metadata.name.startsWith(prefix))!;
    expect([pod('coredns-').metadata.name, pod('coredns-').metadata.uid]).toEqual([
      'coredns-78fcd69978-5hwc2',
      '025f4140-e459-417b-b559-c5f2e397f06d',
    ]);
    expect(pod('kindnet-').metadata.name).toBe('kindnet-8t9bl');
    expect(pod('coredns-').metadata.ownerReferences![0]!.uid).toBe('1c1fba25-af15-4b39-9145-4dc175534afc');
    expect(cluster.store.get('ReplicaSet', 'kube-system', 'coredns-78fcd69978')?.metadata.uid).toBe(
      '1c1fba25-af15-4b39-9145-4dc175534afc',
    );
  });
});
