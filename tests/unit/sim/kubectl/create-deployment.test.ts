// `kubectl create deployment` (kubectl pkg/cmd/create/create_deployment.go, v0.22.0 and v0.35.0: createDeployment
// and buildPodSpec; cobra's required-flag check; Validate's multi-image text; `failed to create deployment: %v`).
// The --dry-run=client -o yaml text: a capture of `kubectl create deployment sample --image nginx --dry-run -o yaml`
// (notebook.iuriioapps.com "Kubernetes Management Techniques": creationTimestamp null at both levels, `strategy: {}`,
// `resources: {}`, `status: {}`); on 1.35 the zero creationTimestamp is omitted (profile dryRunNullCreationTimestamp,
// as for create job and create cronjob), leaving `metadata: labels:` in the template.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const DRY_RUN_1_22 = `apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: sample
  name: sample
spec:
  replicas: 1
  selector:
    matchLabels:
      app: sample
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: sample
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
status: {}
`;

describe('kubectl create deployment', () => {
  it('1.22: --dry-run=client -o yaml prints kubectl’s own object', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl create deployment sample --image nginx --dry-run=client -o yaml')).toEqual({
      stdout: DRY_RUN_1_22,
      stderr: '',
      exitCode: 0,
    });
  });

  it('1.35: the same without the null creationTimestamps; --port and --replicas; the container named from the image', () => {
    const { run } = terminal('1.35');
    expect(
      run(
        'kubectl create deployment web --image=docker.io/library/nginx:1.25 --port=80 --replicas=3 --dry-run=client -o yaml',
      ).stdout,
    ).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: web
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - image: docker.io/library/nginx:1.25
        name: nginx
        ports:
        - containerPort: 80
        resources: {}
status: {}
`);
  });

  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: creates, then refuses the same name; errors of its own`, () => {
      const { run } = terminal(profile);
      expect(run('kubectl create deployment web --image=nginx')).toEqual({
        stdout: 'deployment.apps/web created\n',
        stderr: '',
        exitCode: 0,
      });
      expect(run('kubectl create deploy web --image=nginx').stderr).toBe(
        'error: failed to create deployment: deployments.apps "web" already exists\n',
      );
      expect(run('kubectl create deployment web2').stderr).toBe('error: required flag(s) "image" not set\n');
      expect(run('kubectl create deployment x --image=busybox --image=nginx -- date').stderr).toBe(
        'error: cannot specify multiple --image options and command\n',
      );
      run('sleep 15');
      expect(run('kubectl get deployment web').stdout).toBe(
        'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    1/1     1            1           15s\n',
      );
    });
  }
});
