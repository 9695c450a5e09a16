// Verifies one results file off the main thread, so a huge or slow-to-replay file cannot freeze the teacher's
// page; the page terminates this worker when it takes too long. Exercise checks are functions, so they are
// imported here rather than posted; lesson configurations (plain JSON from the build) and the classes the
// teacher made (their seeds decide) come with the message.

import { LESSONS } from '../../lessons/registry.ts';
import type { ClassInfo } from '../../lib/classroom/class-link.ts';
import { parseResultsText } from '../../lib/classroom/results-schema.ts';
import { verifyFile } from '../../lib/classroom/verify.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';

export interface VerifyRequest {
  text: string;
  configs: Record<string, TerminalConfig>;
  teacherClasses: ClassInfo[];
}

const exercises = Object.fromEntries(Object.entries(LESSONS).map(([slug, l]) => [slug, l.exercises]));
const questions = Object.fromEntries(Object.entries(LESSONS).map(([slug, l]) => [slug, l.questions]));

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const { text, configs, teacherClasses } = event.data;
  const parsed = parseResultsText(text);
  if (!parsed.ok) {
    self.postMessage({ kind: 'refused', problem: parsed.problem, where: parsed.where });
    return;
  }
  try {
    const verdict = verifyFile(
      parsed.file,
      { configs, exercises, questions },
      { version: parsed.version, teacherClasses },
    );
    self.postMessage({ kind: 'verdict', verdict });
  } catch {
    self.postMessage({ kind: 'refused', problem: 'invalid' });
  }
};
