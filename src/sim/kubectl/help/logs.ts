// `kubectl logs --help` (kubectl pkg/cmd/logs/logs.go: Long, logsExample, logsUsageStr, AddFlags).
import type { VersionProfile } from '../../profiles/profile.ts';
import { renderHelp } from './layout.ts';

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

export function logsHelp(profile: VersionProfile): string {
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
