import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '../../../src/cli/sim.ts');

function sim(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--no-warnings', '--experimental-strip-types', CLI, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

// Each test spawns Node (type stripping included): seconds on a loaded machine, so a generous timeout.
describe('sim CLI --script', { timeout: 30_000 }, () => {
  it('prints the transcript of a script read from stdin', () => {
    const script = [
      '# a comment line is skipped',
      'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"',
      'sleep 11',
      'kubectl get jobs',
      'cat <<EOF > note.txt',
      '# kept: part of the here-document',
      'home is $HOME',
      'EOF',
      'cat note.txt',
      'kubeclt get pods',
      'kubectl get pods -w',
      'echo done',
      '',
    ].join('\n');
    const { stdout, stderr, status } = sim(['--script', '-'], script);
    expect({ stderr, status }).toEqual({ stderr: '', status: 0 });
    expect(stdout).toBe(
      [
        '$ kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"',
        'job.batch/job-1 created',
        '$ sleep 11',
        '$ kubectl get jobs',
        'NAME    STATUS     COMPLETIONS   DURATION   AGE',
        'job-1   Complete   1/1           10s        11s',
        '$ cat <<EOF > note.txt',
        '> # kept: part of the here-document',
        '> home is $HOME',
        '> EOF',
        '$ cat note.txt',
        '# kept: part of the here-document',
        'home is /home/learner',
        '$ kubeclt get pods',
        'bash: kubeclt: command not found',
        '$ kubectl get pods -w',
        'NAME          READY   STATUS      RESTARTS   AGE',
        'job-1-bzkwc   0/1     Completed   0          11s',
        '^C',
        '$ echo done',
        'done',
        '',
      ].join('\n'),
    );
  });

  it('shows hints with --hints and honours --profile and --seed', () => {
    const file = join(tmpdir(), `sim-cli-${process.pid}.sh`);
    writeFileSync(
      file,
      'kubeclt version\nkubectl create job hello-world --image=hello-world\nsleep 5\nkubectl get pods\n',
    );
    const { stdout, status } = sim(['--script', file, '--profile', '1.22', '--seed', '7', '--hints']);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '$ kubeclt version',
      'bash: kubeclt: command not found',
      '# hint: `kubeclt` is not a command. Did you mean `kubectl`?',
      '$ kubectl create job hello-world --image=hello-world',
      'job.batch/hello-world created',
    ]);
    // 1.22 names job pods `<job>--1-<suffix>` (spec §1.2).
    expect(lines[8]).toMatch(/^hello-world--1-[a-z0-9]{5} {3}0\/1 {5}Completed {3}0 {10}5s$/);
  });

  it('exits 2 with a message when the script cannot be read', () => {
    expect(sim(['--script', '/nonexistent/script.sh'])).toEqual({
      stdout: '',
      stderr:
        "sim: cannot read /nonexistent/script.sh: ENOENT: no such file or directory, open '/nonexistent/script.sh'\n",
      status: 2,
    });
  });
});
