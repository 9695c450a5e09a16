// `kubectl explain` whole outputs per profile. 1.35 layout checked against a real kubectl v1.32.4 run on a
// stub OpenAPI v3 document; 1.22 against kubectl v1.22 pkg/explain sources (model/fields printer, formatter).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const CONV = 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

describe('kubectl explain (1.35)', () => {
  const { run } = terminal('1.35');
  it('explain job', () => {
    expect(run('kubectl explain job')).toEqual({
      stdout: `GROUP:      batch\nKIND:       Job\nVERSION:    v1\n\nDESCRIPTION:\n    Job represents the configuration of a single job.\n    \nFIELDS:\n  apiVersion\t<string>\n    APIVersion defines the versioned schema of this representation of an object.\n    Servers should convert recognized schemas to the latest internal value, and\n    may reject unrecognized values. More info:\n    ${CONV}#resources\n\n  kind\t<string>\n    Kind is a string value representing the REST resource this object\n    represents. Servers may infer this from the endpoint the client submits\n    requests to. Cannot be updated. In CamelCase. More info:\n    ${CONV}#types-kinds\n\n  metadata\t<ObjectMeta>\n    Standard object's metadata. More info:\n    ${CONV}#metadata\n\n  spec\t<JobSpec>\n    Specification of the desired behavior of a job. More info:\n    ${CONV}#spec-and-status\n\n  status\t<JobStatus>\n    Current status of a job. More info:\n    ${CONV}#spec-and-status\n\n\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(run('kubectl explain jobs.batch').stdout).toBe(run('kubectl explain job').stdout);
  });
  it('explain job.spec.backoffLimit: FIELD line, two blank lines, description ending in a 4-space line', () => {
    expect(run('kubectl explain jobs.spec.backoffLimit')).toEqual({
      stdout:
        'GROUP:      batch\nKIND:       Job\nVERSION:    v1\n\nFIELD: backoffLimit <integer>\n\n\nDESCRIPTION:\n    Specifies the number of retries before marking this job failed. Defaults to\n    6, unless backoffLimitPerIndex (only Indexed Job) is specified. When\n    backoffLimitPerIndex is specified, backoffLimit defaults to 2147483647.\n    \n\n',
      stderr: '',
      exitCode: 0,
    });
  });
  it('explain pod.spec.restartPolicy: ENUM list, no group line for core', () => {
    expect(run('kubectl explain po.spec.restartPolicy')).toEqual({
      stdout:
        'KIND:       Pod\nVERSION:    v1\n\nFIELD: restartPolicy <string>\nENUM:\n    Always\n    Never\n    OnFailure\n\nDESCRIPTION:\n    Restart policy for all containers within the pod. One of Always, OnFailure,\n    Never. In some contexts, only a subset of those values may be permitted.\n    Default to Always. More info:\n    https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy\n    \n    Possible enum values:\n     - `"Always"`\n     - `"Never"`\n     - `"OnFailure"`\n    \n\n',
      stderr: '',
      exitCode: 0,
    });
  });
  it('errors', () => {
    expect(run('kubectl explain job.foo')).toEqual({
      stdout: 'GROUP:      batch\nKIND:       Job\nVERSION:    v1\n\n',
      stderr: 'error: field "foo" does not exist\n',
      exitCode: 1,
    });
    expect(run('kubectl explain')).toEqual({
      stdout: '',
      stderr:
        'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
      exitCode: 1,
    });
    expect(run('kubectl explain jobz')).toEqual({
      stdout: '',
      stderr: 'the server doesn\'t have a resource type "jobz"\n',
      exitCode: 1,
    });
  });
});

describe('kubectl explain (1.22)', () => {
  const { run } = terminal('1.22');
  it('explain job', () => {
    expect(run('kubectl explain job').stdout).toBe(
      `KIND:     Job\nVERSION:  batch/v1\n\nDESCRIPTION:\n     Job represents the configuration of a single job.\n\nFIELDS:\n   apiVersion\t<string>\n     APIVersion defines the versioned schema of this representation of an\n     object. Servers should convert recognized schemas to the latest internal\n     value, and may reject unrecognized values. More info:\n     ${CONV}#resources\n\n   kind\t<string>\n     Kind is a string value representing the REST resource this object\n     represents. Servers may infer this from the endpoint the client submits\n     requests to. Cannot be updated. In CamelCase. More info:\n     ${CONV}#types-kinds\n\n   metadata\t<Object>\n     Standard object's metadata. More info:\n     ${CONV}#metadata\n\n   spec\t<Object>\n     Specification of the desired behavior of a job. More info:\n     ${CONV}#spec-and-status\n\n   status\t<Object>\n     Current status of a job. More info:\n     ${CONV}#spec-and-status\n\n`,
    );
  });
  it('explain job.spec.backoffLimit and pod.spec.restartPolicy', () => {
    expect(run('kubectl explain job.spec.backoffLimit').stdout).toBe(
      'KIND:     Job\nVERSION:  batch/v1\n\nFIELD:    backoffLimit <integer>\n\nDESCRIPTION:\n     Specifies the number of retries before marking this job failed. Defaults to\n     6\n',
    );
    expect(run('kubectl explain pod.spec.restartPolicy').stdout).toBe(
      'KIND:     Pod\nVERSION:  v1\n\nFIELD:    restartPolicy <string>\n\nDESCRIPTION:\n     Restart policy for all containers within the pod. One of Always, OnFailure,\n     Never. Default to Always. More info:\n     https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy\n',
    );
  });
  it('errors', () => {
    expect(run('kubectl explain job.foo')).toEqual({
      stdout: '',
      stderr: 'error: field "foo" does not exist\n',
      exitCode: 1,
    });
    expect(run('kubectl explain').stderr).toBe(
      'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl explain -h\' for help and examples\n',
    );
  });
});
