// touch exists once (src/sim/sh/coreutils/touch.ts): the learner's terminal and a GNU container print GNU
// coreutils' texts, a BusyBox container BusyBox's. Expected texts come from the sources, not the simulator:
// - GNU coreutils src/touch.c: `missing file operand` + usage's Try line; `cannot touch %s` with open's errno
//   (ENOENT: No such file or directory); `-` is standard output; -c creates nothing;
// - BusyBox coreutils/touch.c: bb_simple_perror_msg(file) (`touch: FILE: strerror`); getopt32's "-1" shows the
//   usage (touch's //usage: lines with FEATURE_TOUCH_SUSV3; layout from libbb/appletlib.c bb_show_usage).

import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';
import { sh } from '../../node/harness.ts';

const BUSYBOX_USAGE =
  "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: touch [-cham] [-d DATE] [-t DATE] [-r FILE] FILE...\n\nUpdate mtime of FILEs\n\n\t-c\tDon't create files\n\t-h\tDon't follow links\n\t-a\tChange only atime\n\t-m\tChange only mtime\n\t-d DT\tDate/time to use\n\t-t DT\tDate/time to use\n\t-r FILE\tUse FILE's date/time\n";

const result = (stdout: string, stderr: string, exitCode: number) => ({ stdout, stderr, exitCode });
const container = (image: string, shell: string, script: string) => {
  const r = sh(image, shell, script);
  return result(r.stdout, r.stderr, r.exitCode);
};
const gnu = (script: string) => container('ubuntu', 'bash', script);
const busybox = (script: string) => container('busybox', 'sh', script);

describe("touch in the learner's terminal (GNU)", () => {
  it('creates an empty file and leaves an existing one as it is', () => {
    const { run } = terminal('1.35', { 'job.yaml': 'kind: Job\n', 'jobs/a.yaml': 'a\n' });
    expect(run('touch new.txt job.yaml jobs')).toEqual(result('', '', 0));
    expect(run('ls | cat')).toEqual(result('job.yaml\njobs\nnew.txt\n', '', 0));
    expect(run('cat new.txt job.yaml')).toEqual(result('kind: Job\n', '', 0));
    expect(run('touch jobs/b.yaml; ls jobs | cat')).toEqual(result('a.yaml\nb.yaml\n', '', 0));
  });

  it('a missing directory, no operand, -c, an option value, `-`', () => {
    const { run } = terminal('1.35');
    expect(run('touch d/e')).toEqual(result('', "touch: cannot touch 'd/e': No such file or directory\n", 1));
    expect(run('touch')).toEqual(
      result('', "touch: missing file operand\nTry 'touch --help' for more information.\n", 1),
    );
    expect(run('touch -c a; touch -d yesterday b; touch -; ls')).toEqual(result('b\n', '', 0));
  });

  it("an empty operand is open's ENOENT", () => {
    const { run } = terminal('1.35');
    expect(run('touch ""')).toEqual(result('', "touch: cannot touch '': No such file or directory\n", 1));
  });

  it("a full session (500 files) is open's ENOSPC", () => {
    const full = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, '']));
    const { run } = terminal('1.35', full);
    expect(run('touch f1 one-more')).toEqual(
      result('', "touch: cannot touch 'one-more': No space left on device\n", 1),
    );
  });
});

describe('touch in a GNU container (ubuntu)', () => {
  it('new file, missing directory, no operand', () => {
    expect(gnu('touch /tmp/new; test -f /tmp/new && cat /tmp/new && echo made')).toEqual(result('made\n', '', 0));
    expect(gnu('touch /nodir/f')).toEqual(result('', "touch: cannot touch '/nodir/f': No such file or directory\n", 1));
    expect(gnu('touch')).toEqual(
      result('', "touch: missing file operand\nTry 'touch --help' for more information.\n", 1),
    );
  });
});

describe('touch in a BusyBox container', () => {
  it('new file, missing directory, no operand', () => {
    expect(busybox('touch /tmp/new; test -f /tmp/new && cat /tmp/new && echo made')).toEqual(result('made\n', '', 0));
    expect(busybox('touch /nodir/f')).toEqual(result('', 'touch: /nodir/f: No such file or directory\n', 1));
    expect(busybox('touch ""; rm ""')).toEqual(
      result('', "touch: : No such file or directory\nrm: can't remove '': No such file or directory\n", 1),
    );
    expect(busybox('touch')).toEqual(result('', BUSYBOX_USAGE, 1));
  });
});
