// `kubectl create namespace --help` (kubectl pkg/cmd/create/create_namespace.go: namespaceLong, namespaceExample,
// Use "namespace NAME [--dry-run=server|client|none]", Aliases ns; the shared create flags).
import type { VersionProfile } from '../../profiles/profile.ts';
import { sharedCreateFlags } from './common-flags.ts';
import { renderHelp } from './layout.ts';

const LONG = `
		Create a namespace with the specified name.`;

const EXAMPLES = `
	  # Create a new namespace named my-namespace
	  kubectl create namespace my-namespace`;

export function createNamespaceHelp(profile: VersionProfile): string {
  const flags = sharedCreateFlags(profile);
  return renderHelp(
    {
      long: LONG,
      aliases: ['namespace', 'ns'],
      examples: EXAMPLES,
      flags,
      use: 'create namespace NAME [--dry-run=server|client|none]',
    },
    profile,
  );
}
