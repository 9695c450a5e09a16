// cat: files in order, `-` or no operand = stdin; a missing file is reported and the rest still printed.
// GNU cat (coreutils 9.1, Debian 12's, as the learner's machine and the ubuntu/debian images have it): its options
// -A -b -e -E -n -s -t -T -u -v, their long names with getopt_long's prefixes, --help and --version, and getopt's
// texts for the rest (cat.c long_options; expected outputs in the tests are captures of /usr/bin/cat 9.1).
// BusyBox's applet ignores options.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { gnuHelp, gnuVersion } from './gnu-help.ts';
import { missingFile, readFile, readStdin } from './inputs.ts';
import { invalidOptionText, usageText } from './usage.ts';

interface CatOptions {
  numberAll: boolean;
  numberNonblank: boolean;
  squeeze: boolean;
  showEnds: boolean;
  showTabs: boolean;
  nonprinting: boolean;
}

/** cat.c's long_options, in its order: getopt_long lists ambiguous prefixes in this order. */
const LONG_OPTIONS: ReadonlyArray<readonly [name: string, short: string]> = [
  ['number-nonblank', 'b'],
  ['number', 'n'],
  ['squeeze-blank', 's'],
  ['show-nonprinting', 'v'],
  ['show-ends', 'E'],
  ['show-tabs', 'T'],
  ['show-all', 'A'],
  ['help', 'help'],
  ['version', 'version'],
];

class UsageFailure extends Error {}

/** Applies one short option (or a long option's short equivalent); false for an unknown letter. */
function apply(options: CatOptions, short: string): boolean {
  const set = (...keys: Array<keyof CatOptions>) => {
    for (const key of keys) options[key] = true;
  };
  switch (short) {
    case 'A':
      set('nonprinting', 'showEnds', 'showTabs');
      return true;
    case 'b':
      set('numberNonblank');
      return true;
    case 'e':
      set('nonprinting', 'showEnds');
      return true;
    case 'E':
      set('showEnds');
      return true;
    case 'n':
      set('numberAll');
      return true;
    case 's':
      set('squeeze');
      return true;
    case 't':
      set('nonprinting', 'showTabs');
      return true;
    case 'T':
      set('showTabs');
      return true;
    case 'u':
      return true;
    case 'v':
      set('nonprinting');
      return true;
    default:
      return false;
  }
}

/** getopt_long's lookup: an exact name, else a unique prefix; its texts for an ambiguous or unknown one. */
function longOption(body: string): string {
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const exact = LONG_OPTIONS.find(([long]) => long === name);
  const candidates = exact ? [exact] : LONG_OPTIONS.filter(([long]) => long.startsWith(name));
  if (candidates.length === 0) throw new UsageFailure(invalidOptionText('cat', `--${body}`));
  if (candidates.length > 1) {
    const names = candidates.map(([long]) => ` '--${long}'`).join('');
    throw new UsageFailure(usageText('cat', `option '--${name}' is ambiguous; possibilities:${names}`));
  }
  const [long, short] = candidates[0]!;
  if (eq >= 0) throw new UsageFailure(usageText('cat', `option '--${long}' doesn't allow an argument`));
  return short;
}

/** cat.c's -v: ^X for control characters, ^? for DEL, M- before bytes from 128 (of the text's UTF-8). */
function showNonprinting(line: string, showTabs: boolean): string {
  let out = '';
  for (const byte of new TextEncoder().encode(line)) {
    let ch = byte;
    if (ch >= 128) {
      out += 'M-';
      ch -= 128;
    }
    if (ch === 127) out += '^?';
    else if (ch >= 32) out += String.fromCharCode(ch);
    else if (ch === 9 && !showTabs && byte < 128) out += '\t';
    else out += `^${String.fromCharCode(ch + 64)}`;
  }
  return out;
}

/** cat's line state, carried from one file to the next as cat.c's globals are (numbers continue). */
interface LineState {
  number: number;
  blankRun: number;
  /** The previous file ended inside a line: its rest is not numbered again. */
  midLine: boolean;
  /** The previous file ended with a CR that -E may yet show as ^M (if the next file starts with a newline). */
  pendingCr: boolean;
}

function render(text: string, options: CatOptions, state: LineState): string {
  let out = '';
  if (state.pendingCr && text !== '') {
    out += text.startsWith('\n') ? '^M' : '\r';
    state.pendingCr = false;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    if (last && line === '') return; // the text ended with a newline
    const continued = i === 0 && state.midLine;
    if (!last && line === '' && !continued) {
      state.blankRun += 1;
      if (options.squeeze && state.blankRun > 1) return;
    } else if (line !== '' || last) state.blankRun = 0;
    const numbered = options.numberNonblank ? line !== '' : options.numberAll;
    if (numbered && !continued) {
      state.number += 1;
      out += `${String(state.number).padStart(6)}\t`;
    }
    let body = options.nonprinting ? showNonprinting(line, options.showTabs) : line;
    if (options.showTabs && !options.nonprinting) body = body.replaceAll('\t', '^I');
    // coreutils 9: -E shows a CR right before the newline as ^M ("\r\n" as "^M$"), -v or not.
    if (!last && options.showEnds && body.endsWith('\r')) body = `${body.slice(0, -1)}^M`;
    out += body;
    if (!last) out += options.showEnds ? '$\n' : '\n';
  });
  state.midLine = !text.endsWith('\n') && text !== '' ? true : state.midLine && text === '';
  if (options.showEnds && !options.nonprinting && text.endsWith('\r')) {
    state.pendingCr = true;
    return out.slice(0, -1);
  }
  return out;
}

export const cat: Utility = (argv, io, ctx) => {
  const gnu = ctx.host.flavour === 'gnu';
  const options: CatOptions = {
    numberAll: false,
    numberNonblank: false,
    squeeze: false,
    showEnds: false,
    showTabs: false,
    nonprinting: false,
  };
  const operands: string[] = [];
  let endOfOptions = false;
  try {
    for (const arg of argv.slice(1)) {
      if (endOfOptions || arg === '-' || !arg.startsWith('-')) {
        operands.push(arg);
        continue;
      }
      if (arg === '--') {
        endOfOptions = true;
        continue;
      }
      if (!gnu) continue;
      if (arg.startsWith('--')) {
        const short = longOption(arg.slice(2));
        if (short === 'help' || short === 'version') {
          io.out((short === 'help' ? gnuHelp('cat') : gnuVersion('cat')) ?? '');
          return finished(0);
        }
        apply(options, short);
        continue;
      }
      for (const letter of arg.slice(1)) {
        if (!apply(options, letter)) throw new UsageFailure(invalidOptionText('cat', `-${letter}`));
      }
    }
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    io.err(error.message);
    return finished(1);
  }
  if (operands.length === 0) operands.push('-');
  const plain = !Object.values(options).some(Boolean);
  const state: LineState = { number: 0, blankRun: 0, midLine: false, pendingCr: false };
  let status = 0;
  for (const operand of operands) {
    const text = operand === '-' ? readStdin(io) : readFile(ctx.host, operand);
    if (text === undefined) {
      io.err(missingFile(ctx, 'cat', operand));
      status = 1;
    } else io.out(plain ? text : render(text, options, state));
  }
  if (state.pendingCr) io.out('\r');
  return finished(status);
};
