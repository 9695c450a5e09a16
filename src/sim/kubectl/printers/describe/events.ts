// describe.go DescribeEvents: `Events:  <none>` joins the preceding column block; otherwise the writer
// is flushed first so the events table aligns on its own (spec §6.1).
import type { Event } from '../../../api/types.ts';
import type { VersionProfile } from '../../../profiles/profile.ts';
import { ageSince } from '../time.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';

/** SortableEvents: by lastTimestamp (stable, so equal times keep list order). */
function sortEvents(events: Event[]): Event[] {
  return [...events].sort((a, b) => Date.parse(a.lastTimestamp) - Date.parse(b.lastTimestamp));
}

export function describeEvents(events: Event[], w: PrefixWriter, now: number, profile: VersionProfile): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sortEvents(events)) {
    const first = ageSince(e.firstTimestamp, now);
    const interval = e.count > 1 ? `${ageSince(e.lastTimestamp, now)} (x${e.count} over ${first})` : first;
    const source = e.source?.component || e.reportingComponent;
    let message = e.message.trim();
    // kubectl ≥1.35 (commit 60fa575b8): message prefixed by the involved object's fieldPath (spec §6.1).
    if (profile.describeEventFieldPathPrefix && e.involvedObject.fieldPath) {
      message = `${e.involvedObject.fieldPath}: ${message}`;
    }
    w.write(LEVEL_1, `${e.type}\t${e.reason}\t${interval}\t${source}\t${message}\n`);
  }
}
