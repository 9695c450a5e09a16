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

export class EventRecorder {
  private readonly clock: Clock;
  private readonly store: Store;
  private readonly profile: VersionProfile;
  private readonly random: Random;
  private readonly byKey = new Map<string, string>();
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
    const key = `${meta.uid}\u0000${details.fieldPath ?? ''}\u0000${details.type}\u0000${details.reason}\u0000${details.message}\u0000${source.component}\u0000${source.host ?? ''}`;
    const now = this.clock.nowRfc3339();
    const existingName = this.byKey.get(key);
    const existing = existingName ? this.store.get<Event>('Event', namespace, existingName) : undefined;
    if (existing) {
      const updated = nextVersion(existing, { count: existing.count + 1, lastTimestamp: now });
      this.expireLater(key, namespace, updated.metadata.name, now);
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
    this.byKey.set(key, name);
    this.expireLater(key, namespace, name, now);
    return this.store.put(event);
  }

  /** Deletes the event EVENT_TTL_MS after this write unless a later write (a repeat) renewed it. */
  private expireLater(key: string, namespace: string, name: string, writtenAt: string): void {
    this.clock.after(EVENT_TTL_MS, () => {
      const current = this.store.get<Event>('Event', namespace, name);
      if (!current || current.lastTimestamp !== writtenAt) return;
      this.store.remove('Event', namespace, name);
      if (this.byKey.get(key) === name) this.byKey.delete(key);
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
