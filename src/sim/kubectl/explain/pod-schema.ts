// core/v1 Pod, PodTemplateSpec, PodSpec and Container for `kubectl explain`. Pod and Container are complete;
// PodTemplateSpec and PodSpec hold only the fields the course uses, so they are navigable
// (pod.spec.restartPolicy) but their FIELDS lists are not printed.
// Texts: k8s.io/api core/v1 types.go doc comments; restartPolicy's "In some contexts…" sentence and the
// "Possible enum values" block (OpenAPI +enum, 1.23+) are absent from v1.22.
import type { VersionProfile } from '../../profiles/profile.ts';
import { API_VERSION_FIELD, KIND_FIELD, METADATA_FIELD, SPEC_STATUS } from './api-docs.ts';
import {
  arrayOf,
  bool,
  type ExplainRoot,
  enumField,
  type Field,
  listed,
  opaque,
  type SchemaType,
  str,
} from './schema.ts';

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

// Container, complete. 1.22: k8s-openapi src/v1_22/api/core/v1/container.rs (OpenAPI descriptions of v1.22).
// 1.35: src/v1_34/api/core/v1/container.rs (no v1_35 copy indexed; assumed unchanged in 1.35) with the enums
// k8s-openapi drops put back as a live server serves them (schema.ts enumField): PullPolicy and
// TerminationMessagePolicy are +enum in core/v1 types.go (imagePullPolicy block as a v1.37 `kubectl explain`
// transcript shows it; terminationMessagePolicy lines as kubernetes-client code generated from the spec);
// ContainerRestartPolicy is taken to carry no +enum. Referenced object types are named only (their own
// descriptions would only print for an explain of that field, which the simulator does not list).
const ref = (name: string): SchemaType => opaque(name, '');
const SHELL_DOC =
  'https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell';
const PROBES_DOC = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes';
const EXPANSION =
  'Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated.';
const PULL_POLICY =
  'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images';
const TERMINATION_POLICY =
  'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.';

function container(profile: VersionProfile): SchemaType {
  const legacy = profile.id === '1.22';
  const image = legacy ? 'Docker' : 'Container';
  const f = (name: string, type: SchemaType, description: string): Field => ({ name, type, description });
  const fields: Field[] = [
    f(
      'args',
      arrayOf(str()),
      `Arguments to the entrypoint. The ${legacy ? 'docker' : 'container'} image's CMD is used if this is not provided. ${EXPANSION} More info: ${SHELL_DOC}`,
    ),
    f(
      'command',
      arrayOf(str()),
      `Entrypoint array. Not executed within a shell. The ${legacy ? 'docker' : 'container'} image's ENTRYPOINT is used if this is not provided. ${EXPANSION} More info: ${SHELL_DOC}`,
    ),
    f('env', arrayOf(ref('EnvVar')), 'List of environment variables to set in the container. Cannot be updated.'),
    f(
      'envFrom',
      arrayOf(ref('EnvFromSource')),
      `List of sources to populate environment variables in the container. The keys defined within a source ${legacy ? 'must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting.' : "may consist of any printable ASCII characters except '='."} When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.`,
    ),
    f(
      'image',
      str(),
      `${image} image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.`,
    ),
    legacy
      ? f('imagePullPolicy', str(), PULL_POLICY)
      : enumField('imagePullPolicy', PULL_POLICY, {
          Always: 'means that kubelet always attempts to pull the latest image. Container will fail If the pull fails.',
          IfNotPresent:
            "means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.",
          Never:
            "means that kubelet never pulls an image, but only uses a local image. Container will fail if the image isn't present",
        }),
    f(
      'lifecycle',
      ref('Lifecycle'),
      'Actions that the management system should take in response to container lifecycle events. Cannot be updated.',
    ),
    f(
      'livenessProbe',
      ref('Probe'),
      `Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: ${PROBES_DOC}`,
    ),
    {
      name: 'name',
      type: str(),
      required: true,
      description:
        'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.',
    },
    f(
      'ports',
      arrayOf(ref('ContainerPort')),
      legacy
        ? 'List of ports to expose from the container. Exposing a port here gives the system additional information about the network connections a container uses, but is primarily informational. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Cannot be updated.'
        : 'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.',
    ),
    f(
      'readinessProbe',
      ref('Probe'),
      `Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: ${PROBES_DOC}`,
    ),
    f(
      'resources',
      ref('ResourceRequirements'),
      'Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    ),
    f(
      'securityContext',
      ref('SecurityContext'),
      'SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    ),
    f(
      'startupProbe',
      ref('Probe'),
      `StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: ${PROBES_DOC}`,
    ),
    f(
      'stdin',
      bool,
      'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.',
    ),
    f(
      'stdinOnce',
      bool,
      'Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false',
    ),
    f(
      'terminationMessagePath',
      str(),
      "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
    ),
    legacy
      ? f('terminationMessagePolicy', str(), TERMINATION_POLICY)
      : enumField('terminationMessagePolicy', TERMINATION_POLICY, {
          FallbackToLogsOnError:
            'will read the most recent contents of the container logs for the container status message when the container exits with an error and the terminationMessagePath has no contents.',
          File: "is the default behavior and will set the container status message to the contents of the container's terminationMessagePath when the container exits.",
        }),
    f(
      'tty',
      bool,
      "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
    ),
    f(
      'volumeDevices',
      arrayOf(ref('VolumeDevice')),
      'volumeDevices is the list of block devices to be used by the container.',
    ),
    f(
      'volumeMounts',
      arrayOf(ref('VolumeMount')),
      "Pod volumes to mount into the container's filesystem. Cannot be updated.",
    ),
    f(
      'workingDir',
      str(),
      "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
    ),
  ];
  if (!legacy) {
    fields.push(
      f('resizePolicy', arrayOf(ref('ContainerResizePolicy')), 'Resources resize policy for the container.'),
      f(
        'restartPolicy',
        str(),
        'RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod\'s restart policy and the container type. Additionally, setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.',
      ),
      f(
        'restartPolicyRules',
        arrayOf(ref('ContainerRestartRule')),
        "Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.",
      ),
    );
  }
  return listed('Container', 'A single application container that you want to run within a pod.', fields);
}

function podSpec(profile: VersionProfile): SchemaType {
  return opaque('PodSpec', 'PodSpec is a description of a pod.', [
    restartPolicy(profile),
    {
      name: 'containers',
      type: arrayOf(container(profile)),
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
