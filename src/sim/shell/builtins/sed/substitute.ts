// The s command's matching and replacement (GNU sed 4.9 execute.c do_subst): the Nth match and, with g, every one
// after it; an empty match right where the previous match ended does not count (`s/b*/X/g` on abc is XaXcX);
// `&` and \1…\9 with GNU's case conversions \L \U \E \l \u.

import type { ReplacementPart, Substitution } from './types.ts';

/** The pattern space after `s`, or undefined when nothing was replaced. */
export function substitute(space: string, re: RegExp, subst: Substitution): string | undefined {
  let out = '';
  let copied = 0;
  let count = 0;
  let pos = 0;
  let previousEnd = -1;
  let replaced = false;
  while (pos <= space.length) {
    re.lastIndex = pos;
    const m = re.exec(space);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0 && start === previousEnd) {
      pos = start + 1;
      continue;
    }
    count++;
    if (count >= subst.occurrence) {
      out += space.slice(copied, start) + expand(subst.replacement, m);
      copied = end;
      replaced = true;
      if (!subst.global) break;
    }
    previousEnd = end;
    pos = m[0].length === 0 ? start + 1 : end;
  }
  return replaced ? out + space.slice(copied) : undefined;
}

function expand(parts: ReplacementPart[], m: RegExpExecArray): string {
  let out = '';
  let mode: 'L' | 'U' | undefined;
  let once: 'l' | 'u' | undefined;
  const append = (text: string) => {
    if (text === '') return;
    let rest = mode === 'L' ? text.toLowerCase() : mode === 'U' ? text.toUpperCase() : text;
    if (once) {
      const first = once === 'l' ? rest.charAt(0).toLowerCase() : rest.charAt(0).toUpperCase();
      rest = first + rest.slice(1);
      once = undefined;
    }
    out += rest;
  };
  for (const part of parts) {
    if (part.kind === 'text') append(part.text);
    else if (part.kind === 'group') append(m[part.group] ?? '');
    else if (part.mode === 'E') {
      mode = undefined;
      once = undefined;
    } else if (part.mode === 'L' || part.mode === 'U') {
      mode = part.mode;
      once = undefined;
    } else once = part.mode;
  }
  return out;
}
