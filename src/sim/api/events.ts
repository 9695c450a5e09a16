// Events as components record them through client-go's EventRecorder + correlator: one Event object per
// (object, reason, message, source, type); repeats bump `count` and `lastTimestamp` (e.g. BackOff, x5 over 2m).
// Names are `<object name>.<hex nanoseconds>` like the recorder's `fmt.Sprintf("%v.%x", name, t.UnixNano())`.

import type { Clock, DelayQueue } from '../clock.ts';
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

/**
 * Whether `event` (the recorder's last write of a series) is the series of `source` and `details`: the correlator's
 * key (fieldPath, type, reason, message, source), read from the Event itself, so a series needs no copy of it.
 */
function sameSeries(event: Event, source: EventSource, details: EventDetails): boolean {
  return (
    event.reason === details.reason &&
    event.message === details.message &&
    event.type === details.type &&
    (event.involvedObject.fieldPath ?? '') === (details.fieldPath ?? '') &&
    event.source.component === source.component &&
    (event.source.host ?? '') === (source.host ?? '')
  );
}

export class EventRecorder {
  private readonly clock: Clock;
  private readonly store: Store;
  private readonly profile: VersionProfile;
  private readonly random: Random;
  /**
   * Each object's event series (by the object's UID): the Event the recorder last wrote for each, compared field by
   * field (an object has a handful of distinct events) instead of hashing one long joined string on every record.
   */
  private readonly byObject = new Map<string, Event[]>();
  /**
   * The TTL of every write, in write order (all wait EVENT_TTL_MS): one queue, not a timer and a closure per
   * event (issue 12). Items are the Event versions written.
   */
  private readonly expiries: DelayQueue<Event>;
  /** Events' `source` objects, one per (component, host): stored objects are read-only, so events share them. */
  private readonly sources = new Map<string, Map<string, Event['source']>>();
  private nanoCounter = 0;

  constructor(clock: Clock, store: Store, profile: VersionProfile, random: Random) {
    this.clock = clock;
    this.store = store;
    this.profile = profile;
    this.random = random;
    this.expiries = clock.delayQueue(EVENT_TTL_MS, (written: Event) => this.expire(written));
  }

  /**
   * `random` gives a new Event's UID: the API server's stream unless the recording component has its own (kind's
   * system workload controller, so a replaced system pod's events move no learner name or UID).
   */
  record(object: KubeObject, source: EventSource, details: EventDetails, random: Random = this.random): Event {
    const meta = object.metadata;
    const namespace = meta.namespace ?? 'default';
    const now = this.clock.nowRfc3339();
    let series = this.byObject.get(meta.uid);
    let found: Event | undefined;
    let foundAt = -1;
    // A plain loop: no closure per recorded event.
    if (series) {
      for (let i = 0; i < series.length; i++) {
        if (sameSeries(series[i]!, source, details)) {
          found = series[i];
          foundAt = i;
          break;
        }
      }
    }
    const existing = found ? this.store.get<Event>('Event', namespace, found.metadata.name) : undefined;
    if (found && existing) {
      const updated = nextVersion(existing, { count: existing.count + 1, lastTimestamp: now });
      series![foundAt] = updated;
      // Set before the write, as the TTL timer always was: its place among timers set by watchers of the write.
      this.expiries.add(updated);
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
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: random.uuid(), resourceVersion: '', creationTimestamp: now },
      involvedObject: involved,
      reason: details.reason,
      message: details.message,
      source: this.sourceOf(source),
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type: details.type,
      eventTime: null,
      reportingComponent: this.profile.eventReportingFields ? source.component : '',
      reportingInstance: this.profile.eventReportingFields ? (source.host ?? '') : '',
    };
    if (found) series![foundAt] = event;
    else if (series) series.push(event);
    else {
      series = [event];
      this.byObject.set(meta.uid, series);
    }
    this.expiries.add(event);
    return this.store.put(event);
  }

  /**
   * An hour after a write: the Event goes unless a later write (a repeat) renewed it (etcd's lease is per write).
   * `written` is the version written then; its lastTimestamp is that write's time.
   */
  private expire(written: Event): void {
    const { namespace, name } = written.metadata;
    const current = this.store.get<Event>('Event', namespace, name);
    if (!current || current.lastTimestamp !== written.lastTimestamp) return;
    this.store.remove('Event', namespace, name);
    const uid = written.involvedObject.uid ?? '';
    const series = this.byObject.get(uid);
    if (!series) return;
    const at = series.findIndex((e) => e.metadata.name === name);
    if (at < 0) return;
    series.splice(at, 1);
    if (series.length === 0) this.byObject.delete(uid);
  }

  private sourceOf(source: EventSource): Event['source'] {
    const host = source.host ?? '';
    let byHost = this.sources.get(source.component);
    if (!byHost) {
      byHost = new Map();
      this.sources.set(source.component, byHost);
    }
    let shared = byHost.get(host);
    if (!shared) {
      shared = { component: source.component };
      if (source.host) shared.host = source.host;
      byHost.set(host, shared);
    }
    return shared;
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
