// Word parts (src/sim/sh/syntax/words.ts): an empty quoted string is still a word. POSIX XCU 2.6.5/2.6.7 and
// bash(1) "Word Splitting": explicit null arguments ("" or '') are retained; only unquoted empty expansions are
// removed. Expected outputs follow from that rule (bash: `printf '[%s]' a '' b` prints [a][][b]).
import { describe, expect, it } from 'vitest';
import { parseWord } from '../../../../../src/sim/sh/syntax/words.ts';
import { terminal } from '../../../harness/session.ts';
import { sh } from '../../node/harness.ts';

describe('empty quoted words', () => {
  it("'' and $'' keep a quoted empty part, as \"\" does", () => {
    for (const raw of ["''", '""', "$''"]) {
      expect(parseWord(raw, true).parts).toEqual([{ type: 'lit', text: '', quoted: true }]);
    }
  });

  it('are arguments at the prompt and in a container shell', () => {
    expect(terminal('1.35').run("printf '[%s]' a '' b $'' \"\"").stdout).toBe('[a][][b][][]');
    expect(sh('ubuntu', 'bash', "set -- '' x ''; echo $#").stdout).toBe('3\n');
  });
});
