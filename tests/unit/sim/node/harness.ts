// Runs a container to its end on a private virtual timeline and records what the kubelet would see.

import { DEFAULT_EPOCH } from '../../../../src/sim/clock.ts';
import { createContainerRuntime } from '../../../../src/sim/node/container-runtime.ts';
import type { ContainerLaunch, ContainerStep, StartResult } from '../../../../src/sim/node/runtime.ts';
import { Random } from '../../../../src/sim/random.ts';

export interface RunOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  reason: string;
  /** Virtual milliseconds from start to exit. */
  elapsedMs: number;
  resumes: number;
}

export function launch(
  image: string,
  command?: string[],
  args?: string[],
  extra: Partial<ContainerLaunch> = {},
): ContainerLaunch {
  return {
    image,
    ...(command ? { command } : {}),
    ...(args ? { args } : {}),
    env: { KUBERNETES_SERVICE_HOST: '10.96.0.1' },
    hostname: 'job-1-abcde',
    random: new Random(7),
    startedAt: DEFAULT_EPOCH,
    ...extra,
  };
}

export function start(l: ContainerLaunch): { result: StartResult; output: Array<[string, string]> } {
  const output: Array<[string, string]> = [];
  const result = createContainerRuntime().start(l, (stream, text) => output.push([stream, text]));
  return { result, output };
}

export function run(image: string, command?: string[], args?: string[], maxMs = 3_600_000): RunOutcome {
  const l = launch(image, command, args);
  const { result, output } = start(l);
  if (!result.ok) throw new Error(`start failed: ${result.message}`);
  let now = l.startedAt;
  let resumes = 0;
  let step: ContainerStep;
  for (;;) {
    step = result.process.resume(now);
    resumes++;
    if (step.type === 'exit') break;
    now += step.ms;
    if (now - l.startedAt > maxMs) throw new Error('container did not exit in time');
  }
  return {
    stdout: output
      .filter(([s]) => s === 'stdout')
      .map(([, t]) => t)
      .join(''),
    stderr: output
      .filter(([s]) => s === 'stderr')
      .map(([, t]) => t)
      .join(''),
    exitCode: step.exitCode,
    reason: step.reason,
    elapsedMs: now - l.startedAt,
    resumes,
  };
}

export const sh = (image: string, shell: string, script: string, maxMs?: number) =>
  run(image, [shell, '-c', script], undefined, maxMs);
