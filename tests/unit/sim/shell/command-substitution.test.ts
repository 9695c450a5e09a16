// The learner's shell runs `$(…)`, backquotes and `$((…))` through the shared expander (src/sim/sh/expand),
// the inner commands in the same interpreter with the learner's programs (kubectl inside `$(…)`). Expected
// texts follow bash(1): "Command Substitution" (the command's stdout, trailing newlines deleted; unquoted results are
// split into words), "Simple Command Expansion" (a line with only assignments exits with the status of the
// last command substitution), "Here Documents", and the Kubernetes Jobs page
// (https://kubernetes.io/docs/concepts/workloads/controllers/job/), whose `pods=$(kubectl get pods
// --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}')` the learner can now type.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';
import { runLine } from '../../harness/session.ts';
import { harness } from './harness.ts';

describe('learner shell: command substitution', () => {
  it('replaces $(…) and backquotes by the output, trailing newlines removed, unquoted results split', () => {
    const h = harness();
    expect(
      h.type(
        "echo $(echo 'a   b') \"$(echo 'a   b')\" `echo back`",
        'echo "[$(printf \'x\\n\\n\\n\')]"',
        'echo $(echo $(echo deep))',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's ${X:-…}, not a template
        'echo ${NOPE:-fallback} $((6*7)) $((2**10))',
      ),
    ).toBe(
      [
        "$ echo $(echo 'a   b') \"$(echo 'a   b')\" `echo back`",
        'a b a   b back',
        '$ echo "[$(printf \'x\\n\\n\\n\')]"',
        '[x]',
        '$ echo $(echo $(echo deep))',
        'deep',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's ${X:-…}, not a template
        '$ echo ${NOPE:-fallback} $((6*7)) $((2**10))',
        'fallback 42 1024',
        '',
      ].join('\n'),
    );
  });

  it('assignments keep the whole output and take the substitution status; other commands their own', () => {
    const h = harness();
    expect(h.type('x=$(echo one; echo two); echo "$x"', 'x=$(false); echo $?', 'echo $(false); echo $?')).toBe(
      [
        '$ x=$(echo one; echo two); echo "$x"',
        'one',
        'two',
        '$ x=$(false); echo $?',
        '1',
        '$ echo $(false); echo $?',
        '',
        '0',
        '',
      ].join('\n'),
    );
    expect(h.type('y=`nosuch`; echo $?')).toMatch(
      /^\$ y=`nosuch`; echo \$\?\nbash: nosuch: command not found\n# hint: .*\n127\n$/,
    );
  });

  it('stderr of the inner command reaches the terminal; an open $( asks for more with `> `', () => {
    const h = harness();
    expect(h.type('echo "got: $(cat nope)"')).toBe(
      '$ echo "got: $(cat nope)"\ncat: nope: No such file or directory\ngot: \n',
    );
    // The newline inside `$(…)` separates two commands, as in bash.
    expect(h.type('echo $(echo a', 'echo b)')).toBe('$ echo $(echo a\n> echo b)\na b\n');
  });

  it('a watch inside $(…) keeps the line in the foreground; Ctrl-C ends the whole line', () => {
    const h = harness();
    expect(h.type('echo got $(kubectl get pods -w); echo after')).toBe(
      '$ echo got $(kubectl get pods -w); echo after\n',
    );
    expect(h.shell.busy).toBe(true);
    h.clock.advanceBy(10_000);
    h.shell.interrupt();
    expect(h.shell.busy).toBe(false);
    expect(h.records.at(-1)).toMatchObject({ stdout: '', exitCode: 130 });
    expect(h.type('echo ok')).toBe('$ echo ok\nok\n');
  });

  it('sleep inside $(…) moves the clock before the command runs', () => {
    const h = harness();
    const start = h.clock.now();
    expect(h.type('echo $(sleep 2; echo done)')).toBe('$ echo $(sleep 2; echo done)\ndone\n');
    expect(h.clock.now() - start).toBe(2000);
  });

  it('here-documents into kubectl expand $VAR, $(…) and backquotes unless the delimiter is quoted', () => {
    const h = harness();
    expect(h.type('NAME=pi', 'kubectl apply -f - <<EOF', 'metadata:', '  name: $(echo $NAME)-`echo x`', 'EOF')).toBe(
      '$ NAME=pi\n$ kubectl apply -f - <<EOF\n> metadata:\n>   name: $(echo $NAME)-`echo x`\n> EOF\njob.batch/pi-x created\n',
    );
    expect(h.type("cat <<'EOF'", 'name: $(echo $NAME)', 'EOF')).toBe(
      "$ cat <<'EOF'\n> name: $(echo $NAME)\n> EOF\nname: $(echo $NAME)\n",
    );
    // In a here-document a double quote is an ordinary character, also after a backslash (bash keeps `\"`).
    expect(h.type('cat <<EOF', 'say "hi" \\"x\\" \\$NAME', 'EOF')).toBe(
      '$ cat <<EOF\n> say "hi" \\"x\\" \\$NAME\n> EOF\nsay "hi" \\"x\\" $NAME\n',
    );
  });

  it('a 10,000-line paste inside one open quote stays one command', () => {
    const h = harness();
    h.shell.submit('echo "start');
    for (let i = 0; i < 10_000; i++) h.shell.submit(`line ${i} 'x' # not a comment`);
    h.shell.submit('end"');
    expect(h.records).toHaveLength(1);
    expect(h.records[0]!.stdout.split('\n')).toHaveLength(10_003);
  });
});

describe('learner shell: kubectl inside $(…)', () => {
  it('runs the Jobs page example and `kubectl logs $(kubectl get pods -o name | head -1)`', () => {
    const s = createSession({ profile: '1.35', seed: 4 });
    runLine(s, 'kubectl create job pi --image=busybox -- echo 3.14159');
    s.advanceBy(60_000);
    const names = runLine(
      s,
      "kubectl get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}'",
    ).out;
    expect(names).toMatch(/^pi-[a-z0-9]{5}$/);
    expect(
      runLine(s, "pods=$(kubectl get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}')"),
    ).toEqual({ out: '', err: '', hint: '' });
    expect(runLine(s, 'echo $pods').out).toBe(`${names}\n`);
    expect(runLine(s, 'kubectl logs $pods').out).toBe('3.14159\n');
    expect(runLine(s, 'kubectl logs $(kubectl get pods -o name | head -1)').out).toBe('3.14159\n');
    const record = s.shell.history.at(-1);
    expect(record).toBe('kubectl logs $(kubectl get pods -o name | head -1)');
  });
});
