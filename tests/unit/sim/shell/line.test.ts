// How the learner's shell reads a typed command text (src/sim/shell/line.ts) with the shared parser: bash's
// `> ` for an unfinished command, its syntax error texts (bash(1) "SHELL GRAMMAR"; interactive bash prints
// `bash: syntax error near unexpected token `X'`), the here-documents a line opens ("Here Documents": a quoted
// delimiter keeps the body literal, `<<-` strips leading tabs; bodies follow the line of their `<<`), and what is refused with a hint.
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

  it('refuses select with its keyword', () => {
    expect(readLine('select x in a b; do echo $x; done')).toMatchObject({ ok: 'unsupported', keyword: 'select' });
  });

  it('reads here-document bodies after the line of their `<<`, in loops and `$( )` too (bash: gather_here_documents)', () => {
    // The body is due after the `<<` line, before the loop's `done`.
    expect(readLine('for i in 1; do cat <<EOF')).toEqual({
      ok: 'incomplete',
      heredocs: [{ delimiter: 'EOF', quoted: false, stripTabs: false }],
    });
    // Body read: the loop still needs `done`, and nothing else is due.
    expect(readLine("for i in 1; do cat <<EOF\nit's $i )\nEOF")).toEqual({ ok: 'incomplete' });
    expect(readLine("for i in 1; do cat <<EOF\nit's $i )\nEOF\ndone")).toMatchObject({ ok: true, heredocs: [] });
    // Inside `$( )`: a body with `)` and a lone quote does not close or open anything.
    expect(readLine("x=$(cat <<-'END'")).toEqual({
      ok: 'incomplete',
      heredocs: [{ delimiter: 'END', quoted: true, stripTabs: true }],
    });
    expect(readLine("x=$(cat <<-'END'\n\tit's ) here\n\tEND")).toEqual({ ok: 'incomplete' });
    expect(readLine("x=$(cat <<-'END'\n\tit's ) here\n\tEND\n)")).toMatchObject({ ok: true, heredocs: [] });
    // `$((1<<2))` is a shift, not a here-document.
    expect(readLine('echo $((1<<2))')).toMatchObject({ ok: true, heredocs: [] });
  });

  it('notes a background `&`', () => {
    expect(readLine('sleep 5 &')).toMatchObject({ ok: true, background: true });
    expect(readLine('sleep 5')).toMatchObject({ ok: true, background: false });
  });
});
