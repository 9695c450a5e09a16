// `kubectl get events` cells: printers.go printEvent (LAST SEEN TYPE REASON OBJECT MESSAGE; -o wide adds
// SUBOBJECT SOURCE FIRST SEEN COUNT NAME in the server's column order).
import type { Event } from '../../api/types.ts';
import type { ColumnDefinition, GenerateOptions } from './table-types.ts';
import { ageSince } from './time.ts';

export const EVENT_COLUMNS: ColumnDefinition[] = [
  { name: 'Last Seen', priority: 0 },
  { name: 'Type', priority: 0 },
  { name: 'Reason', priority: 0 },
  { name: 'Object', priority: 0 },
  { name: 'Subobject', priority: 1 },
  { name: 'Source', priority: 1 },
  { name: 'Message', priority: 0 },
  { name: 'First Seen', priority: 1 },
  { name: 'Count', priority: 1 },
  { name: 'Name', priority: 1 },
];

/** printers.go formatEventSource: component, plus host when set, joined by ", ". */
function eventSource(event: Event): string {
  const component = event.source?.component || event.reportingComponent;
  const host = event.source?.host || event.reportingInstance;
  return host ? `${component}, ${host}` : component;
}

export function eventCells(event: Event, options: GenerateOptions): string[] {
  const { now, wide } = options;
  const firstSeen = ageSince(event.firstTimestamp, now);
  const lastSeen = event.lastTimestamp ? ageSince(event.lastTimestamp, now) : firstSeen;
  const count = event.count || 1;
  const ref = event.involvedObject;
  const target = ref.name ? `${ref.kind.toLowerCase()}/${ref.name}` : ref.kind.toLowerCase();
  const message = event.message.trim();
  if (wide) {
    return [
      lastSeen,
      event.type,
      event.reason,
      target,
      ref.fieldPath ?? '',
      eventSource(event),
      message,
      firstSeen,
      `${count}`,
      event.metadata.name,
    ];
  }
  return [lastSeen, event.type, event.reason, target, message];
}
