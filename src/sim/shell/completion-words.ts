// What tab completion offers after `kubectl`: subcommands, resource type names and each subcommand's flags.
// A static list (kubectl's own `__complete` answers from its cobra tree; these are the parts lessons use).

export const KUBECTL_SUBCOMMANDS = [
  'annotate',
  'api-resources',
  'apply',
  'cluster-info',
  'config',
  'create',
  'delete',
  'describe',
  'edit',
  'explain',
  'get',
  'label',
  'logs',
  'patch',
  'replace',
  'rollout',
  'run',
  'scale',
  'version',
  'wait',
] as const;

export const KUBECTL_RESOURCE_TYPES = [
  'all',
  'cronjobs',
  'events',
  'jobs',
  'namespaces',
  'nodes',
  'pods',
  'services',
] as const;

/** The API kind behind a resource word as kubectl accepts it (singular, plural, short name, group-qualified). */
export const RESOURCE_KINDS: Record<string, 'Job' | 'Pod' | 'CronJob' | 'Event' | 'Service' | 'Namespace' | 'Node'> = {
  job: 'Job',
  jobs: 'Job',
  'job.batch': 'Job',
  'jobs.batch': 'Job',
  pod: 'Pod',
  pods: 'Pod',
  po: 'Pod',
  cronjob: 'CronJob',
  cronjobs: 'CronJob',
  cj: 'CronJob',
  event: 'Event',
  events: 'Event',
  ev: 'Event',
  service: 'Service',
  services: 'Service',
  svc: 'Service',
  namespace: 'Namespace',
  namespaces: 'Namespace',
  ns: 'Namespace',
  node: 'Node',
  nodes: 'Node',
  no: 'Node',
};

const COMMON_FLAGS = ['--namespace', '--help'];

export const KUBECTL_FLAGS: Record<string, readonly string[]> = {
  get: [
    '--all-namespaces',
    '--output',
    '--selector',
    '--show-labels',
    '--watch',
    '--watch-only',
    '--no-headers',
    '--sort-by',
  ],
  describe: ['--selector', '--show-events'],
  delete: ['--all', '--cascade', '--filename', '--force', '--grace-period', '--selector', '--wait'],
  logs: ['--all-containers', '--container', '--follow', '--previous', '--selector', '--tail', '--timestamps'],
  create: ['--dry-run', '--filename', '--from', '--image', '--output', '--save-config'],
  apply: ['--dry-run', '--filename', '--output'],
  run: ['--command', '--dry-run', '--env', '--image', '--labels', '--output', '--restart', '--rm'],
  wait: ['--all', '--for', '--selector', '--timeout'],
  explain: ['--recursive'],
  label: ['--overwrite', '--selector'],
  version: ['--client', '--output'],
};

export function kubectlFlags(subcommand: string): string[] {
  return [...(KUBECTL_FLAGS[subcommand] ?? []), ...COMMON_FLAGS];
}

/** `kubectl create` takes a kind word before the name; these are the ones lessons use. */
export const KUBECTL_CREATE_KINDS = ['cronjob', 'job', 'namespace'] as const;
