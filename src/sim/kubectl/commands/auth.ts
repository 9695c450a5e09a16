// `kubectl auth can-i` (kubectl pkg/cmd/auth/cani.go, v0.22.0 and v0.35.0) for kind's admin user: kubeadm's
// admin.conf user (group system:masters until kubeadm 1.28, kubeadm:cluster-admins bound to cluster-admin from
// 1.29) may do every verb on every resource and non-resource URL, so every SelfSubjectAccessReview answers
// allowed: "yes", exit 0 (--quiet: nothing). Before that, Complete's and Validate's checks and warnings, in their
// order: an unknown type (resourceFor), a cluster-scoped type without -A, a verb the command does not know.
// From 1.27 the warnings go through printers.WarningPrinter, whose Print adds a newline after the message's own
// (an empty line follows each); its colour on a terminal is not simulated, as for the API server's warnings.
// `auth reconcile`, `auth whoami` and `can-i --list` are learner hints.
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { authDefinition, canIDefinition } from '../definitions/auth.ts';
import { ExitError, UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { goQuote } from '../flags.ts';
import { commandHelp } from '../help/render.ts';
import { resolveType } from '../resources.ts';
import { minorOf } from '../version-minor.ts';
import { printWarning } from '../warning-printer.ts';

const RESOURCE_VERBS = 'get list watch create update patch delete deletecollection use bind impersonate *'.split(' ');
const NON_RESOURCE_VERBS = 'get put post head options delete patch *'.split(' ');
/** Server-side names discovery does not list (the impersonate verb's targets): no warning. */
const NON_STANDARD = new Set(['users', 'groups']);

function resourceVerbs(minor: number): string[] {
  if (minor >= 32) return [...RESOURCE_VERBS, 'approve', 'sign', 'escalate', 'attest'];
  return minor >= 31 ? [...RESOURCE_VERBS, 'approve'] : RESOURCE_VERBS;
}

function runCanI(flags: Flags, env: CommandEnv): ProgramResult {
  const minor = minorOf(env);
  // 1.27 moved these to printers.WarningPrinter (coloured on a terminal; its Print adds a newline after the
  // message's own); before, fmt.Fprintf(o.ErrOut, "Warning: …\n") (cani.go v0.22.0).
  const warn = (message: string) =>
    minor >= 27 ? printWarning(env.io, `${message}\n`) : env.io.err(`Warning: ${message}\n`);
  const args = flags.positionals;
  if (flags.bool('list')) {
    if (args.length !== 0) throw new Error('list option must be specified with no arguments');
  } else if (args.length !== 2) {
    throw new Error(
      minor >= 26
        ? "you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples."
        : 'you must specify two or three arguments: verb, resource, and optional resourceName',
    );
  }
  const [verb = '', target = ''] = args;
  const nonResourceURL = target.startsWith('/') ? target : '';
  let resource = '';
  let namespaced = true;
  if (nonResourceURL === '') {
    const slash = target.indexOf('/');
    // TYPE/NAME: the name only narrows the review, which the admin passes anyway.
    const word = slash >= 0 ? target.slice(0, slash) : target;
    resource = word;
    if (word !== '*') {
      try {
        const type = resolveType(word);
        namespaced = type.namespaced;
        resource = type.resource;
      } catch {
        // resourceFor: schema.ParseResourceArg's group is what follows the first dot.
        const lower = word.toLowerCase();
        const dot = lower.indexOf('.');
        if (!NON_STANDARD.has(lower)) {
          warn(
            dot < 0
              ? `the server doesn't have a resource type '${lower}'`
              : `the server doesn't have a resource type '${lower.slice(0, dot)}' in group '${lower.slice(dot + 1)}'`,
          );
        }
      }
    }
  }
  // Validate.
  if (!flags.bool('list')) {
    if (nonResourceURL !== '') {
      if (flags.string('subresource') !== '') throw new Error('--subresource can not be used with NonResourceURL');
      if (!NON_RESOURCE_VERBS.includes(verb)) warn(`verb '${verb}' is not a known verb`);
    } else if (resource !== '' && !flags.bool('all-namespaces')) {
      if (!namespaced) {
        const type = resolveType(target.split('/')[0]!);
        warn(
          type.group === ''
            ? `resource '${type.resource}' is not namespace scoped`
            : `resource '${type.resource}' is not namespace scoped in group '${type.group}'`,
        );
      }
      if (!resourceVerbs(minor).includes(verb)) warn(`verb '${verb}' is not a known verb`);
    }
    if (flags.bool('no-headers')) throw new Error('--no-headers cannot be set without --list specified');
  }
  // kubeadm's admin may do anything: the review is allowed.
  if (!flags.bool('quiet')) env.io.out('yes\n');
  return OK;
}

const canICommand: Command = { ...canIDefinition, run: runCanI };

export const authCommand: Command = {
  ...authDefinition,
  subcommands: [canICommand],
  unsimulatedSubcommands: new Set(['reconcile', 'whoami']),
  run: (flags: Flags, env: CommandEnv, path: string): ProgramResult => {
    // DefaultSubCommandRun, as `kubectl config` and `kubectl top`.
    if (flags.positionals.length > 0) {
      throw new UsageError(path, `unknown command ${goQuote(flags.positionals.join(' '))}`);
    }
    env.io.err(commandHelp(authCommand, env.profile, path));
    throw new ExitError(1);
  },
};
