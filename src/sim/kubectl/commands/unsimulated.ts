// Real kubectl commands the simulator does not run (exec, edit, scale, port-forward, …). They answer as far as
// this cluster decides the answer — a missing object gives kubectl's NotFound, a finished pod gives the
// command's "completed pod" error (kubectl pkg/cmd/exec/exec.go, attach/attach.go, portforward/portforward.go)
// — and otherwise stop with a learner hint (io.hint, never part of a transcript) instead of inventing output.

import { t } from '../../../i18n/t.ts';
import type { Pod } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import type { CommandEnv } from '../command.ts';
import { parseResourceArgs } from '../resources.ts';
import { getObject } from './get.ts';

/** Commands whose first positional names a pod, with the error each gives for a finished pod. */
const POD_COMMANDS: Record<string, (phase: string) => string> = {
  exec: (phase) => `cannot exec into a container in a completed pod; current phase is ${phase}`,
  attach: (phase) => `cannot attach a container in a completed pod; current phase is ${phase}`,
  'port-forward': (phase) => `unable to forward port because pod is not running. Current status=${phase}`,
};

/** Commands taking `TYPE NAME` / `TYPE/NAME` arguments as their first positionals. */
const OBJECT_COMMANDS = new Set(['edit', 'expose', 'autoscale']);

function hint(env: CommandEnv, name: string): ProgramResult {
  env.io.hint(t(env.ctx.locale ?? 'en', 'hint.kubectl.unsimulatedCommand', { command: name }));
  return { exitCode: 1 };
}

/** `exec POD`, `exec pod/POD`: the pod must exist and not have finished. */
function podCommand(env: CommandEnv, name: string, args: readonly string[]): ProgramResult {
  const target = args[0];
  if (target === undefined) return hint(env, name);
  const podName =
    target.startsWith('pod/') || target.startsWith('pods/') ? target.slice(target.indexOf('/') + 1) : target;
  if (target.includes('/') && podName === target) return hint(env, name);
  const pod = env.api.get<Pod>('Pod', env.namespace, podName);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') throw new Error(POD_COMMANDS[name]!(phase));
  return hint(env, name);
}

/** `scale job x`, `label pod/x a=b`: every named object must exist. */
function objectCommand(env: CommandEnv, name: string, args: readonly string[]): ProgramResult {
  const named = args.filter((a) => !a.includes('='));
  const resourceArgs = named[0]?.includes('/') ? named.filter((a) => a.includes('/')) : named.slice(0, 2);
  if (resourceArgs.length === 0) return hint(env, name);
  const { refs } = parseResourceArgs(resourceArgs);
  for (const ref of refs) getObject(env, ref.type, env.namespace, ref.name);
  return hint(env, name);
}

/** Runs an unsimulated root command; throws what kubectl would print (CheckErr formats it). */
export function runUnsimulated(name: string, args: readonly string[], env: CommandEnv): ProgramResult {
  if (name in POD_COMMANDS) return podCommand(env, name, args);
  if (OBJECT_COMMANDS.has(name)) return objectCommand(env, name, args);
  return hint(env, name);
}
