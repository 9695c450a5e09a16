// Issue 15 item 7: output never switches the terminal's input modes, and a bracketed paste is still a paste.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/components/terminal/key-input.ts';
import { OutputModeFilter } from '../../../src/components/terminal/output-modes.ts';

describe('OutputModeFilter', () => {
  it('removes bracketed paste, cursor-key, mouse and keypad mode switches', () => {
    const f = new OutputModeFilter();
    expect(f.filter('\x1b[?2004hX\n')).toBe('X\n');
    expect(f.filter('a\x1b[?1h\x1b=b\x1b[?1000;1006hc\x1b[4hd\x1b[?2004le\x1b>')).toBe('abcde');
    expect(f.filter('\x9b?2004hk\x1b[>1uy')).toBe('ky');
  });

  it('keeps colours, cursor motion and clear screen', () => {
    const f = new OutputModeFilter();
    const text = '\x1b[31mred\x1b[0m \x1b[2J\x1b[H\x1b[1;5Hx\x1b[?25l';
    // ?25l hides the cursor: a mode too, removed; everything else passes.
    expect(f.filter(text)).toBe('\x1b[31mred\x1b[0m \x1b[2J\x1b[H\x1b[1;5Hx');
  });

  it('removes a switch cut between two chunks, holding back only the unfinished tail', () => {
    const f = new OutputModeFilter();
    expect(f.filter('one\x1b[?20')).toBe('one');
    expect(f.filter('04htwo\x1b')).toBe('two');
    expect(f.filter('[32mthree')).toBe('\x1b[32mthree');
    f.filter('\x1b[');
    f.reset();
    expect(f.filter('?2004h')).toBe('?2004h');
  });
});

describe('parseInput with bracketed paste', () => {
  it('unwraps a multi-line paste', () => {
    expect(parseInput('\x1b[200~echo a\recho b\r\x1b[201~')).toEqual([{ type: 'paste', text: 'echo a\necho b\n' }]);
  });

  it('inserts a one-line paste, even one starting with ESC', () => {
    expect(parseInput('\x1b[200~kubectl get jobs\x1b[201~')).toEqual([{ type: 'insert', text: 'kubectl get jobs' }]);
    expect(parseInput('\x1b[200~\x1b[Dx\x1b[201~')).toEqual([{ type: 'insert', text: '[Dx' }]);
    expect(parseInput('\x1b[200~\x1b[201~')).toEqual([]);
  });
});
