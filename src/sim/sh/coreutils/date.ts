// date on the virtual clock, in UTC (images' TZ and the learner's machine alike): default
// `Mon Jan 12 09:00:00 UTC 2026`, `+FORMAT`, -u, -R, -I[date|seconds|minutes], -d @EPOCH / now
// (formatting in date-format.ts). GNU words an unknown option with getopt's text.

import { finished } from '../process.ts';
import type { Utility } from './context.ts';
import { DEFAULT_DATE_FORMAT, formatDate } from './date-format.ts';
import { invalidOptionText } from './usage.ts';

export const date: Utility = (argv, io, ctx) => {
  const gnu = ctx.host.flavour === 'gnu';
  let format = DEFAULT_DATE_FORMAT;
  let at = ctx.host.now();
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-u' || a === '--utc' || a === '--universal') continue;
    else if (a === '-R' || a === '--rfc-2822' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (a === '-I' || a === '--iso-8601' || a === '-Idate' || a === '--iso-8601=date') format = '%Y-%m-%d';
    else if (/^(-I|--iso-8601=)(seconds|s)$/.test(a)) format = '%Y-%m-%dT%H:%M:%S+00:00';
    else if (/^(-I|--iso-8601=)(minutes|m)$/.test(a)) format = '%Y-%m-%dT%H:%M+00:00';
    else if (a === '-d' || a === '--date' || a.startsWith('--date=') || a.startsWith('-d')) {
      const value = a === '-d' || a === '--date' ? args[++i] : a.replace(/^(--date=|-d)/, '');
      const epoch = /^@(-?\d+)$/.exec(value ?? '');
      if (epoch?.[1] !== undefined) at = Number(epoch[1]) * 1000;
      else if (value !== 'now') {
        io.err(`date: invalid date '${value ?? ''}'\n`);
        return finished(1);
      }
    } else if (gnu && a.startsWith('-')) {
      io.err(invalidOptionText('date', a));
      return finished(1);
    } else {
      io.err(`date: invalid date '${a}'\n`);
      return finished(1);
    }
  }
  io.out(`${formatDate(at, format)}\n`);
  return finished(0);
};
