// Runs before <jl-terminal> is defined (Terminal.astro imports it first): when this device joined a class that
// includes the lesson, the terminal's data-config is rewritten to the class's seed and fingerprint. Everything
// that reads data-config later (terminal, exercises, progress) then agrees without knowing about classes.
import { withClass } from '../../lib/classroom/class-config.ts';
import { progressStore } from '../../lib/progress/store.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';

const classroom = progressStore().read().classroom;
if (classroom) {
  for (const element of document.querySelectorAll<HTMLElement>('jl-terminal[data-config]')) {
    try {
      const config = JSON.parse(element.dataset.config ?? '') as TerminalConfig;
      const next = withClass(config, classroom);
      if (next !== config) {
        element.dataset.config = JSON.stringify(next);
        element.dataset.classSeed = String(classroom.seed);
      }
    } catch {
      // A page without a valid config keeps it: the terminal reports that itself.
    }
  }
}
