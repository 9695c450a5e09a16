// Issue 11 "Done when": the numbers the lesson prose quotes from kubectl output (`(5s ago)`, `LAST SCHEDULE 1s`,
// `Active Deadline Seconds: 20s`, `RESTARTS 0` …) must be what the lesson's generated outputs really print, so that
// a change in the simulator's timing that regenerates outputs.json cannot leave the prose telling a different story.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/lessons/registry.ts';

const root = new URL('../../../', import.meta.url);

function outputsOf(slug: string): string[] {
  const stored = JSON.parse(readFileSync(new URL(`src/lessons/${slug}/outputs.json`, root), 'utf8')) as {
    steps: Record<string, { output?: string }>;
  };
  return Object.values(stored.steps).map((s) => s.output ?? '');
}

/** `COLUMN value` holds when some table printed a row whose cell under COLUMN is `value`. */
function columnValueShown(outputs: string[], column: string, value: string): boolean {
  for (const output of outputs) {
    let header: { start: number } | undefined;
    for (const line of output.split('\n')) {
      const start = line.indexOf(column);
      if (start >= 0 && /^[A-Z]/.test(line) && line === line.toUpperCase()) {
        header = { start };
        continue;
      }
      if (!header || line.trim() === '') {
        header = undefined;
        continue;
      }
      if (
        line
          .slice(header.start)
          .split(/\s{2,}/)[0]
          ?.trim() === value
      )
        return true;
    }
  }
  return false;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** A prose claim about printed output, or undefined for code spans that are not such claims. */
function check(span: string, outputs: string[]): boolean | undefined {
  if (/^\(\d+[smhd]\d*[smh]? ago\)$/.test(span)) return outputs.some((o) => o.includes(span));
  const labelled = /^([A-Z][A-Za-z ]+):\s+(\S.*)$/.exec(span);
  if (labelled && /\d/.test(span)) {
    // `…` stands for text left out: the pieces must appear in this order in one output.
    const pieces = squash(span)
      .split('…')
      .map((p) => p.trim())
      .filter(Boolean);
    return outputs.some((o) => {
      const text = squash(o);
      let from = 0;
      for (const piece of pieces) {
        const found = text.indexOf(piece, from);
        if (found < 0) return false;
        from = found + piece.length;
      }
      return true;
    });
  }
  const column = /^([A-Z][A-Z]+(?: [A-Z]+)*) (\S+)$/.exec(span);
  if (column?.[1] && column[2]) return columnValueShown(outputs, column[1], column[2]);
  return undefined;
}

describe.each(Object.keys(LESSONS))('lesson %s prose', (slug) => {
  it.each(['en', 'ko'])('%s: output quoted in the prose is what outputs.json prints', (locale) => {
    const mdx = readFileSync(new URL(`src/content/lessons/${locale}/${slug}.mdx`, root), 'utf8');
    const outputs = outputsOf(slug);
    const wrong = [...mdx.matchAll(/`([^`\n]+)`/g)]
      .map((m) => m[1] ?? '')
      .filter((span) => check(span, outputs) === false);
    expect(wrong).toEqual([]);
  });
});

it('the check catches a quoted age that the outputs do not print', () => {
  const outputs = ['NAME    READY   STATUS    RESTARTS     AGE\nx       0/1     Error     2 (5s ago)   20s'];
  expect(check('(5s ago)', outputs)).toBe(true);
  expect(check('(6s ago)', outputs)).toBe(false);
  expect(check('AGE 20s', outputs)).toBe(true);
  expect(check('AGE 21s', outputs)).toBe(false);
  expect(check('Active Deadline Seconds: 20s', ['Active Deadline Seconds:  20s'])).toBe(true);
  expect(check('Active Deadline Seconds: 25s', ['Active Deadline Seconds:  20s'])).toBe(false);
  const statuses = ['Pods Statuses:  0 Active (0 Ready) / 0 Succeeded / 7 Failed'];
  expect(check('Pods Statuses: … 0 Succeeded / 7 Failed', statuses)).toBe(true);
  expect(check('Pods Statuses: … 0 Succeeded / 6 Failed', statuses)).toBe(false);
});
