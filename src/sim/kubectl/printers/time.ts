// Time helpers shared by table cells and describe: ages relative to the virtual `now`, and Go's
// time.RFC1123Z layout. Objects carry RFC 3339 strings (api/types.ts); `now` is epoch milliseconds.
import { humanDuration } from './duration.ts';

/** translateTimestampSince: `<unknown>` for a missing (zero) timestamp, else HumanDuration(now − t). */
export function ageSince(timestamp: string | undefined | null, now: number): string {
  if (!timestamp) return '<unknown>';
  return humanDuration(now - Date.parse(timestamp));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * Go's time.RFC1123Z ("Mon, 02 Jan 2006 15:04:05 -0700") in UTC: the simulated client runs in UTC, so the
 * zone is always +0000 (spec §6.1: describe prints times in the client's local zone).
 */
export function formatRfc1123Z(timestamp: string): string {
  const d = new Date(Date.parse(timestamp));
  return (
    `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`
  );
}
