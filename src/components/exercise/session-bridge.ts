// How exercises see the learner's cluster: the terminal's own simulator session, so a page runs one simulator.
// <jl-terminal> announces each session it boots (first boot, Reset lesson, a rebuild after another tab changed
// the lesson) with the bubbling jobs-lab:session event and keeps the current one as `simulatorSession`;
// exercises attach to it, and detach from the one it replaces. The echoing stand-in (simulator failed to load)
// has no cluster: exercises then wait.
import type { CheckableSession } from '../../lib/exercises/context.ts';
import type { Session } from '../../sim/session.ts';
import type { CommandRecord } from '../../sim/shell/types.ts';
import { SESSION_EVENT } from '../terminal/events.ts';
import type { JobsLabTerminal } from '../terminal/terminal-element.ts';

export interface LiveSession extends CheckableSession {
  shell: { onCommand(listener: (record: CommandRecord) => void): () => void };
  clock: { onTick?(listener: (now: number) => void): () => void };
}

export function terminalElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('jl-terminal');
}

/** The lesson's cluster fingerprint (progress entries are keyed by it; a joined class rewrites it). */
export function lessonFingerprint(): string | undefined {
  try {
    return (JSON.parse(terminalElement()?.dataset.config ?? '') as { fingerprint?: string }).fingerprint;
  } catch {
    return undefined;
  }
}

/**
 * Calls `attach` with the terminal's live session now (if it has one) and with each later one; the function
 * `attach` returns is called when that session is replaced. Returns a function that stops following.
 */
export function onLiveSession(attach: (session: LiveSession) => () => void): () => void {
  const terminal = terminalElement() as (HTMLElement & Partial<Pick<JobsLabTerminal, 'simulatorSession'>>) | null;
  if (!terminal) return () => undefined;
  let detach: (() => void) | undefined;
  let current: Session | undefined;
  const follow = (session: Session | undefined) => {
    if (session === current) return;
    detach?.();
    detach = undefined;
    current = session;
    if (session) detach = attach(session);
  };
  const onSession = (event: Event) => follow((event as CustomEvent<{ session?: Session }>).detail?.session);
  terminal.addEventListener(SESSION_EVENT, onSession);
  follow(terminal.simulatorSession);
  return () => {
    terminal.removeEventListener(SESSION_EVENT, onSession);
    detach?.();
    detach = undefined;
  };
}
