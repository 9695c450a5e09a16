// Keys typed ahead of a session that is still booting (the first load, or a rebuild after another tab's lines),
// read the way the line discipline will read them once the session is ready: which lines the learner has
// already ended with Enter, and what stands on the line after them. Used when the page is hidden or closed
// before the boot ends, so lines the learner already submitted are stored instead of lost with the page.
import { History } from './history.ts';
import { applyEditKey } from './key-dispatch.ts';
import { parseInput } from './key-input.ts';
import { LineEditor } from './line-editor.ts';

export interface TypedAhead {
  /** Lines ended with Enter (or pasted with a line end), in order. */
  lines: string[];
  /** What is typed after the last of them, not submitted yet. */
  partial: string;
}

/**
 * Edits `keys` with the prompt's line editor and Up/Down over `history`. Tab completion needs the shell, so a
 * Tab does nothing here; Ctrl-C abandons the line being typed, as at the prompt.
 */
export function typedAheadLines(keys: readonly string[], history: readonly string[]): TypedAhead {
  const editor = new LineEditor();
  const recall = new History(history);
  const lines: string[] = [];
  const submit = (text: string) => {
    lines.push(text);
    recall.push(text);
    editor.clear();
  };
  for (const data of keys) {
    for (const action of parseInput(data)) {
      if (action.type === 'insert') editor.insert(action.text);
      else if (action.type === 'enter') submit(editor.text);
      else if (action.type === 'paste') {
        // As the line discipline does: every pasted line is submitted but the last, which stays on the line.
        const pasted = action.text.split('\n');
        const last = pasted.pop() ?? '';
        const first = pasted.shift();
        if (first !== undefined) {
          editor.insert(first);
          submit(editor.text);
        }
        for (const text of pasted) submit(text);
        editor.insert(last);
      } else if (applyEditKey(editor, recall, action.key) === 'interrupt') editor.clear();
    }
  }
  return { lines, partial: editor.text };
}
