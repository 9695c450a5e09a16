// How page widgets reach the lesson terminal's live simulator session without the terminal knowing them.
// <jl-terminal> sets data-ready="true" once a session is booted (again after a reset or a replay), and holds
// it in its `session` field. We watch the attribute and read the field.
// TODO(site frame): a public `session` getter or a `jobs-lab:session` event on <jl-terminal> would make this
// seam explicit; until then the field is read by name.
import type { CheckableSession } from '../../lib/exercises/context.ts';
import type { CommandRecord } from '../../sim/shell/types.ts';

export interface LiveSession extends CheckableSession {
  shell: { onCommand(listener: (record: CommandRecord) => void): () => void };
  clock: { onTick?(listener: (now: number) => void): () => void };
}

function isLive(value: unknown): value is LiveSession {
  const v = value as Partial<LiveSession> | undefined;
  return !!v && typeof v === 'object' && !!v.cluster && Array.isArray(v.records) && !!v.shell;
}

export function terminalElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('jl-terminal');
}

/** The lesson's cluster fingerprint (progress entries are keyed by it). */
export function lessonFingerprint(): string | undefined {
  try {
    return (JSON.parse(terminalElement()?.dataset.config ?? '{}') as { fingerprint?: string }).fingerprint;
  } catch {
    return undefined;
  }
}

/**
 * Calls `attach` with each session the terminal boots; the function it returns is called when that session is
 * replaced. Returns a function that stops watching.
 */
export function onLiveSession(attach: (session: LiveSession) => () => void): () => void {
  const terminal = terminalElement();
  if (!terminal) return () => undefined;
  let detach: (() => void) | undefined;
  let current: unknown;
  const look = () => {
    const session = (terminal as unknown as { session?: unknown }).session;
    if (terminal.dataset.ready !== 'true' || session === current) return;
    detach?.();
    detach = undefined;
    current = session;
    if (isLive(session)) detach = attach(session);
  };
  const observer = new MutationObserver(look);
  observer.observe(terminal, { attributes: true, attributeFilter: ['data-ready'] });
  look();
  return () => {
    observer.disconnect();
    detach?.();
  };
}
