// Keeps each lesson's manifest-editor drafts in the progress store (`files`, per lesson slug, shared by both
// locales): a draft is restored when the page loads, saved on every manifest-change, and dropped when it
// equals the lesson's version again (Reset file). "Reset lesson" (the lesson's entry disappears) and changes
// from another tab are followed too.
//
// Drafts are the editor's own state, not the shell's: the shell's job.yaml changes only when Apply types the
// here-document (src/lib/apply-command.ts), because only the input log is replayed on reload.
import { MAX_FILE_CHARS } from '../../lib/progress/schema.ts';
import { type ProgressStore, progressStore } from '../../lib/progress/store.ts';
import type { ManifestEditorElement } from './manifest-editor.ts';

export interface LessonKey {
  lesson: string;
  fingerprint: string;
}

/** The lesson slug and cluster fingerprint from the page's terminal (Terminal.astro's data-config). */
export function lessonKeyFromPage(root: ParentNode = document): LessonKey | undefined {
  try {
    const config = JSON.parse(
      root.querySelector<HTMLElement>('jl-terminal')?.dataset['config'] ?? '',
    ) as Partial<LessonKey>;
    return typeof config.lesson === 'string' && typeof config.fingerprint === 'string'
      ? { lesson: config.lesson, fingerprint: config.fingerprint }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The draft stored for `file`, or undefined (none, or saved under other cluster settings). */
export function storedDraft(store: ProgressStore, key: LessonKey, file: string): string | undefined {
  const entry = store.lesson(key.lesson);
  return entry && entry.cluster === key.fingerprint ? entry.files?.[file] : undefined;
}

/** Saves a draft, or forgets it when it is the lesson's version again. */
export function saveDraft(store: ProgressStore, key: LessonKey, file: string, content: string, original: string): void {
  const before = storedDraft(store, key, file);
  const keep = content !== original && content.length <= MAX_FILE_CHARS;
  if (keep ? before === content : before === undefined) return;
  store.updateLesson(key.lesson, key.fingerprint, (progress) => {
    const { [file]: _old, ...others } = progress.files ?? {};
    const files = keep ? { ...others, [file]: content } : others;
    const { files: _files, ...rest } = progress;
    return Object.keys(files).length > 0 ? { ...rest, files } : rest;
  });
}

/** Restores every editor under `root` and keeps the store in step. Returns a function that stops. */
export function persistEditorFiles(
  root: ParentNode & EventTarget = document,
  store: ProgressStore = progressStore(),
): () => void {
  const key = lessonKeyFromPage(root);
  if (!key) return () => undefined; // No lesson terminal (the dev page): nothing to persist into.
  const editors = () => [...root.querySelectorAll<ManifestEditorElement>('manifest-editor')];
  const restore = () => {
    for (const editor of editors()) {
      const wanted = storedDraft(store, key, editor.file) ?? editor.original;
      if (editor.content !== wanted) editor.content = wanted;
    }
  };
  restore();

  const onChange = (event: Event) => {
    const editor = event.target as ManifestEditorElement | null;
    const detail = (event as CustomEvent<{ file: string; content: string }>).detail;
    if (!editor || typeof editor.original !== 'string' || typeof detail?.content !== 'string') return;
    saveDraft(store, key, detail.file, detail.content, editor.original);
  };
  root.addEventListener('manifest-change', onChange);
  // The editor saves 400 ms after the last key; a reload inside that window must not lose the last keys.
  const saveAll = () => {
    for (const editor of editors()) saveDraft(store, key, editor.file, editor.content, editor.original);
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') saveAll();
  };
  window.addEventListener('pagehide', saveAll);
  document.addEventListener('visibilitychange', onHide);

  // Only a reset (the entry vanishes) or another tab rewrites an editor: this page's own saves (every command
  // the terminal logs is one) must not overwrite what the learner is typing before its debounced save.
  let had = store.lesson(key.lesson) !== undefined;
  const unsubscribe = store.subscribe((_progress, origin) => {
    const has = store.lesson(key.lesson) !== undefined;
    if (origin === 'remote' || (had && !has)) restore();
    had = has;
  });
  return () => {
    root.removeEventListener('manifest-change', onChange);
    window.removeEventListener('pagehide', saveAll);
    document.removeEventListener('visibilitychange', onHide);
    unsubscribe();
  };
}
