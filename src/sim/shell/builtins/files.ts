// GNU rm and touch on the session's files.

import type { SessionFileSystem } from '../filesystem.ts';
import type { Program } from '../program.ts';
import { invalidOption, usageError } from './usage.ts';

export function createRm(fs: SessionFileSystem): Program {
  return (argv, io) => {
    let force = false;
    let recursive = false;
    const operands: string[] = [];
    for (const arg of argv) {
      if (arg.startsWith('-') && arg.length > 1) {
        for (const flag of arg.slice(1)) {
          if (flag === 'f') force = true;
          else if (flag === 'r' || flag === 'R') recursive = true;
          else if (flag !== 'v' && flag !== 'i') return invalidOption(io, 'rm', `-${flag}`);
        }
        continue;
      }
      operands.push(arg);
    }
    if (operands.length === 0) return force ? { exitCode: 0 } : usageError(io, 'rm', 'missing operand');
    let exitCode = 0;
    for (const operand of operands) {
      if (fs.isDirectory(operand)) {
        if (!recursive) {
          io.err(`rm: cannot remove '${operand}': Is a directory\n`);
          exitCode = 1;
          continue;
        }
        const prefix = `${fs.resolve(operand)}/`;
        for (const path of fs.list()) if (fs.resolve(path).startsWith(prefix)) fs.remove(path);
        continue;
      }
      if (!fs.remove(operand) && !force) {
        io.err(`rm: cannot remove '${operand}': No such file or directory\n`);
        exitCode = 1;
      }
    }
    return { exitCode };
  };
}

export function createTouch(fs: SessionFileSystem): Program {
  return (argv, io) => {
    const operands = argv.filter((a) => !a.startsWith('-') || a === '-');
    if (operands.length === 0) return usageError(io, 'touch', 'missing file operand');
    let exitCode = 0;
    for (const operand of operands) {
      if (fs.exists(operand)) continue;
      const abs = fs.resolve(operand);
      if (!fs.isDirectory(abs.slice(0, abs.lastIndexOf('/')) || '/')) {
        io.err(`touch: cannot touch '${operand}': No such file or directory\n`);
        exitCode = 1;
        continue;
      }
      try {
        fs.write(operand, '');
      } catch (error) {
        io.err(`touch: cannot touch '${operand}': ${error instanceof Error ? error.message : 'error'}\n`);
        exitCode = 1;
      }
    }
    return { exitCode };
  };
}
