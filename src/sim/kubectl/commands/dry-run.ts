// `--dry-run` values (kubectl pkg/cmd/util/helpers.go GetDryRunStrategy) and the suffix printed after
// `created`/`deleted` (`(dry run)`, `(server dry run)`).
export type DryRun = 'none' | 'client' | 'server';

export function parseDryRun(value: string): DryRun {
  switch (value) {
    case '':
    case 'none':
      return 'none';
    case 'client':
      return 'client';
    case 'server':
      return 'server';
    default:
      // GetDryRunStrategy: the bare `--dry-run` (NoOptDefVal "unchanged") was removed in 1.23 and errors too.
      throw new Error(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
  }
}

export function dryRunSuffix(dryRun: DryRun): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}
