// One definition per kubectl command (src/sim/kubectl/definition.ts): for every simulated command and subcommand
// in both profiles, the flags `--help` lists are exactly the flags the parser accepts (hidden ones aside) and
// exactly the flags Tab completion offers, and likewise for the root's persistent flags (definitions/
// global-flags.ts) and `kubectl options`; per-version differences resolve as written (since, removedIn, before);
// a real flag whose effect is not simulated answers with a hint instead of being ignored.
import { describe, expect, it } from 'vitest';
import { Clock } from '../../../../src/sim/clock.ts';
import type { Command } from '../../../../src/sim/kubectl/command.ts';
import { SIMULATED } from '../../../../src/sim/kubectl/commands/index.ts';
import { completeKubectl } from '../../../../src/sim/kubectl/completion.ts';
import { docFor, flagsFor } from '../../../../src/sim/kubectl/definition.ts';
import { globalFlagsFor, HELP_FLAG } from '../../../../src/sim/kubectl/definitions/global-flags.ts';
import { parseArgs } from '../../../../src/sim/kubectl/flags.ts';
import { PROFILES } from '../../../../src/sim/profiles/index.ts';
import { terminal } from '../../harness/session.ts';
import { stubApi } from '../shell/harness.ts';

const PROFILE_IDS = ['1.22', '1.35'] as const;

/** Every simulated command with the words that reach it (`create job`). */
const COMMANDS: ReadonlyArray<readonly [string, Command]> = SIMULATED.flatMap((c) => [
  [c.name, c] as const,
  ...(c.subcommands ?? []).map((s) => [`${c.name} ${s.name}`, s] as const),
]);

/** The long flag names of a flag list, in either layout (1.22 one line, 1.35 two lines). */
function flagNames(text: string): string[] {
  return [...text.matchAll(/^ {2,6}(?:-\S, )?--([a-z0-9-]+)=/gm)].map((m) => m[1]!);
}

/** The long flag names of the Options section. */
function helpFlagNames(help: string): string[] {
  return flagNames(help.split('\nOptions:\n')[1]?.split('\nUsage:\n')[0] ?? '');
}

/** The root's persistent flags of a profile and each command's -h/--help, as the parser takes them. */
const globalsOf = (profile: (typeof PROFILE_IDS)[number]) => [
  ...globalFlagsFor(PROFILES[profile], '/home/learner'),
  HELP_FLAG,
];

function completeFlags(path: string, profile: (typeof PROFILE_IDS)[number]): readonly string[] {
  const sources = {
    api: { ...stubApi(new Clock(0)), profile: PROFILES[profile] },
    namespace: 'default',
    fileNames: () => [],
  };
  return completeKubectl(path === '' ? [] : path.split(' '), '--', sources);
}

/** The command's own flags completion offers (one of its own may hide a global of the same name: set-context). */
function completionFlagNames(path: string, profile: (typeof PROFILE_IDS)[number], own: readonly string[]): string[] {
  const globals = new Set(globalsOf(profile).map((f) => `--${f.name}`));
  return [...new Set(completeFlags(path, profile))]
    .filter((w) => !globals.has(w) || own.includes(w.slice(2)))
    .map((w) => w.slice(2));
}

const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe('one definition per kubectl command: help, parser and completion agree', () => {
  for (const profile of PROFILE_IDS) {
    for (const [path, command] of COMMANDS) {
      it(`${profile} kubectl ${path}`, () => {
        const { run } = terminal(profile);
        const help = run(`kubectl ${path} --help`);
        expect(help.exitCode).toBe(0);
        const inHelp = helpFlagNames(help.stdout);
        const defined = flagsFor(command.flags, PROFILES[profile]);
        const parsed = defined.filter((f) => !f.hidden).map((f) => f.name);
        expect(sorted(inHelp)).toEqual(sorted(parsed));
        expect(sorted(completionFlagNames(path, profile, parsed))).toEqual(sorted(parsed));
        // The parser takes each of them (with a value where the flag needs one), hidden ones too.
        for (const f of defined) {
          const argv = f.noOptDefVal === undefined ? [`--${f.name}`, f.defaultValue || '0'] : [`--${f.name}`];
          expect(() => parseArgs(argv, [...globalsOf(profile), ...defined]), `--${f.name}`).not.toThrow();
        }
        // `kubectl help`'s other spellings print the same text.
        expect(run(`kubectl ${path} -h`).stdout).toBe(help.stdout);
      });
    }
  }

  it('covers every simulated command, each with its help texts', () => {
    expect(COMMANDS.map(([path]) => path).sort()).toEqual([
      'annotate',
      'api-resources',
      'apply',
      'auth',
      'auth can-i',
      'cluster-info',
      'cluster-info dump',
      'config',
      'config current-context',
      'config get-clusters',
      'config get-contexts',
      'config set-context',
      'config use-context',
      'config view',
      'create',
      'create configmap',
      'create cronjob',
      'create deployment',
      'create job',
      'create namespace',
      'create serviceaccount',
      'delete',
      'describe',
      'explain',
      'get',
      'label',
      'logs',
      'options',
      'patch',
      'rollout',
      'rollout history',
      'rollout restart',
      'rollout status',
      'rollout undo',
      'run',
      'scale',
      'top',
      'top node',
      'top pod',
      'version',
      'wait',
    ]);
    // `options` has a help template of its own (an empty one).
    for (const [, command] of COMMANDS) expect(command.doc ?? command.helpText).toBeDefined();
  });
});

describe('one definition of the global flags: kubectl options, parser and completion agree', () => {
  for (const profile of PROFILE_IDS) {
    it(`${profile} kubectl options`, () => {
      const { run } = terminal(profile);
      const options = run('kubectl options');
      expect(options.exitCode).toBe(0);
      const listed = flagNames(options.stdout);
      const defined = globalFlagsFor(PROFILES[profile], '/home/learner');
      const visible = defined.filter((f) => !f.hidden).map((f) => f.name);
      expect(sorted(listed)).toEqual(sorted(visible));
      // Completion offers them (and -h/--help) on the root and on every command.
      expect(sorted(completeFlags('', profile))).toEqual(sorted([...visible, 'help'].map((n) => `--${n}`)));
      for (const [path] of COMMANDS) {
        const offered = new Set(completeFlags(path, profile));
        for (const name of visible) expect(offered.has(`--${name}`), `${path} --${name}`).toBe(true);
      }
      // The parser takes each of them, with a value where the flag needs one, before and after a command.
      for (const f of defined) {
        const argv = f.noOptDefVal === undefined ? [`--${f.name}`, f.defaultValue || '0'] : [`--${f.name}`];
        expect(() => parseArgs(argv, globalsOf(profile)), `--${f.name}`).not.toThrow();
        expect(run(['kubectl', ...argv, 'get', 'jobs'].join(' ')).stderr, `--${f.name}`).not.toContain('unknown');
      }
    });
  }
});

describe('per-version differences resolve as written', () => {
  const version = SIMULATED.find((c) => c.name === 'version')!;

  it('a flag removed in 1.28 exists in 1.22 only: `kubectl version --short`', () => {
    expect(flagsFor(version.flags, PROFILES['1.22']).map((f) => f.name)).toContain('short');
    expect(flagsFor(version.flags, PROFILES['1.35']).map((f) => f.name)).not.toContain('short');
    expect(terminal('1.35').run('kubectl version --short').stderr).toBe(
      "error: unknown flag: --short\nSee 'kubectl version --help' for usage.\n",
    );
  });

  it('`before` gives the older value: --validate is a bool before 1.25', () => {
    const create = SIMULATED.find((c) => c.name === 'create')!;
    const at = (p: (typeof PROFILE_IDS)[number]) =>
      flagsFor(create.flags, PROFILES[p]).find((f) => f.name === 'validate')!;
    expect(at('1.22')).toMatchObject({ kind: 'bool', defaultValue: 'true' });
    expect(at('1.35')).toMatchObject({ kind: 'string', defaultValue: 'strict', noOptDefVal: 'strict' });
  });

  it('examples added later are left out of older versions, and changed ones are overridden', () => {
    const explain = SIMULATED.find((c) => c.name === 'explain')!;
    const old = docFor(explain.doc!, PROFILES['1.22']);
    expect(old.examples).toBe(
      '# Get the documentation of the resource and its fields\n      kubectl explain pods\n\n# Get the documentation of a specific field of a resource\n      kubectl explain pods.spec.containers',
    );
    expect(old.use).toBe('explain RESOURCE');
    expect(docFor(explain.doc!, PROFILES['1.35']).examples).toContain('kubectl explain pods --recursive');
  });
});

describe('real flags whose effect is not simulated', () => {
  it('answer with a hint and exit 1 instead of being ignored', () => {
    const { session } = terminal('1.35');
    let hint = '';
    session.shell.onOutput((c) => {
      if (c.stream === 'hint') hint += c.text;
    });
    session.shell.submit('kubectl create --raw /api/v1/namespaces -f x.yaml');
    const record = session.records[session.records.length - 1]!;
    expect(record.exitCode).toBe(1);
    expect(record.stdout).toBe('');
    expect(hint).toContain('`--raw` is a real flag of `kubectl create` whose effect is not simulated here');
  });

  it('given at their default they change nothing', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl create -f nope.yaml --edit=false')).toEqual({
      stdout: '',
      stderr: 'error: the path "nope.yaml" does not exist\n',
      exitCode: 1,
    });
  });
});
