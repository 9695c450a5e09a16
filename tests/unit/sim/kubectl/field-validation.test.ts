// Unknown manifest fields per kubectl version. Expected texts: real captures in GitHub issues
// (kubemod/kubemod#93, kubernetes-sigs/kubebuilder#3858 for 1.25+ strict decoding; kubernetes/website#6064
// for the client-side ValidationError form) and kubectl's sources (cmd/util/helpers.go GetValidationDirective
// at kubernetes-1.35.0; AddValidateFlags at kubernetes-1.22.0: a bool flag).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const MANIFEST = `apiVersion: batch/v1
kind: Job
metadata:
  name: typo
spec:
  backofLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
`;

describe('unknown fields, kubectl 1.35 (server-side strict field validation)', () => {
  it('create -f and apply -f refuse a misspelt field with the strict decoding error', () => {
    const { run } = terminal('1.35', { 'job.yaml': MANIFEST });
    const expected =
      'Error from server (BadRequest): error when creating "job.yaml": Job in version "v1" cannot be handled as a Job: strict decoding error: unknown field "spec.backofLimit"\n';
    expect(run('kubectl create -f job.yaml')).toEqual({ stdout: '', stderr: expected, exitCode: 1 });
    expect(run('kubectl apply -f job.yaml')).toEqual({ stdout: '', stderr: expected, exitCode: 1 });
    expect(run('kubectl get jobs').stderr).toBe('No resources found in default namespace.\n');
  });

  it('names STDIN and lists several unknown fields joined by ", " (kubebuilder#3858 form)', () => {
    const { run } = terminal('1.35', {
      'job.yaml': MANIFEST.replace(
        '        image: busybox\n',
        '        image: busybox\n        imagePullPolice: Always\n',
      ),
    });
    expect(run('kubectl create -f - < job.yaml').stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Job in version "v1" cannot be handled as a Job: strict decoding error: unknown field "spec.backofLimit", unknown field "spec.template.spec.containers[0].imagePullPolice"\n',
    );
  });

  it('--validate=warn creates with a warning per field; --validate=false drops the field silently', () => {
    const { run } = terminal('1.35', { 'job.yaml': MANIFEST });
    expect(run('kubectl create -f job.yaml --validate=warn')).toEqual({
      stdout: 'job.batch/typo created\n',
      stderr: '\x1b[33;1mWarning:\x1b[0m unknown field "spec.backofLimit"\n',
      exitCode: 0,
    });
    expect(run("kubectl get job typo -o jsonpath='{.spec.backoffLimit}'").stdout).toBe('6');
    run('kubectl delete job typo');
    expect(run('kubectl apply -f job.yaml --validate=false')).toEqual({
      stdout: 'job.batch/typo created\n',
      stderr: '',
      exitCode: 0,
    });
    // Only the last-applied annotation (kubectl's own copy of the manifest) still has it.
    expect(run('kubectl get job typo -o yaml').stdout).not.toMatch(/\n {2}backofLimit:/);
  });

  it('refuses a --validate value it does not know', () => {
    const { run } = terminal('1.35', { 'job.yaml': MANIFEST });
    expect(run('kubectl create -f job.yaml --validate=bogus').stderr).toBe(
      'error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)\n',
    );
  });

  it('a duplicate key keeps its last value (go-yaml v2 Unmarshal is not strict), no error', () => {
    const { run } = terminal('1.35', {
      'job.yaml': MANIFEST.replace('  backofLimit: 2\n', '  backoffLimit: 1\n  backoffLimit: 3\n'),
    });
    expect(run('kubectl create -f job.yaml')).toEqual({ stdout: 'job.batch/typo created\n', stderr: '', exitCode: 0 });
    expect(run("kubectl get job typo -o jsonpath='{.spec.backoffLimit}'").stdout).toBe('3');
  });
});

describe('unknown fields, kubectl 1.22 (client-side OpenAPI validation)', () => {
  it('refuses before sending, with the ValidationError path and definition name', () => {
    const { run } = terminal('1.22', {
      'job.yaml': MANIFEST.replace('  backofLimit: 2\n', '').replace(
        '      restartPolicy: Never\n',
        '      restartPolicy: Never\n      backoffLimit: 4\n',
      ),
    });
    // kubernetes/website#6064 (kubectl 1.8, same validator and wording through 1.22).
    expect(run('kubectl create -f job.yaml')).toEqual({
      stdout: '',
      stderr:
        'error: error validating "job.yaml": error validating data: ValidationError(Job.spec.template.spec): unknown field "backoffLimit" in io.k8s.api.core.v1.PodSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
      exitCode: 1,
    });
  });

  it('--validate=false sends it and the server drops the field; --validate takes only booleans', () => {
    const { run } = terminal('1.22', { 'job.yaml': MANIFEST });
    expect(run('kubectl apply -f job.yaml --validate=false').stdout).toBe('job.batch/typo created\n');
    // Only the last-applied annotation (kubectl's own copy of the manifest) still has it.
    expect(run('kubectl get job typo -o yaml').stdout).not.toMatch(/\n {2}backofLimit:/);
    expect(run('kubectl create -f job.yaml --validate=warn').stderr).toBe(
      'Error: invalid argument "warn" for "--validate" flag: strconv.ParseBool: parsing "warn": invalid syntax\nSee \'kubectl create --help\' for usage.\n',
    );
  });
});
