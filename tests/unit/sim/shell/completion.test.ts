import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../src/sim/api/types.ts';
import { harness } from './harness.ts';

const objects = [
  { kind: 'Job', metadata: { name: 'job-1' } },
  { kind: 'Job', metadata: { name: 'job-2' } },
  { kind: 'Pod', metadata: { name: 'job-1--1-abcde' } },
] as unknown as KubeObject[];

describe('tab completion', () => {
  const h = harness({ objects, files: { 'job.yaml': '', 'jobs.txt': '' } });
  const at = (line: string) => h.shell.complete(line, line.length);

  it('completes commands, subcommands, types, flags, names and files', () => {
    expect(at('kub')).toEqual({ from: 0, candidates: ['kubectl'] });
    expect(at('kubectl ge')).toEqual({ from: 8, candidates: ['get'] });
    expect(at('kubectl get j')).toEqual({ from: 12, candidates: ['jobs'] });
    expect(at('kubectl get jobs ')).toEqual({ from: 17, candidates: ['job-1', 'job-2'] });
    expect(at('kubectl describe job j')).toEqual({ from: 21, candidates: ['job-1', 'job-2'] });
    expect(at('kubectl logs ')).toEqual({ from: 13, candidates: ['job-1--1-abcde'] });
    expect(at('kubectl logs job/')).toEqual({ from: 13, candidates: ['job/job-1', 'job/job-2'] });
    // Cobra offers the inherited (global) flags too: --warnings-as-errors is kubectl's root persistent flag.
    expect(at('kubectl get pods --wa')).toEqual({
      from: 17,
      candidates: ['--warnings-as-errors', '--watch', '--watch-only'],
    });
    expect(at('kubectl apply -f j')).toEqual({ from: 17, candidates: ['job.yaml', 'jobs.txt'] });
    expect(at('cat j')).toEqual({ from: 4, candidates: ['job.yaml', 'jobs.txt'] });
    expect(at('echo x | gr')).toEqual({ from: 9, candidates: ['grep'] });
  });
});
