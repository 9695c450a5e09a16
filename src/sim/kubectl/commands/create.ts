// `kubectl create -f FILE` and its subcommands (kubectl pkg/cmd/create/create.go NewCmdCreate): the file path
// shares apply's create-from-files (commands/apply.ts); `create job`, `create cronjob`, `create deployment`, `create namespace`,
// `create serviceaccount` and `create configmap` are commands/create-<name>.ts; the other real
// subcommands are listed so kubectl.ts can say they are not simulated.
import type { Command } from '../command.ts';
import { createDefinition } from '../definitions/create.ts';
import { UsageError } from '../errors.ts';
import { runCreateFromFiles } from './apply.ts';
import { createConfigMapCommand } from './create-configmap.ts';
import { createCronJobCommand } from './create-cronjob.ts';
import { createDeploymentCommand } from './create-deployment.ts';
import { createJobCommand } from './create-job.ts';
import { createNamespaceCommand } from './create-namespace.ts';
import { createServiceAccountCommand } from './create-serviceaccount.ts';

/** `kubectl create` subcommands of real kubectl (1.22-1.35, with aliases) that this simulator does not run. */
export const UNSIMULATED_CREATE: ReadonlySet<string> = new Set(
  'clusterrole clusterrolebinding ingress ing poddisruptionbudget pdb priorityclass pc quota resourcequota role rolebinding secret service svc token'.split(
    ' ',
  ),
);

export const createCommand: Command = {
  ...createDefinition,
  subcommands: [
    createConfigMapCommand,
    createCronJobCommand,
    createDeploymentCommand,
    createJobCommand,
    createNamespaceCommand,
    createServiceAccountCommand,
  ],
  run: (flags, env, path) => {
    if (flags.list('filename').length === 0) {
      if (flags.positionals.length > 0) {
        throw new UsageError(path, `Unexpected args: [${flags.positionals.join(' ')}]`);
      }
      throw new UsageError(path, 'must specify one of -f and -k');
    }
    return runCreateFromFiles(flags, env, path);
  },
};
