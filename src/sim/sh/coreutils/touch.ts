// touch: creates the files that do not exist; a file's times are not simulated, so one that exists stays as it
// is. One implementation for the learner's shell and containers; the texts follow host.flavour: GNU coreutils
// (src/touch.c) or BusyBox (coreutils/touch.c, mirror/busybox 371fe9f). A file can only be created in a
// directory that exists (Host.isDirectory). Not simulated: --help, abbreviated long options, BusyBox's texts
// for unknown options (ignored); the values of -d, -r, -t and --time are read and not used.

import { finished, type Host } from '../process.ts';
import type { Utility } from './context.ts';
import { quoteaf } from './quote.ts';
import { busyboxUsageText, invalidOptionText, usageText } from './usage.ts';

/** touch_trivial_usage and touch_full_usage with FEATURE_TOUCH_SUSV3 (BusyBox coreutils/touch.c). */
const BUSYBOX_USAGE =
  "[-cham] [-d DATE] [-t DATE] [-r FILE] FILE...\n\nUpdate mtime of FILEs\n\n\t-c\tDon't create files\n\t-h\tDon't follow links\n\t-a\tChange only atime\n\t-m\tChange only mtime\n\t-d DT\tDate/time to use\n\t-t DT\tDate/time to use\n\t-r FILE\tUse FILE's date/time";

/** Short options without a value, and those taking one (GNU "acd:fhmr:t:", BusyBox "chr:d:t:amf"). */
const FLAGS = new Set(['a', 'c', 'f', 'h', 'm']);
const WITH_VALUE = new Set(['d', 'r', 't']);
/** GNU's long options (touch.c longopts) by whether they take a value. */
const LONG_FLAGS = new Set(['--no-create', '--no-dereference']);
const LONG_WITH_VALUE = new Set(['--date', '--reference', '--time']);

interface Options {
  noCreate: boolean;
  operands: string[];
}

export const touch: Utility = (argv, io, ctx) => {
  const gnu = ctx.host.flavour === 'gnu';
  const options = parseOptions(argv.slice(1), gnu);
  if (typeof options === 'string') {
    io.err(options);
    return finished(1);
  }
  if (options.operands.length === 0) {
    // GNU touch.c: error (0, 0, _("missing file operand")); BusyBox: getopt32's "-1" shows the usage.
    io.err(gnu ? usageText('touch', 'missing file operand') : busyboxUsageText('touch', BUSYBOX_USAGE));
    return finished(1);
  }
  let status = 0;
  for (const operand of options.operands) {
    // GNU touch.c: `-` is standard output, whose times change; no file is made.
    if (gnu && operand === '-') continue;
    if (exists(ctx.host, operand) || options.noCreate) continue;
    const error = create(ctx.host, operand);
    if (error === undefined) continue;
    // GNU: error (0, open_errno, _("cannot touch %s"), …); BusyBox: bb_simple_perror_msg(*argv).
    io.err(gnu ? `touch: cannot touch ${quoteaf(operand)}: ${error}\n` : `touch: ${operand}: ${error}\n`);
    status = 1;
  }
  return finished(status);
};

/** getopt: permuted arguments, `--` ends options, a value attached (`-dnow`) or the next argument. */
function parseOptions(args: string[], gnu: boolean): Options | string {
  const options: Options = { noCreate: false, operands: [] };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (onlyOperands || !arg.startsWith('-') || arg === '-') options.operands.push(arg);
    else if (arg === '--') onlyOperands = true;
    else if (arg.startsWith('--')) {
      const name = arg.split('=')[0] ?? arg;
      if (name === '--no-create') options.noCreate = true;
      if (LONG_FLAGS.has(name)) continue;
      if (LONG_WITH_VALUE.has(name)) {
        if (arg.includes('=')) continue;
        if (i + 1 < args.length) i++;
        // glibc getopt's text for a long option missing its value.
        else if (gnu) return usageText('touch', `option '${name}' requires an argument`);
        continue;
      }
      if (gnu) return invalidOptionText('touch', arg);
    } else {
      for (let j = 1; j < arg.length; j++) {
        const flag = arg[j] ?? '';
        if (flag === 'c') options.noCreate = true;
        if (FLAGS.has(flag)) continue;
        if (WITH_VALUE.has(flag)) {
          if (j + 1 < arg.length) break;
          if (i + 1 < args.length) i++;
          // glibc getopt's text for a short option missing its value (as grep's).
          else if (gnu) return usageText('touch', `option requires an argument -- '${flag}'`);
          break;
        }
        if (gnu) return invalidOptionText('touch', `-${flag}`);
      }
    }
  }
  return options;
}

function exists(host: Host, path: string): boolean {
  return host.files.has(path) || host.isDirectory(path) || host.programAt(path) !== undefined;
}

/** Creates an empty file; the strerror text when it cannot be. */
function create(host: Host, path: string): string | undefined {
  // open("", O_CREAT) fails with ENOENT: an empty name is no file in any directory.
  if (path === '') return 'No such file or directory';
  const parent = parentOf(path);
  // open(O_CREAT) fails with ENOENT when the directory it would go in does not exist.
  if (parent !== undefined && !host.isDirectory(parent)) return 'No such file or directory';
  try {
    host.files.set(path, '');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The directory a path's file goes in; undefined for a bare name (the working directory, which exists). */
function parentOf(path: string): string | undefined {
  const trimmed = path.replace(/(.)\/+$/, '$1');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return undefined;
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}
