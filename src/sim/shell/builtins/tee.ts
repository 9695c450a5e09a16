// tee in the learner's shell: the shared coreutil (sh/coreutils/tee.ts) on the session's files, and a line filter
// so `kubectl get pods -w | tee pods.txt` shows and saves each row as it comes (tee writes what it reads at once;
// a running watch never ends its input).

import { quotef } from '../../sh/coreutils/quote.ts';
import { openError, parseTee, tee } from '../../sh/coreutils/tee.ts';
import type { SessionFileSystem } from '../filesystem.ts';
import type { LineFilterProgram } from '../line-filter.ts';
import { utilityProgram } from '../utility-program.ts';

export function createTee(fs: SessionFileSystem): LineFilterProgram {
  return Object.assign(utilityProgram('tee', tee, fs), {
    lineFilter(argv: string[]) {
      const parsed = parseTee(argv);
      if ('exit' in parsed) return undefined;
      const opened: string[] = [];
      let status = 0;
      const save = (text: string) => {
        for (const path of opened) {
          try {
            fs.write(path, (fs.read(path) ?? '') + text);
          } catch {
            // The session's file limit: the screen still gets the line (tee goes on with its other outputs).
            status = 1;
          }
        }
      };
      return {
        start(io: { err(text: string): void }) {
          for (const path of parsed.append ? parsed.files : [...new Set(parsed.files)]) {
            const error = openError(fs.isDirectory(path), path, (p) => fs.isDirectory(p));
            if (error) {
              io.err(`tee: ${quotef(path)}: ${error}\n`);
              status = 1;
              continue;
            }
            try {
              if (!parsed.append || fs.read(path) === undefined) fs.write(path, '');
              opened.push(path);
            } catch {
              status = 1;
            }
          }
        },
        push(line: string, unterminated?: boolean) {
          const text = unterminated ? line : `${line}\n`;
          save(text);
          return text;
        },
        finish: () => status,
      };
    },
  });
}
