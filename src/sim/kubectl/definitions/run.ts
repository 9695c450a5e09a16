// `kubectl run`'s definition (kubectl pkg/cmd/run/run.go: runLong, runExample, Use, addRunFlags with DeleteFlags,
// PrintFlags, RecordFlags, OverrideOptions at v0.22.0 and v0.35.0; help as the kubectl v1.32.4 binary prints it,
// with kyaml in the -o list). The simulator creates the pod; attaching, exposing, overriding and the delete
// flags of `--rm` are answered as not simulated.
import type { Command } from '../command.ts';
import { array, bool, duration, int, slice, str } from '../definition.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  KUSTOMIZE_FLAG_APPLY,
  OUTPUT_FLAG_CREATE_JOB,
  RECORD_FLAG,
  RECURSIVE_FLAG,
  SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  TIMEOUT_FLAG,
  WAIT_FLAG,
} from './shared-flags.ts';

const NOT_SIMULATED = { unsimulated: true } as const;

/** run.go v0.22.0's deprecated no-op flags (MarkDeprecated: hidden), gone by v0.35.0. */
const deprecated122 = { hidden: true, unsimulated: true, removedIn: '1.35' } as const;

export const runDefinition: Omit<Command, 'run'> = {
  name: 'run',
  short: 'Run a particular image on the cluster',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    array('annotations', 'Annotations to apply to the pod.', NOT_SIMULATED),
    bool(
      'attach',
      "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.",
    ),
    { ...CASCADE_FLAG, ...NOT_SIMULATED },
    bool(
      'command',
      "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
    ),
    DRY_RUN_FLAG,
    array('env', 'Environment variables to set in the container.'),
    bool('expose', 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.', {
      ...NOT_SIMULATED,
      before: { '1.23': { usage: 'If true, service is created for the container(s) which are run' } },
    }),
    str('field-manager', 'Name of the manager used to track field ownership.', {
      defaultValue: 'kubectl-run',
      ...NOT_SIMULATED,
    }),
    KUSTOMIZE_FLAG_APPLY,
    slice('filename', 'to use to replace the resource.', { shorthand: 'f', ...NOT_SIMULATED }),
    { ...FORCE_FLAG, ...NOT_SIMULATED },
    { ...GRACE_PERIOD_FLAG, ...NOT_SIMULATED },
    int('hostport', 'The host port mapping for the container port. To demonstrate a single-machine container.', {
      defaultValue: '-1',
      ...deprecated122,
    }),
    str('image', 'The image for the container to run.'),
    str(
      'image-pull-policy',
      'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.',
      {
        before: {
          '1.23': {
            usage:
              'The image pull policy for the container. If left empty, this value will not be specified by the client and defaulted by the server',
          },
        },
      },
    ),
    str('labels', 'Comma separated labels to apply to the pod. Will override previous values.', {
      shorthand: 'l',
      before: { '1.23': { usage: 'Comma separated labels to apply to the pod(s). Will override previous values.' } },
    }),
    bool(
      'leave-stdin-open',
      'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.',
      NOT_SIMULATED,
    ),
    str(
      'limits',
      "The resource requirement limits for this container.  For example, 'cpu=200m,memory=512Mi'.  Note that server side components may assign limits depending on the server configuration, such as limit ranges.",
      deprecated122,
    ),
    OUTPUT_FLAG_CREATE_JOB,
    // util/override_options.go, added after 1.22.
    str('override-type', 'The method used to override the generated object: json, merge, or strategic.', {
      defaultValue: 'merge',
      since: '1.23',
      ...NOT_SIMULATED,
    }),
    str(
      'overrides',
      'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
      NOT_SIMULATED,
    ),
    // cmdutil.AddPodRunningTimeoutFlag(cmd, defaultPodAttachTimeout).
    duration(
      'pod-running-timeout',
      'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
      { defaultValue: '1m0s', ...NOT_SIMULATED },
    ),
    str('port', 'The port that this container exposes.', NOT_SIMULATED),
    bool('privileged', 'If true, run the container in privileged mode.', NOT_SIMULATED),
    bool('quiet', 'If true, suppress prompt messages.', { shorthand: 'q', ...NOT_SIMULATED }),
    RECORD_FLAG,
    { ...RECURSIVE_FLAG, ...NOT_SIMULATED },
    str(
      'requests',
      "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.",
      deprecated122,
    ),
    str('restart', 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].', {
      defaultValue: 'Always',
    }),
    bool(
      'rm',
      "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.",
      { before: { '1.23': { usage: 'If true, delete resources created in this command for attached containers.' } } },
    ),
    { ...SAVE_CONFIG_FLAG, ...NOT_SIMULATED },
    str('serviceaccount', 'Service account to set in the pod spec.', deprecated122),
    SHOW_MANAGED_FIELDS_FLAG,
    bool('stdin', 'Keep stdin open on the container in the pod, even if nothing is attached.', {
      shorthand: 'i',
      before: { '1.23': { usage: 'Keep stdin open on the container(s) in the pod, even if nothing is attached.' } },
    }),
    TEMPLATE_FLAG,
    { ...TIMEOUT_FLAG, ...NOT_SIMULATED },
    bool('tty', 'Allocate a TTY for the container in the pod.', {
      shorthand: 't',
      before: { '1.23': { usage: 'Allocated a TTY for each container in the pod.' } },
    }),
    { ...WAIT_FLAG, ...NOT_SIMULATED },
  ],
  doc: {
    use: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
    long: 'Create and run a particular image in a pod.',
    longRendered: true,
    examples: [
      `# Start a nginx pod
      kubectl run nginx --image=nginx`,
      `# Start a hazelcast pod and let the container expose port 5701
      kubectl run hazelcast --image=hazelcast/hazelcast --port=5701`,
      `# Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
      kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"`,
      `# Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
      kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"`,
      `# Dry run; print the corresponding API objects without creating them
      kubectl run nginx --image=nginx --dry-run=client`,
      `# Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
      kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'`,
      `# Start a busybox pod and keep it in the foreground, don't restart it if it exits
      kubectl run -i -t busybox --image=busybox --restart=Never`,
      `# Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
      kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>`,
      `# Start the nginx pod using a different command and custom arguments
      kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
    ],
  },
};
