// kubectl as a shell Program: finds the (sub)command like cobra's Find, parses flags with pflag semantics,
// runs it, and turns every error into kubectl's stderr text via CheckErr (errors.ts). Never throws.

import { t } from '../../i18n/t.ts';
import type { Program, ProgramContext, ProgramIO, ProgramResult } from '../shell/program.ts';
import type { Command, CommandEnv } from './command.ts';
import { UNSIMULATED_CREATE } from './commands/create.ts';
import { SIMULATED } from './commands/index.ts';
import { runUnsimulated } from './commands/unsimulated.ts';
import { flagsFor, subcommandsFor } from './definition.ts';
import { globalFlagsFor, HELP_FLAG, homeOf } from './definitions/global-flags.ts';
import { CommandFlagError, ExitError, formatError, UnknownCommandError, UsageError } from './errors.ts';
import { FlagParseError, type FlagSpec, Flags, parseArgs } from './flags.ts';
import { commandHelp } from './help/render.ts';
import { rootCommandOrder, rootHelp } from './help.ts';
import { unknownHelpTopic } from './help-topic.ts';
import { kubeconfigOf } from './kubeconfig.ts';
import { suggestionsFor } from './suggestions.ts';
import { runVerbose, startVerbose } from './verbose/verbosity.ts';

/** cobra stripFlags: words that are not flags or flag values, to find the command path. */
function commandWords(argv: readonly string[], flags: readonly FlagSpec[]): string[] {
  const takesValue = (spec: FlagSpec | undefined): boolean => spec === undefined || spec.noOptDefVal === undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a.startsWith('--') && !a.includes('=')) {
      if (takesValue(flags.find((f) => f.name === a.slice(2)))) i++;
    } else if (a.startsWith('-') && a.length === 2 && !a.includes('=')) {
      if (takesValue(flags.find((f) => f.shorthand === a[1]))) i++;
    } else if (a !== '' && !a.startsWith('-')) words.push(a);
  }
  return words;
}

/** `-n x`, `-nx`, `--namespace x`, `--namespace=x` for commands whose other flags are not known here. */
function flagValue(argv: readonly string[], name: string, shorthand: string): string | undefined {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (a === `--${name}` || a === `-${shorthand}`) value = argv[i + 1];
    else if (a.startsWith(`--${name}=`)) value = a.slice(name.length + 3);
    else if (a.startsWith(`-${shorthand}`) && a.length > 2 && !a.startsWith('--')) value = a.slice(2).replace(/^=/, '');
  });
  return value;
}

/**
 * The namespace a command uses without -n: the kubeconfig context's (read at each command, as kubectl loads its
 * kubeconfig each time; a background job's context copy shares the session's kubeconfig).
 */
function contextNamespace(ctx: ProgramContext): string {
  return ctx.kubeconfig ? ctx.kubeconfig.namespace() : ctx.namespace;
}

/** Global flags choosing a kubeconfig entry. */
const KUBECONFIG_SELECTORS = new Set(['context', 'cluster', 'user']);

function removeFirst(argv: readonly string[], word: string): string[] {
  const i = argv.indexOf(word);
  return i < 0 ? [...argv] : [...argv.slice(0, i), ...argv.slice(i + 1)];
}

function execute(argv: readonly string[], io: ProgramIO, ctx: ProgramContext): ProgramResult {
  const profile = ctx.api.profile;
  // Every command inherits the root's persistent flags and has its own -h/--help.
  const globals = [...globalFlagsFor(profile, homeOf(ctx.fs)), HELP_FLAG];
  const words = commandWords(argv, globals);
  const first = words[0];
  let command: Command | undefined;
  let path = 'kubectl';
  let rest = [...argv];
  if (first === 'help') {
    // `kubectl help TOPIC…` is `kubectl TOPIC… --help` (help-topic.ts); with no topic, the root help.
    const topic = words.slice(1);
    const known = topic[0] === undefined || rootCommandOrder(ctx.api.profile).includes(topic[0]);
    if (known) return execute([...topic, '--help'], io, ctx);
    io.err(unknownHelpTopic(topic, ctx.api.profile));
    return { exitCode: 0 };
  }
  if (first !== undefined) {
    command = SIMULATED.find((c) => c.name === first);
    if (!command) {
      if (rootCommandOrder(ctx.api.profile).includes(first)) {
        const namespace = flagValue(argv, 'namespace', 'n');
        const env: CommandEnv = {
          io,
          ctx,
          api: ctx.api,
          profile: ctx.api.profile,
          namespace: namespace ?? contextNamespace(ctx),
          namespaceExplicit: namespace !== undefined,
        };
        const dash = argv.indexOf('--');
        return runUnsimulated(
          first,
          words.slice(1).filter((w) => dash < 0 || argv.indexOf(w) < dash),
          env,
        );
      }
      const suggestions = suggestionsFor(first, rootCommandOrder(ctx.api.profile));
      const block =
        suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}` : '';
      throw new UnknownCommandError('kubectl', `unknown command "${first}" for "kubectl"${block}`);
    }
    path = `kubectl ${command.name}`;
    rest = removeFirst(rest, first);
    const second = commandWords(rest, [...globals, ...flagsFor(command.flags, profile)])[0];
    // A real subcommand the simulator does not model (create secret, config set-cluster, auth reconcile, …): say
    // so plainly instead of failing on its flags with an error kubectl would not print.
    const unsimulatedSub = command.name === 'create' ? UNSIMULATED_CREATE : command.unsimulatedSubcommands;
    // Only those this version has (`auth whoami` came in 1.27); create's set also holds their aliases.
    const inVersionSub = (name: string) =>
      command?.name === 'create' || subcommandsFor(command?.doc, profile).some((s) => s.name === name);
    if (second && unsimulatedSub?.has(second) && inVersionSub(second)) {
      const namespace = flagValue(argv, 'namespace', 'n');
      return runUnsimulated(`${command.name} ${second}`, [], {
        io,
        ctx,
        api: ctx.api,
        profile: ctx.api.profile,
        namespace: namespace ?? contextNamespace(ctx),
        namespaceExplicit: namespace !== undefined,
      });
    }
    const sub = command.subcommands?.find((s) => s.name === second || s.aliases?.includes(second ?? ''));
    if (sub && second) {
      command = sub;
      path = `${path} ${sub.name}`;
      rest = removeFirst(rest, second);
    }
  }
  const own = command ? flagsFor(command.flags, profile) : [];
  // A command's own flag hides the root's of the same name (cobra merges inherited flags by name: `config
  // set-context --namespace` is its own, without the root's -n until 1.35).
  const specs = [...globals.filter((g) => !own.some((o) => o.name === g.name)), ...own];
  let flags: Flags;
  try {
    flags = new Flags(parseArgs(rest, specs), specs);
  } catch (e) {
    if (e instanceof FlagParseError) throw new CommandFlagError(path, e);
    throw e;
  }
  if (!command || flags.bool('help')) {
    io.out(command ? commandHelp(command, profile, path) : rootHelp(profile));
    return { exitCode: 0 };
  }
  // `--context kind-jobslab` (kind's advice after create: `kubectl cluster-info --context kind-jobslab`), and
  // --cluster/--user of that name, select what the session's kubeconfig already uses: nothing to simulate.
  const selectsOwn = (name: string) => KUBECONFIG_SELECTORS.has(name) && flags.string(name) === kubeconfigOf(ctx).name;
  const unsimulated = specs.find(
    (f) =>
      f.unsimulated && flags.changed(f.name) && flags.string(f.name) !== (f.defaultValue ?? '') && !selectsOwn(f.name),
  );
  if (unsimulated) {
    io.hint(t(ctx.locale ?? 'en', 'hint.kubectl.unsimulatedFlag', { flag: `--${unsimulated.name}`, command: path }));
    return { exitCode: 1 };
  }
  // -v: klog's lines on stderr (verbose/); a level or command whose output is not simulated stops with a hint.
  const verbose = startVerbose(flags, path, io, ctx);
  if (verbose.kind === 'unsimulated') {
    io.hint(t(ctx.locale ?? 'en', 'hint.kubectl.verboseUnsimulated', { level: flags.string('v'), command: path }));
    return { exitCode: 1 };
  }
  const namespace = flags.string('namespace');
  const env: CommandEnv = {
    io,
    ctx,
    api: verbose.kind === 'on' ? verbose.api : ctx.api,
    profile: ctx.api.profile,
    namespace: namespace || contextNamespace(ctx),
    namespaceExplicit: flags.changed('namespace'),
    ...(verbose.kind === 'on' ? { verbose: verbose.run } : {}),
  };
  const run = command.run;
  if (!run) throw new UsageError(path, `Unexpected args: [${flags.positionals.join(' ')}]`);
  if (verbose.kind === 'off') return run(flags, env, path);
  return runVerbose(verbose.run, io, ctx, () => run(flags, env, path));
}

export const kubectl: Program = (argv, io, ctx) => {
  try {
    return execute(argv, io, ctx);
  } catch (e) {
    if (e instanceof ExitError) {
      if (e.hint) io.hint(t(ctx.locale ?? 'en', e.hint));
      return { exitCode: e.exitCode };
    }
    try {
      io.err(formatError(e, ctx.api.profile));
    } catch {
      io.err('error: internal error\n');
    }
    return { exitCode: 1 };
  }
};
