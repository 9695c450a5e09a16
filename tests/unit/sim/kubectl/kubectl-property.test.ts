import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeCluster } from './fake-cluster.ts';

const WORDS = [
  'get',
  'create',
  'job',
  'run',
  'delete',
  'logs',
  'wait',
  'apply',
  'describe',
  'version',
  'pods',
  'jobs',
  'all',
  'job/x',
  '-f',
  '-',
  '-o',
  'yaml',
  '--',
  '-n',
  '--image=busybox',
  '--for=delete',
  '-w',
  '--all',
  '-l',
  'a=b',
  '--timeout=1s',
  '--dry-run=client',
  'x',
  '--cascade=orphan',
  'api-resources',
  '-A',
  '--tail=3',
  '',
];

const ERROR_START = /^(error: |Error: |Error from server|The |You must specify|Warning: |No resources found)/;

describe('kubectl never throws', () => {
  it('random argv', () => {
    const k = fakeCluster();
    k.files.set('job.yaml', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: x\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string()), { maxLength: 8 }), (argv) => {
        const r = k.run(argv);
        expect([0, 1, -1]).toContain(r.exitCode);
        if ('running' in r.result) r.result.running.interrupt();
        // A real kubectl command (`cp`, `top`, …) or flag (`run -f`, `get --raw`) the simulator does not model
        // answers with the hint alone.
        if (r.exitCode === 1 && r.stderr === '')
          expect(r.hint).toMatch(
            /is a real kubectl command that is not simulated|is a real flag of .* whose effect is not simulated/,
          );
        else if (r.exitCode === 1) expect(r.stderr).toMatch(ERROR_START);
      }),
      { numRuns: 3000 },
    );
  });
  it('random YAML on stdin', () => {
    const k = fakeCluster();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const r = k.run(['apply', '-f', '-'], text);
          expect([0, 1]).toContain(r.exitCode);
          // A real kubectl command the simulator does not model (`cp`, `top`, …) answers with the hint alone.
          if (r.exitCode === 1 && r.stderr === '')
            expect(r.hint).toMatch(/is a real kubectl command that is not simulated/);
          else if (r.exitCode === 1) expect(r.stderr).toMatch(ERROR_START);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
