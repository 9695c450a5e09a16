// `kubectl create namespace` and `kubectl create cronjob` (issue 11 item 9), and the namespaces the API server
// refuses to delete. Expected texts:
// - create_namespace.go (Use "namespace NAME [--dry-run=server|client|none]", alias ns; Run returns the API error
//   unwrapped) and a real capture: `kubectl create ns hello` → `namespace/hello created`;
//   `kubectl delete ns default` → `Error from server (Forbidden): namespaces "default" is forbidden: this namespace
//   may not be deleted` (apiserver admission/plugin/namespace/lifecycle: immortal default, kube-system,
//   kube-public; a second real capture shows the same line for kube-public).
// - create_cronjob.go: --image and --schedule are cobra-required (`required flag(s) "image", "schedule" not set`),
//   restartPolicy OnFailure by default, jobTemplate and container named after the CronJob, API errors wrapped as
//   `failed to create cronjob: …`. Real captures of `kubectl create cronjob … --dry-run=client -o yaml -- date`
//   (kubectl 1.2x, batch/v1; CKAD notes in the code corpus) print exactly the 1.22 YAML below, including
//   `namespace: temp` after `name` with `-n temp`. kubectl ≥1.34 no longer prints `creationTimestamp: null`
//   (metav1.Time omitzero), as `create job` (profile flag dryRunNullCreationTimestamp).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const CRONJOB_122 = `apiVersion: batch/v1
kind: CronJob
metadata:
  creationTimestamp: null
  name: my-job
  namespace: temp
spec:
  jobTemplate:
    metadata:
      creationTimestamp: null
      name: my-job
    spec:
      template:
        metadata:
          creationTimestamp: null
        spec:
          containers:
          - command:
            - date
            image: busybox
            name: my-job
            resources: {}
          restartPolicy: OnFailure
  schedule: '*/1 * * * *'
status: {}
`;

describe('kubectl create namespace', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`creates it, refuses a second one and a bad name (${profile})`, () => {
      const { run } = terminal(profile);
      expect(run('kubectl create ns hello')).toEqual({ stdout: 'namespace/hello created\n', stderr: '', exitCode: 0 });
      expect(run('kubectl create namespace hello')).toEqual({
        stdout: '',
        stderr: 'Error from server (AlreadyExists): namespaces "hello" already exists\n',
        exitCode: 1,
      });
      expect(run('kubectl get ns hello').stdout).toMatch(/^NAME {4}STATUS {3}AGE\nhello {3}Active {3}\ds\n$/);
      expect(run('kubectl create job j -n hello --image=busybox').stdout).toBe('job.batch/j created\n');
      expect(run('kubectl create ns').stderr).toBe(
        "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n",
      );
      expect(run('kubectl create ns Bad').stderr).toMatch(
        /^The Namespace "Bad" is invalid: metadata\.name: Invalid value: "Bad": a lowercase RFC 1123 label must consist of/,
      );
    });
  }

  it('--dry-run=client -o yaml prints the empty spec and status (1.22)', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl create ns x --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: x\nspec: {}\nstatus: {}\n',
    );
    expect(run('kubectl get ns x').stderr).toBe('Error from server (NotFound): namespaces "x" not found\n');
  });

  it('default, kube-system and kube-public may not be deleted', () => {
    const { run } = terminal('1.35');
    for (const ns of ['default', 'kube-system', 'kube-public']) {
      expect(run(`kubectl delete ns ${ns}`)).toEqual({
        stdout: '',
        stderr: `Error from server (Forbidden): namespaces "${ns}" is forbidden: this namespace may not be deleted\n`,
        exitCode: 1,
      });
    }
    run('kubectl create ns hello');
    expect(run('kubectl delete ns hello').stdout).toMatch(/^namespace "hello" deleted/);
  });
});

describe('kubectl create cronjob', () => {
  it('--dry-run=client -o yaml prints what kubectl builds (1.22)', () => {
    const { run } = terminal('1.22');
    run('kubectl create ns temp');
    expect(
      run(
        'kubectl -n temp create cronjob my-job --image=busybox --schedule="*/1 * * * *" --dry-run=client -o yaml -- date',
      ).stdout,
    ).toBe(CRONJOB_122);
  });

  it('1.35 leaves out the null creationTimestamps; the empty pod template metadata prints as {}', () => {
    // Real 2025 captures of `kubectl create cronjob … --dry-run=client -o yaml`: no creationTimestamp, and
    // `template:` / `metadata: {}` / `spec:` under the jobTemplate.
    const { run } = terminal('1.35');
    expect(
      run('kubectl create cj my-job --image=busybox --schedule="*/1 * * * *" --dry-run=client -o yaml -- date').stdout,
    ).toBe(
      CRONJOB_122.replace('  namespace: temp\n', '')
        .replace('        metadata:\n          creationTimestamp: null\n', '        metadata: {}\n')
        .replace(/ *creationTimestamp: null\n/g, ''),
    );
  });

  for (const profile of ['1.22', '1.35'] as const) {
    it(`creates a CronJob whose controller runs it (${profile})`, () => {
      const { run } = terminal(profile);
      expect(run('kubectl create cronjob hello --image=busybox --schedule="*/1 * * * *" -- date')).toEqual({
        stdout: 'cronjob.batch/hello created\n',
        stderr: '',
        exitCode: 0,
      });
      const spec = JSON.parse(run('kubectl get cronjob hello -o json').stdout).spec;
      expect(spec.schedule).toBe('*/1 * * * *');
      expect(spec.jobTemplate.metadata.name).toBe('hello');
      expect(spec.jobTemplate.spec.template.spec.restartPolicy).toBe('OnFailure');
      expect(spec.jobTemplate.spec.template.spec.containers[0]).toMatchObject({
        name: 'hello',
        image: 'busybox',
        command: ['date'],
      });
      run('sleep 70');
      expect(run('kubectl get jobs -o name').stdout).toMatch(/^job\.batch\/hello-\d+\n/);
    });
  }

  it('--image and --schedule are required; API errors are wrapped', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create cronjob x')).toEqual({
      stdout: '',
      stderr: 'error: required flag(s) "image", "schedule" not set\n',
      exitCode: 1,
    });
    expect(run('kubectl create cj x --image=busybox').stderr).toBe('error: required flag(s) "schedule" not set\n');
    run('kubectl create cj x --image=busybox --schedule="@hourly"');
    expect(run('kubectl create cj x --image=busybox --schedule="@hourly"').stderr).toBe(
      'error: failed to create cronjob: cronjobs.batch "x" already exists\n',
    );
    expect(run('kubectl create cj y --image=busybox --schedule="* * * * *" --restart=Always').stderr).toBe(
      'error: failed to create cronjob: CronJob.batch "y" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"\n',
    );
  });
});

describe('deleting a namespace', () => {
  // The namespace is Terminating while the namespace controller deletes what is in it (phase from
  // pkg/controller/namespace; kubectl get ns prints status.phase); creating in it is refused by the
  // NamespaceLifecycle admission plugin: `<resource> "<name>" is forbidden: unable to create new content in
  // namespace <ns> because it is being terminated` (create job wraps it as `failed to create job: …`).
  it('is Terminating until its pods are gone, refuses new content, then disappears', () => {
    const { run } = terminal('1.35');
    run('kubectl create ns dev');
    run('kubectl create job j -n dev --image=busybox -- sleep 60');
    run('sleep 5');
    expect(run('kubectl delete ns dev --wait=false').stdout).toMatch(/^namespace "dev" deleted/);
    expect(run('kubectl get ns dev').stdout).toMatch(/^NAME {3}STATUS {8}AGE\ndev {4}Terminating {3}\ds\n$/);
    expect(run('kubectl create job k -n dev --image=busybox').stderr).toBe(
      'error: failed to create job: jobs.batch "k" is forbidden: unable to create new content in namespace dev because it is being terminated\n',
    );
    run('sleep 40');
    expect(run('kubectl get ns dev').stderr).toBe('Error from server (NotFound): namespaces "dev" not found\n');
    expect(run('kubectl get pods -n dev').stderr).toBe('No resources found in dev namespace.\n');
  });
});
