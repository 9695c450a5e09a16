// Captures what Debian 12's real tee (coreutils 9.1), xargs (findutils 4.9.0) and sed (4.9) print for the cases in
// tests/fixtures/pipes-cases/*.json, into tests/fixtures/<tool>-debian-captures.json (read by the tests of the
// learner's tee, xargs and sed). Each case runs `bash -c LINE` with LC_ALL=C in a fresh directory holding the
// case's files (a file under `d/` makes the directory d); `check` names files whose content after the line is kept.
// Usage: node --experimental-strip-types scripts/capture-gnu-pipes.ts tee|xargs|sed
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface Case {
  line: string;
  files?: Record<string, string>;
  check?: string[];
}

const tool = process.argv[2] ?? '';
const cases = JSON.parse(readFileSync(`tests/fixtures/pipes-cases/${tool}.json`, 'utf8')) as Case[];
const captured = cases.map((c) => {
  const dir = mkdtempSync(join(tmpdir(), 'pipes-'));
  for (const [path, text] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync('bash', ['-c', c.line], {
    cwd: dir,
    env: { PATH: '/usr/bin:/bin', LC_ALL: 'C', HOME: dir },
    encoding: 'utf8',
  });
  const after: Record<string, string | null> = {};
  for (const path of c.check ?? []) {
    try {
      after[path] = readFileSync(join(dir, path), 'utf8');
    } catch {
      after[path] = null;
    }
  }
  rmSync(dir, { recursive: true });
  return { ...c, stdout: run.stdout, stderr: run.stderr, exitCode: run.status, after };
});
const version = spawnSync(tool, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
const header = `Captured ${new Date().toISOString().slice(0, 10)} from Debian 12's ${version}, LC_ALL=C, by scripts/capture-gnu-pipes.ts`;
writeFileSync(
  `tests/fixtures/${tool}-debian-captures.json`,
  `${JSON.stringify({ header, cases: captured }, null, 1)}\n`,
);
