// kubectl's `Warning:` lines: bold yellow when stderr is the terminal, plain when it is a file or a pipe
// (kubectl pkg/cmd/cmd.go: Color: term.AllowsColorOutput(ErrOut); client-go rest/warnings.go and cli-runtime
// printers/warningprinter.go write "\x1b[33;1mWarning:\x1b[0m "); `delete --force --grace-period=0` said
// "warning:" in lower case through fmt until 1.24 (kubectl pkg/cmd/delete/delete.go v0.22.0 line 243).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const COLOURED = '\x1b[33;1mWarning:\x1b[0m';
const IMMEDIATE =
  'Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.';

/** Two Jobs with the same unknown field: the server warns for each request, kubectl prints the text once. */
const TWO_JOBS = ['one', 'two']
  .map(
    (name) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  bogus: 1
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
`,
  )
  .join('---\n');

describe('server warnings (client-go WarningWriter)', () => {
  it('are coloured on the terminal and printed once per kubectl run', () => {
    const { run } = terminal('1.35', { 'jobs.yaml': TWO_JOBS });
    expect(run('kubectl apply -f jobs.yaml --validate=warn')).toEqual({
      stdout: 'job.batch/one created\njob.batch/two created\n',
      stderr: `${COLOURED} unknown field "spec.bogus"\n`,
      exitCode: 0,
    });
  });

  it('are plain text in a pipe, in a file, and coloured again from inside $(…)', () => {
    const { run } = terminal('1.35', { 'jobs.yaml': TWO_JOBS });
    expect(run('kubectl apply -f jobs.yaml --validate=warn --dry-run=server 2>&1 | cat')).toEqual({
      stdout:
        'Warning: unknown field "spec.bogus"\njob.batch/one created (server dry run)\njob.batch/two created (server dry run)\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('kubectl apply -f jobs.yaml --validate=warn --dry-run=server 2>warnings.txt').stderr).toBe('');
    expect(run('cat warnings.txt').stdout).toBe('Warning: unknown field "spec.bogus"\n');
    // stderr of a command substitution still goes to the terminal.
    expect(run('x=$(kubectl apply -f jobs.yaml --validate=warn --dry-run=server)').stderr).toBe(
      `${COLOURED} unknown field "spec.bogus"\n`,
    );
    // `2>&1` onto a terminal stdout is still the terminal.
    expect(run('kubectl apply -f jobs.yaml --validate=warn --dry-run=server 2>&1').stdout).toBe(
      `${COLOURED} unknown field "spec.bogus"\njob.batch/one created (server dry run)\njob.batch/two created (server dry run)\n`,
    );
  });
});

describe('kubectl delete --force --grace-period=0', () => {
  it('1.22: fmt.Fprintf "warning: …" in lower case, never coloured', () => {
    expect(terminal('1.22').run('kubectl delete pod gone --force --grace-period=0')).toEqual({
      stdout: '',
      stderr: `warning: ${IMMEDIATE}\nError from server (NotFound): pods "gone" not found\n`,
      exitCode: 1,
    });
  });

  it('1.35: the WarningPrinter, coloured on the terminal and plain in a pipe', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl delete pod gone --force --grace-period=0').stderr).toBe(
      `${COLOURED} ${IMMEDIATE}\nError from server (NotFound): pods "gone" not found\n`,
    );
    expect(run('kubectl delete pod gone --force --grace-period=0 2>&1 | cat').stdout).toBe(
      `Warning: ${IMMEDIATE}\nError from server (NotFound): pods "gone" not found\n`,
    );
  });
});

describe('kubectl auth can-i', () => {
  it('1.22 prints its warnings with fmt: plain even on the terminal', () => {
    expect(terminal('1.22').run('kubectl auth can-i list namespaces').stderr).toBe(
      "Warning: resource 'namespaces' is not namespace scoped\n",
    );
  });
});
