// `kubectl config` (kubectl pkg/cmd/config) over the session's kubeconfig (kubeconfig.ts): kind's one context,
// cluster and user, `kind-jobslab`. current-context, get-contexts, get-clusters, view, set-context and use-context
// run; the subcommands that would add, rename or delete entries answer with a learner hint (a second context
// would point at no cluster the simulator has), as do set-context on another context and view --raw/--flatten
// (the certificates are not simulated).

import { t } from '../../../i18n/t.ts';
import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import {
  configDefinition,
  currentContextDefinition,
  getClustersDefinition,
  getContextsDefinition,
  setContextDefinition,
  UNSIMULATED_CONFIG,
  useContextDefinition,
  viewDefinition,
} from '../definitions/config.ts';
import { ExitError, UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { goQuote } from '../flags.ts';
import { commandHelp } from '../help/render.ts';
import { type Kubeconfig, kubeconfigOf } from '../kubeconfig.ts';
import { outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { KUBECTL_TABLE_OPTIONS, tabify } from '../printers/tabwriter.ts';
import { minorOf } from '../version-minor.ts';
import { runUnsimulated } from './unsimulated.ts';

/**
 * The kubeconfig as `config view` prints it: clientcmd api/v1 Config in its struct order (JSON keeps it, YAML sorts
 * it), after ShortenConfig (client-go tools/clientcmd/api/helpers.go): certificate-authority-data DATA+OMITTED;
 * the client certificate and key REDACTED until 1.25, DATA+OMITTED from 1.26 (RedactSecrets first, then
 * ShortenConfig's dataOmittedBytes). `preferences: {}` is printed until 1.33; 1.34's `omitzero` drops it.
 */
function viewObject(kc: Kubeconfig, env: CommandEnv): Record<string, unknown> {
  const minor = minorOf(env);
  const userData = minor < 26 ? 'REDACTED' : 'DATA+OMITTED';
  const context: Record<string, string> = { cluster: kc.name, user: kc.name };
  if (kc.namespaceField !== '') context.namespace = kc.namespaceField;
  return {
    kind: 'Config',
    apiVersion: 'v1',
    ...(minor < 34 ? { preferences: {} } : {}),
    clusters: [{ name: kc.name, cluster: { server: kc.server, 'certificate-authority-data': 'DATA+OMITTED' } }],
    users: [{ name: kc.name, user: { 'client-certificate-data': userData, 'client-key-data': userData } }],
    contexts: [{ name: kc.name, context }],
    'current-context': kc.name,
  };
}

function runView(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  if (flags.positionals.length > 0)
    throw new UsageError(path, `unexpected arguments: [${flags.positionals.join(' ')}]`);
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  // Validate: --merge=false needs --kubeconfig, which is not simulated.
  if (!flags.bool('merge')) {
    throw new Error(`if merge==false a precise file must ${minorOf(env) < 24 ? 'to' : 'be'} specified`);
  }
  if (format.type === 'name' || format.type === 'table') {
    return runUnsimulated('config view', [], env);
  }
  // --minify keeps what the current context uses: everything, here.
  printGeneric(env.io, format, [viewObject(kubeconfigOf(env.ctx), env) as unknown as KubeObject], false, 'insertion');
  return OK;
}

function runCurrentContext(_flags: Flags, env: CommandEnv): ProgramResult {
  env.io.out(`${kubeconfigOf(env.ctx).name}\n`);
  return OK;
}

function runGetClusters(_flags: Flags, env: CommandEnv): ProgramResult {
  env.io.out(`NAME\n${kubeconfigOf(env.ctx).name}\n`);
  return OK;
}

/** get_contexts.go: Validate (1.22: before Complete) and Complete's output check, then the tabwriter table. */
function runGetContexts(flags: Flags, env: CommandEnv): ProgramResult {
  const output = flags.string('output');
  if (minorOf(env) < 23) {
    const valid = ['', 'json', 'yaml', 'wide', 'name', 'custom-columns', 'custom-columns-file', 'go-template'];
    valid.push('go-template-file', 'jsonpath', 'jsonpath-file');
    if (!valid.includes(output)) throw new Error(`output must be one of '' or 'name': ${output}`);
  }
  if (output !== '' && output !== 'name') {
    throw new Error(
      `--output ${output} is not available in kubectl config get-contexts; resetting to default output format`,
    );
  }
  const kc = kubeconfigOf(env.ctx);
  const nameOnly = output === 'name';
  const names = flags.positionals;
  const missing = names.filter((n) => n !== kc.name);
  const shown = names.length === 0 || names.length > missing.length ? [kc.name] : [];
  let table = '';
  if (!nameOnly && !flags.bool('no-headers')) table += 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
  for (const name of shown) {
    table += nameOnly ? `${name}\n` : `*\t${name}\t${kc.name}\t${kc.name}\t${kc.namespaceField}\n`;
  }
  env.io.out(tabify(table, KUBECTL_TABLE_OPTIONS));
  // utilerrors.NewAggregate: one error alone, several as [a, b].
  const errors = missing.map((n) => `context ${n} not found`);
  if (errors.length === 1) throw new Error(errors[0]);
  if (errors.length > 1) throw new Error(`[${errors.join(', ')}]`);
  return OK;
}

/** set_context.go: only the kind-jobslab context exists; its cluster and user stay kind's. */
function runSetContext(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  const args = flags.positionals;
  const kc = kubeconfigOf(env.ctx);
  if (args.length > 1) {
    // helpErrorf: the help on stdout, then the error.
    env.io.out(commandHelp(setContextCommand, env.profile, path));
    throw new Error(`Unexpected args: [${args.join(' ')}]`);
  }
  const name = args[0] ?? '';
  const current = flags.bool('current');
  if (name === '' && !current) throw new Error('you must specify a non-empty context name or --current');
  if (name !== '' && current) throw new Error('you cannot specify both a context name and --current');
  const target = current ? kc.name : name;
  const keeps = (flag: string) => !flags.changed(flag) || flags.string(flag) === kc.name;
  if (target !== kc.name || !keeps('cluster') || !keeps('user')) {
    env.io.hint(t(env.ctx.locale ?? 'en', 'hint.kubectl.kubeconfigEntries'));
    return { exitCode: 1 };
  }
  if (flags.changed('namespace')) kc.setNamespace(flags.string('namespace'));
  env.io.out(`Context ${goQuote(target)} modified.\n`);
  return OK;
}

function runUseContext(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  const args = flags.positionals;
  if (args.length !== 1) {
    env.io.out(commandHelp(useContextCommand, env.profile, path));
    throw new Error(`Unexpected args: [${args.join(' ')}]`);
  }
  const name = args[0]!;
  if (name === '') throw new Error('empty context names are not allowed');
  if (name !== kubeconfigOf(env.ctx).name) throw new Error(`no context exists with the name: ${goQuote(name)}`);
  env.io.out(`Switched to context ${goQuote(name)}.\n`);
  return OK;
}

const currentContextCommand: Command = { ...currentContextDefinition, run: runCurrentContext };
const getClustersCommand: Command = { ...getClustersDefinition, run: runGetClusters };
const getContextsCommand: Command = { ...getContextsDefinition, run: runGetContexts };
const viewCommand: Command = { ...viewDefinition, run: runView };
const setContextCommand: Command = { ...setContextDefinition, run: runSetContext };
const useContextCommand: Command = { ...useContextDefinition, run: runUseContext };

/**
 * `kubectl config` alone: DefaultSubCommandRun prints the help on stderr and exits 1 (CheckErr(ErrExit));
 * with an argument that is no subcommand, RequireNoArguments' usage error.
 */
function runConfig(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  if (flags.positionals.length > 0)
    throw new UsageError(path, `unknown command ${goQuote(flags.positionals.join(' '))}`);
  env.io.err(commandHelp(configCommand, env.profile, path));
  throw new ExitError(1);
}

export const configCommand: Command = {
  ...configDefinition,
  subcommands: [
    currentContextCommand,
    getClustersCommand,
    getContextsCommand,
    setContextCommand,
    useContextCommand,
    viewCommand,
  ],
  unsimulatedSubcommands: UNSIMULATED_CONFIG,
  run: runConfig,
};
