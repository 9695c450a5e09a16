// Standard cron schedules as the CronJob controller parses them (robfig/cron/v3 ParseStandard): five fields
// (minute hour day-of-month month day-of-week), ranges, steps, lists, month/day names and the @descriptors.
// Times are evaluated in UTC (the controller-manager's zone in the simulated cluster).

import type { Millis } from '../clock.ts';

export interface CronSchedule {
  /** First activation strictly after `after`. */
  next(after: Millis): Millis;
}

type ParseResult = { ok: true; schedule: CronSchedule } | { ok: false; error: string };

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS },
];

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

interface Field {
  values: Set<number>;
  star: boolean;
}

function parseNumber(text: string, bounds: Bounds): number | string {
  const named = bounds.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text))
    return `failed to parse int from ${text}: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`;
  return Number(text);
}

/** robfig getRange, with its error texts. */
function parseField(expr: string, bounds: Bounds): Field | string {
  const values = new Set<number>();
  let star = false;
  for (const part of expr.split(',')) {
    const [rangePart = '', stepPart] = part.split('/');
    let start: number;
    let end: number;
    if (rangePart === '*' || rangePart === '?') {
      start = bounds.min;
      end = bounds.max;
      if (stepPart === undefined) star = true;
    } else {
      const [lo = '', hi] = rangePart.split('-');
      const a = parseNumber(lo, bounds);
      if (typeof a === 'string') return a;
      start = a;
      if (hi !== undefined) {
        const b = parseNumber(hi, bounds);
        if (typeof b === 'string') return b;
        end = b;
      } else end = stepPart !== undefined ? bounds.max : start;
    }
    let step = 1;
    if (stepPart !== undefined) {
      const s = parseNumber(stepPart, { min: 0, max: 0 });
      if (typeof s === 'string') return s;
      step = s;
      if (step === 0) return `step of range should be a positive number: ${part}`;
    }
    if (start < bounds.min) return `beginning of range (${start}) below minimum (${bounds.min}): ${part}`;
    if (end > bounds.max) return `end of range (${end}) above maximum (${bounds.max}): ${part}`;
    if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${part}`;
    for (let v = start; v <= end; v += step) values.add(v);
  }
  return { values, star };
}

export function parseCronSchedule(text: string): ParseResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('TZ=') || trimmed.startsWith('CRON_TZ=')) {
    return { ok: false, error: 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead' };
  }
  if (trimmed.startsWith('@every ')) return parseEvery(trimmed.slice(7));
  const expanded = trimmed.startsWith('@') ? DESCRIPTORS[trimmed] : trimmed;
  if (expanded === undefined) return { ok: false, error: `unrecognized descriptor: ${trimmed}` };
  const parts = expanded.split(/\s+/).filter((p) => p !== '');
  if (parts.length !== 5) {
    return { ok: false, error: `expected exactly 5 fields, found ${parts.length}: [${parts.join(' ')}]` };
  }
  const fields: Field[] = [];
  for (let i = 0; i < 5; i++) {
    const f = parseField(parts[i]!, FIELDS[i]!);
    if (typeof f === 'string') return { ok: false, error: f };
    fields.push(f);
  }
  // Day-of-week 7 means Sunday in some crons; robfig rejects it (max 6), as above.
  const [minute, hour, dom, month, dow] = fields as [Field, Field, Field, Field, Field];
  return { ok: true, schedule: { next: (after) => nextMatch(after, minute, hour, dom, month, dow) } };
}

function parseEvery(text: string): ParseResult {
  const m = /^(\d+)(s|m|h)$/.exec(text.trim());
  if (!m)
    return {
      ok: false,
      error: `failed to parse duration @every ${text}: time: invalid duration ${JSON.stringify(text)}`,
    };
  const unit = m[2] === 's' ? 1000 : m[2] === 'm' ? 60_000 : 3_600_000;
  const period = Math.max(1000, Number(m[1]) * unit);
  return { ok: true, schedule: { next: (after) => Math.floor(after / 1000) * 1000 + period } };
}

function dayMatches(d: Date, dom: Field, dow: Field): boolean {
  const domMatch = dom.values.has(d.getUTCDate());
  const dowMatch = dow.values.has(d.getUTCDay());
  // robfig: if either field is `*`, both must match; otherwise either may.
  if (dom.star || dow.star) return domMatch && dowMatch;
  return domMatch || dowMatch;
}

function nextMatch(after: Millis, minute: Field, hour: Field, dom: Field, month: Field, dow: Field): Millis {
  const t = new Date(Math.floor(after / 60_000) * 60_000 + 60_000);
  const limit = after + 5 * 366 * 24 * 3_600_000;
  while (t.getTime() < limit) {
    if (!month.values.has(t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(t, dom, dow)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!hour.values.has(t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!minute.values.has(t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return t.getTime();
  }
  return Number.POSITIVE_INFINITY;
}
