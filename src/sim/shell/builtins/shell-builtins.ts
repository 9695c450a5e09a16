// Builtins that act on the shell itself rather than on files or the cluster: history, clear, help, exit,
// export, cd, pwd, true, false.

import type { SessionFileSystem } from '../filesystem.ts';
import { HINT_MESSAGES, type Locale } from '../hints/messages.ts';
import type { Program } from '../program.ts';
import type { ShellVariables } from '../runner.ts';
import { HELP_TEXT } from './help-text.ts';

export interface ShellControl {
  history(): readonly string[];
  clearHistory(): void;
  clearScreen(): void;
  variables: ShellVariables;
  locale: Locale;
}

export function createShellBuiltins(control: ShellControl, fs: SessionFileSystem): Record<string, Program> {
  const hints = HINT_MESSAGES[control.locale];
  return {
    history: (argv, io) => {
      if (argv[0] === '-c') {
        control.clearHistory();
        return { exitCode: 0 };
      }
      const entries = control.history();
      const first = argv[0];
      if (first !== undefined && !/^\d+$/.test(first)) {
        io.err(`bash: history: ${first}: numeric argument required\n`);
        return { exitCode: 1 };
      }
      const count = first === undefined ? entries.length : Math.min(Number(first), entries.length);
      const start = entries.length - count;
      io.out(
        entries
          .slice(start)
          .map((entry, i) => `${String(start + i + 1).padStart(5)}  ${entry}\n`)
          .join(''),
      );
      return { exitCode: 0 };
    },
    clear: () => {
      control.clearScreen();
      return { exitCode: 0 };
    },
    help: (_argv, io) => {
      io.out(HELP_TEXT[control.locale]);
      return { exitCode: 0 };
    },
    exit: (argv, io) => {
      io.hint(hints.exitStaysOpen());
      const code = Number(argv[0] ?? control.variables.get('?') ?? 0);
      return { exitCode: Number.isInteger(code) ? code & 255 : 2 };
    },
    export: (argv, io) => {
      if (argv.length === 0) {
        const names = control.variables
          .names()
          .filter((n) => /^[A-Za-z_]/.test(n))
          .sort();
        io.out(names.map((n) => `declare -x ${n}="${control.variables.get(n)}"\n`).join(''));
        return { exitCode: 0 };
      }
      let exitCode = 0;
      for (const arg of argv) {
        const eq = arg.indexOf('=');
        const name = eq === -1 ? arg : arg.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
          io.err(`bash: export: \`${arg}': not a valid identifier\n`);
          exitCode = 1;
          continue;
        }
        if (eq !== -1) control.variables.set(name, arg.slice(eq + 1));
        else if (!control.variables.has(name)) control.variables.set(name, '');
      }
      return { exitCode };
    },
    cd: (argv, io) => {
      const target = argv[0];
      if (target === undefined || fs.resolve(target) === fs.home) return { exitCode: 0 };
      if (!fs.isDirectory(target)) {
        const reason = fs.read(target) !== undefined ? 'Not a directory' : 'No such file or directory';
        io.err(`bash: cd: ${target}: ${reason}\n`);
        return { exitCode: 1 };
      }
      io.hint(hints.cdHomeOnly());
      return { exitCode: 1 };
    },
    pwd: (_argv, io) => {
      io.out(`${fs.home}\n`);
      return { exitCode: 0 };
    },
    true: () => ({ exitCode: 0 }),
    false: () => ({ exitCode: 1 }),
  };
}
