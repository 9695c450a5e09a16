// `kubectl explain` whole outputs for core/v1 Pod per profile. Texts: see the source notes in
// src/sim/kubectl/explain/pod-schema.ts; layout as in explain.test.ts.
import { describe, expect, it } from 'vitest';
import { terminal } from './session-helper.ts';

const CONV = 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

describe('kubectl explain Pod (1.35)', () => {
  const { run } = terminal('1.35');
  it('kubectl explain pod', () => {
    expect(run('kubectl explain pod')).toEqual({
      stdout: `KIND:       Pod
VERSION:    v1

DESCRIPTION:
    Pod is a collection of containers that can run on a host. This resource is
    created by clients and scheduled onto hosts.
    
FIELDS:
  apiVersion\t<string>
    APIVersion defines the versioned schema of this representation of an object.
    Servers should convert recognized schemas to the latest internal value, and
    may reject unrecognized values. More info:
    ${CONV}#resources

  kind\t<string>
    Kind is a string value representing the REST resource this object
    represents. Servers may infer this from the endpoint the client submits
    requests to. Cannot be updated. In CamelCase. More info:
    ${CONV}#types-kinds

  metadata\t<ObjectMeta>
    Standard object's metadata. More info:
    ${CONV}#metadata

  spec\t<PodSpec>
    Specification of the desired behavior of the pod. More info:
    ${CONV}#spec-and-status

  status\t<PodStatus>
    Most recently observed status of the pod. This data may not be up to date.
    Populated by the system. Read-only. More info:
    ${CONV}#spec-and-status


`,
      stderr: ``,
      exitCode: 0,
    });
  });
});

describe('kubectl explain Pod (1.22)', () => {
  const { run } = terminal('1.22');
  it('kubectl explain pods', () => {
    expect(run('kubectl explain pods')).toEqual({
      stdout: `KIND:     Pod
VERSION:  v1

DESCRIPTION:
     Pod is a collection of containers that can run on a host. This resource is
     created by clients and scheduled onto hosts.

FIELDS:
   apiVersion\t<string>
     APIVersion defines the versioned schema of this representation of an
     object. Servers should convert recognized schemas to the latest internal
     value, and may reject unrecognized values. More info:
     ${CONV}#resources

   kind\t<string>
     Kind is a string value representing the REST resource this object
     represents. Servers may infer this from the endpoint the client submits
     requests to. Cannot be updated. In CamelCase. More info:
     ${CONV}#types-kinds

   metadata\t<Object>
     Standard object's metadata. More info:
     ${CONV}#metadata

   spec\t<Object>
     Specification of the desired behavior of the pod. More info:
     ${CONV}#spec-and-status

   status\t<Object>
     Most recently observed status of the pod. This data may not be up to date.
     Populated by the system. Read-only. More info:
     ${CONV}#spec-and-status

`,
      stderr: ``,
      exitCode: 0,
    });
  });
});
