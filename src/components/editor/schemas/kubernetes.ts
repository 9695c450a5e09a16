// JSON Schema for the manifests the course writes: batch/v1 Job, batch/v1 CronJob and v1 Pod.
// Shipped with the site (no network). monaco-yaml uses it for validation markers, completion of field
// names and hover text. Descriptions are condensed from the Kubernetes API reference (v1.35).
// `additionalProperties: false` mirrors the API server's strict field validation (kubectl's default
// since 1.27 rejects unknown fields), so a misspelt field gets a red marker. Field lists are complete
// for the objects learners write by hand; rarely used sub-objects are accepted as plain objects.
//
// Size: over 400 lines because it is data (a JSON Schema), not logic.

import type { JSONSchema } from 'monaco-yaml';

const int = (description: string, minimum = 0): JSONSchema => ({ type: 'integer', minimum, description });
const str = (description: string): JSONSchema => ({ type: 'string', description });
const bool = (description: string): JSONSchema => ({ type: 'boolean', description });
const obj = (description: string): JSONSchema => ({ type: 'object', description });
const strings = (description: string): JSONSchema => ({ type: 'array', items: { type: 'string' }, description });
const stringMap = (description: string): JSONSchema => ({
  type: 'object',
  additionalProperties: { type: 'string' },
  description,
});
const ref = (name: string, description?: string): JSONSchema =>
  description === undefined
    ? { $ref: `#/definitions/${name}` }
    : { allOf: [{ $ref: `#/definitions/${name}` }], description };

const quantity: JSONSchema = {
  type: ['string', 'number'],
  description: 'A quantity such as `500m` (CPU) or `64Mi` (memory).',
};

const definitions: Record<string, JSONSchema> = {
  ObjectMeta: {
    type: 'object',
    additionalProperties: false,
    description: "Standard object's metadata.",
    properties: {
      name: str(
        'Name must be unique within a namespace. A lowercase RFC 1123 subdomain: lowercase letters, digits, `-` and `.`.',
      ),
      generateName: str(
        'Optional prefix used by the server to generate a unique name, only if `name` is not set (`kubectl create` only).',
      ),
      namespace: str('Namespace defines the space within which the name must be unique. Empty means `default`.'),
      labels: stringMap(
        'Map of string keys and values that can be used to organize and categorize (scope and select) objects.',
      ),
      annotations: stringMap(
        'Unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.',
      ),
      uid: str('UID is the unique in time and space value for this object. Set by the server; read-only.'),
      resourceVersion: str('An opaque value that represents the internal version of this object. Read-only.'),
      generation: int('A sequence number representing a specific generation of the desired state. Read-only.'),
      creationTimestamp: {
        type: ['string', 'null'],
        description: 'Time when this object was created. Set by the server; read-only.',
      },
      deletionTimestamp: str('Time at which this resource will be deleted. Set by the server; read-only.'),
      deletionGracePeriodSeconds: int('Seconds allowed for this object to gracefully terminate. Read-only.'),
      ownerReferences: {
        type: 'array',
        items: { type: 'object' },
        description:
          'List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected.',
      },
      finalizers: strings('Must be empty before the object is deleted from the registry.'),
      managedFields: {
        type: 'array',
        description: 'Maps workflow-id and version to the set of fields managed by that workflow.',
      },
    },
  },

  LabelSelector: {
    type: 'object',
    additionalProperties: false,
    description: 'A label query over a set of resources. Empty matches all objects; null matches none.',
    properties: {
      matchLabels: stringMap(
        'A map of {key,value} pairs; each is equivalent to a matchExpressions element with operator `In`.',
      ),
      matchExpressions: {
        type: 'array',
        description: 'A list of label selector requirements. The requirements are ANDed.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key', 'operator'],
          properties: {
            key: str('The label key that the selector applies to.'),
            operator: {
              enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
              description: "Represents a key's relationship to a set of values.",
            },
            values: strings('An array of string values. Must be non-empty for `In` and `NotIn`, empty otherwise.'),
          },
        },
      },
    },
  },

  EnvVar: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    description: 'An environment variable present in a Container.',
    properties: {
      name: str('Name of the environment variable.'),
      value: str(
        'Variable references `$(VAR_NAME)` are expanded using previously defined environment variables. Must be a string: quote numbers (`"3"`).',
      ),
      valueFrom: {
        type: 'object',
        description:
          "Source for the environment variable's value (`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef`). Cannot be used if value is not empty.",
        additionalProperties: false,
        properties: {
          fieldRef: obj(
            "Selects a field of the pod, e.g. `metadata.name`, `metadata.namespace`, `metadata.annotations['batch.kubernetes.io/job-completion-index']`.",
          ),
          resourceFieldRef: obj('Selects a resource of the container: limits and requests.'),
          configMapKeyRef: obj('Selects a key of a ConfigMap.'),
          secretKeyRef: obj("Selects a key of a secret in the pod's namespace."),
          fileKeyRef: obj('Selects a key of the env file (alpha).'),
        },
      },
    },
  },

  ResourceRequirements: {
    type: 'object',
    additionalProperties: false,
    description: 'Compute Resources required by this container.',
    properties: {
      limits: {
        type: 'object',
        additionalProperties: quantity,
        description: 'Limits describes the maximum amount of compute resources allowed (`cpu`, `memory`).',
      },
      requests: {
        type: 'object',
        additionalProperties: quantity,
        description:
          'Requests describes the minimum amount of compute resources required. If omitted, defaults to limits if specified.',
      },
      claims: {
        type: 'array',
        description: 'Names of resources, defined in spec.resourceClaims, used by this container.',
      },
    },
  },

  Container: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    description: 'A single application container that you want to run within a pod.',
    properties: {
      name: str('Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name.'),
      image: str('Container image name, e.g. `busybox:1.36`.'),
      imagePullPolicy: {
        enum: ['Always', 'IfNotPresent', 'Never'],
        description:
          'Image pull policy. Defaults to `Always` if the `:latest` tag is specified (or no tag), or `IfNotPresent` otherwise.',
      },
      command: strings(
        "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided.",
      ),
      args: strings("Arguments to the entrypoint. The container image's CMD is used if this is not provided."),
      workingDir: str("Container's working directory. Defaults to the container runtime's default."),
      env: {
        type: 'array',
        items: ref('EnvVar'),
        description: 'List of environment variables to set in the container.',
      },
      envFrom: {
        type: 'array',
        description: 'List of sources (ConfigMaps, Secrets) to populate environment variables.',
      },
      ports: { type: 'array', description: 'List of ports to expose from the container.' },
      resources: ref('ResourceRequirements', 'Compute Resources required by this container.'),
      volumeMounts: {
        type: 'array',
        description: "Pod volumes to mount into the container's filesystem.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'mountPath'],
          properties: {
            name: str('This must match the Name of a Volume.'),
            mountPath: str("Path within the container at which the volume should be mounted. Must not contain ':'."),
            subPath: str("Path within the volume from which the container's volume should be mounted."),
            readOnly: bool('Mounted read-only if true, read-write otherwise.'),
          },
        },
      },
      securityContext: obj('Security options the container should be run with.'),
      livenessProbe: obj('Periodic probe of container liveness. Container will be restarted if the probe fails.'),
      readinessProbe: obj('Periodic probe of container service readiness.'),
      startupProbe: obj('StartupProbe indicates that the Pod has successfully initialized.'),
      lifecycle: obj('Actions that the management system should take in response to container lifecycle events.'),
      restartPolicy: {
        enum: ['Always'],
        description:
          'Only for init containers: `Always` makes it a sidecar that keeps running for the whole lifetime of the Pod.',
      },
      stdin: bool('Whether this container should allocate a buffer for stdin in the container runtime.'),
      stdinOnce: bool(
        'Whether the container runtime should close the stdin channel after it has been opened by a single attach.',
      ),
      tty: bool('Whether this container should allocate a TTY for itself.'),
      terminationMessagePath: str(
        "Path at which the file to which the container's termination message will be written is mounted.",
      ),
      terminationMessagePolicy: {
        enum: ['File', 'FallbackToLogsOnError'],
        description: 'Indicate how the termination message should be populated.',
      },
    },
  },

  PodSpec: {
    type: 'object',
    additionalProperties: false,
    required: ['containers'],
    description: 'Specification of the desired behavior of the pod.',
    properties: {
      containers: {
        type: 'array',
        minItems: 1,
        items: ref('Container'),
        description: 'List of containers belonging to the pod. There must be at least one container in a Pod.',
      },
      initContainers: {
        type: 'array',
        items: ref('Container'),
        description:
          'List of initialization containers. They run in order, each to completion, before the app containers start.',
      },
      restartPolicy: {
        enum: ['Always', 'OnFailure', 'Never'],
        description:
          "Restart policy for all containers within the pod. One of `Always`, `OnFailure`, `Never`. Default `Always`. A Job's pod template allows only `OnFailure` or `Never`.",
      },
      activeDeadlineSeconds: int(
        'Duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers.',
        1,
      ),
      terminationGracePeriodSeconds: int('Duration in seconds the pod needs to terminate gracefully. Default 30.'),
      nodeSelector: stringMap(
        "A selector which must be true for the pod to fit on a node: the node's labels must match.",
      ),
      nodeName: str('A request to schedule this pod onto a specific node, bypassing the scheduler.'),
      serviceAccountName: str('Name of the ServiceAccount to use to run this pod.'),
      serviceAccount: str('Deprecated alias for serviceAccountName.'),
      automountServiceAccountToken: bool('Whether a service account token should be automatically mounted.'),
      volumes: {
        type: 'array',
        description: 'List of volumes that can be mounted by containers belonging to the pod.',
        items: {
          type: 'object',
          required: ['name'],
          properties: { name: str("Volume's name. Must be a DNS_LABEL and unique within the pod.") },
        },
      },
      subdomain: str(
        'If specified, the fully qualified Pod hostname will be `<hostname>.<subdomain>.<namespace>.svc.<cluster domain>`.',
      ),
      hostname: str(
        "Specifies the hostname of the Pod. If not specified, the pod's hostname will be set to a system-defined value.",
      ),
      setHostnameAsFQDN: bool("If true the pod's hostname will be configured as the pod's FQDN."),
      tolerations: { type: 'array', description: "The pod's tolerations." },
      affinity: obj("The pod's scheduling constraints."),
      topologySpreadConstraints: {
        type: 'array',
        description: 'How a group of pods ought to spread across topology domains.',
      },
      schedulingGates: { type: 'array', description: 'Gates that block scheduling the pod while any remain.' },
      priorityClassName: str("Indicates the pod's priority, e.g. `system-node-critical`."),
      priority: { type: 'integer', description: 'The priority value. Populated from priorityClassName by admission.' },
      preemptionPolicy: {
        enum: ['Never', 'PreemptLowerPriority'],
        description: 'Policy for preempting pods with lower priority.',
      },
      schedulerName: str('If specified, the pod will be dispatched by the specified scheduler.'),
      securityContext: obj('Pod-level security attributes and common container settings.'),
      imagePullSecrets: {
        type: 'array',
        description: 'References to secrets for pulling any of the images used by this PodSpec.',
      },
      dnsPolicy: {
        enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'],
        description: 'DNS policy for the pod. Defaults to `ClusterFirst`.',
      },
      dnsConfig: obj('DNS parameters of a pod, merged with those generated from dnsPolicy.'),
      enableServiceLinks: bool(
        "Whether information about services should be injected into pod's environment variables.",
      ),
      hostNetwork: bool('Host networking requested for this pod.'),
      hostPID: bool("Use the host's pid namespace."),
      hostIPC: bool("Use the host's ipc namespace."),
      hostUsers: bool("Use the host's user namespace. Defaults to true."),
      shareProcessNamespace: bool('Share a single process namespace between all of the containers in a pod.'),
      hostAliases: { type: 'array', description: "Hosts and IPs injected into the pod's hosts file." },
      runtimeClassName: str('The RuntimeClass to use to run this pod.'),
      readinessGates: { type: 'array', description: 'Additional conditions evaluated for pod readiness.' },
      os: obj('The OS of the containers in the pod (`linux` or `windows`).'),
      overhead: obj('Resource overhead associated with running a pod for a given RuntimeClass.'),
      resources: ref('ResourceRequirements', 'Total resources for the whole pod (pod-level resources).'),
      resourceClaims: { type: 'array', description: 'ResourceClaims that must be allocated before the Pod can start.' },
      ephemeralContainers: {
        type: 'array',
        description: 'Ephemeral containers run in this pod for debugging (`kubectl debug`).',
      },
    },
  },

  PodTemplateSpec: {
    type: 'object',
    additionalProperties: false,
    description: 'Describes the pods that will be created.',
    properties: {
      metadata: ref('ObjectMeta', "Standard object's metadata for the created pods (labels, annotations)."),
      spec: ref('PodSpec', 'Specification of the desired behavior of the pod.'),
    },
  },

  // A Job's pod template: same fields, but the API server accepts only OnFailure or Never and has no
  // default for it, so it is required (a missing restartPolicy is a common first mistake).
  JobPodTemplateSpec: {
    allOf: [
      { $ref: '#/definitions/PodTemplateSpec' },
      {
        required: ['spec'],
        properties: {
          spec: {
            required: ['restartPolicy'],
            properties: {
              restartPolicy: {
                enum: ['OnFailure', 'Never'],
                description:
                  'For a Job only `OnFailure` (the kubelet restarts the container in the same pod) or `Never` (the Job controller creates a new pod) is allowed.',
              },
            },
          },
        },
      },
    ],
    description:
      'Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are `Never` or `OnFailure`.',
  },

  PodFailurePolicy: {
    type: 'object',
    additionalProperties: false,
    required: ['rules'],
    description:
      'Specifies the policy of handling failed pods. Rules are evaluated in order; once a rule matches a pod failure, the remaining rules are ignored.',
    properties: {
      rules: {
        type: 'array',
        maxItems: 20,
        description:
          'A list of pod failure policy rules. The rules are evaluated in order. At most 20 elements are allowed.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['action'],
          properties: {
            action: {
              enum: ['FailJob', 'FailIndex', 'Ignore', 'Count'],
              description:
                'Action taken on a pod failure when the requirements are satisfied: `FailJob` marks the job failed and terminates running pods; `FailIndex` marks the index failed (needs backoffLimitPerIndex); `Ignore` does not count the failure towards backoffLimit and creates a replacement pod; `Count` handles the failure the default way, counting it towards backoffLimit.',
              enumDescriptions: [
                'Mark the job as Failed and terminate all running pods.',
                "Mark the pod's index as failed (requires backoffLimitPerIndex).",
                'Do not count the failure towards backoffLimit; a replacement pod is created.',
                'Handle the failure in the default way: increment the counter towards backoffLimit.',
              ],
            },
            onExitCodes: {
              type: 'object',
              additionalProperties: false,
              required: ['operator', 'values'],
              description: 'Represents the requirement on the container exit codes.',
              properties: {
                containerName: str('Restricts the check for exit codes to the container with the specified name.'),
                operator: {
                  enum: ['In', 'NotIn'],
                  description:
                    'Relationship between the container exit code(s) and the specified values: `In` (the exit code is in the set of values) or `NotIn` (not in the set). Containers completed with success (exit code 0) are excluded from the requirement check.',
                },
                values: {
                  type: 'array',
                  items: { type: 'integer' },
                  maxItems: 255,
                  description:
                    'Specifies the set of values. Values must be unique and ordered; 0 is not allowed for `In`.',
                },
              },
            },
            onPodConditions: {
              type: 'array',
              description:
                'Represents the requirement on the pod conditions. The requirement is satisfied if at least one pattern matches.',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['type'],
                properties: {
                  type: str('Specifies the required Pod condition type, e.g. `DisruptionTarget`.'),
                  status: {
                    enum: ['True', 'False', 'Unknown'],
                    description: 'Specifies the required Pod condition status. Defaults to `True`.',
                  },
                },
              },
            },
          },
        },
      },
    },
  },

  JobSpec: {
    type: 'object',
    additionalProperties: false,
    required: ['template'],
    description: 'Specification of the desired behavior of a job.',
    properties: {
      template: ref('JobPodTemplateSpec'),
      parallelism: int(
        'Specifies the maximum desired number of pods the job should run at any given time. Defaults to 1. Setting it to 0 pauses the job.',
      ),
      completions: int(
        "Specifies the desired number of successfully finished pods the job should be run with. Unset means any pod's success signals the success of all pods (work queue).",
      ),
      completionMode: {
        enum: ['NonIndexed', 'Indexed'],
        description:
          'How Pod completions are tracked. `NonIndexed` (default): the Job is complete when there have been .spec.completions successfully completed Pods. `Indexed`: Pods get a completion index from 0 to .spec.completions - 1 (annotation and env JOB_COMPLETION_INDEX); the Job is complete when there is one successful Pod per index.',
      },
      backoffLimit: int('Specifies the number of retries before marking this job failed. Defaults to 6.'),
      backoffLimitPerIndex: int(
        'Specifies the limit for the number of retries within an index before marking this index as failed. Only for Indexed Jobs.',
      ),
      maxFailedIndexes: int(
        'Maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set.',
      ),
      activeDeadlineSeconds: int(
        'Duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; takes precedence over backoffLimit (reason `DeadlineExceeded`).',
        1,
      ),
      ttlSecondsAfterFinished: int(
        'Limits the lifetime of a Job that has finished execution (Complete or Failed). After this many seconds the Job and its pods are deleted automatically. 0 means eligible to be deleted immediately after it finishes.',
      ),
      suspend: bool(
        "Whether the Job controller should create Pods or not. When set to true, the controller terminates the Job's active Pods and creates none until it is resumed. Defaults to false.",
      ),
      podFailurePolicy: ref('PodFailurePolicy'),
      podReplacementPolicy: {
        enum: ['TerminatingOrFailed', 'Failed'],
        description:
          'When to create replacement Pods: `TerminatingOrFailed` (as soon as a pod is terminating or failed, the default) or `Failed` (only once the previous pod is fully terminated; required with podFailurePolicy).',
      },
      successPolicy: {
        type: 'object',
        additionalProperties: false,
        required: ['rules'],
        description: 'Specifies when an Indexed Job can be declared succeeded before all indexes succeed.',
        properties: {
          rules: {
            type: 'array',
            description:
              'Rules are evaluated in order; once the Job meets one, the Job is marked succeeded (SuccessCriteriaMet).',
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                succeededIndexes: str('Set of indexes that must be in the succeeded set, e.g. `"0,2-4"`.'),
                succeededCount: int('Minimal required size of the actual set of succeeded indexes.'),
              },
            },
          },
        },
      },
      selector: ref(
        'LabelSelector',
        'A label query over pods that should match the pod count. Normally set by the system.',
      ),
      manualSelector: bool(
        'Controls generation of pod labels and selectors. Leave unset unless you are sure what you are doing.',
      ),
      managedBy: str('The controller that manages this Job. Defaults to `kubernetes.io/job-controller`.'),
    },
  },

  CronJobSpec: {
    type: 'object',
    additionalProperties: false,
    required: ['schedule', 'jobTemplate'],
    description: 'Specification of the desired behavior of a cron job, including the schedule.',
    properties: {
      schedule: str('The schedule in Cron format, e.g. `*/1 * * * *` (minute hour day-of-month month day-of-week).'),
      timeZone: str(
        'The time zone name for the given schedule, e.g. `Etc/UTC`. Defaults to the time zone of the kube-controller-manager.',
      ),
      jobTemplate: {
        type: 'object',
        additionalProperties: false,
        required: ['spec'],
        description: 'Specifies the job that will be created when executing a CronJob.',
        properties: {
          metadata: ref('ObjectMeta', "Standard object's metadata of the jobs created from this template."),
          spec: ref('JobSpec', 'Specification of the desired behavior of the job.'),
        },
      },
      concurrencyPolicy: {
        enum: ['Allow', 'Forbid', 'Replace'],
        description:
          "How to treat concurrent executions of a Job: `Allow` (default) allows concurrently running jobs; `Forbid` skips the new run if the previous one hasn't finished; `Replace` cancels the running job and replaces it.",
      },
      startingDeadlineSeconds: int(
        'Deadline in seconds for starting the job if it misses its scheduled time. Missed runs count as failed.',
      ),
      suspend: bool(
        'Tells the controller to suspend subsequent executions; already started executions are not affected. Defaults to false.',
      ),
      successfulJobsHistoryLimit: int('The number of successful finished jobs to retain. Defaults to 3.'),
      failedJobsHistoryLimit: int('The number of failed finished jobs to retain. Defaults to 1.'),
    },
  },
};

/** Then-branch for one kind: its apiVersion and spec. */
function kind(name: string, apiVersion: string, spec: string): JSONSchema {
  return {
    if: { properties: { kind: { const: name } }, required: ['kind'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword; this object is never awaited.
    then: {
      properties: {
        apiVersion: { const: apiVersion, description: `${name} is served by \`${apiVersion}\`.` },
        spec: { $ref: `#/definitions/${spec}` },
      },
    },
  };
}

/** One schema for any manifest file; the `kind` field selects Job, CronJob or Pod. */
export const kubernetesSchema: JSONSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Kubernetes manifest (Job, CronJob, Pod)',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: {
      enum: ['batch/v1', 'v1'],
      description:
        'APIVersion defines the versioned schema of this representation of an object: `batch/v1` for Job and CronJob, `v1` for Pod.',
    },
    kind: {
      enum: ['Job', 'CronJob', 'Pod'],
      description: 'Kind is a string value representing the REST resource this object represents.',
    },
    metadata: ref('ObjectMeta'),
    spec: { type: 'object', description: 'Specification of the desired behavior of the object.' },
    status: { type: 'object', description: 'Current status of the object. Written by the system; ignored on apply.' },
  },
  allOf: [kind('Job', 'batch/v1', 'JobSpec'), kind('CronJob', 'batch/v1', 'CronJobSpec'), kind('Pod', 'v1', 'PodSpec')],
  definitions,
};
