// `npm run lint`: no source file in src/ over 400 lines unless its header (the first 40 lines) says why, in a
// comment line starting with `Size:` (issue 14). Prints the offenders and exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 400;
const EXTENSIONS = /\.(ts|mts|astro|mjs|js)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return EXTENSIONS.test(entry.name) ? [path] : [];
  });
}

const offenders: string[] = [];
for (const file of files('src')) {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.length <= LIMIT) continue;
  const header = lines.slice(0, 40);
  if (!header.some((line) => /^\s*(\/\/|\*)\s*Size:/.test(line))) offenders.push(`${file}: ${lines.length} lines`);
}
if (offenders.length > 0) {
  console.error(`Files over ${LIMIT} lines without a 'Size:' reason in their header:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log(`✔ every file in src/ over ${LIMIT} lines says why in its header`);
