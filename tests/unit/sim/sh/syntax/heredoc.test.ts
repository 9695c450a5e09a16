// Here-documents in the shared parser (src/sim/sh/syntax/heredoc.ts, lexer.ts): bash(1) "Here Documents" —
// the body is the lines after the line holding the `<<`, up to a line that is exactly the delimiter; `<<-`
// strips leading tabs (body and delimiter line); quoting any part of the word keeps the body literal.
import { describe, expect, it } from 'vitest';
import type { Command, CommandList, Redirect } from '../../../../../src/sim/sh/syntax/ast.ts';
import { heredocDelimiter, isHeredocEnd, readHeredocBody } from '../../../../../src/sim/sh/syntax/heredoc.ts';
import { Parser } from '../../../../../src/sim/sh/syntax/parser.ts';

function parseAll(source: string): CommandList[] {
  const parser = new Parser(source, { bash: true, terminal: true });
  const lists: CommandList[] = [];
  for (let list = parser.nextCompleteCommand(); list; list = parser.nextCompleteCommand()) lists.push(list);
  return lists;
}

function firstCommand(list: CommandList | undefined): Command {
  return list!.items[0]!.first.commands[0]!;
}

describe('here-document words and bodies', () => {
  it('unquotes the delimiter word and notes whether it was quoted', () => {
    expect(heredocDelimiter('EOF')).toEqual({ delimiter: 'EOF', quoted: false });
    expect(heredocDelimiter("'EOF'")).toEqual({ delimiter: 'EOF', quoted: true });
    expect(heredocDelimiter('"E"OF')).toEqual({ delimiter: 'EOF', quoted: true });
    expect(heredocDelimiter('\\EOF')).toEqual({ delimiter: 'EOF', quoted: true });
  });

  it('ends only on a line that is exactly the delimiter (after tabs, for <<-)', () => {
    const plain = { delimiter: 'EOF', quoted: false, stripTabs: false };
    const tabs = { ...plain, stripTabs: true };
    expect([isHeredocEnd(plain, 'EOF'), isHeredocEnd(plain, '\tEOF'), isHeredocEnd(plain, 'EOF ')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isHeredocEnd(tabs, '\t\tEOF'), isHeredocEnd(tabs, '  EOF')]).toEqual([true, false]);
    expect(readHeredocBody('\ta\n\t\tb\n\tEOF\nrest', 0, tabs)).toEqual({
      body: 'a\nb\n',
      end: 12,
      complete: true,
      lines: 3,
    });
    expect(readHeredocBody('a\nb', 0, plain)).toEqual({ body: 'a\nb\n', end: 3, complete: false, lines: 2 });
  });
});

describe('parser: bodies follow the line of their `<<`', () => {
  it('puts the body in the redirection, in a loop, before the loop ends', () => {
    const [loop] = parseAll('for i in 1 2; do cat <<EOF\n$i )\nEOF\ndone\necho after');
    const body = (loop!.items[0]!.first.commands[0] as Extract<Command, { type: 'for' }>).body;
    const redirect = firstCommand(body).redirects[0] as Redirect;
    expect(redirect.heredoc).toEqual({ delimiter: 'EOF', quoted: false, stripTabs: false, body: '$i )\n' });
  });

  it('reads two bodies on one line in order, and the next command after them', () => {
    const lists = parseAll("cat <<A <<-'B'; echo x\none\nA\n\ttwo\n\tB\necho next");
    const redirects = firstCommand(lists[0]).redirects;
    expect(redirects.map((r) => r.heredoc?.body)).toEqual(['one\n', 'two\n']);
    expect(redirects[1]?.heredoc?.quoted).toBe(true);
    expect(lists).toHaveLength(2);
    expect((firstCommand(lists[1]) as Extract<Command, { type: 'simple' }>).words.map((w) => w.raw)).toEqual([
      'echo',
      'next',
    ]);
  });

  it('keeps a body inside $( ) in the substitution text (its `)` does not close it)', () => {
    const [list] = parseAll("x=$(cat <<EOF\nit's )\nEOF\n); echo $x");
    const assignment = (firstCommand(list) as Extract<Command, { type: 'simple' }>).assignments[0]!;
    expect(assignment.value.parts).toEqual([{ type: 'cmdsub', source: "cat <<EOF\nit's )\nEOF\n", quoted: false }]);
  });

  it("has no here-documents in containers' scripts (no terminal option): `<<` is a syntax error there", () => {
    const parser = new Parser('cat <<EOF\nx\nEOF', { bash: true });
    expect(() => parser.nextCompleteCommand()).toThrow('unexpected: <');
  });
});
