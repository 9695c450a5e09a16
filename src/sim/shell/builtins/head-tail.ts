// GNU head and tail on lines: -n N, -N, and tail's -n +N (from line N on). Several files get `==> f <==` headers.

import type { Program, ProgramIO } from '../program.ts';
import { usageError } from './usage.ts';

type Selection = { count: number; fromStart: boolean };

function createHeadTail(name: 'head' | 'tail'): Program {
  return (argv, io, ctx) => {
    let selection: Selection = { count: 10, fromStart: false };
    const files: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      let value: string | undefined;
      if (arg === '-n' || arg === '--lines') value = argv[++i] ?? '';
      else if (arg.startsWith('-n')) value = arg.slice(2);
      else if (arg.startsWith('--lines=')) value = arg.slice(8);
      else if (/^-\d+$/.test(arg)) value = arg.slice(1);
      else if (arg === '-f' && name === 'tail')
        continue; // nothing is appended to a file while tail waits
      else if (arg.startsWith('-') && arg !== '-')
        return usageError(io, name, `invalid option -- '${arg.slice(1, 2)}'`);
      else files.push(arg);
      if (value !== undefined) {
        const parsed = parseCount(value);
        if (!parsed) return invalid(io, name, value);
        selection = parsed;
      }
    }
    const inputs = files.length > 0 ? files : ['-'];
    let exitCode = 0;
    let first = true;
    for (const input of inputs) {
      const text = input === '-' ? io.stdin : ctx.fs.read(input);
      if (text === undefined) {
        io.err(`${name}: cannot open '${input}' for reading: No such file or directory\n`);
        exitCode = 1;
        continue;
      }
      if (inputs.length > 1) {
        io.out(`${first ? '' : '\n'}==> ${input === '-' ? 'standard input' : input} <==\n`);
        first = false;
      }
      io.out(select(text, name, selection));
    }
    return { exitCode };
  };
}

function invalid(io: ProgramIO, name: string, value: string): { exitCode: number } {
  io.err(`${name}: invalid number of lines: '${value}'\n`);
  return { exitCode: 1 };
}

function parseCount(value: string): Selection | undefined {
  const match = /^([+-]?)(\d+)$/.exec(value);
  if (!match) return undefined;
  return { count: Number(match[2]), fromStart: match[1] === '+' };
}

function select(text: string, name: 'head' | 'tail', { count, fromStart }: Selection): string {
  const lines = text.split(/(?<=\n)/);
  if (name === 'head') return lines.slice(0, count).join('');
  if (fromStart) return lines.slice(Math.max(count - 1, 0)).join('');
  return count === 0 ? '' : lines.slice(-count).join('');
}

export const head = createHeadTail('head');
export const tail = createHeadTail('tail');
