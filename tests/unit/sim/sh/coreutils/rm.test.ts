// rm exists once (src/sim/sh/coreutils/rm.ts): the learner's terminal and a GNU container print GNU coreutils'
// texts, a BusyBox container BusyBox's. Expected texts come from the sources, not from the simulator:
// - GNU coreutils src/rm.c (`missing operand` + usage's Try line; -f without operands exits 0), src/remove.c
//   (`cannot remove %s` with ENOENT or EISDIR; `refusing to remove %s or %s directory: skipping %s`), gnulib
//   root-dev-ino.h (`it is dangerous to operate recursively on %s`, `use --no-preserve-root to override …`);
// - BusyBox coreutils/rm.c (`can't remove '.' or '..'`, bb_show_usage with rm's //usage: lines),
//   libbb/remove_file.c (`can't remove '%s'` + strerror, `'%s' is a directory`), libbb/appletlib.c (usage layout).

import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';
import { sh } from '../../node/harness.ts';

const GNU_MISSING_OPERAND = "rm: missing operand\nTry 'rm --help' for more information.\n";
const BUSYBOX_USAGE =
  'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: rm [-irf] FILE...\n\nRemove (unlink) FILEs\n\n\t-i\tAlways prompt before removing\n\t-f\tNever prompt\n\t-R,-r\tRecurse\n';

const result = (stdout: string, stderr: string, exitCode: number) => ({ stdout, stderr, exitCode });
const container = (image: string, shell: string, script: string) => {
  const r = sh(image, shell, script);
  return result(r.stdout, r.stderr, r.exitCode);
};
const gnu = (script: string) => container('ubuntu', 'bash', script);
const busybox = (script: string) => container('busybox', 'sh', script);

describe("rm in the learner's terminal (GNU)", () => {
  const files = { 'job.yaml': 'kind: Job\n', 'jobs/a.yaml': 'a\n', 'jobs/sub/b.yaml': 'b\n' };

  it('removes a file; a missing one is an error unless -f', () => {
    const { run } = terminal('1.35', files);
    expect(run('rm job.yaml')).toEqual(result('', '', 0));
    expect(run('cat job.yaml')).toEqual(result('', 'cat: job.yaml: No such file or directory\n', 1));
    expect(run('rm job.yaml')).toEqual(result('', "rm: cannot remove 'job.yaml': No such file or directory\n", 1));
    expect(run('rm -f job.yaml')).toEqual(result('', '', 0));
  });

  it('a directory needs -r, which removes everything below it', () => {
    const { run } = terminal('1.35', files);
    expect(run('rm jobs')).toEqual(result('', "rm: cannot remove 'jobs': Is a directory\n", 1));
    expect(run('rm -r jobs')).toEqual(result('', '', 0));
    expect(run('ls')).toEqual(result('job.yaml\n', '', 0));
    expect(run('cat jobs/sub/b.yaml')).toEqual(result('', 'cat: jobs/sub/b.yaml: No such file or directory\n', 1));
  });

  it('no operand is a usage error, but not with -f', () => {
    const { run } = terminal('1.35', files);
    expect(run('rm')).toEqual(result('', GNU_MISSING_OPERAND, 1));
    expect(run('rm -f')).toEqual(result('', '', 0));
  });

  it('refuses . and .. and / recursively, and keeps the files', () => {
    const { run } = terminal('1.35', files);
    expect(run('rm -r .')).toEqual(result('', "rm: refusing to remove '.' or '..' directory: skipping '.'\n", 1));
    expect(run('rm -rf /')).toEqual(
      result(
        '',
        "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
        1,
      ),
    );
    // GNU ls on a terminal: names in columns, two spaces apart.
    expect(run('ls')).toEqual(result('job.yaml  jobs\n', '', 0));
  });

  it("an unknown option is GNU getopt's error; -- ends the options", () => {
    const { run } = terminal('1.35', files);
    expect(run('rm -x job.yaml')).toEqual(
      result('', "rm: invalid option -- 'x'\nTry 'rm --help' for more information.\n", 1),
    );
    expect(run('rm --force -- job.yaml nope')).toEqual(result('', '', 0));
  });

  it('an empty operand names no file (ENOENT), not the working directory', () => {
    // remove.c: cannot remove %s with lstat's errno; an empty pathname is ENOENT (path_resolution(7)).
    const { run } = terminal('1.35', files);
    expect(run('rm ""')).toEqual(result('', "rm: cannot remove '': No such file or directory\n", 1));
    expect(run('rm -r ""')).toEqual(result('', "rm: cannot remove '': No such file or directory\n", 1));
    expect(run('ls')).toEqual(result('job.yaml  jobs\n', '', 0));
  });
});

describe('rm in a GNU container (ubuntu)', () => {
  it('missing file, -f, directory without and with -r, no operand', () => {
    expect(gnu('rm /tmp/nope')).toEqual(result('', "rm: cannot remove '/tmp/nope': No such file or directory\n", 1));
    expect(gnu('rm -f /tmp/nope')).toEqual(result('', '', 0));
    expect(gnu('rm /tmp')).toEqual(result('', "rm: cannot remove '/tmp': Is a directory\n", 1));
    expect(gnu('echo a > /tmp/a; rm /tmp/a; cat /tmp/a')).toEqual(
      result('', 'cat: /tmp/a: No such file or directory\n', 1),
    );
    expect(gnu('echo a > /tmp/a; rm -r /tmp; cat /tmp/a')).toEqual(
      result('', 'cat: /tmp/a: No such file or directory\n', 1),
    );
    expect(gnu('rm')).toEqual(result('', GNU_MISSING_OPERAND, 1));
  });
});

describe('rm in a BusyBox container', () => {
  it('missing file, -f, directory without and with -r, no operand', () => {
    expect(busybox('rm /tmp/nope')).toEqual(result('', "rm: can't remove '/tmp/nope': No such file or directory\n", 1));
    expect(busybox('rm -f /tmp/nope')).toEqual(result('', '', 0));
    expect(busybox('rm /tmp')).toEqual(result('', "rm: '/tmp' is a directory\n", 1));
    // bb_get_last_path_component_strip drops the trailing slash from the name the message prints.
    expect(busybox('rm /tmp/')).toEqual(result('', "rm: '/tmp' is a directory\n", 1));
    expect(busybox('echo a > /tmp/a; rm -r /tmp; cat /tmp/a')).toEqual(
      result('', "cat: can't open '/tmp/a': No such file or directory\n", 1),
    );
    expect(busybox('rm -r ..')).toEqual(result('', "rm: can't remove '.' or '..'\n", 1));
    expect(busybox('rm')).toEqual(result('', BUSYBOX_USAGE, 1));
    expect(busybox('rm -f')).toEqual(result('', '', 0));
  });
});
