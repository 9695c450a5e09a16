// head and tail on lines: -n N, -N, --lines=N, and tail's -n +N (from line N on); several files get
// `==> f <==` headers (GNU and BusyBox alike). `tail -f` stops at the end: nothing appends to a file meanwhile.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { readFile, readStdin } from './inputs.ts';
import { quoteaf } from './quote.ts';
import { invalidOptionText } from './usage.ts';

type Selection = { count: number; fromStart: boolean };

function headTail(name: 'head' | 'tail'): Utility {
  return (argv, io, ctx) => {
    const gnu = ctx.host.flavour === 'gnu';
    let selection: Selection = { count: 10, fromStart: false };
    const files: string[] = [];
    const args = argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      let value: string | undefined;
      if (arg === '-n' || arg === '--lines') value = args[++i] ?? '';
      else if (arg.startsWith('-n')) value = arg.slice(2);
      else if (arg.startsWith('--lines=')) value = arg.slice(8);
      else if (/^-\d+$/.test(arg)) value = arg.slice(1);
      else if (arg === '-f' && name === 'tail') continue;
      else if (arg.startsWith('-') && arg !== '-') {
        io.err(invalidOptionText(name, arg));
        return finished(1);
      } else files.push(arg);
      if (value !== undefined) {
        const parsed = parseCount(value);
        if (!parsed) {
          io.err(gnu ? `${name}: invalid number of lines: '${value}'\n` : `${name}: invalid number '${value}'\n`);
          return finished(1);
        }
        selection = parsed;
      }
    }
    const inputs = files.length > 0 ? files : ['-'];
    let status = 0;
    let first = true;
    for (const input of inputs) {
      const text = input === '-' ? readStdin(io) : readFile(ctx.host, input);
      if (text === undefined) {
        io.err(
          gnu
            ? `${name}: cannot open ${quoteaf(input)} for reading: No such file or directory\n`
            : `${name}: can't open '${input}': No such file or directory\n`,
        );
        status = 1;
        continue;
      }
      if (inputs.length > 1) {
        io.out(`${first ? '' : '\n'}==> ${input === '-' ? 'standard input' : input} <==\n`);
        first = false;
      }
      io.out(select(text, name, selection));
    }
    return finished(status);
  };
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

export const head = headTail('head');
export const tail = headTail('tail');
