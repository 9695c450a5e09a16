// GNU date on the virtual clock, in UTC (the container image's TZ): default `Mon Jan 12 09:00:00 UTC 2026`,
// `+FORMAT` with the usual conversions, `-u`, `-I`/`--iso-8601[=seconds]`, `-R`.

import type { Program } from '../program.ts';
import { invalidOption } from './usage.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

export const date: Program = (argv, io, ctx) => {
  let format = DEFAULT_FORMAT;
  for (const arg of argv) {
    if (arg.startsWith('+')) format = arg.slice(1);
    else if (arg === '-u' || arg === '--utc' || arg === '--universal') continue;
    else if (arg === '-I' || arg === '--iso-8601' || arg === '-Idate' || arg === '--iso-8601=date') format = '%F';
    else if (arg === '-Iseconds' || arg === '--iso-8601=seconds') format = '%FT%T+00:00';
    else if (arg === '-R' || arg === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (arg.startsWith('-')) return invalidOption(io, 'date', arg);
    else {
      io.err(`date: invalid date '${arg}'\n`);
      return { exitCode: 1 };
    }
  }
  io.out(`${formatDate(new Date(ctx.clock.now()), format)}\n`);
  return { exitCode: 0 };
};

export function formatDate(d: Date, format: string): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const conversions: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()]!,
    A: () => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()]!,
    b: () => MONTHS[d.getUTCMonth()]!,
    h: () => MONTHS[d.getUTCMonth()]!,
    d: () => pad(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2, ' '),
    H: () => pad(d.getUTCHours()),
    I: () => pad(((d.getUTCHours() + 11) % 12) + 1),
    M: () => pad(d.getUTCMinutes()),
    S: () => pad(d.getUTCSeconds()),
    N: () => pad(d.getUTCMilliseconds() * 1_000_000, 9),
    m: () => pad(d.getUTCMonth() + 1),
    y: () => pad(d.getUTCFullYear() % 100),
    Y: () => String(d.getUTCFullYear()),
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    s: () => String(Math.floor(d.getTime() / 1000)),
    Z: () => 'UTC',
    z: () => '+0000',
    F: () => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    T: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    R: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    D: () => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear() % 100)}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (whole, key: string) => conversions[key]?.() ?? whole);
}
