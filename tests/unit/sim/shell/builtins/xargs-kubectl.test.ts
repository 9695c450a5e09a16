// xargs running kubectl: which commands ran, in what order and with which arguments, as GNU's manual describes the
// grouping ("Invoking xargs": the command runs with the initial arguments followed by as many items as fit, or -n
// items, -L lines, or one line per command with -I). What kubectl prints is compared with the same kubectl command
// typed directly in an identical session: xargs only decides which commands run.
import { describe, expect, it } from 'vitest';
import { kubectlShown } from '../../../../../src/lib/exercises/kubectl-output.ts';
import { terminal } from '../../../harness/session.ts';
import { harness } from '../harness.ts';

/** A session with pods a and b. */
function withPods() {
  const t = terminal('1.35');
  t.run('kubectl run a --image=nginx');
  t.run('kubectl run b --image=nginx');
  return t;
}

describe('xargs runs kubectl', () => {
  it('deletes every listed pod with one kubectl command, as typing it would', () => {
    const viaXargs = withPods();
    const direct = withPods();
    expect(viaXargs.run('kubectl get pods -o name | xargs kubectl delete')).toEqual(
      direct.run('kubectl delete pod/a pod/b'),
    );
    expect(viaXargs.run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  it('keeps each kubectl as a program of its own in the line record, with what it showed', () => {
    const { run, session } = withPods();
    run('kubectl get pods -o name | xargs -n1 kubectl delete');
    const record = session.records.at(-1)!;
    expect(record.programs?.map((p) => p.words)).toEqual([
      ['kubectl', 'get', 'pods', '-o', 'name'],
      ['xargs', '-n1', 'kubectl', 'delete'],
      ['kubectl', 'delete', 'pod/a'],
      ['kubectl', 'delete', 'pod/b'],
    ]);
    const shown = kubectlShown(record);
    expect(shown.map((s) => s.args)).toEqual([
      ['get', 'pods', '-o', 'name'],
      ['delete', 'pod/a'],
      ['delete', 'pod/b'],
    ]);
    expect(shown[1]!.stdout).toBe(withPods().run('kubectl delete pod/a').stdout);
  });

  it('runs one kubectl per line with -I, the line in place of {}', () => {
    const { run, session } = withPods();
    const direct = withPods();
    const expected = direct.run('kubectl get pod/a -o name').stdout + direct.run('kubectl get pod/b -o name').stdout;
    expect(run('kubectl get pods -o name | xargs -I{} kubectl get {} -o name')).toEqual({
      stdout: expected,
      stderr: '',
      exitCode: 0,
    });
    const words = session.records
      .at(-1)!
      .programs?.slice(2)
      .map((p) => p.words);
    expect(words).toEqual([
      ['kubectl', 'get', 'pod/a', '-o', 'name'],
      ['kubectl', 'get', 'pod/b', '-o', 'name'],
    ]);
  });

  it('exits 123 when a kubectl fails and still runs the rest', () => {
    const { run } = withPods();
    const direct = withPods();
    const missing = direct.run('kubectl delete pod/x');
    const deleted = direct.run('kubectl delete pod/a');
    expect(run("printf 'pod/x\\npod/a\\n' | xargs -n1 kubectl delete")).toEqual({
      stdout: deleted.stdout,
      stderr: missing.stderr,
      exitCode: 123,
    });
  });

  it('lets a watching kubectl run until timeout stops xargs and it', () => {
    const { run } = withPods();
    const result = run('echo pods | timeout 3 xargs kubectl get -w');
    expect(result.exitCode).toBe(124);
    expect(result.stdout).toMatch(/^NAME {3}READY/);
  });

  it('a kubectl passed through a pipe after xargs is still kubectl’s (grep keeps its lines)', () => {
    const { run, session } = withPods();
    run('echo pods | xargs kubectl get | grep a');
    const shown = kubectlShown(session.records.at(-1)!);
    expect(shown[0]!.args).toEqual(['get', 'pods']);
    expect(shown[0]!.stdout).toMatch(/^a /);
  });
});

describe('xargs with a command still running', () => {
  it('stays in the foreground until Ctrl-C, which ends xargs and its command (130), and runs nothing more', () => {
    const h = harness();
    h.type("printf 'a\\nb\\n' | xargs -n1 kubectl get -w");
    expect(h.shell.busy).toBe(true);
    h.clock.advanceBy(5_000);
    h.shell.interrupt();
    expect(h.shell.busy).toBe(false);
    const record = h.records.at(-1)!;
    expect(record.exitCode).toBe(130);
    // The first command ran; Ctrl-C reached it before xargs could start the second.
    expect(record.programs?.map((p) => p.words.join(' '))).toEqual([
      'printf a\\nb\\n',
      'xargs -n1 kubectl get -w',
      'kubectl get -w a',
    ]);
  });
});
