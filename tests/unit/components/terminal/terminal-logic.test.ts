// The terminal's pure parts: line editing, history, completion, repaint sequences, key parsing, ticker.
import { describe, expect, it } from 'vitest';
import { applyCompletion, commonPrefix, formatColumns } from '../../../../src/components/terminal/completion.ts';
import { History } from '../../../../src/components/terminal/history.ts';
import { parseInput } from '../../../../src/components/terminal/key-input.ts';
import { LineEditor } from '../../../../src/components/terminal/line-editor.ts';
import { cellWidth, repaintLine } from '../../../../src/components/terminal/render.ts';
import { formatClock, formatElapsed, MAX_STEP_MS, Ticker } from '../../../../src/components/terminal/ticker.ts';

describe('LineEditor', () => {
  it('inserts at the cursor and moves', () => {
    const e = new LineEditor();
    e.insert('world');
    e.home();
    e.insert('hello ');
    expect(e.text).toBe('hello world');
    expect(e.cursor).toBe(6);
    e.end();
    e.deleteBackward();
    expect(e.text).toBe('hello worl');
    e.left();
    e.deleteForward();
    expect(e.text).toBe('hello wor');
  });

  it('Ctrl-U kills to the start, Ctrl-K to the end, Ctrl-W one word back', () => {
    const e = new LineEditor();
    e.set('kubectl get pods  ', 18);
    e.killWordBackward();
    expect(e.text).toBe('kubectl get ');
    e.set('kubectl get pods', 8);
    e.killToEnd();
    expect(e.text).toBe('kubectl ');
    e.set('kubectl get pods', 8);
    e.killToStart();
    expect([e.text, e.cursor]).toEqual(['get pods', 0]);
  });

  it('moves by words', () => {
    const e = new LineEditor();
    e.set('kubectl get pods');
    e.wordLeft();
    expect(e.cursor).toBe(12);
    e.home();
    e.wordRight();
    expect(e.cursor).toBe(7);
  });
});

describe('History', () => {
  it('walks back and forth and restores the draft', () => {
    const h = new History(['a', 'b']);
    expect(h.previous('draft')).toBe('b');
    expect(h.previous('b')).toBe('a');
    expect(h.previous('a')).toBeUndefined();
    expect(h.next()).toBe('b');
    expect(h.next()).toBe('draft');
    expect(h.next()).toBeUndefined();
  });

  it('skips blanks and consecutive duplicates and keeps a limit', () => {
    const h = new History([], 2);
    h.push('x');
    h.push('x');
    h.push('  ');
    h.push('y');
    h.push('z');
    expect(h.all).toEqual(['y', 'z']);
  });
});

describe('completion', () => {
  it('inserts a single candidate with a space', () => {
    expect(applyCompletion('kub', 3, { from: 0, candidates: ['kubectl'] })).toEqual({ text: 'kubectl ', cursor: 8 });
  });

  it('keeps the cursor glued after a directory', () => {
    expect(applyCompletion('cat ma', 6, { from: 4, candidates: ['manifests/'] }).text).toBe('cat manifests/');
  });

  it('narrows to the common prefix, then lists', () => {
    const result = { from: 8, candidates: ['delete', 'describe'] };
    expect(applyCompletion('kubectl d', 9, result)).toEqual({ text: 'kubectl de', cursor: 10 });
    expect(applyCompletion('kubectl de', 10, result).list).toEqual(['delete', 'describe']);
  });

  it('formats columns top to bottom', () => {
    expect(commonPrefix(['abc', 'abd'])).toBe('ab');
    expect(formatColumns(['a', 'b', 'c', 'd', 'e'], 8)).toBe('a  d\nb  e\nc');
    expect(formatColumns(['a', 'b', 'c', 'd', 'e'], 9)).toBe('a  c  e\nb  d');
  });
});

describe('repaint', () => {
  it('counts Hangul as two cells', () => {
    expect(cellWidth('잡 a')).toBe(4);
  });

  it('redraws a short line and places the cursor', () => {
    const r = repaintLine(0, '$ ', 'abc', 1, 80);
    expect(r.data).toBe('\r\x1b[J$ abc\r\x1b[3C');
    expect(r.cursorCell).toBe(3);
  });

  it('walks up over wrapped rows first', () => {
    const r = repaintLine(25, '$ ', 'x'.repeat(30), 30, 10);
    expect(r.data.startsWith('\x1b[2A\r\x1b[J')).toBe(true);
    expect(r.cursorCell).toBe(32);
  });

  it('settles the pending wrap when the line exactly fills a row', () => {
    const r = repaintLine(0, '$ ', 'abcdefgh', 8, 10);
    expect(r.data).toBe('\r\x1b[J$ abcdefgh\r\n\r');
    expect(r.cursorCell).toBe(10);
  });
});

describe('parseInput', () => {
  it('maps keys and control characters', () => {
    expect(parseInput('\x1b[D')).toEqual([{ type: 'key', key: 'left' }]);
    expect(parseInput('\x03')).toEqual([{ type: 'key', key: 'interrupt' }]);
    expect(parseInput('\x1b\x7f')).toEqual([{ type: 'key', key: 'kill-word' }]);
    expect(parseInput('\r')).toEqual([{ type: 'enter' }]);
    expect(parseInput('ab')).toEqual([{ type: 'insert', text: 'ab' }]);
  });

  it('treats text with newlines as a paste', () => {
    expect(parseInput('cat <<EOF\rhi\rEOF\r')).toEqual([{ type: 'paste', text: 'cat <<EOF\nhi\nEOF\n' }]);
  });

  it('drops unknown escape sequences and stray controls', () => {
    expect(parseInput('\x1b[15~')).toEqual([]);
    expect(parseInput('a\x1bb')).toEqual([{ type: 'insert', text: 'ab' }]);
  });
});

describe('Ticker', () => {
  it('advances by real time times speed, not while paused, capped per step', () => {
    let now = 0;
    const advanced: number[] = [];
    const ticker = new Ticker(
      (ms) => advanced.push(ms),
      () => now,
    );
    now = 100;
    ticker.tick();
    ticker.setSpeed(10);
    now = 200;
    ticker.tick();
    ticker.setPaused(true);
    now = 300;
    ticker.tick();
    ticker.setPaused(false);
    now = 300 + 10 * MAX_STEP_MS;
    ticker.tick();
    expect(advanced).toEqual([100, 1000, MAX_STEP_MS * 10]);
  });

  it('advances in whole milliseconds and keeps the fraction', () => {
    let now = 0;
    const advanced: number[] = [];
    const ticker = new Ticker(
      (ms) => advanced.push(ms),
      () => now,
    );
    for (const t of [0.4, 0.8, 1.7, 3.05]) {
      now = t;
      ticker.tick();
    }
    expect(advanced).toEqual([1, 2]);
  });

  it('formats elapsed and clock time', () => {
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatClock(Date.UTC(2026, 0, 12, 9, 0, 30, 900))).toBe('09:00:30');
  });
});
