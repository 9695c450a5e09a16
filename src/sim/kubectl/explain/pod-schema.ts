// core/v1 Pod, PodTemplateSpec, PodSpec and Container for `kubectl explain`: only the fields the course uses
// are known, so these objects are navigable (pod.spec.restartPolicy) but their FIELDS lists are not printed.
// Texts: k8s.io/api core/v1 types.go doc comments; restartPolicy's "In some contexts…" sentence and the
// "Possible enum values" block (OpenAPI +enum, 1.23+) are absent from v1.22.
import type { VersionProfile } from '../../profiles/profile.ts';
import { API_VERSION_FIELD, KIND_FIELD, METADATA_FIELD, SPEC_STATUS } from './api-docs.ts';
import { arrayOf, type ExplainRoot, type Field, opaque, type SchemaType, str } from './schema.ts';

const RESTART_DOC = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy';

function restartPolicy(profile: VersionProfile): Field {
  if (profile.id === '1.22') {
    return {
      name: 'restartPolicy',
      type: str(),
      description: `Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always. More info: ${RESTART_DOC}`,
    };
  }
  return {
    name: 'restartPolicy',
    type: str(['Always', 'Never', 'OnFailure']),
    description: `Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: ${RESTART_DOC}\n\nPossible enum values:\n - \`"Always"\`\n - \`"Never"\`\n - \`"OnFailure"\``,
  };
}

const CONTAINER = opaque('Container', 'A single application container that you want to run within a pod.', [
  {
    name: 'name',
    type: str(),
    required: true,
    description:
      'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.',
  },
]);

function podSpec(profile: VersionProfile): SchemaType {
  return opaque('PodSpec', 'PodSpec is a description of a pod.', [
    restartPolicy(profile),
    {
      name: 'containers',
      type: arrayOf(CONTAINER),
      required: true,
      description:
        'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.',
    },
  ]);
}

export function podTemplateSpec(profile: VersionProfile): SchemaType {
  return opaque(
    'PodTemplateSpec',
    'PodTemplateSpec describes the data a pod should have when created from a template',
    [
      {
        name: 'spec',
        type: podSpec(profile),
        description: `Specification of the desired behavior of the pod. More info: ${SPEC_STATUS}`,
      },
    ],
  );
}

export function podRoot(profile: VersionProfile): ExplainRoot {
  return {
    group: '',
    version: 'v1',
    kind: 'Pod',
    schema: {
      kind: 'object',
      name: 'Pod',
      description:
        'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
      // Pod's own fields are all here (k8s-openapi src/v1_35 and src/v1_22 api/core/v1/pod.rs: same texts).
      complete: true,
      fields: [
        API_VERSION_FIELD,
        KIND_FIELD,
        METADATA_FIELD,
        {
          name: 'spec',
          type: podSpec(profile),
          description: `Specification of the desired behavior of the pod. More info: ${SPEC_STATUS}`,
        },
        {
          name: 'status',
          type: opaque(
            'PodStatus',
            'PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.',
          ),
          description: `Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: ${SPEC_STATUS}`,
        },
      ],
    },
  };
}
