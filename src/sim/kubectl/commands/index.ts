// The kubectl commands the simulator runs: the one list that dispatch (kubectl.ts), the root help
// (help.ts) and tab completion (completion.ts) read, like cobra's command tree. The root command's persistent
// flags are definitions/global-flags.ts.

import type { Command } from '../command.ts';
import { annotateCommand } from './annotate.ts';
import { apiResourcesCommand } from './api-resources.ts';
import { applyCommand } from './apply.ts';
import { authCommand } from './auth.ts';
import { clusterInfoCommand } from './cluster-info.ts';
import { configCommand } from './config.ts';
import { createCommand } from './create.ts';
import { deleteCommand } from './delete.ts';
import { describeCommand } from './describe.ts';
import { explainCommand } from './explain.ts';
import { getCommand } from './get.ts';
import { labelCommand } from './label.ts';
import { logsCommand } from './logs.ts';
import { optionsCommand } from './options.ts';
import { patchCommand } from './patch.ts';
import { rolloutCommand } from './rollout.ts';
import { runCommand } from './run.ts';
import { scaleCommand } from './scale.ts';
import { topCommand } from './top.ts';
import { versionCommand } from './version.ts';
import { waitCommand } from './wait.ts';

export const SIMULATED: readonly Command[] = [
  createCommand,
  runCommand,
  getCommand,
  deleteCommand,
  describeCommand,
  logsCommand,
  applyCommand,
  patchCommand,
  labelCommand,
  annotateCommand,
  scaleCommand,
  rolloutCommand,
  waitCommand,
  clusterInfoCommand,
  configCommand,
  topCommand,
  authCommand,
  versionCommand,
  apiResourcesCommand,
  explainCommand,
  optionsCommand,
];
