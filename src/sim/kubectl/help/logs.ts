// `kubectl logs --help` (kubectl pkg/cmd/logs/logs.go: Long, logsExample, logsUsageStr, AddFlags).
import type { VersionProfile } from '../../profiles/profile.ts';
import { SELECTOR_FLAG_DELETE } from '../definitions/shared-flags.ts';
import { type AnyHelpFlag, renderHelp } from './layout.ts';

const LONG = `
		Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.`;

const EXAMPLES = `
		# Return snapshot logs from pod nginx with only one container
		kubectl logs nginx

		# Return snapshot logs from pod nginx with multi containers
		kubectl logs nginx --all-containers=true

		# Return snapshot logs from all containers in pods defined by label app=nginx
		kubectl logs -lapp=nginx --all-containers=true

		# Return snapshot of previous terminated ruby container logs from pod web-1
		kubectl logs -p -c ruby web-1

		# Begin streaming the logs of the ruby container in pod web-1
		kubectl logs -f -c ruby web-1

		# Begin streaming the logs from all containers in pods defined by label app=nginx
		kubectl logs -f -lapp=nginx --all-containers=true

		# Display only the most recent 20 lines of output in pod nginx
		kubectl logs --tail=20 nginx

		# Show all logs from pod nginx written in the last hour
		kubectl logs --since=1h nginx

		# Show logs from a kubelet with an expired serving certificate
		kubectl logs --insecure-skip-tls-verify-backend nginx

		# Return snapshot logs from first container of a job named hello
		kubectl logs job/hello

		# Return snapshot logs from container nginx-1 of a deployment named nginx
		kubectl logs deployment/nginx -c nginx-1`;

// kubectl 1.35: the whole help of the kubectl v1.32.4 binary (`kubectl logs --help`, Long/Examples/Options/Usage), with the
// 1.35 change over v1.32.4: the set-based --selector text, as in a captured v1.35 `kubectl get --help` and kubectl logs' flag text in 1.35-era clones (logs itself not captured in 1.35).
// The older texts above remain the 1.22 help.
const LONG_135 = `Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.`;

const EXAMPLES_135 = `# Return snapshot logs from pod nginx with only one container
kubectl logs nginx

# Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
kubectl logs nginx --prefix

# Return snapshot logs from pod nginx, limiting output to 500 bytes
kubectl logs nginx --limit-bytes=500

# Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
kubectl logs nginx --pod-running-timeout=20s

# Return snapshot logs from pod nginx with multi containers
kubectl logs nginx --all-containers=true

# Return snapshot logs from all pods in the deployment nginx
kubectl logs deployment/nginx --all-pods=true

# Return snapshot logs from all containers in pods defined by label app=nginx
kubectl logs -l app=nginx --all-containers=true

# Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
kubectl logs -l app=nginx --max-log-requests=10

# Return snapshot of previous terminated ruby container logs from pod web-1
kubectl logs -p -c ruby web-1

# Begin streaming the logs from pod nginx, continuing even if errors occur
kubectl logs nginx -f --ignore-errors=true

# Begin streaming the logs of the ruby container in pod web-1
kubectl logs -f -c ruby web-1

# Begin streaming the logs from all containers in pods defined by label app=nginx
kubectl logs -f -l app=nginx --all-containers=true

# Display only the most recent 20 lines of output in pod nginx
kubectl logs --tail=20 nginx

# Show all logs from pod nginx written in the last hour
kubectl logs --since=1h nginx

# Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true

# Show logs from a kubelet with an expired serving certificate
kubectl logs --insecure-skip-tls-verify-backend nginx

# Return snapshot logs from first container of a job named hello
kubectl logs job/hello

# Return snapshot logs from container nginx-1 of a deployment named nginx
kubectl logs deployment/nginx -c nginx-1`;

const FLAGS_135: readonly AnyHelpFlag[] = [
  {
    name: 'all-containers',
    type: 'bool',
    defaultValue: 'false',
    usage: "Get all containers' logs in the pod(s).",
  },
  {
    name: 'all-pods',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Get logs from all pod(s). Sets prefix to true.',
  },
  {
    name: 'container',
    shorthand: 'c',
    type: 'string',
    defaultValue: '',
    usage: 'Print the logs of this container',
  },
  {
    name: 'follow',
    shorthand: 'f',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Specify if the logs should be streamed.',
  },
  {
    name: 'ignore-errors',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If watching / following pod logs, allow for any errors that occur to be non-fatal',
  },
  {
    name: 'insecure-skip-tls-verify-backend',
    type: 'bool',
    defaultValue: 'false',
    usage:
      'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.',
  },
  {
    name: 'limit-bytes',
    type: 'int',
    defaultValue: '0',
    usage: 'Maximum bytes of logs to return. Defaults to no limit.',
  },
  {
    name: 'max-log-requests',
    type: 'int',
    defaultValue: '5',
    usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.',
  },
  {
    name: 'pod-running-timeout',
    type: 'duration',
    defaultValue: '20s',
    usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
  },
  {
    name: 'prefix',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Prefix each log line with the log source (pod name and container name)',
  },
  {
    name: 'previous',
    shorthand: 'p',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.',
  },
  SELECTOR_FLAG_DELETE,
  {
    name: 'since',
    type: 'duration',
    defaultValue: '0s',
    usage:
      'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.',
  },
  {
    name: 'since-time',
    type: 'string',
    defaultValue: '',
    usage:
      'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.',
  },
  {
    name: 'tail',
    type: 'int',
    defaultValue: '-1',
    usage:
      'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.',
  },
  {
    name: 'timestamps',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Include timestamps on each line in the log output',
  },
];

const USE_135 = 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]';

export function logsHelp(profile: VersionProfile): string {
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
      use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
      flags: [
        {
          name: 'all-containers',
          type: 'bool',
          defaultValue: 'false',
          usage: "Get all containers' logs in the pod(s).",
        },
        {
          name: 'follow',
          shorthand: 'f',
          type: 'bool',
          defaultValue: 'false',
          usage: 'Specify if the logs should be streamed.',
        },
        {
          name: 'timestamps',
          type: 'bool',
          defaultValue: 'false',
          usage: 'Include timestamps on each line in the log output',
        },
        {
          name: 'previous',
          shorthand: 'p',
          type: 'bool',
          defaultValue: 'false',
          usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.',
        },
        {
          name: 'tail',
          type: 'int64',
          defaultValue: '-1',
          usage:
            'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.',
        },
        {
          name: 'since',
          type: 'duration',
          defaultValue: '0s',
          usage:
            'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.',
        },
        {
          name: 'container',
          shorthand: 'c',
          type: 'string',
          defaultValue: '',
          usage: 'Print the logs of this container',
        },
        {
          name: 'selector',
          shorthand: 'l',
          type: 'string',
          defaultValue: '',
          usage: 'Selector (label query) to filter on.',
        },
        {
          name: 'prefix',
          type: 'bool',
          defaultValue: 'false',
          usage: 'Prefix each log line with the log source (pod name and container name)',
        },
      ],
    },
    profile,
  );
}
