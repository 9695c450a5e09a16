// `kubectl version` (kubectl pkg/cmd/version/version.go): 1.22 prints the Go-struct form
// `Client Version: version.Info{…}`; ≥1.28 the short form with the Kustomize line (spec brief; profiles).

import type { VersionProfile } from '../../profiles/profile.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { versionDefinition } from '../definitions/version.ts';
import type { Flags } from '../flags.ts';
import { toYaml } from '../printers/index.ts';

interface Info {
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

function info(profile: VersionProfile, version: string, buildDate: string): Info {
  const [, major = '1', minor = '0'] = /^v(\d+)\.(\d+)/.exec(version) ?? [];
  return {
    major,
    minor,
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
  const server = info(p, p.serverVersion, p.serverBuildDate);
  const clientOnly = flags.bool('client');
  const output = flags.string('output');
  const legacy = p.id === '1.22';
  if (output === 'yaml' || output === 'json') {
    const doc: Record<string, unknown> = { clientVersion: client, kustomizeVersion: p.kustomizeVersion };
    if (!clientOnly) doc.serverVersion = server;
    // version.go: json.MarshalIndent(v, "", "  ").
    env.io.out(output === 'yaml' ? toYaml(doc) : `${JSON.stringify(doc, null, 2)}\n`);
    return OK;
  }
  if (output !== '') throw new Error(`--output must be 'yaml' or 'json'`);
  if (legacy && !flags.bool('short')) {
    env.io.out(`Client Version: ${goStruct(client)}\n`);
    if (!clientOnly) env.io.out(`Server Version: ${goStruct(server)}\n`);
    return OK;
  }
  env.io.out(`Client Version: ${client.gitVersion}\n`);
  env.io.out(`Kustomize Version: ${p.kustomizeVersion}\n`);
  if (!clientOnly) env.io.out(`Server Version: ${server.gitVersion}\n`);
  return OK;
}

export const versionCommand: Command = {
  ...versionDefinition,
  run: runVersion,
};
