// Runs every check the project has, in the order CI needs them, and ends with one line
// `N passed, N failed` that counts unit tests, browser tests and the static checks.
// Usage: npm test            (everything)
//        npm test -- --no-e2e (skip the browser tests, e.g. while iterating on the simulator)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const skipE2e = process.argv.includes('--no-e2e');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

function run(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

/** A static check (type check, lint, build) counts as one test. */
function step(title: string, command: string, args: string[]): boolean {
  const ok = run(title, command, args);
  if (ok) tally.passed++;
  else tally.failed++;
  return ok;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

step('type check', 'npx', ['astro', 'check']);
step('lint', 'npx', ['biome', 'check', '.']);
step('import layers and cycles', 'npx', ['depcruise', 'src', '--ignore-known', '--output-type', 'err']);
step('unused files, exports and dependencies', 'npx', ['knip', '--no-progress']);
step('file sizes', 'node', ['--no-warnings', '--experimental-strip-types', 'scripts/check-file-size.ts']);

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/unit.json',
]);
const unit = readJson('reports/unit.json') as
  | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
  | undefined;
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  if (!unitOk && unit.numFailedTests === 0) tally.failed++; // e.g. a suite that failed to load
} else {
  tally.failed++;
}

const built = step('build', 'npm', ['run', 'build']);

if (!skipE2e && built) {
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test'], { PW_JSON: '1' });
  const e2e = readJson('reports/e2e.json') as
    | { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
    | undefined;
  if (e2e) {
    tally.passed += e2e.stats.expected + e2e.stats.flaky;
    tally.failed += e2e.stats.unexpected;
    tally.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) tally.failed++;
  } else {
    tally.failed++;
  }
} else if (!skipE2e) {
  tally.failed++; // no site, so no browser tests
}

const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed${skipped}\n`);
process.exit(tally.failed === 0 ? 0 : 1);
