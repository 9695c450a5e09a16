// Issue 15: thousands of random lines and manifests through a whole session (shell, kubectl, controllers,
// kubelet, container scripts): nothing throws, and memory stays bounded.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createSession } from '../../../src/sim/session.ts';

const word = fc.oneof(
  fc.constantFrom(
    'kubectl',
    'get',
    'describe',
    'logs',
    'delete',
    'create',
    'apply',
    'wait',
    'job',
    'jobs',
    'pods',
    'cronjob',
    'job/j',
    'j',
    '-f',
    '-',
    '-o',
    'yaml',
    'json',
    'wide',
    'jsonpath={.items[*].metadata.name}',
    '--image=busybox',
    '--',
    'sh',
    '-c',
    'echo',
    'sleep',
    '5',
    '60',
    'inf',
    '|',
    '>',
    '<<EOF',
    'EOF',
    ';',
    '&&',
    '||',
    '&',
    '$(',
    '$((',
    '`',
    "'",
    '"',
    '\\',
    '#',
    'for',
    'while',
    'do',
    'done',
    'yes',
    'printf',
    '%99999999d',
    'cat',
    'grep',
    'head',
    '-n',
    '1',
    'wc',
    '-l',
    'timeout',
    'ls',
    'clear',
    '\u001b[?2004h',
    '한글',
    '\u202e',
    '\u0000',
    '-A',
    '--all',
    "'while true; do echo $x; done'",
    "'f() { f; }; f'",
    "'exit 3'",
    '--restart=Never',
    '--schedule=*/1 * * * *',
  ),
  fc.string({ maxLength: 12 }),
);
const line = fc.array(word, { minLength: 0, maxLength: 10 }).map((ws) => ws.join(' '));
const manifest = fc
  .record({
    apiVersion: fc.constantFrom('batch/v1', 'v1', 'x'),
    kind: fc.constantFrom('Job', 'CronJob', 'Pod', 'Nope'),
    metadata: fc.record({ name: fc.constantFrom('m', 'M!', 'a'.repeat(70), '') }, { requiredKeys: [] }),
    spec: fc.anything({ maxDepth: 3 }),
  })
  .map((m) => ['kubectl apply -f - <<EOF', ...JSON.stringify(m, null, 1).split('\n'), 'EOF']);

it('random lines and manifests never throw, and the session stays bounded', () => {
  const session = createSession({ profile: '1.35', seed: 1 });
  const heapBefore = process.memoryUsage().heapUsed;
  let lines = 0;
  let manifests = 0;
  let commands = 0;
  // Commands the shell actually finished: a random open quote or `$(` would otherwise swallow every later line as
  // its continuation, and the fuzz would only ever test the `> ` prompt (11 of ≈20,000 lines ran before).
  let ran = 0;
  session.shell.onCommand(() => ran++);
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          line.map((l) => [l]),
          manifest,
        ),
        { minLength: 1, maxLength: 20 },
      ),
      (batches) => {
        for (const batch of batches) {
          // A manifest is a here-document of three lines or more; a random line comes alone.
          if (batch.length > 1) manifests++;
          else commands++;
          for (const text of batch) {
            session.shell.submit(text);
            lines++;
          }
          // Ctrl-C, as a learner would: stops a foreground command, or abandons a half-typed one at the `> ` prompt.
          if (session.shell.busy || session.shell.prompt !== '$ ') session.shell.interrupt();
          session.advanceBy(500);
        }
      },
    ),
    { numRuns: 800, seed: 15 },
  );
  // Thousands of each, as issue 15's "Done when" asks: random lines and whole manifests through kubectl apply.
  expect(commands).toBeGreaterThan(2000);
  expect(manifests).toBeGreaterThan(2000);
  expect(lines).toBeGreaterThan(20_000);
  expect(ran).toBeGreaterThan(3000);
  // One session for everything: flooding or busy containers the fuzz started must not grow the heap without bound.
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
}, 90_000);
