// `kubectl run NAME --image=IMG [--restart=…] [--command] -- [args…]` (spec §3.1; kubectl pkg/cmd/run/run.go):
// always exactly one Pod named NAME, labels run=NAME, args (or command with --command) after `--`.

import type { Pod } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { runDefinition } from '../definitions/run.ts';
import { UsageError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow, printGeneric } from '../output-format.ts';
import { dryRunSuffix, parseDryRun } from './dry-run.ts';

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`invalid label spec: ${part}`);
    labels[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return labels;
}

function runRun(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  const dash = flags.argsLenAtDash;
  const before = dash >= 0 ? flags.positionals.slice(0, dash) : flags.positionals;
  const after = dash >= 0 ? flags.positionals.slice(dash) : flags.positionals.slice(1);
  // cobra MarkFlagRequired("image") is checked before Run (spec §3.1).
  if (!flags.changed('image')) throw new Error('required flag(s) "image" not set');
  if (before.length === 0) throw new UsageError(path, 'NAME is required for run');
  const name = before[0]!;
  const image = flags.string('image');
  if (image === '') throw new Error('--image is required');
  // run.go Complete builds the printer before any API call.
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  const interactive = flags.bool('stdin');
  let restart = flags.string('restart');
  if (restart === '') restart = interactive ? 'OnFailure' : 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) {
    throw new Error(`invalid restart policy: ${restart}, valid values are: Always, OnFailure, Never`);
  }
  if (flags.bool('tty') && !interactive) throw new Error('-i/--stdin is required for containers with -t/--tty=true');
  if (flags.bool('rm') && !interactive && !flags.bool('attach')) {
    throw new Error('--rm should only be used for attached containers');
  }
  const labels = flags.changed('labels') ? parseLabels(flags.string('labels')) : { run: name };
  const env_ = flags.list('env').map((e) => {
    const eq = e.indexOf('=');
    return eq >= 0 ? { name: e.slice(0, eq), value: e.slice(eq + 1) } : { name: e };
  });
  const container: Record<string, unknown> = { name, image };
  if (after.length > 0) container[flags.bool('command') ? 'command' : 'args'] = after;
  if (env_.length > 0) container.env = env_;
  if (flags.string('image-pull-policy')) container.imagePullPolicy = flags.string('image-pull-policy');
  container.resources = {};
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { labels, name, ...(env.profile.dryRunNullCreationTimestamp ? { creationTimestamp: null } : {}) },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
    status: {},
  };
  let shown: unknown = pod;
  if (dryRun !== 'client') {
    const { status: _status, ...body } = pod;
    const { creationTimestamp: _ct, ...meta } = pod.metadata as Record<string, unknown>;
    shown = env.api.create<Pod>(
      { ...body, metadata: { ...meta, namespace: env.namespace } },
      { dryRun: dryRun === 'server' },
    );
  }
  if (format.type === 'table') env.io.out(`pod/${name} created${dryRunSuffix(dryRun)}\n`);
  else printGeneric(env.io, format, [shown as Pod], false, 'insertion');
  return OK;
}

export const runCommand: Command = {
  ...runDefinition,
  run: runRun,
};
