// How the learner's shell reads a typed command text (src/sim/shell/line.ts) with the shared parser: bash's
// `> ` for an unfinished command, its syntax error texts (bash(1) "SHELL GRAMMAR"; interactive bash prints
// `bash: syntax error near unexpected token `X'`), the here-documents a line opens ("Here Documents": a quoted
// delimiter keeps the body literal, `<<-` strips leading tabs), and what is refused with a hint.
import { describe, expect, it } from 'vitest';
import { readLine } from '../../../../src/sim/shell/line.ts';

describe('readLine', () => {
  it('asks for more after an open compound command, a trailing pipe, && or backslash', () => {
    for (const text of ['for i in 1 2; do', 'kubectl get pods |', 'true &&', 'kubectl get \\', 'if true; then', '(']) {
      expect(readLine(text), text).toEqual({ ok: 'incomplete' });
    }
    expect(readLine("echo '\\'").ok).toBe(true);
    expect(readLine('# a comment \\')).toMatchObject({ ok: true, lists: [] });
  });

  it("gives bash's syntax errors", () => {
    expect(readLine('| grep x')).toMatchObject({ ok: false, error: "bash: syntax error near unexpected token `|'" });
    expect(readLine('echo (')).toMatchObject({ ok: false, error: "bash: syntax error near unexpected token `('" });
    expect(readLine('ls >')).toMatchObject({ ok: false, error: "bash: syntax error near unexpected token `newline'" });
    expect(readLine('if true; then fi')).toMatchObject({
      ok: false,
      error: "bash: syntax error near unexpected token `fi'",
    });
  });

  it('lists the here-documents a line opens, also past a syntax error', () => {
    expect(readLine("cat <<'EOF' | kubectl apply -f - && cat <<-END")).toMatchObject({
      ok: true,
      heredocs: [
        { delimiter: 'EOF', quoted: true, stripTabs: false },
        { delimiter: 'END', quoted: false, stripTabs: true },
      ],
    });
    expect(readLine('cat <<EOF ;;')).toMatchObject({ ok: false, heredocs: [{ delimiter: 'EOF', quoted: false }] });
  });

  it('refuses select, and here-documents inside compound commands, with their keyword', () => {
    expect(readLine('select x in a b; do echo $x; done')).toMatchObject({ ok: 'unsupported', keyword: 'select' });
    expect(readLine('for i in 1; do cat <<EOF')).toMatchObject({
      ok: 'unsupported',
      keyword: 'for',
      heredocs: [{ delimiter: 'EOF' }],
    });
  });

  it('notes a background `&` (the shell hints that it runs in the foreground)', () => {
    expect(readLine('sleep 5 &')).toMatchObject({ ok: true, background: true });
    expect(readLine('sleep 5')).toMatchObject({ ok: true, background: false });
  });
});
