// `kubectl create namespace`'s definition (kubectl pkg/cmd/create/create_namespace.go: namespaceLong,
// namespaceExample, Use, Aliases; the shared create flags; the same at v0.22.0 and v0.35.0).
import type { Command } from '../command.ts';
import { CREATE_OBJECT_FLAGS } from './shared-flags.ts';

export const createNamespaceDefinition: Omit<Command, 'run'> = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  flags: CREATE_OBJECT_FLAGS,
  doc: {
    use: 'create namespace NAME [--dry-run=server|client|none]',
    long: `
      Create a namespace with the specified name.`,
    examples: [
      `# Create a new namespace named my-namespace
      kubectl create namespace my-namespace`,
    ],
  },
};
