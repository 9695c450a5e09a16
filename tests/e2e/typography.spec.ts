// Code and commands are never typographically changed on a built page, in either locale: no en/em dash for
// `--`, no curly quotes, no ellipsis character inside <code>, <pre> or a Command block's data-cmd.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = join(process.cwd(), 'dist');
// An apostrophe inside a word (job’s, in a YAML comment an author wrote) is text, not a replaced quote.
const TYPOGRAPHIC = /[\u2013\u2014\u2018\u201c\u201d]|(?<![A-Za-z])\u2019/;

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name === 'index.html' ? [path] : [];
  });
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test('every inline code, code block and command on every built lesson page is left as written', () => {
  const lessonPages = pages(DIST).filter((p) => /[\\/](en|ko)[\\/]lessons[\\/]/.test(p));
  expect(lessonPages.length).toBeGreaterThanOrEqual(16);
  let checked = 0;
  for (const file of lessonPages) {
    const html = readFileSync(file, 'utf8');
    const pieces = [
      ...[...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => m[1] ?? ''),
      ...[...html.matchAll(/data-cmd="([^"]*)"/g)].map((m) => m[1] ?? ''),
    ].map(decode);
    for (const piece of pieces) expect(piece, `${file}: ${piece}`).not.toMatch(TYPOGRAPHIC);
    checked += pieces.length;
  }
  expect(checked).toBeGreaterThan(100);
});
