// What a key does at the prompt: the browser-level chords the terminal keeps from xterm (Esc leaves, copy,
// paste), and the readline-like edit keys applied to the line and the history. The view repaints afterwards.
import type { History } from './history.ts';
import type { EditKey } from './key-input.ts';
import type { LineEditor } from './line-editor.ts';

/** What the view does after an edit key: repaint the line, nothing, or an action of its own. */
export type EditOutcome = 'repaint' | 'none' | 'complete' | 'clear' | 'interrupt';

export function applyEditKey(editor: LineEditor, history: History, key: EditKey): EditOutcome {
  const e = editor;
  switch (key) {
    case 'left':
      e.left();
      break;
    case 'right':
      e.right();
      break;
    case 'home':
      e.home();
      break;
    case 'end':
      e.end();
      break;
    case 'word-left':
      e.wordLeft();
      break;
    case 'word-right':
      e.wordRight();
      break;
    case 'backspace':
      e.deleteBackward();
      break;
    case 'delete':
    case 'eof':
      e.deleteForward();
      break;
    case 'kill-start':
      e.killToStart();
      break;
    case 'kill-end':
      e.killToEnd();
      break;
    case 'kill-word':
      e.killWordBackward();
      break;
    case 'up': {
      const older = history.previous(e.text);
      if (older === undefined) return 'none';
      e.set(older);
      break;
    }
    case 'down': {
      const newer = history.next();
      if (newer === undefined) return 'none';
      e.set(newer);
      break;
    }
    case 'tab':
      return 'complete';
    case 'clear':
      return 'clear';
    case 'interrupt':
      return 'interrupt';
  }
  return 'repaint';
}

export interface Selection {
  hasSelection(): boolean;
  getSelection(): string;
}

/**
 * xterm's custom key handler: false keeps a keydown from xterm. Esc moves focus out (`leave`), since xterm keeps
 * Tab for completion; Ctrl/Cmd-C with a selection (or Shift) copies; Ctrl/Cmd-V pastes through the browser's
 * paste event, which xterm turns into onData.
 */
export function filterTerminalKey(event: KeyboardEvent, term: Selection, leave: () => void): boolean {
  if (event.type !== 'keydown') return true;
  if (event.key === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey) {
    leave();
    return false;
  }
  const copyChord =
    (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c' && (event.shiftKey || term.hasSelection());
  if (copyChord) {
    if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
    return false;
  }
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v') return false;
  return true;
}
