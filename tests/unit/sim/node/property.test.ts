// Hostile and random scripts: the runtime never throws, every resume returns quickly, and each step is sane.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { launch, start } from './harness.ts';

const FRAGMENTS = [
  'echo hi',
  'exit 3',
  'sleep 1',
  'while true; do :; done',
  'for i in $(seq 3); do echo $i; done',
  'x=$((x+1))',
  'if',
  'fi',
  'then',
  '"',
  "'",
  '$(',
  '${',
  '$((1/0))',
  '${x:?boom}',
  '[ a -lt b ]',
  '[[ a ]]',
  'f() { f; }; f',
  'a=aaaaaaaaaaaaaaaa; while true; do a="$a$a"; done',
  'echo x >&2',
  'cat /nope',
  '|',
  ';;',
  'case x in',
  'break 0',
  'return',
  'exec false',
  'set -eu; echo $nope',
  '((',
  'echo $((2**64))',
  'printf "%*d" 999999999 1',
  'seq 1 100000000',
  'read x <<< hi',
];

const scriptArb = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('; ')),
  fc
    .array(fc.constantFrom(...FRAGMENTS, ' ', '\n', '&&', '||', '(', ')', '{', '}', '`'), { maxLength: 12 })
    .map((p) => p.join(' ')),
);

describe('property: hostile scripts', () => {
  it('never throw and every resume is bounded', () => {
    fc.assert(
      fc.property(
        scriptArb,
        fc.constantFrom(['ubuntu', 'bash'], ['ubuntu', 'sh'], ['busybox', 'sh']),
        (script, [image, shell]) => {
          const l = launch(image, [shell, '-c', script]);
          const { result, output } = start(l);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          let now = l.startedAt;
          for (let i = 0; i < 40; i++) {
            const before = performance.now();
            const step = result.process.resume(now);
            expect(performance.now() - before).toBeLessThan(2000);
            if (step.type === 'exit') {
              expect(step.exitCode).toBeGreaterThanOrEqual(0);
              expect(step.exitCode).toBeLessThanOrEqual(255);
              break;
            }
            expect(step.ms).toBeGreaterThan(0);
            now += step.ms;
          }
          result.process.kill();
          expect(output.some(([, t]) => t.includes('internal error'))).toBe(false);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  }, 120_000);
});
