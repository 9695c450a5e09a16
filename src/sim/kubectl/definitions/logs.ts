// `kubectl logs`'s definition (kubectl pkg/cmd/logs/logs.go: logsLong, logsExample, logsUsageStr, AddFlags at
// v0.22.0 and v0.35.0; help as the kubectl v1.32.4 binary prints it, with the 1.35 set-based --selector text).
// The examples marked `since: '1.32'` are in the v1.32.4 binary's help and not in v0.22.0 (the minor each came
// in was not checked; only 1.22 and 1.35 are emulated).
import type { Command } from '../command.ts';
import { bool, duration, int, str } from '../definition.ts';
import { SELECTOR_FLAG_DELETE } from './shared-flags.ts';

export const logsDefinition: Omit<Command, 'run'> = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  flags: [
    bool('all-containers', "Get all containers' logs in the pod(s)."),
    bool('all-pods', 'Get logs from all pod(s). Sets prefix to true.', { since: '1.30', unsimulated: true }),
    str('container', 'Print the logs of this container', { shorthand: 'c' }),
    bool('follow', 'Specify if the logs should be streamed.', { shorthand: 'f' }),
    bool('ignore-errors', 'If watching / following pod logs, allow for any errors that occur to be non-fatal', {
      unsimulated: true,
    }),
    bool(
      'insecure-skip-tls-verify-backend',
      'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.',
      { unsimulated: true },
    ),
    int('limit-bytes', 'Maximum bytes of logs to return. Defaults to no limit.', {
      helpType: 'int64',
      unsimulated: true,
    }),
    int(
      'max-log-requests',
      'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.',
      {
        defaultValue: '5',
      },
    ),
    // cmdutil.AddPodRunningTimeoutFlag.
    duration(
      'pod-running-timeout',
      'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
      { defaultValue: '20s' },
    ),
    bool('prefix', 'Prefix each log line with the log source (pod name and container name)'),
    bool('previous', 'If true, print the logs for the previous instance of the container in a pod if it exists.', {
      shorthand: 'p',
    }),
    { ...SELECTOR_FLAG_DELETE, before: { '1.23': { usage: 'Selector (label query) to filter on.' } } },
    duration(
      'since',
      'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.',
    ),
    str(
      'since-time',
      'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.',
      { unsimulated: true },
    ),
    int(
      'tail',
      'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.',
      { defaultValue: '-1', helpType: 'int64' },
    ),
    bool('timestamps', 'Include timestamps on each line in the log output'),
  ],
  doc: {
    use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
    long: `
      Print the logs for a container in a pod or specified resource.
      If the pod has only one container, the container name is optional.`,
    examples: [
      `# Return snapshot logs from pod nginx with only one container
      kubectl logs nginx`,
      {
        text: `# Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
        kubectl logs nginx --prefix`,
        since: '1.32',
      },
      {
        text: `# Return snapshot logs from pod nginx, limiting output to 500 bytes
        kubectl logs nginx --limit-bytes=500`,
        since: '1.32',
      },
      {
        text: `# Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
        kubectl logs nginx --pod-running-timeout=20s`,
        since: '1.32',
      },
      `# Return snapshot logs from pod nginx with multi containers
      kubectl logs nginx --all-containers=true`,
      {
        text: `# Return snapshot logs from all pods in the deployment nginx
        kubectl logs deployment/nginx --all-pods=true`,
        since: '1.32',
      },
      `# Return snapshot logs from all containers in pods defined by label app=nginx
      kubectl logs -l app=nginx --all-containers=true`,
      {
        text: `# Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
        kubectl logs -l app=nginx --max-log-requests=10`,
        since: '1.32',
      },
      `# Return snapshot of previous terminated ruby container logs from pod web-1
      kubectl logs -p -c ruby web-1`,
      {
        text: `# Begin streaming the logs from pod nginx, continuing even if errors occur
        kubectl logs nginx -f --ignore-errors=true`,
        since: '1.32',
      },
      `# Begin streaming the logs of the ruby container in pod web-1
      kubectl logs -f -c ruby web-1`,
      `# Begin streaming the logs from all containers in pods defined by label app=nginx
      kubectl logs -f -l app=nginx --all-containers=true`,
      `# Display only the most recent 20 lines of output in pod nginx
      kubectl logs --tail=20 nginx`,
      `# Show all logs from pod nginx written in the last hour
      kubectl logs --since=1h nginx`,
      {
        text: `# Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
        kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true`,
        since: '1.32',
      },
      `# Show logs from a kubelet with an expired serving certificate
      kubectl logs --insecure-skip-tls-verify-backend nginx`,
      `# Return snapshot logs from first container of a job named hello
      kubectl logs job/hello`,
      `# Return snapshot logs from container nginx-1 of a deployment named nginx
      kubectl logs deployment/nginx -c nginx-1`,
    ],
  },
};
