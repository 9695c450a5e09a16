// `kubectl create serviceaccount`'s definition (kubectl pkg/cmd/create/create_serviceaccount.go: serviceAccountLong,
// serviceAccountExample, Use, Aliases; PrintFlags, apply-annotation, validate, dry-run and field-manager flags: the
// shared create flags; the same texts at v0.22.17 and v0.35.0).
import type { Command } from '../command.ts';
import { CREATE_OBJECT_FLAGS } from './shared-flags.ts';

export const createServiceAccountDefinition: Omit<Command, 'run'> = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  flags: CREATE_OBJECT_FLAGS,
  doc: {
    use: 'create serviceaccount NAME [--dry-run=server|client|none]',
    long: `
      Create a service account with the specified name.`,
    examples: [
      `# Create a new service account named my-service-account
      kubectl create serviceaccount my-service-account`,
    ],
  },
};
