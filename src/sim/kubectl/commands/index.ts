// The kubectl commands the simulator runs, and the root command's persistent flags: the one list that
// dispatch (kubectl.ts) and tab completion (completion.ts) both read, like cobra's command tree.

import type { Command } from '../command.ts';
import { boolFlag, type FlagSpec, stringFlag } from '../flags.ts';
import { apiResourcesCommand } from './api-resources.ts';
import { applyCommand } from './apply.ts';
import { createCommand } from './create.ts';
import { deleteCommand } from './delete.ts';
import { describeCommand } from './describe.ts';
import { explainCommand } from './explain.ts';
import { getCommand } from './get.ts';
import { logsCommand } from './logs.ts';
import { runCommand } from './run.ts';
import { versionCommand } from './version.ts';
import { waitCommand } from './wait.ts';

/** Persistent flags of the root command (kubectl options). */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  stringFlag('namespace', 'n'),
  stringFlag('context'),
  stringFlag('kubeconfig'),
  stringFlag('cluster'),
  stringFlag('user'),
  stringFlag('server', 's'),
  stringFlag('request-timeout', undefined, '0'),
  { name: 'v', shorthand: 'v', kind: 'int', defaultValue: '0' },
  boolFlag('insecure-skip-tls-verify'),
  boolFlag('help', 'h'),
];

export const SIMULATED: readonly Command[] = [
  createCommand,
  runCommand,
  getCommand,
  deleteCommand,
  describeCommand,
  logsCommand,
  applyCommand,
  waitCommand,
  versionCommand,
  apiResourcesCommand,
  explainCommand,
];
