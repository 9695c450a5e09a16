// `kubectl top` on kind, which installs no metrics-server: kubectl pkg/cmd/top top_pod.go/top_node.go (v0.22.0 and
// v0.35.0) return errors.New("Metrics API not available") when discovery has no metrics.k8s.io group, after
// Complete (UsageErrorf with cmd.Use for more than one NAME) and Validate.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const UNAVAILABLE = { stdout: '', stderr: 'error: Metrics API not available\n', exitCode: 1 };

describe('kubectl top without metrics-server', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: pod and node fail with kubectl's error`, () => {
      const { run } = terminal(profile);
      expect(run('kubectl top pod')).toEqual(UNAVAILABLE);
      expect(run('kubectl top pods -A')).toEqual(UNAVAILABLE);
      expect(run('kubectl top node')).toEqual(UNAVAILABLE);
      expect(run('kubectl top no jobslab-worker')).toEqual(UNAVAILABLE);
    });
  }

  it('Complete and Validate come first', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl top pod a b')).toEqual({
      stdout: '',
      stderr: "error: pod [NAME | -l label]\nSee 'kubectl top pod -h' for help and examples\n",
      exitCode: 1,
    });
    expect(run('kubectl top pod --sort-by=disk').stderr).toBe('error: --sort-by accepts only cpu or memory\n');
    expect(run('kubectl top pod x -l app=a').stderr).toBe('error: only one of NAME or selector can be provided\n');
    expect(run('kubectl top node x -l app=a').stderr).toBe('error: only one of NAME or --selector can be provided\n');
  });

  it('top alone prints its help on stderr and exits 1 (DefaultSubCommandRun)', () => {
    const result = terminal('1.22').run('kubectl top');
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Display Resource \(CPU\/Memory\) usage\.\n\n The top command allows/);
    expect(result.exitCode).toBe(1);
  });

  it('flags differ by version: --sum (1.25) and --show-swap (1.34)', () => {
    expect(terminal('1.35').run('kubectl top pod --sum --show-swap')).toEqual(UNAVAILABLE);
    expect(terminal('1.22').run('kubectl top pod --sum').stderr).toBe(
      "Error: unknown flag: --sum\nSee 'kubectl top pod --help' for usage.\n",
    );
  });
});
