// `date` output in containers. Images run in UTC with the C locale, where GNU date (ubuntu, debian) and
// BusyBox date print the same default: `%a %b %e %H:%M:%S %Z %Y` → `Mon Jan 12 09:00:03 UTC 2026`.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const DEFAULT_DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

const pad = (n: number, width: number, fill = '0') => String(n).padStart(width, fill);

/** strftime in UTC for the conversions people use in scripts; unknown ones print as written. */
export function formatDate(ms: number, format: string): string {
  const d = new Date(Math.floor(ms));
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const hour = d.getUTCHours();
  const dayOfYear = Math.floor((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const f = format[++i] as string;
    switch (f) {
      case 'a':
        out += (DAYS[d.getUTCDay()] as string).slice(0, 3);
        break;
      case 'A':
        out += DAYS[d.getUTCDay()];
        break;
      case 'b':
      case 'h':
        out += (MONTHS[month] as string).slice(0, 3);
        break;
      case 'B':
        out += MONTHS[month];
        break;
      case 'd':
        out += pad(day, 2);
        break;
      case 'e':
        out += pad(day, 2, ' ');
        break;
      case 'm':
        out += pad(month + 1, 2);
        break;
      case 'y':
        out += pad(year % 100, 2);
        break;
      case 'Y':
        out += year;
        break;
      case 'C':
        out += pad(Math.floor(year / 100), 2);
        break;
      case 'H':
        out += pad(hour, 2);
        break;
      case 'I':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, 2);
        break;
      case 'k':
        out += pad(hour, 2, ' ');
        break;
      case 'l':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, 2, ' ');
        break;
      case 'M':
        out += pad(d.getUTCMinutes(), 2);
        break;
      case 'S':
        out += pad(d.getUTCSeconds(), 2);
        break;
      case 'N':
        out += pad(d.getUTCMilliseconds() * 1_000_000, 9);
        break;
      case 'p':
        out += hour < 12 ? 'AM' : 'PM';
        break;
      case 'P':
        out += hour < 12 ? 'am' : 'pm';
        break;
      case 's':
        out += Math.floor(ms / 1000);
        break;
      case 'j':
        out += pad(dayOfYear, 3);
        break;
      case 'u':
        out += d.getUTCDay() === 0 ? 7 : d.getUTCDay();
        break;
      case 'w':
        out += d.getUTCDay();
        break;
      case 'Z':
        out += 'UTC';
        break;
      case 'z':
        out += '+0000';
        break;
      case 'T':
        out += formatDate(ms, '%H:%M:%S');
        break;
      case 'R':
        out += formatDate(ms, '%H:%M');
        break;
      case 'D':
        out += formatDate(ms, '%m/%d/%y');
        break;
      case 'F':
        out += formatDate(ms, '%Y-%m-%d');
        break;
      case 'c':
        out += formatDate(ms, '%a %b %e %H:%M:%S %Y');
        break;
      case 'x':
        out += formatDate(ms, '%m/%d/%y');
        break;
      case 'X':
        out += formatDate(ms, '%H:%M:%S');
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case '%':
        out += '%';
        break;
      default:
        out += `%${f}`;
    }
  }
  return out;
}
