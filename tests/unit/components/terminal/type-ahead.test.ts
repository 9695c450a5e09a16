// Keys typed ahead of a booting session (src/components/terminal/type-ahead.ts): the lines they submit are read
// as the prompt's line editor will read them, so a page closed mid-boot can store exactly those lines.
import { describe, expect, it } from 'vitest';
import { typedAheadLines } from '../../../../src/components/terminal/type-ahead.ts';

describe('typedAheadLines', () => {
  it('splits typed keys at Enter and keeps the unfinished rest', () => {
    const keys = [...'echo one', '\r', ...'echo two', '\r', ...'kubectl get'];
    expect(typedAheadLines(keys, [])).toEqual({ lines: ['echo one', 'echo two'], partial: 'kubectl get' });
  });

  it('applies editing keys: Backspace, Left and insert, Ctrl-U, Ctrl-W, Ctrl-A', () => {
    const keys = [...'echo onx', '\x7f', 'e', '\r', ...'echo wo', '\x1b[D', '\x1b[D', 't', '\r'];
    keys.push(...'rm -rf', '\x15', ...'ls', '\x01', 'x', '\r', ...'echo a b', '\x17', '\r');
    expect(typedAheadLines(keys, []).lines).toEqual(['echo one', 'echo two', 'xls', 'echo a ']);
  });

  it('Up recalls the stored history and the lines typed ahead before it; Ctrl-C abandons a line', () => {
    const keys = [...'echo typed', '\r', '\x1b[A', '\r', '\x1b[A', '\x1b[A', '\x1b[A', '\r', ...'half', '\x03'];
    expect(typedAheadLines(keys, ['echo stored'])).toEqual({
      lines: ['echo typed', 'echo typed', 'echo stored'],
      partial: '',
    });
  });

  it('a paste submits every line but its last, after what was already on the line', () => {
    const keys = ['echo ', 'a\rb\rc'];
    expect(typedAheadLines(keys, [])).toEqual({ lines: ['echo a', 'b'], partial: 'c' });
    expect(typedAheadLines(['\x1b[200~x\ry\r\x1b[201~'], [])).toEqual({ lines: ['x', 'y'], partial: '' });
  });

  it('no Enter, no line; Tab and function keys change nothing', () => {
    expect(typedAheadLines([...'kubectl get po', '\t', '\x1bOP'], [])).toEqual({
      lines: [],
      partial: 'kubectl get po',
    });
  });
});
