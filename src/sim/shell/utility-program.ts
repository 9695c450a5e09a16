// The learner's shell runs the shared coreutils (src/sim/sh/coreutils/: echo, printf, test, cat, head, rm, …) as
// its Programs: the same implementation containers use, on a GNU host whose files are the session's files and
// whose time is the session's clock. CPU slices a utility yields do not move the learner's clock.

import type { Clock } from '../clock.ts';
import { Random } from '../random.ts';
import type { Utility, UtilityContext } from '../sh/coreutils/context.ts';
import { gnuInfoText } from '../sh/coreutils/gnu-help.ts';
import { type FileStore, finished, type Host, Meter } from '../sh/process.ts';
import type { SessionFileSystem } from './filesystem.ts';
import type { Program } from './program.ts';

/** The learner's machine as the shared shell's Host: the session's files and clock, GNU utilities. */
export function learnerHost(fs: SessionFileSystem, clock: Clock): Host {
  const files: FileStore = {
    get: (path) => fs.read(path),
    has: (path) => fs.read(path) !== undefined,
    set: (path, text) => fs.write(path, text),
    delete: (path) => fs.remove(path),
    // The session's directories exist only as prefixes of its files: a directory's files are those whose
    // resolved path lies below it.
    filesBelow(dir) {
      const abs = fs.resolve(dir);
      const prefix = abs === '/' ? '/' : `${abs}/`;
      return fs.list().filter((path) => fs.resolve(path).startsWith(prefix));
    },
  };
  return {
    flavour: 'gnu',
    programAt: () => undefined,
    isDirectory: (path) => fs.isDirectory(path),
    files,
    // No /etc/hostname on the learner's machine here.
    hostname: '',
    random: new Random(0),
    meter: new Meter(),
    now: () => clock.now(),
    exec: () => finished(127),
  };
}

/** A shared utility as a learner Program named `name` (argv[0]) on the session's files, with bash's builtin echo. */
export function utilityProgram(name: string, utility: Utility, fs: SessionFileSystem): Program {
  return (argv, io, ctx) => {
    const info = gnuInfoText(name, argv);
    if (info !== undefined) {
      io.out(info);
      return { exitCode: 0 };
    }
    const context: UtilityContext = {
      host: learnerHost(fs, ctx.clock),
      env: new Map(),
      echoStyle: 'bash',
      // Interactive bash prefixes its builtins' errors (test, printf) with `bash: `.
      errorPrefix: 'bash: ',
      testDialect: 'bash',
    };
    const run = utility([name, ...argv], { out: io.out, err: io.err, stdin: { text: io.stdin, pos: 0 } }, context);
    let step = run.next();
    while (!step.done) step = run.next();
    return { exitCode: step.value };
  };
}
