// Events as components record them through client-go's EventRecorder + correlator: one Event object per
// (object, reason, message, source, type); repeats bump `count` and `lastTimestamp` (e.g. BackOff, x5 over 2m).
// Names are `<object name>.<hex nanoseconds>` like the recorder's `fmt.Sprintf("%v.%x", name, t.UnixNano())`.

import type { Clock } from '../clock.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { Random } from '../random.ts';
import { nextVersion } from './object-versions.ts';
import type { Store } from './store.ts';
import type { Event, KubeObject } from './types.ts';

export interface EventSource {
  component: string;
  /** Node name for kubelet events (source.host, reportingInstance). */
  host?: string;
}

export interface EventDetails {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** `spec.containers{name}` for container events. */
  fieldPath?: string;
}

/**
 * kube-apiserver `--event-ttl` (default 1h): etcd expires an Event one hour after its last write. This also keeps
 * long sessions (a CronJob running all afternoon) from growing without bound.
 */
export const EVENT_TTL_MS = 60 * 60 * 1000;

const TWO_24 = 16_777_216;

/** One event series of an object: what the correlator compares, and the Event it writes to. */
interface Series {
  name: string;
  fieldPath: string;
  type: string;
  reason: string;
  message: string;
  component: string;
  host: string;
}

function sameSeries(entry: Series, source: EventSource, details: EventDetails): boolean {
  return (
    entry.reason === details.reason &&
    entry.message === details.message &&
    entry.type === details.type &&
    entry.fieldPath === (details.fieldPath ?? '') &&
    entry.component === source.component &&
    entry.host === (source.host ?? '')
  );
}

export class EventRecorder {
  private readonly clock: Clock;
  private readonly store: Store;
  private readonly profile: VersionProfile;
  private readonly random: Random;
  /**
   * The correlator's key (object, fieldPath, type, reason, message, source) → the Event's name, kept per object UID:
   * an object has a handful of distinct events, compared field by field instead of hashing one long joined string
   * on every record (issue 12's profile).
   */
  private readonly byObject = new Map<string, Series[]>();
  private nanoCounter = 0;

  constructor(clock: Clock, store: Store, profile: VersionProfile, random: Random) {
    this.clock = clock;
    this.store = store;
    this.profile = profile;
    this.random = random;
  }

  record(object: KubeObject, source: EventSource, details: EventDetails): Event {
    const meta = object.metadata;
    const namespace = meta.namespace ?? 'default';
    const now = this.clock.nowRfc3339();
    let series = this.byObject.get(meta.uid);
    let found: Series | undefined;
    // A plain loop: no closure per recorded event.
    if (series) {
      for (const entry of series) {
        if (sameSeries(entry, source, details)) {
          found = entry;
          break;
        }
      }
    }
    const existing = found ? this.store.get<Event>('Event', namespace, found.name) : undefined;
    if (found && existing) {
      const updated = nextVersion(existing, { count: existing.count + 1, lastTimestamp: now });
      this.expireLater(meta.uid, found, namespace, now);
      return this.store.put(updated);
    }
    const name = `${meta.name}.${this.nanoHex()}`;
    const involved: Event['involvedObject'] = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: meta.name,
      namespace,
      uid: meta.uid,
      resourceVersion: meta.resourceVersion,
    };
    if (details.fieldPath) involved.fieldPath = details.fieldPath;
    const source2: Event['source'] = { component: source.component };
    if (source.host) source2.host = source.host;
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: this.random.uuid(), resourceVersion: '', creationTimestamp: now },
      involvedObject: involved,
      reason: details.reason,
      message: details.message,
      source: source2,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type: details.type,
      eventTime: null,
      reportingComponent: this.profile.eventReportingFields ? source.component : '',
      reportingInstance: this.profile.eventReportingFields ? (source.host ?? '') : '',
    };
    const entry: Series = {
      name,
      fieldPath: details.fieldPath ?? '',
      type: details.type,
      reason: details.reason,
      message: details.message,
      component: source.component,
      host: source.host ?? '',
    };
    if (found) series!.splice(series!.indexOf(found), 1, entry);
    else if (series) series.push(entry);
    else {
      series = [entry];
      this.byObject.set(meta.uid, series);
    }
    this.expireLater(meta.uid, entry, namespace, now);
    return this.store.put(event);
  }

  /** Deletes the event EVENT_TTL_MS after this write unless a later write (a repeat) renewed it. */
  private expireLater(uid: string, entry: Series, namespace: string, writtenAt: string): void {
    this.clock.after(EVENT_TTL_MS, () => {
      const current = this.store.get<Event>('Event', namespace, entry.name);
      if (!current || current.lastTimestamp !== writtenAt) return;
      this.store.remove('Event', namespace, entry.name);
      const series = this.byObject.get(uid);
      const at = series?.indexOf(entry) ?? -1;
      if (at < 0) return;
      series!.splice(at, 1);
      if (series!.length === 0) this.byObject.delete(uid);
    });
  }

  /**
   * UnixNano in hex; a counter keeps two events of the same object at the same millisecond apart. The value
   * (now · 10^6 + counter · 997, beyond 2^53) is carried in two numbers, high · 2^24 + low, not a BigInt: the
   * same digits without BigInt allocations on every event.
   */
  private nanoHex(): string {
    this.nanoCounter = (this.nanoCounter + 1) % 1_000_000;
    const now = this.clock.now();
    const high = Math.floor(now / TWO_24);
    const low = (now - high * TWO_24) * 1_000_000 + this.nanoCounter * 997;
    const top = high * 1_000_000 + Math.floor(low / TWO_24);
    const rest = low % TWO_24;
    return top === 0 ? rest.toString(16) : top.toString(16) + rest.toString(16).padStart(6, '0');
  }
}
