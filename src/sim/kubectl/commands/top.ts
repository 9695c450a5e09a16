// `kubectl top pod|node` (kubectl pkg/cmd/top, 1.22 and 1.35 alike): kind installs no metrics-server, so discovery
// lists no metrics.k8s.io group and RunTopPod/RunTopNode return "Metrics API not available" (exit 1), after
// Complete's argument check (UsageErrorf with the Use line), Validate (--sort-by, NAME with a selector) and the
// selectors' parsing. `kubectl top` alone is DefaultSubCommandRun: help on stderr, exit 1.
import type { ProgramResult } from '../../shell/program.ts';
import type { Command, CommandEnv } from '../command.ts';
import { topDefinition, topNodeDefinition, topPodDefinition } from '../definitions/top.ts';
import { ExitError, UsageError } from '../errors.ts';
import { parseFieldSelector } from '../field-selector.ts';
import type { Flags } from '../flags.ts';
import { goQuote } from '../flags.ts';
import { commandHelp } from '../help/render.ts';
import { parseLabelSelector } from '../label-selector.ts';

const METRICS_UNAVAILABLE = 'Metrics API not available';

function validate(flags: Flags, path: string, use: string, selectorError: string): void {
  const args = flags.positionals;
  if (args.length > 1) throw new UsageError(path, use);
  const sortBy = flags.string('sort-by');
  if (sortBy !== '' && sortBy !== 'cpu' && sortBy !== 'memory') throw new Error('--sort-by accepts only cpu or memory');
  // top node has no --field-selector (string() of an undefined flag is '').
  const selectors = flags.string('selector') !== '' || flags.string('field-selector') !== '';
  if (args.length === 1 && selectors) throw new Error(selectorError);
}

function runTopPod(flags: Flags, _env: CommandEnv, path: string): ProgramResult {
  validate(flags, path, 'pod [NAME | -l label]', 'only one of NAME or selector can be provided');
  if (flags.string('selector') !== '') parseLabelSelector(flags.string('selector'));
  if (flags.string('field-selector') !== '') parseFieldSelector(flags.string('field-selector'));
  throw new Error(METRICS_UNAVAILABLE);
}

function runTopNode(flags: Flags, _env: CommandEnv, path: string): ProgramResult {
  validate(flags, path, 'node [NAME | -l label]', 'only one of NAME or --selector can be provided');
  if (flags.string('selector') !== '') parseLabelSelector(flags.string('selector'));
  throw new Error(METRICS_UNAVAILABLE);
}

const topPodCommand: Command = { ...topPodDefinition, run: runTopPod };
const topNodeCommand: Command = { ...topNodeDefinition, run: runTopNode };

export const topCommand: Command = {
  ...topDefinition,
  subcommands: [topNodeCommand, topPodCommand],
  run: (flags: Flags, env: CommandEnv, path: string): ProgramResult => {
    if (flags.positionals.length > 0) {
      throw new UsageError(path, `unknown command ${goQuote(flags.positionals.join(' '))}`);
    }
    env.io.err(commandHelp(topCommand, env.profile, path));
    throw new ExitError(1);
  },
};
