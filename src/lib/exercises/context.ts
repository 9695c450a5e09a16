// A CheckContext over a live simulator session (the page's terminal, a test, the output generator).
import type { Session } from '../../sim/session.ts';
import type { CheckContext } from './types.ts';

/** The parts of a Session the checks read. */
export type CheckableSession = Pick<Session, 'cluster' | 'records'>;

export function contextOf(session: CheckableSession): CheckContext {
  const { cluster } = session;
  return {
    api: cluster.api,
    records: session.records,
    audit: cluster.server.audit.entries,
    now: cluster.clock.now(),
    profile: cluster.profile,
  };
}
