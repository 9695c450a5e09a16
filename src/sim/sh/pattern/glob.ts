// Shell pattern matching (`case`, `[[ == ]]`, ${x#pat}, ${x/pat/rep}): globs with *, ?, [...] and POSIX classes,
// backslash-escaped characters matching literally. Kept apart from expansion like mvdan/sh's pattern package.

/** Glob (with backslash escapes) to an anchored regular expression source. */
export function globToRegex(pattern: string): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const n = pattern[++i];
      if (n !== undefined) re += n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        body = body
          .replace(/\[:alpha:\]/g, 'a-zA-Z')
          .replace(/\[:digit:\]/g, '0-9')
          .replace(/\[:alnum:\]/g, 'a-zA-Z0-9')
          .replace(/\[:upper:\]/g, 'A-Z')
          .replace(/\[:lower:\]/g, 'a-z')
          .replace(/\[:space:\]/g, ' \\t\\n')
          .replace(/[\\\]^]/g, '\\$&');
        re += `[${negate ? '^' : ''}${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return re;
}

export function globMatch(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^${globToRegex(pattern)}$`).test(text);
  } catch {
    return pattern === text;
  }
}

export function removePattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = globToRegex(pattern);
  const chars = [...value];
  if (op === '#' || op === '##') {
    const lengths = op === '#' ? range(0, chars.length) : range(0, chars.length).reverse();
    for (const n of lengths) if (new RegExp(`^${re}$`).test(chars.slice(0, n).join(''))) return chars.slice(n).join('');
  } else {
    const starts = op === '%' ? range(0, chars.length).reverse() : range(0, chars.length);
    for (const s of starts) if (new RegExp(`^${re}$`).test(chars.slice(s).join(''))) return chars.slice(0, s).join('');
  }
  return value;
}

export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  if (pattern === '') return value;
  let re = globToRegex(pattern);
  let anchor = '';
  if (pattern.startsWith('#')) {
    re = globToRegex(pattern.slice(1));
    anchor = '^';
  } else if (pattern.startsWith('%')) {
    re = `${globToRegex(pattern.slice(1))}$`;
  }
  try {
    return value.replace(new RegExp(anchor + re, all ? 'g' : ''), () => replacement);
  } catch {
    return value;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
