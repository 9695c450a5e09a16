// The ServiceAccount, root-CA publisher and (1.22) tokens controllers (src/sim/control/serviceaccount-controllers.ts).
// Expected texts from real captures (never the simulator's own output):
// - A namespace made by the learner gets `default` (kind `get sa -A`: `studybuddies   default   0   5h17m`, search-index
//   id 35471789078) and `kube-root-ca.crt` (`kubectl get cm` in a fresh namespace: `kube-root-ca.crt   1   4m6s`,
//   id 70266931401).
// - "If you will try to delete the default ServiceAccount, Kubernetes will recreate it automatically": after
//   `k delete sa -n studybuddies default`, `studybuddies   default   0   3s` (id 35471789078).
// - 1.22: a ServiceAccount gets a `<sa>-token-<5>` Secret of type kubernetes.io/service-account-token, DATA 3, and
//   `get sa` SECRETS 1 (minikube v1.22.1 list, rapid7/metasploit-framework#15786). 1.35: SECRETS column gone
//   (kubernetes/kubernetes#117160).
import { describe, expect, it } from 'vitest';
import type { ConfigMap } from '../../../../src/sim/api/types.ts';
import { createCluster } from '../../../../src/sim/cluster.ts';
import { terminal } from '../../harness/session.ts';

const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';

describe('a namespace the learner creates', () => {
  it('gets its default ServiceAccount and kube-root-ca.crt (1.35)', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create ns studybuddies').stdout).toBe('namespace/studybuddies created\n');
    run('sleep 3');
    expect(run('kubectl get sa -n studybuddies').stdout).toBe('NAME      AGE\ndefault   3s\n');
    expect(run('kubectl get cm -n studybuddies').stdout).toBe(
      'NAME               DATA   AGE\nkube-root-ca.crt   1      3s\n',
    );
    expect(run('kubectl get secrets -n studybuddies').stderr).toBe('No resources found in studybuddies namespace.\n');
    // kubectl create job in it works as before.
    expect(run('kubectl create job hello -n studybuddies --image=busybox -- true').stdout).toBe(
      'job.batch/hello created\n',
    );
  });

  it('1.22: the default ServiceAccount gets a token Secret (SECRETS 1)', () => {
    const { run } = terminal('1.22');
    run('kubectl create ns studybuddies');
    run('sleep 1');
    expect(run('kubectl get sa -n studybuddies').stdout).toBe('NAME      SECRETS   AGE\ndefault   1         1s\n');
    expect(run('kubectl get secrets -n studybuddies').stdout).toMatch(
      new RegExp(
        `^NAME {18}TYPE {34}DATA {3}AGE\ndefault-token-${SUFFIX} {3}kubernetes\\.io/service-account-token {3}3 {6}1s\n$`,
      ),
    );
  });
});

describe('deleted objects come back', () => {
  it('kubectl delete sa default: deleted (the wait ends), then recreated', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl delete sa default')).toEqual({
      stdout: 'serviceaccount "default" deleted from default namespace\n',
      stderr: '',
      exitCode: 0,
    });
    run('sleep 3');
    expect(run('kubectl get sa').stdout).toBe('NAME      AGE\ndefault   3s\n');
  });

  it('kubectl delete cm kube-root-ca.crt: recreated with the cluster CA', () => {
    const { run } = terminal('1.22');
    const before = run("kubectl get cm kube-root-ca.crt -o jsonpath='{.data.ca\\.crt}'").stdout;
    expect(run('kubectl delete cm kube-root-ca.crt').stdout).toBe('configmap "kube-root-ca.crt" deleted\n');
    run('sleep 1');
    expect(run('kubectl get cm').stdout).toBe('NAME               DATA   AGE\nkube-root-ca.crt   1      1s\n');
    expect(run("kubectl get cm kube-root-ca.crt -o jsonpath='{.data.ca\\.crt}'").stdout).toBe(before);
  });

  it("a changed kube-root-ca.crt gets its data back (publisher's sync)", () => {
    const cluster = createCluster({ profile: '1.35', seed: 3 });
    const cm = cluster.api.get<ConfigMap>('ConfigMap', 'default', 'kube-root-ca.crt');
    const ca = cm.data!['ca.crt'];
    cluster.api.update({ ...cm, data: { 'ca.crt': 'tampered', extra: 'x' } });
    cluster.clock.advanceBy(1000);
    expect(cluster.api.get<ConfigMap>('ConfigMap', 'default', 'kube-root-ca.crt').data).toEqual({ 'ca.crt': ca });
  });

  it('1.22: a deleted token Secret is replaced and the ServiceAccount lists the new one', () => {
    const { run } = terminal('1.22');
    const old = run("kubectl get sa default -o jsonpath='{.secrets[0].name}'").stdout;
    expect(run(`kubectl delete secret ${old}`).stdout).toBe(`secret "${old}" deleted\n`);
    run('sleep 1');
    const now = run("kubectl get sa default -o jsonpath='{.secrets[*].name}'").stdout;
    expect(now).toMatch(new RegExp(`^default-token-${SUFFIX}$`));
    expect(now).not.toBe(old);
    expect(run('kubectl get secrets').stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('1.22: deleting a ServiceAccount deletes its token Secret', () => {
    const { run, session } = terminal('1.22');
    const token = run("kubectl -n kube-system get sa job-controller -o jsonpath='{.secrets[0].name}'").stdout;
    run('kubectl -n kube-system delete sa job-controller');
    run('sleep 1');
    expect(session.cluster.api.list('Secret', 'kube-system').map((s) => s.metadata.name)).not.toContain(token);
  });
});

describe('namespaces being deleted and the random streams', () => {
  it('kubectl delete ns removes the namespace with its account objects, nothing recreated', () => {
    const { run } = terminal('1.22');
    run('kubectl create ns x');
    run('sleep 1');
    expect(run('kubectl delete ns x').stdout).toBe('namespace "x" deleted\n');
    expect(run('kubectl get ns x').stderr).toBe('Error from server (NotFound): namespaces "x" not found\n');
    run('sleep 5');
    expect(run('kubectl get sa,cm,secrets -n x').stderr).toBe('No resources found in x namespace.\n');
  });

  it("the controllers' objects do not draw from the learner's stream", () => {
    const a = createCluster({ profile: '1.22', seed: 5 });
    const b = createCluster({ profile: '1.22', seed: 5 });
    for (const cluster of [a, b]) {
      cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } });
    }
    a.clock.advanceBy(1000); // a's controllers create the account, its token Secret and kube-root-ca.crt
    expect(a.api.list('Secret', 'x')).toHaveLength(1);
    expect(a.random.uuid()).toBe(b.random.uuid());
  });
});
