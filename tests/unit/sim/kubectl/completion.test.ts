// kubectl's tab completion is read from the command definitions kubectl runs with: every flag a command parses
// completes, flags that take a value skip it, and per-version lists (create's subcommands) follow the profile.
import { describe, expect, it } from 'vitest';
import { Clock } from '../../../../src/sim/clock.ts';
import { SIMULATED } from '../../../../src/sim/kubectl/commands/index.ts';
import { completeKubectl } from '../../../../src/sim/kubectl/completion.ts';
import { visibleFlags } from '../../../../src/sim/kubectl/help/render.ts';
import { PROFILES } from '../../../../src/sim/profiles/index.ts';
import { stubApi } from '../shell/harness.ts';

const sources = (profile: '1.22' | '1.35' = '1.35') => ({
  api: { ...stubApi(new Clock(0)), profile: PROFILES[profile] },
  namespace: 'default',
  fileNames: () => ['job.yaml'],
});
const at = (words: string[], current = '', profile?: '1.22' | '1.35') =>
  completeKubectl(words, current, sources(profile)).filter((c) => c.startsWith(current));

describe('kubectl completion from the command definitions', () => {
  it('offers every flag each simulated command parses, and its subcommands’ flags', () => {
    // The flags of this profile's kubectl that help lists (1.35 has no `version --short`; `--record` is hidden).
    const profile = PROFILES['1.35'];
    for (const command of SIMULATED) {
      const offered = at([command.name], '--');
      for (const flag of visibleFlags(command, profile)) expect(offered).toContain(`--${flag.name}`);
      for (const sub of command.subcommands ?? []) {
        const subOffered = at([command.name, sub.name], '--');
        for (const flag of visibleFlags(sub, profile)) expect(subOffered).toContain(`--${flag.name}`);
      }
    }
  });

  it('label, annotate and patch complete a resource type first (ResourceTypeAndNameCompletionFunc)', () => {
    for (const command of ['label', 'annotate', 'patch']) expect(at([command], 'jo')).toEqual(['jobs']);
    expect(at([], 'pat')).toEqual(['patch']);
    expect(at(['patch'], '--patch')).toEqual(['--patch', '--patch-file']);
  });

  it('completes create job’s own flags and the global ones', () => {
    expect(at(['create', 'job', 'pi'], '--im')).toEqual(['--image']);
    expect(at(['logs'], '--names')).toEqual(['--namespace']);
  });

  it('skips the value of a flag that takes one, not of a bool flag', () => {
    expect(at(['get', '-o', 'wide'], 'j')).toEqual(['jobs']);
    expect(at(['--namespace', 'default', 'get'], 'j')).toEqual(['jobs']);
    // --watch is a bool flag: the next word is the resource type.
    expect(at(['get', '--watch'], 'j')).toEqual(['jobs']);
  });

  it('lists create’s subcommands as this version has them', () => {
    expect(at(['create'], 't', '1.35')).toEqual(['token']);
    expect(at(['create'], 't', '1.22')).toEqual([]);
    expect(at(['create'], 'c')).toEqual(['clusterrole', 'clusterrolebinding', 'configmap', 'cronjob']);
  });

  it('lists the version’s root commands', () => {
    expect(at([], 'ev', '1.35')).toEqual(['events']);
    expect(at([], 'ev', '1.22')).toEqual([]);
  });
});
