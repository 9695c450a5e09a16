// `kubectl create configmap` (src/sim/kubectl/commands/create-configmap.ts). Expected texts:
// - a kind 1.3x capture (search-index id 70266931401, kubectl 1.37): `kubectl create configmap demo
//   --from-literal=SHOP_NAME=ร้านน้องส้ม --from-literal=APP_THEME=sunset` → `configmap/demo created`, its `get -o
//   yaml` data and `describe`; a second create → `error: failed to create configmap: configmaps "demo" already
//   exists`; `--dry-run=client -o yaml` without creationTimestamp (kubectl ≥1.34).
// - create_configmap.go / util.ParseLiteralSource / apimachinery IsConfigMapKey for the refusals (v0.22.17 and
//   v0.35.0 alike).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

describe('kubectl create configmap', () => {
  it('--from-literal: created, shown as the capture shows it (1.35)', () => {
    const { run } = terminal('1.35');
    expect(
      run('kubectl create configmap demo --from-literal=SHOP_NAME=ร้านน้องส้ม --from-literal=APP_THEME=sunset'),
    ).toEqual({ stdout: 'configmap/demo created\n', stderr: '', exitCode: 0 });
    expect(run("kubectl get cm demo -o jsonpath='{.data}'").stdout).toBe(
      '{"APP_THEME":"sunset","SHOP_NAME":"ร้านน้องส้ม"}',
    );
    expect(run('kubectl describe cm demo').stdout).toBe(
      `Name:         demo
Namespace:    default
Labels:       <none>
Annotations:  <none>

Data
====
APP_THEME:
----
sunset

SHOP_NAME:
----
ร้านน้องส้ม


BinaryData
====

Events:  <none>
`,
    );
    expect(run('kubectl create configmap demo --from-literal=APP_THEME=harbor')).toEqual({
      stdout: '',
      stderr: 'error: failed to create configmap: configmaps "demo" already exists\n',
      exitCode: 1,
    });
    expect(run('kubectl get cm').stdout).toBe(
      'NAME               DATA   AGE\ndemo               2      0s\nkube-root-ca.crt   1      28d\n',
    );
  });

  it('--dry-run=client -o yaml: sorted keys, no creationTimestamp on 1.35, null on 1.22', () => {
    expect(terminal('1.35').run('kubectl create cm x --from-literal=k=v --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  name: x\n',
    );
    expect(terminal('1.22').run('kubectl create cm x -n kube-public --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: x\n  namespace: kube-public\n',
    );
  });

  it('refuses bad literals as kubectl does', () => {
    const { run } = terminal('1.22');
    expect(run("kubectl create cm x --from-literal='a b=1'").stderr).toBe(
      `error: "a b" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')\n`,
    );
    expect(run('kubectl create cm x --from-literal==1').stderr).toBe(
      'error: invalid literal source =1, expected key=value\n',
    );
    expect(run('kubectl create cm x --from-literal=nokey').stderr).toBe(
      'error: invalid literal source nokey, expected key=value\n',
    );
    expect(run('kubectl create cm x --from-literal=a=1 --from-literal=a=2').stderr).toBe(
      'error: cannot add key "a", another key by that name already exists in Data for ConfigMap "x"\n',
    );
    expect(run('kubectl create cm x --from-literal=..a=1').stderr).toBe(
      `error: "..a" is not a valid key name for a ConfigMap: must not start with '..'\n`,
    );
    expect(run('kubectl get cm x').stderr).toBe('Error from server (NotFound): configmaps "x" not found\n');
  });

  it('--from-file is a real flag the simulator does not run: nothing is created', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create cm x --from-file=f').exitCode).toBe(1);
    expect(run('kubectl get cm x').stderr).toBe('Error from server (NotFound): configmaps "x" not found\n');
  });
});
