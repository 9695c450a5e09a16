// One file, one truth (issue 9): when a command in the terminal rewrites a file an editor on the page shows
// (a lesson's solution typed with Run, `cat <<EOF > job.yaml`, `cp`), the editor takes the shell's new version.
// Only a change of the shell's file counts: a draft the learner has not applied yet differs from the shell's file
// and stays as it is until the shell's file itself changes. Apply writes the editor's own text, so it changes
// nothing here. Checked each time the shell is ready for the next line (Shell.onIdle), from the live session the
// terminal announces (SESSION_EVENT); replayed inputs are part of the session's start, not news.
import type { Session } from '../../sim/session.ts';
import { SESSION_EVENT } from '../terminal/events.ts';
import type { ManifestEditorElement } from './manifest-editor.ts';

type FilesSession = Pick<Session, 'fs' | 'shell'>;

/** Starts following the terminal's sessions for every editor under `root`. Returns a function that stops. */
export function followShellFiles(root: ParentNode = document, events: EventTarget = document): () => void {
  const editors = () => [...root.querySelectorAll<ManifestEditorElement>('manifest-editor')];
  let stop: (() => void) | undefined;
  const follow = (session: FilesSession | undefined) => {
    stop?.();
    stop = undefined;
    if (!session?.fs || !session.shell) return;
    const seen = new Map<string, string | undefined>();
    for (const editor of editors()) seen.set(editor.file, session.fs.read(editor.file));
    stop = session.shell.onIdle(() => {
      for (const editor of editors()) {
        const now = session.fs.read(editor.file);
        if (now === undefined || now === seen.get(editor.file)) continue;
        seen.set(editor.file, now);
        if (editor.content !== now) editor.replaceFromShell(now);
      }
    });
  };
  const onSession = (event: Event) => follow((event as CustomEvent<{ session?: FilesSession }>).detail?.session);
  events.addEventListener(SESSION_EVENT, onSession);
  const terminal = document.querySelector<HTMLElement & { simulatorSession?: FilesSession }>('jl-terminal');
  if (terminal?.simulatorSession) follow(terminal.simulatorSession);
  return () => {
    events.removeEventListener(SESSION_EVENT, onSession);
    stop?.();
  };
}
