// `kubectl run --help` (kubectl pkg/cmd/run/run.go runLong, runExample, Use, addRunFlags).
import type { VersionProfile } from '../../profiles/profile.ts';
import { renderHelp } from './layout.ts';

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

export function runHelp(profile: VersionProfile): string {
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
