// Runs a lesson's output script through a simulator session and collects what each step printed, so the
// outputs shown in the prose are the simulator's own (scripts/generate-lesson-outputs.ts writes them to
// src/lessons/<slug>/outputs.json; tests/unit/lessons/outputs.test.ts regenerates and compares).
// Typing follows the CLI's --script mode: the clock moves only in sleep / kubectl wait, and a foreground
// command still running when the next line comes is stopped with Ctrl-C.
import { createSession } from '../sim/session.ts';
import type { Lesson, ScriptStep } from './lesson.ts';

export interface StepOutput {
  command: string;
  /** stdout and stderr as the terminal shows them, in order; no trailing newline. */
  output: string;
}

export interface LessonOutputs {
  profile: Lesson['cluster']['profile'];
  seed: number;
  steps: Record<string, StepOutput>;
}

/** The profile and seed of the lesson's cluster are all a script needs: its steps type their own files. */
export function generateOutputs(
  settings: Pick<Lesson['cluster'], 'profile' | 'seed'>,
  steps: readonly ScriptStep[],
): LessonOutputs {
  const session = createSession({ profile: settings.profile, seed: settings.seed });
  let printed = '';
  session.shell.onOutput((chunk) => {
    if (chunk.stream !== 'hint') printed += chunk.text;
  });
  const result: LessonOutputs = { profile: settings.profile, seed: settings.seed, steps: {} };
  for (const step of steps) {
    if (step.id in result.steps) throw new Error(`duplicate step id ${step.id}`);
    const command = typeof step.command === 'string' ? step.command : step.command(session);
    printed = '';
    for (const line of command.split('\n')) {
      if (session.shell.busy) session.shell.interrupt();
      session.shell.submit(line);
    }
    result.steps[step.id] = { command, output: printed.replace(/\n+$/, '') };
  }
  return result;
}
