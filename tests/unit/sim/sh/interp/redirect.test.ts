// Redirections in the shared interpreter (src/sim/sh/interp/redirect.ts), here through the learner's shell:
// bash(1) "REDIRECTION": `>&word` without a descriptor is `&>word` (stdout and stderr), while `2>&word` moves
// only stderr.
import { describe, expect, it } from 'vitest';
import { harness } from '../../shell/harness.ts';

describe('redirect', () => {
  it('`2>&file` sends only stderr to the file; `>&file` both', () => {
    const h = harness();
    expect(h.type('ls nope 2>&err.txt', 'cat err.txt')).toBe(
      "$ ls nope 2>&err.txt\n$ cat err.txt\nls: cannot access 'nope': No such file or directory\n",
    );
    expect(h.type('echo out >&both.txt', 'cat both.txt')).toBe('$ echo out >&both.txt\n$ cat both.txt\nout\n');
  });
});
