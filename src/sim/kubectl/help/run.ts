// `kubectl run --help` (kubectl pkg/cmd/run/run.go runLong, runExample, Use, addRunFlags).
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  KUSTOMIZE_FLAG_APPLY,
  OUTPUT_FLAG_CREATE_JOB,
  RECURSIVE_FLAG,
  SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
  TIMEOUT_FLAG,
  WAIT_FLAG,
} from '../definitions/shared-flags.ts';
import { type AnyHelpFlag, renderHelp } from './layout.ts';

const LONG = `Create and run a particular image in a pod.`;

const EXAMPLES = `
		# Start a nginx pod
		kubectl run nginx --image=nginx

		# Start a hazelcast pod and let the container expose port 5701
		kubectl run hazelcast --image=hazelcast/hazelcast --port=5701

		# Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
		kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"

		# Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
		kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"

		# Dry run; print the corresponding API objects without creating them
		kubectl run nginx --image=nginx --dry-run=client

		# Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
		kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'

		# Start a busybox pod and keep it in the foreground, don't restart it if it exits
		kubectl run -i -t busybox --image=busybox --restart=Never

		# Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
		kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>

		# Start the nginx pod using a different command and custom arguments
		kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`;

// kubectl 1.35: the whole help of the kubectl v1.32.4 binary (`kubectl run --help`, Long/Examples/Options/Usage), with the
// 1.35 change over v1.32.4: kyaml in the -o list (cli-runtime JSONYamlPrintFlags.AllowedFormats, on by default since kubernetes/kubernetes#133327).
// The older texts above remain the 1.22 help.
const LONG_135 = `Create and run a particular image in a pod.`;

const EXAMPLES_135 = `# Start a nginx pod
kubectl run nginx --image=nginx

# Start a hazelcast pod and let the container expose port 5701
kubectl run hazelcast --image=hazelcast/hazelcast --port=5701

# Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"

# Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"

# Dry run; print the corresponding API objects without creating them
kubectl run nginx --image=nginx --dry-run=client

# Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'

# Start a busybox pod and keep it in the foreground, don't restart it if it exits
kubectl run -i -t busybox --image=busybox --restart=Never

# Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>

# Start the nginx pod using a different command and custom arguments
kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`;

const FLAGS_135: readonly AnyHelpFlag[] = [
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
  {
    name: 'annotations',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Annotations to apply to the pod.',
  },
  {
    name: 'attach',
    type: 'bool',
    defaultValue: 'false',
    usage:
      "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.",
  },
  CASCADE_FLAG,
  {
    name: 'command',
    type: 'bool',
    defaultValue: 'false',
    usage:
      "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
  },
  DRY_RUN_FLAG,
  {
    name: 'env',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'Environment variables to set in the container.',
  },
  {
    name: 'expose',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.',
  },
  {
    name: 'field-manager',
    type: 'string',
    defaultValue: 'kubectl-run',
    usage: 'Name of the manager used to track field ownership.',
  },
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'to use to replace the resource.',
  },
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  {
    name: 'image',
    type: 'string',
    defaultValue: '',
    usage: 'The image for the container to run.',
  },
  {
    name: 'image-pull-policy',
    type: 'string',
    defaultValue: '',
    usage:
      'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.',
  },
  KUSTOMIZE_FLAG_APPLY,
  {
    name: 'labels',
    shorthand: 'l',
    type: 'string',
    defaultValue: '',
    usage: 'Comma separated labels to apply to the pod. Will override previous values.',
  },
  {
    name: 'leave-stdin-open',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.',
  },
  OUTPUT_FLAG_CREATE_JOB,
  {
    name: 'override-type',
    type: 'string',
    defaultValue: 'merge',
    usage: 'The method used to override the generated object: json, merge, or strategic.',
  },
  {
    name: 'overrides',
    type: 'string',
    defaultValue: '',
    usage:
      'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
  },
  {
    name: 'pod-running-timeout',
    type: 'duration',
    defaultValue: '1m0s',
    usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
  },
  {
    name: 'port',
    type: 'string',
    defaultValue: '',
    usage: 'The port that this container exposes.',
  },
  {
    name: 'privileged',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, run the container in privileged mode.',
  },
  {
    name: 'quiet',
    shorthand: 'q',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, suppress prompt messages.',
  },
  RECURSIVE_FLAG,
  {
    name: 'restart',
    type: 'string',
    defaultValue: 'Always',
    usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].',
  },
  {
    name: 'rm',
    type: 'bool',
    defaultValue: 'false',
    usage:
      "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.",
  },
  SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG,
  {
    name: 'stdin',
    shorthand: 'i',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Keep stdin open on the container in the pod, even if nothing is attached.',
  },
  TEMPLATE_FLAG,
  TIMEOUT_FLAG,
  {
    name: 'tty',
    shorthand: 't',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Allocate a TTY for the container in the pod.',
  },
  WAIT_FLAG,
];

const USE_135 =
  'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]';

export function runHelp(profile: VersionProfile): string {
  if (profile.id !== '1.22') {
    return renderHelp(
      { long: LONG_135, longRendered: true, examples: EXAMPLES_135, flags: FLAGS_135, use: USE_135 },
      profile,
    );
  }
  return renderHelp(
    {
      long: LONG,
      examples: EXAMPLES,
      use: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
      flags: [
        { name: 'image', type: 'string', defaultValue: '', usage: 'The image for the container to run.' },
        {
          name: 'image-pull-policy',
          type: 'string',
          defaultValue: '',
          usage:
            'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.',
        },
        {
          name: 'rm',
          type: 'bool',
          defaultValue: 'false',
          usage:
            "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.",
        },
        {
          name: 'env',
          type: 'stringArray',
          defaultValue: '[]',
          usage: 'Environment variables to set in the container.',
        },
        { name: 'port', type: 'string', defaultValue: '', usage: 'The port that this container exposes.' },
        {
          name: 'labels',
          shorthand: 'l',
          type: 'string',
          defaultValue: '',
          usage: 'Comma separated labels to apply to the pod. Will override previous values.',
        },
        {
          name: 'stdin',
          shorthand: 'i',
          type: 'bool',
          defaultValue: 'false',
          usage: 'Keep stdin open on the container in the pod, even if nothing is attached.',
        },
        {
          name: 'tty',
          shorthand: 't',
          type: 'bool',
          defaultValue: 'false',
          usage: 'Allocate a TTY for the container in the pod.',
        },
        {
          name: 'attach',
          type: 'bool',
          defaultValue: 'false',
          usage:
            "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.",
        },
        {
          name: 'restart',
          type: 'string',
          defaultValue: '',
          usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].',
        },
        {
          name: 'command',
          type: 'bool',
          defaultValue: 'false',
          usage:
            "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
        },
      ],
    },
    profile,
  );
}
