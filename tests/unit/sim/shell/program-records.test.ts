// Per-program records: which program wrote each byte that reached the terminal. A check that must see
// kubectl's own row relies on these, so echo, cat, here-documents, files and /dev/null never count as kubectl.
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/session.ts';
import type { CommandRecord } from '../../../../src/sim/shell/types.ts';
import { lastRecordOf } from '../../harness/session.ts';

function session(): Session {
  const s = createSession({ profile: '1.35', seed: 3 });
  s.shell.submit('kubectl create job job-1 --image=busybox -- true');
  s.shell.submit('sleep 20');
  return s;
}

const run = lastRecordOf;

/** Screen text written by programs named `name`, joined. */
function shownBy(record: CommandRecord, name: string): string {
  return record.screen
    .filter((c) => record.programs[c.program]?.words[0] === name)
    .map((c) => c.text)
    .join('');
}

describe('per-program records', () => {
  it('tags each program of a list with its own bytes', () => {
    const record = run(session(), 'kubectl get jobs; echo job-1 1/1');
    expect(record.programs.map((p) => [p.item, p.stage, p.words[0], p.exitCode])).toEqual([
      [0, 0, 'kubectl', 0],
      [1, 0, 'echo', 0],
    ]);
    expect(shownBy(record, 'kubectl')).toMatch(/^NAME\s+STATUS\s+COMPLETIONS/);
    expect(shownBy(record, 'echo')).toBe('job-1 1/1\n');
  });

  it('credits nothing to kubectl when its output goes to /dev/null or a file, though it wrote it', () => {
    const s = session();
    const record = run(s, "kubectl get jobs >/dev/null; cat <<'EOF'", 'job-1   Complete   1/1', 'EOF');
    const kubectl = record.programs.find((p) => p.words[0] === 'kubectl')!;
    expect(kubectl.stdout).toContain('job-1');
    expect(shownBy(record, 'kubectl')).toBe('');
    expect(shownBy(record, 'cat')).toBe('job-1   Complete   1/1\n');
    run(s, 'kubectl get jobs > jobs.txt');
    const replayed = run(s, 'cat jobs.txt');
    expect(replayed.stdout).toContain('job-1');
    expect(shownBy(replayed, 'kubectl')).toBe('');
  });

  it('keeps kubectl as the writer of lines grep, head and tail pass on unchanged', () => {
    const s = session();
    for (const filter of ['grep job-1', 'head -2', 'tail -1', 'cat']) {
      const record = run(s, `kubectl get jobs | ${filter}`);
      expect(shownBy(record, 'kubectl'), filter).toMatch(/^job-1\s+Complete\s+1\/1/m);
      expect(
        record.screen.every((c) => record.programs[c.program]?.words[0] === 'kubectl'),
        filter,
      ).toBe(true);
    }
  });

  it('makes a filter the writer of lines it made up (wc counts, grep -n numbers)', () => {
    const s = session();
    const counted = run(s, 'kubectl get jobs | wc -l');
    expect(shownBy(counted, 'wc')).toBe('2\n');
    expect(shownBy(counted, 'kubectl')).toBe('');
    const numbered = run(s, 'kubectl get jobs | grep -n job-1');
    expect(shownBy(numbered, 'grep')).toMatch(/^2:job-1/);
  });

  it("keeps kubectl as the writer of grep's context lines; the -- separator is grep's own", () => {
    const s = session();
    s.shell.submit('kubectl create job job-2 --image=busybox -- true');
    s.shell.submit('sleep 20');
    const record = run(s, 'kubectl get jobs | grep -B1 -A0 job-2');
    expect(shownBy(record, 'kubectl')).toMatch(/^job-1\s+Complete\s+1\/1.*\njob-2\s+Complete\s+1\/1/);
    expect(shownBy(record, 'grep')).toBe('');
    const separated = run(s, 'kubectl get jobs | grep -A0 -e NAME -e job-2');
    expect(shownBy(separated, 'grep')).toBe('--\n');
    expect(shownBy(separated, 'kubectl')).toMatch(/^NAME.*\njob-2\s+Complete/);
    const numbered = run(s, 'kubectl get jobs | grep -C1 -n job-2');
    expect(shownBy(numbered, 'kubectl')).toBe('');
  });

  it('keeps echo as the writer of text piped through a filter', () => {
    const record = run(session(), 'echo "job-1   Complete   1/1" | grep job-1');
    expect(shownBy(record, 'echo')).toBe('job-1   Complete   1/1\n');
    expect(shownBy(record, 'grep')).toBe('');
  });

  it('tells equal lines apart by who wrote them into the pipe', () => {
    const s = session();
    const row = run(s, 'kubectl get jobs --no-headers').stdout;
    const record = run(s, `echo '${row.trimEnd()}' | head -1; kubectl get jobs | tail -1`);
    const writers = record.screen.map((c) => record.programs[c.program]?.words[0]);
    expect(writers).toEqual(['echo', 'kubectl']);
  });

  it('records a stage that is not found once, and the shell as the writer of its own errors', () => {
    const record = run(session(), 'kubectl get pods | nosuch | wc -l');
    expect(record.stderr).toBe('bash: nosuch: command not found\n');
    expect(record.programs.map((p) => [p.words[0], p.exitCode])).toEqual([
      ['nosuch', 127],
      ['kubectl', 0],
      ['wc', 0],
    ]);
    const broken = run(session(), 'kubectl get pods > /');
    expect(broken.screen).toEqual([{ stream: 'stderr', text: 'bash: /: Is a directory\n', program: -1 }]);
  });

  it('sends stderr through 2>&1 with its writer', () => {
    const record = run(session(), 'kubectl get job nope 2>&1 | cat');
    expect(record.screen).toEqual([
      { stream: 'stdout', text: 'Error from server (NotFound): jobs.batch "nope" not found\n', program: 0 },
    ]);
  });
});
