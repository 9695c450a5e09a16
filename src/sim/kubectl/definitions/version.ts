// `kubectl version`'s definition (kubectl pkg/cmd/version/version.go: Long, versionExample, flags; v0.22.0 and
// v0.35.0), help text as the kubectl v1.32.4 binary prints it.
import type { Command } from '../command.ts';
import { bool, str } from '../definition.ts';

export const versionDefinition: Omit<Command, 'run'> = {
  name: 'version',
  short: 'Print the client and server version information',
  flags: [
    bool('client', 'If true, shows client version only (no server required).'),
    str('output', "One of 'yaml' or 'json'.", { shorthand: 'o' }),
    // `cmd.Flags().BoolVar(&o.Short, "short", …)` until 1.27; removed in 1.28 (the short form became the default).
    bool('short', 'If true, print just the version number.', { removedIn: '1.28' }),
  ],
  doc: {
    use: 'version [flags] [options]',
    long: 'Print the client and server version information for the current context.',
    longRendered: true,
    examples: [
      `# Print the client and server versions for the current context
      kubectl version`,
    ],
  },
};
