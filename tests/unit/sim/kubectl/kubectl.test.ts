import { describe, expect, it } from 'vitest';
import { fakeCluster } from './fake-cluster.ts';

describe('kubectl argument and error handling', () => {
  it('unknown flag, ≥1.24 vs ≤1.23', () => {
    expect(fakeCluster('1.35').run(['get', 'pods', '--foo'])).toMatchObject({
      stdout: '',
      stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n",
      exitCode: 1,
    });
    expect(fakeCluster('1.22').run(['run', 'x', '--image=busybox', '--replicas=2'])).toMatchObject({
      stderr: "Error: unknown flag: --replicas\nSee 'kubectl run --help' for usage.\n",
      exitCode: 1,
    });
  });
  it('shorthand and missing values', () => {
    const k = fakeCluster();
    expect(k.run(['get', 'pods', '-x']).stderr).toBe(
      "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n",
    );
    expect(k.run(['create', 'job', 'a', '--image']).stderr).toBe(
      "error: flag needs an argument: --image\nSee 'kubectl create job --help' for usage.\n",
    );
    expect(k.run(['get', 'pods', '-o']).stderr).toBe(
      "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n",
    );
  });
  it('unknown command with suggestions', () => {
    expect(fakeCluster('1.35').run(['aply']).stderr).toBe(
      'error: unknown command "aply" for "kubectl"\n\nDid you mean this?\n\tapply\n',
    );
    expect(fakeCluster('1.22').run(['gt']).stderr).toBe(
      'Error: unknown command "gt" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\tcp\n\nRun \'kubectl --help\' for usage.\n',
    );
    expect(fakeCluster('1.22').run(['getcurl']).stderr).toBe(
      'Error: unknown command "getcurl" for "kubectl"\nRun \'kubectl --help\' for usage.\n',
    );
  });
  it('get with no type', () => {
    expect(fakeCluster().run(['get'])).toMatchObject({
      stdout: '',
      stderr:
        'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
      exitCode: 1,
    });
  });
  it('unknown resource type and unsimulated types', () => {
    const k = fakeCluster();
    expect(k.run(['get', 'jobz']).stderr).toBe('error: the server doesn\'t have a resource type "jobz"\n');
    expect(k.run(['get', 'deployments'])).toMatchObject({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
    expect(k.run(['get', 'deploy', 'web']).stderr).toBe(
      'Error from server (NotFound): deployments.apps "web" not found\n',
    );
  });
});

describe('kubectl create job', () => {
  it('creates and reports AlreadyExists wrapped', () => {
    const k = fakeCluster();
    expect(k.run(['create', 'job', 'job-1', '--image=ubuntu', '--', '/bin/bash', '-c', 'exit 0'])).toMatchObject({
      stdout: 'job.batch/job-1 created\n',
      stderr: '',
      exitCode: 0,
    });
    const job = k.api.get('Job', 'default', 'job-1') as {
      spec: { template: { spec: { containers: Array<{ command: string[] }> } } };
    };
    expect(job.spec.template.spec.containers[0]!.command).toEqual(['/bin/bash', '-c', 'exit 0']);
    expect(k.run(['create', 'job', 'job-1', '--image=ubuntu']).stderr).toBe(
      'error: failed to create job: jobs.batch "job-1" already exists\n',
    );
  });
  it('validation messages', () => {
    const k = fakeCluster();
    expect(k.run(['create', 'job', 'x']).stderr).toBe('error: either --image or --from must be specified\n');
    expect(k.run(['create', 'job', '--image=busybox']).stderr).toBe(
      "error: exactly one NAME is required, got 0\nSee 'kubectl create job -h' for help and examples\n",
    );
    expect(k.run(['create', 'jobz', 'x']).stderr).toBe(
      "error: Unexpected args: [jobz x]\nSee 'kubectl create -h' for help and examples\n",
    );
    expect(k.run(['create', 'jobz', 'x', '--image=busybox']).stderr).toBe(
      "error: unknown flag: --image\nSee 'kubectl create --help' for usage.\n",
    );
  });
  it('dry-run client yaml', () => {
    const k = fakeCluster('1.22');
    expect(k.run(['create', 'job', 'pi', '--image=perl', '--dry-run=client', '-oyaml']).stdout).toBe(
      `apiVersion: batch/v1
kind: Job
metadata:
  creationTimestamp: null
  name: pi
spec:
  template:
    metadata:
      creationTimestamp: null
    spec:
      containers:
      - image: perl
        name: pi
        resources: {}
      restartPolicy: Never
status: {}
`,
    );
  });
});

describe('kubectl run / get / delete / wait / version', () => {
  it('run creates a pod; get -o name; delete per profile', () => {
    const k = fakeCluster('1.35');
    expect(k.run(['run', 'web', '--image=nginx', '--restart=Never']).stdout).toBe('pod/web created\n');
    expect(k.run(['get', 'po', '-o', 'name']).stdout).toBe('pod/web\n');
    expect(k.run(['delete', 'pod/web']).stdout).toBe('pod "web" deleted from default namespace\n');
    expect(k.run(['get', 'pods'])).toMatchObject({ stdout: '', stderr: 'No resources found in default namespace.\n' });
    const old = fakeCluster('1.22');
    old.run(['create', 'job', 'job-1', '--image=busybox']);
    expect(old.run(['delete', 'job', 'job-1', 'job-2'])).toMatchObject({
      stdout: 'job.batch "job-1" deleted\n',
      stderr: 'Error from server (NotFound): jobs.batch "job-2" not found\n',
      exitCode: 1,
    });
  });
  it('run errors', () => {
    const k = fakeCluster();
    expect(k.run(['run', 'x']).stderr).toBe('error: required flag(s) "image" not set\n');
    expect(k.run(['run', 'x', '--image=busybox', '--restart=Sometimes']).stderr).toBe(
      'error: invalid restart policy: Sometimes, valid values are: Always, OnFailure, Never\n',
    );
  });
  it('wait times out on a job that never completes', () => {
    const k = fakeCluster();
    k.run(['create', 'job', 'job-2', '--image=busybox']);
    const start = k.clock.now();
    expect(k.run(['wait', '--for=condition=complete', 'job/job-2', '--timeout=10s'])).toMatchObject({
      stdout: '',
      stderr: 'error: timed out waiting for the condition on jobs/job-2\n',
      exitCode: 1,
    });
    expect(k.clock.now() - start).toBe(10_000);
  });
  it('version per profile', () => {
    expect(fakeCluster('1.35').run(['version']).stdout).toBe(
      'Client Version: v1.35.0\nKustomize Version: v5.7.1\nServer Version: v1.35.0\n',
    );
    expect(fakeCluster('1.22').run(['version', '--client']).stdout).toBe(
      'Client Version: version.Info{Major:"1", Minor:"22", GitVersion:"v1.22.17", GitCommit:"a7736eaf34d823d7652415337ac0ad06db9d8c89", GitTreeState:"clean", BuildDate:"2022-12-08T10:15:02Z", GoVersion:"go1.16.15", Compiler:"gc", Platform:"linux/amd64"}\n',
    );
  });
});

describe('kubectl apply / create -f', () => {
  const manifest = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl
      restartPolicy: Never
`;
  it('created, unchanged, configured', () => {
    const k = fakeCluster();
    k.files.set('job.yaml', manifest);
    expect(k.run(['apply', '-f', 'job.yaml']).stdout).toBe('job.batch/pi created\n');
    expect(k.run(['apply', '-f', 'job.yaml']).stdout).toBe('job.batch/pi unchanged\n');
    k.files.set('job.yaml', manifest.replace('name: pi\nspec:', 'name: pi\n  labels:\n    a: b\nspec:'));
    expect(k.run(['apply', '-f', 'job.yaml']).stdout).toBe('job.batch/pi configured\n');
  });
  it('warns when the object was not created by apply', () => {
    const k = fakeCluster();
    k.files.set('job.yaml', manifest);
    k.run(['create', '-f', 'job.yaml']);
    expect(k.run(['apply', '-f', 'job.yaml'])).toMatchObject({
      stdout: 'job.batch/pi configured\n',
      stderr:
        'Warning: resource jobs/pi is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    });
    expect(k.run(['create', '-f', 'job.yaml']).stderr).toBe(
      'Error from server (AlreadyExists): error when creating "job.yaml": jobs.batch "pi" already exists\n',
    );
  });
  it('file errors', () => {
    const k = fakeCluster();
    expect(k.run(['apply', '-f', 'x.yaml']).stderr).toBe('error: the path "x.yaml" does not exist\n');
    k.files.set('nokind.yaml', 'apiVersion: batch/v1\nmetadata:\n  name: x\n');
    expect(k.run(['apply', '-f', 'nokind.yaml']).stderr).toBe(
      'error: unable to decode "nokind.yaml": Object \'Kind\' is missing in \'{"apiVersion":"batch/v1","metadata":{"name":"x"}}\'\n',
    );
  });
  it('reads stdin with -f -', () => {
    const k = fakeCluster();
    expect(k.run(['apply', '-f', '-'], manifest).stdout).toBe('job.batch/pi created\n');
  });
});
