// GNU ls for the session's files: names sorted, in columns on a terminal (80 wide, as GNU lays them out)
// and one a line into a pipe or with -1. Only the options a lesson needs: -1, -a, -A.

import { gnuInfoText } from '../../sh/coreutils/gnu-help.ts';
import { quoteaf, quoteShellEscape } from '../../sh/coreutils/quote.ts';
import type { SessionFileSystem } from '../filesystem.ts';
import type { Program } from '../program.ts';
import { invalidOption } from './usage.ts';

const TERMINAL_WIDTH = 80;

export function createLs(fs: SessionFileSystem): Program {
  return (argv, io) => {
    let onePerLine = io.stdoutIsTerminal === false;
    const operands: string[] = [];
    const info = gnuInfoText('ls', argv);
    if (info !== undefined) {
      io.out(info);
      return { exitCode: 0 };
    }
    let endOfOptions = false;
    for (const arg of argv) {
      if (!endOfOptions && arg === '--') {
        endOfOptions = true;
        continue;
      }
      if (!endOfOptions && arg.startsWith('--')) {
        // The long forms of the options simulated here; ls's other long options are not simulated.
        if (arg === '--all' || arg === '--almost-all') continue;
        return invalidOption(io, 'ls', arg, 2);
      }
      if (!endOfOptions && arg.startsWith('-') && arg.length > 1) {
        for (const flag of arg.slice(1)) {
          if (flag === '1') onePerLine = true;
          else if (flag !== 'a' && flag !== 'A') return invalidOption(io, 'ls', `-${flag}`, 2);
        }
        continue;
      }
      operands.push(arg);
    }
    if (operands.length === 0) operands.push('.');
    const terminal = io.stdoutIsTerminal !== false;
    const show = (names: string[]): string => {
      const shown = terminal ? quoteForTerminal(names) : names;
      return onePerLine ? shown.map((n) => `${n}\n`).join('') : columns(shown);
    };

    let exitCode = 0;
    const fileOperands: string[] = [];
    const dirOperands: string[] = [];
    for (const operand of operands) {
      if (fs.isDirectory(operand)) dirOperands.push(operand);
      else if (fs.read(operand) !== undefined) fileOperands.push(operand);
      else {
        // ls.c file_failure: _("cannot access %s") with quoteaf.
        io.err(`ls: cannot access ${quoteaf(operand)}: No such file or directory\n`);
        exitCode = 2;
      }
    }
    const parts: string[] = [];
    if (fileOperands.length > 0) parts.push(show(fileOperands.sort()));
    const headers = dirOperands.length + fileOperands.length > 1 || exitCode !== 0;
    for (const dir of dirOperands.sort()) {
      const names = (fs.readDirectory(dir) ?? []).filter((n) => !n.startsWith('.'));
      parts.push((headers ? `${dir}:\n` : '') + show(names));
    }
    io.out(parts.join('\n'));
    return { exitCode };
  };
}

/**
 * GNU ls on a terminal (`--quoting-style=shell-escape`, gnulib quotearg) quotes names with spaces or specials, and
 * then indents the other names by one space so they line up with the quoted ones (coreutils ≥ 8.25, ls.c
 * align_variable_outer_quotes).
 */
function quoteForTerminal(names: string[]): string[] {
  const shown = names.map(quoteShellEscape);
  if (shown.every((name, i) => name === names[i])) return names;
  return shown.map((name, i) => (name === names[i] ? ` ${name}` : name));
}

/** GNU ls -C: the fewest rows whose columns (names padded by two spaces) stay under the width; filled column by column. */
function columns(names: string[]): string {
  if (names.length === 0) return '';
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const usedCols = Math.ceil(names.length / rows);
    const widths: number[] = [];
    for (let c = 0; c < usedCols; c++) {
      const column = names.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(...column.map((n) => displayWidth(n))) + (c < usedCols - 1 ? 2 : 0));
    }
    if (cols > 1 && widths.reduce((a, b) => a + b, 0) >= TERMINAL_WIDTH) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < usedCols; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        const isLast = c === usedCols - 1 || names[(c + 1) * rows + r] === undefined;
        line.push(isLast ? name : name + ' '.repeat(widths[c]! - displayWidth(name)));
      }
      out += `${line.join('')}\n`;
    }
    return out;
  }
  return names.map((n) => `${n}\n`).join('');
}

/** Hangul and other wide characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 2 : 1;
  return width;
}
