// Runs a lesson's output script through a simulator session and collects what each step printed, so the
// outputs shown in the prose are the simulator's own (scripts/generate-lesson-outputs.ts writes them to
// src/lessons/<slug>/outputs.json; tests/unit/lessons/lesson-outputs.test.ts regenerates and compares).
// Typing follows the CLI's --script mode: the clock moves only in sleep / kubectl wait, and a foreground
// command still running when the next line comes is stopped with Ctrl-C.
import { createSession, type Session } from '../sim/session.ts';
import type { LessonSettings } from './settings.ts';

export interface ScriptStep {
  /** Key in outputs.json, referenced from MDX. */
  id: string;
  /** The line(s) to type; a function may read the session (e.g. to name the pod the job just made). */
  command: string | ((session: Session) => string);
}

export interface StepOutput {
  command: string;
  /** stdout and stderr as the terminal shows them, in order; no trailing newline. */
  output: string;
}

export interface LessonOutputs {
  profile: LessonSettings['profile'];
  seed: number;
  steps: Record<string, StepOutput>;
}

export function generateOutputs(settings: LessonSettings, steps: readonly ScriptStep[]): LessonOutputs {
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
