// `kubectl version --help` (kubectl pkg/cmd/version/version.go versionLong, versionExample, flags), text of the kubectl v1.32.4 binary's output.
import type { VersionProfile } from '../../profiles/profile.ts';
import { type HelpFlag, renderHelp } from './layout.ts';

const LONG = `Print the client and server version information for the current context.`;

const EXAMPLES = `
		# Print the client and server versions for the current context
		kubectl version`;

export const FLAGS: readonly HelpFlag[] = [
  {
    name: 'client',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, shows client version only (no server required).',
  },
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: '',
    usage: "One of 'yaml' or 'json'.",
  },
];

/** kubectl ≤1.27: `--short` (version.go `cmd.Flags().BoolVar(&o.Short, "short", …)`), removed in 1.28. */
const SHORT_FLAG: HelpFlag = {
  name: 'short',
  type: 'bool',
  defaultValue: 'false',
  usage: 'If true, print just the version number.',
};

const USE = 'version [flags] [options]';

export function versionHelp(profile: VersionProfile): string {
  return renderHelp(
    {
      long: '',
      longRendered: LONG,
      examples: EXAMPLES,
      flags: profile.id === '1.22' ? [...FLAGS, SHORT_FLAG] : FLAGS,
      use: USE,
    },
    profile,
  );
}
