// Key dispatch at the prompt (src/components/terminal/key-dispatch.ts): edit keys on the line and history, and
// the chords kept from xterm (Esc leaves, copy with a selection, paste through the browser).
import { describe, expect, it, vi } from 'vitest';
import { History } from '../../../../src/components/terminal/history.ts';
import { applyEditKey, filterTerminalKey } from '../../../../src/components/terminal/key-dispatch.ts';
import { LineEditor } from '../../../../src/components/terminal/line-editor.ts';

function editorWith(text: string): LineEditor {
  const editor = new LineEditor();
  editor.insert(text);
  return editor;
}

describe('applyEditKey', () => {
  it('edits the line and asks for a repaint', () => {
    const editor = editorWith('kubectl get pod');
    expect(applyEditKey(editor, new History(), 'backspace')).toBe('repaint');
    expect(editor.text).toBe('kubectl get po');
    expect(applyEditKey(editor, new History(), 'word-left')).toBe('repaint');
    expect(applyEditKey(editor, new History(), 'kill-end')).toBe('repaint');
    expect(editor.text).toBe('kubectl get ');
    expect(applyEditKey(editor, new History(), 'home')).toBe('repaint');
    expect(applyEditKey(editor, new History(), 'delete')).toBe('repaint');
    expect(editor.text).toBe('ubectl get ');
  });

  it('walks the history with Up/Down, and does nothing past its ends', () => {
    const history = new History();
    history.push('kubectl get jobs');
    const editor = editorWith('draft');
    expect(applyEditKey(editor, history, 'up')).toBe('repaint');
    expect(editor.text).toBe('kubectl get jobs');
    expect(applyEditKey(editor, history, 'up')).toBe('none');
    expect(applyEditKey(editor, history, 'down')).toBe('repaint');
    expect(editor.text).toBe('draft');
  });

  it('leaves Tab, Ctrl-L and Ctrl-C to the view', () => {
    const editor = editorWith('kub');
    expect(applyEditKey(editor, new History(), 'tab')).toBe('complete');
    expect(applyEditKey(editor, new History(), 'clear')).toBe('clear');
    expect(applyEditKey(editor, new History(), 'interrupt')).toBe('interrupt');
    expect(editor.text).toBe('kub');
  });
});

const key = (init: Partial<KeyboardEvent>) =>
  ({ type: 'keydown', ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...init }) as KeyboardEvent;
const noSelection = { hasSelection: () => false, getSelection: () => '' };

describe('filterTerminalKey', () => {
  it('Esc moves focus out of the terminal (xterm keeps Tab)', () => {
    const leave = vi.fn();
    expect(filterTerminalKey(key({ key: 'Escape' }), noSelection, leave)).toBe(false);
    expect(leave).toHaveBeenCalledOnce();
    expect(filterTerminalKey(key({ key: 'Escape', ctrlKey: true }), noSelection, leave)).toBe(true);
  });

  it('Ctrl-C without a selection is the interrupt (xterm sends it); with one, or with Shift, it copies', () => {
    const leave = vi.fn();
    expect(filterTerminalKey(key({ key: 'c', ctrlKey: true }), noSelection, leave)).toBe(true);
    const selected = { hasSelection: () => true, getSelection: () => 'pod/x' };
    expect(filterTerminalKey(key({ key: 'c', ctrlKey: true }), selected, leave)).toBe(false);
    expect(filterTerminalKey(key({ key: 'C', ctrlKey: true, shiftKey: true }), noSelection, leave)).toBe(false);
  });

  it('Ctrl-V and Cmd-V go to the browser paste; keyup and ordinary keys go to xterm', () => {
    const leave = vi.fn();
    expect(filterTerminalKey(key({ key: 'v', ctrlKey: true }), noSelection, leave)).toBe(false);
    expect(filterTerminalKey(key({ key: 'v', metaKey: true }), noSelection, leave)).toBe(false);
    expect(filterTerminalKey(key({ key: 'a' }), noSelection, leave)).toBe(true);
    expect(filterTerminalKey(key({ type: 'keyup', key: 'Escape' }), noSelection, leave)).toBe(true);
  });
});
