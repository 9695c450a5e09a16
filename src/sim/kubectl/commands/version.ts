// `kubectl version` (kubectl pkg/cmd/version/version.go): 1.22 prints the Go-struct form
// `Client Version: version.Info{…}`, `--short` the two git versions, and its Version struct has no Kustomize
// field (v0.22.17); ≥1.28 the short form with the Kustomize line (v0.35.7). `-o yaml|json` is
// `fmt.Fprintln(marshalled)`: YAML (which ends in a newline) is followed by an empty line, JSON is not.
// A ≥1.33 API server's version.Info carries the emulation and min-compatibility versions (compatibility
// versions, KEP-4330); captures of `kubectl version -o json|yaml` against 1.33 and 1.34 servers show them
// after minor in JSON and sorted in YAML. The client's Info has none (omitempty).

import type { VersionProfile } from '../../profiles/profile.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { versionDefinition } from '../definitions/version.ts';
import type { Flags } from '../flags.ts';
import { toYaml } from '../printers/index.ts';

interface Info extends Partial<Compatibility> {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

/** The compatibility-version fields a ≥1.33 API server adds to its version.Info (KEP-4330). */
interface Compatibility {
  emulationMajor: string;
  emulationMinor: string;
  minCompatibilityMajor: string;
  minCompatibilityMinor: string;
}

function info(profile: VersionProfile, version: string, buildDate: string, server = false): Info {
  const [, major = '1', minor = '0'] = /^v(\d+)\.(\d+)/.exec(version) ?? [];
  // The server emulates its own version; it stays compatible with the previous minor.
  const compatibility: Compatibility | undefined =
    server && Number(major) === 1 && Number(minor) >= 33
      ? {
          emulationMajor: major,
          emulationMinor: minor,
          minCompatibilityMajor: major,
          minCompatibilityMinor: String(Number(minor) - 1),
        }
      : undefined;
  return {
    major,
    minor,
    ...compatibility,
    gitVersion: version,
    gitCommit: profile.gitCommit,
    gitTreeState: 'clean',
    buildDate,
    goVersion: profile.goVersion,
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

/** Go's %#v of version.Info. */
function goStruct(i: Info): string {
  return `version.Info{Major:"${i.major}", Minor:"${i.minor}", GitVersion:"${i.gitVersion}", GitCommit:"${i.gitCommit}", GitTreeState:"${i.gitTreeState}", BuildDate:"${i.buildDate}", GoVersion:"${i.goVersion}", Compiler:"${i.compiler}", Platform:"${i.platform}"}`;
}

function runVersion(flags: Flags, env: CommandEnv): ProgramResult {
  const p = env.profile;
  const client = info(p, p.kubectlVersion, p.kubectlBuildDate);
  const server = info(p, p.serverVersion, p.serverBuildDate, true);
  const clientOnly = flags.bool('client');
  const output = flags.string('output');
  const legacy = p.id === '1.22';
  // Validate (since v0.24.0): arguments are an error, printed with Go's %v of a []string; 1.22 ignores them.
  if (!legacy && flags.positionals.length > 0) throw new Error(`extra arguments: [${flags.positionals.join(' ')}]`);
  if (output === 'yaml' || output === 'json') {
    const doc: Record<string, unknown> = { clientVersion: client };
    if (!legacy) doc.kustomizeVersion = p.kustomizeVersion;
    if (!clientOnly) doc.serverVersion = server;
    // version.go: fmt.Fprintln(o.Out, string(yaml.Marshal(v))) or json.MarshalIndent(v, "", "  ").
    env.io.out(output === 'yaml' ? `${toYaml(doc)}\n` : `${JSON.stringify(doc, null, 2)}\n`);
    return OK;
  }
  if (output !== '') throw new Error(`--output must be 'yaml' or 'json'`);
  if (legacy && !flags.bool('short')) {
    env.io.out(`Client Version: ${goStruct(client)}\n`);
    if (!clientOnly) env.io.out(`Server Version: ${goStruct(server)}\n`);
    return OK;
  }
  env.io.out(`Client Version: ${client.gitVersion}\n`);
  if (!legacy) env.io.out(`Kustomize Version: ${p.kustomizeVersion}\n`);
  if (!clientOnly) env.io.out(`Server Version: ${server.gitVersion}\n`);
  return OK;
}

export const versionCommand: Command = {
  ...versionDefinition,
  run: runVersion,
};
