// How exercises see the learner's cluster without reaching into <jl-terminal>: a *shadow* session. The terminal
// logs every line the learner sends (with its virtual time) in the progress store, and shows the elapsed
// virtual time in its [data-elapsed] element; a session is (profile, seed, epoch) + that log, so replaying the
// log here rebuilds the same cluster and the same command records, byte for byte, as the terminal's own reload
// does. The simulator chunk is the one the terminal loads; it is only fetched once the learner has typed.
// TODO(site frame): if <jl-terminal> exposed its Session (cluster + records), this file could hand that out
// instead and skip the second simulation.
import type { CheckableSession } from '../../lib/exercises/context.ts';
import type { InputEntry } from '../../lib/progress/schema.ts';
import { progressStore } from '../../lib/progress/store.ts';
import type { Session } from '../../sim/session.ts';
import type { CommandRecord } from '../../sim/shell/types.ts';

export interface LiveSession extends CheckableSession {
  shell: { onCommand(listener: (record: CommandRecord) => void): () => void };
  clock: { onTick?(listener: (now: number) => void): () => void };
}

interface TerminalConfigView {
  lesson: string;
  fingerprint: string;
  session: Parameters<typeof import('../../sim/session.ts').createSession>[0];
  setup: ({ command: string } | { manifest: string })[];
}

export function terminalElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('jl-terminal');
}

function terminalConfig(): TerminalConfigView | undefined {
  try {
    return JSON.parse(terminalElement()?.dataset.config ?? '') as TerminalConfigView;
  } catch {
    return undefined;
  }
}

/** The lesson's cluster fingerprint (progress entries are keyed by it). */
export function lessonFingerprint(): string | undefined {
  return terminalConfig()?.fingerprint;
}

/** Virtual ms since lesson start that the terminal shows (`<time datetime="PT12S">`). */
function shownElapsed(): number {
  const value = terminalElement()?.querySelector('[data-elapsed]')?.getAttribute('datetime') ?? '';
  const seconds = /^PT(\d+)S$/.exec(value)?.[1];
  return seconds ? Number(seconds) * 1000 : 0;
}

const sameEntry = (a: InputEntry | undefined, b: InputEntry | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Calls `attach` with each shadow session (a new one after a reset or when the log diverges); the function it
 * returns is called when that session is replaced. Returns a function that stops following.
 */
export function onLiveSession(attach: (session: LiveSession) => () => void): () => void {
  const config = terminalConfig();
  const terminal = terminalElement();
  if (!config || !terminal) return () => undefined;
  let session: Session | undefined;
  let detach: (() => void) | undefined;
  let applied: InputEntry[] = [];
  let start = 0;
  let loading: Promise<typeof import('../../sim/session.ts')> | undefined;
  let stopped = false;

  const rebuild = (module: typeof import('../../sim/session.ts')): Session => {
    detach?.();
    const next = module.createSession(config.session);
    start = next.clock.now();
    for (const item of config.setup) {
      const lines =
        'command' in item
          ? [item.command]
          : ['kubectl apply -f - <<EOF', ...item.manifest.replace(/\n$/, '').split('\n'), 'EOF'];
      for (const line of lines) next.shell.submit(line);
    }
    applied = [];
    session = next;
    detach = attach(next);
    return next;
  };

  const sync = async (): Promise<void> => {
    const stored = progressStore().lesson(config.lesson);
    const inputs = stored && stored.cluster === config.fingerprint ? stored.inputs : [];
    if (!session && inputs.length === 0) return; // Nothing typed yet: do not load the simulator for nothing.
    loading ??= import('../../sim/session.ts');
    const module = await loading;
    if (stopped) return;
    const diverged =
      !session || inputs.length < applied.length || !sameEntry(inputs[applied.length - 1], applied[applied.length - 1]);
    const current = diverged ? rebuild(module) : session!;
    for (const entry of inputs.slice(applied.length)) {
      current.advanceTo(start + entry.at);
      if (entry.kind === 'line') current.shell.submit(entry.text);
      else current.shell.interrupt();
      applied.push(entry);
    }
    current.advanceTo(start + Math.max(stored?.elapsed ?? 0, shownElapsed()));
  };

  const unsubscribe = progressStore().subscribe(() => void sync());
  const clock = new MutationObserver(() => {
    if (session) session.advanceTo(start + shownElapsed());
  });
  clock.observe(terminal, { subtree: true, attributes: true, attributeFilter: ['datetime'] });
  void sync();
  return () => {
    stopped = true;
    unsubscribe();
    clock.disconnect();
    detach?.();
  };
}
