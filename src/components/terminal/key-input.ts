// What xterm's onData hands us, turned into editing actions. xterm already maps keys to the byte sequences a
// real terminal sends (and a paste to one chunk with `\r` line ends), so the line discipline lives here.

export type EditKey =
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'word-left'
  | 'word-right'
  | 'backspace'
  | 'delete'
  | 'kill-start'
  | 'kill-end'
  | 'kill-word'
  | 'up'
  | 'down'
  | 'tab'
  | 'interrupt'
  | 'clear'
  | 'eof';

export type InputAction =
  | { type: 'insert'; text: string }
  | { type: 'enter' }
  | { type: 'key'; key: EditKey }
  /** Several lines at once: all but the last are submitted, the last stays on the line. */
  | { type: 'paste'; text: string };

const SEQUENCES: Record<string, EditKey> = {
  '\x1b[D': 'left',
  '\x1b[C': 'right',
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1bOD': 'left',
  '\x1bOC': 'right',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1b[H': 'home',
  '\x1b[F': 'end',
  '\x1bOH': 'home',
  '\x1bOF': 'end',
  '\x1b[1~': 'home',
  '\x1b[4~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5D': 'word-left',
  '\x1b[1;5C': 'word-right',
  '\x1bb': 'word-left',
  '\x1bf': 'word-right',
  // Alt-Backspace: Ctrl-W closes the browser tab in most browsers, so this is the reachable word rubout.
  '\x1b\x7f': 'kill-word',
};

const CONTROLS: Record<string, EditKey> = {
  '\x01': 'home', // Ctrl-A
  '\x05': 'end', // Ctrl-E
  '\x02': 'left', // Ctrl-B
  '\x06': 'right', // Ctrl-F
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x15': 'kill-start', // Ctrl-U
  '\x0b': 'kill-end', // Ctrl-K
  '\x17': 'kill-word', // Ctrl-W
  '\x10': 'up', // Ctrl-P
  '\x0e': 'down', // Ctrl-N
  '\t': 'tab',
  '\x03': 'interrupt', // Ctrl-C
  '\x0c': 'clear', // Ctrl-L
  '\x04': 'eof', // Ctrl-D
};

// Control characters other than tab and newlines never reach the line (a pasted ESC would corrupt the display).
const STRAY_CONTROLS = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]/g;

// Bracketed paste (DEC mode 2004) wraps a paste in these. Output cannot switch the mode on any more
// (output-modes.ts), but should xterm ever be in it, the paste is still a paste, not a dropped escape sequence.
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

export function parseInput(data: string): InputAction[] {
  if (data.startsWith(PASTE_START)) {
    return pastedText(data.slice(PASTE_START.length).split(PASTE_END).join(''));
  }
  if (data === '\r' || data === '\n') return [{ type: 'enter' }];
  const sequence = SEQUENCES[data];
  if (sequence) return [{ type: 'key', key: sequence }];
  const control = CONTROLS[data];
  if (control) return [{ type: 'key', key: control }];
  if (data.startsWith('\x1b')) return []; // Function keys and the like: bash would beep.
  return pastedText(data);
}

/** Typed or pasted text: several lines are a paste, one line is inserted; stray controls are dropped. */
function pastedText(data: string): InputAction[] {
  if (/[\r\n]/.test(data)) {
    return [{ type: 'paste', text: data.replace(/\r\n?/g, '\n').replace(STRAY_CONTROLS, '').replace(/\t/g, '    ') }];
  }
  const text = data.replace(STRAY_CONTROLS, '').replace(/\t/g, '    ');
  return text ? [{ type: 'insert', text }] : [];
}
