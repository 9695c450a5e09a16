// Verifies one results file off the main thread, so a huge or slow-to-replay file cannot freeze the teacher's
// page; the page terminates this worker when it takes too long. Exercise checks are functions, so they are
// imported here rather than posted; lesson configurations (plain JSON from the build) come with the message.

import { LESSON_EXERCISES } from '../../lessons/registry.ts';
import { parseResultsText } from '../../lib/classroom/results-schema.ts';
import { verifyResults } from '../../lib/classroom/verify.ts';
import type { TerminalConfig } from '../terminal/terminal-element.ts';

export interface VerifyRequest {
  text: string;
  configs: Record<string, TerminalConfig>;
}

const exercises = Object.fromEntries(Object.entries(LESSON_EXERCISES).map(([slug, l]) => [slug, l.exercises]));

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const { text, configs } = event.data;
  const parsed = parseResultsText(text);
  if (!parsed.ok) {
    self.postMessage({ kind: 'refused', problem: parsed.problem, where: parsed.where });
    return;
  }
  try {
    self.postMessage({ kind: 'rows', rows: verifyResults(parsed.file, { configs, exercises }) });
  } catch {
    self.postMessage({ kind: 'refused', problem: 'invalid' });
  }
};
