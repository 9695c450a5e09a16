// `kubectl create serviceaccount` (src/sim/kubectl/commands/create-serviceaccount.ts). Expected texts:
// - captures: `kubectl create sa build-sa` → `serviceaccount/build-sa created`, then `describe sa build-sa` with
//   `<none>` everywhere (search-index id 66490957328); `kubectl create serviceaccount jenkins` →
//   `serviceaccount/jenkins created`, `kubectl get sa` listing it beside `default` (id 49384598973).
// - create_serviceaccount.go: an API error wrapped as `failed to create serviceaccount: …`; the namespace in the
//   client-side object only when given (EnforceNamespace); create.go NameFromCommandArgs' usage error.
// 1.35 prints no SECRETS column nor Mountable secrets/Tokens lines (kubernetes/kubernetes#117160); on 1.22 the
// tokens controller gives the new account a token Secret.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

describe('kubectl create serviceaccount', () => {
  it('creates it; get and describe show it (1.35)', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create serviceaccount jenkins')).toEqual({
      stdout: 'serviceaccount/jenkins created\n',
      stderr: '',
      exitCode: 0,
    });
    run('sleep 72');
    expect(run('kubectl get sa').stdout).toBe('NAME      AGE\ndefault   28d\njenkins   72s\n');
    expect(run('kubectl describe sa jenkins').stdout).toBe(
      `Name:                jenkins
Namespace:           default
Labels:              <none>
Annotations:         <none>
Image pull secrets:  <none>
Events:              <none>
`,
    );
  });

  it('1.22: alias sa, a token Secret follows, a second create fails wrapped', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl create sa build-sa').stdout).toBe('serviceaccount/build-sa created\n');
    run('sleep 1');
    expect(run('kubectl get sa build-sa').stdout).toBe('NAME       SECRETS   AGE\nbuild-sa   1         1s\n');
    expect(run("kubectl get sa build-sa -o jsonpath='{.secrets[0].name}'").stdout).toMatch(
      /^build-sa-token-[bcdfghjklmnpqrstvwxz2456789]{5}$/,
    );
    expect(run('kubectl create sa build-sa')).toEqual({
      stdout: '',
      stderr: 'error: failed to create serviceaccount: serviceaccounts "build-sa" already exists\n',
      exitCode: 1,
    });
  });

  it('--dry-run=client -o yaml: the namespace only when given', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl create sa x --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  creationTimestamp: null\n  name: x\n',
    );
    expect(run('kubectl create sa x -n kube-public --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  creationTimestamp: null\n  name: x\n  namespace: kube-public\n',
    );
    expect(run('kubectl get sa x').stderr).toBe('Error from server (NotFound): serviceaccounts "x" not found\n');
  });

  it('needs exactly one NAME', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create sa')).toEqual({
      stdout: '',
      stderr:
        "error: exactly one NAME is required, got 0\nSee 'kubectl create serviceaccount -h' for help and examples\n",
      exitCode: 1,
    });
  });
});
