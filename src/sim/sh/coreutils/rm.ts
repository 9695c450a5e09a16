// rm: removes files, and with -r everything below a directory. One implementation for the learner's shell and
// containers; the texts follow host.flavour: GNU coreutils (src/rm.c, src/remove.c) or BusyBox (coreutils/rm.c,
// libbb/remove_file.c, mirror/busybox 371fe9f). Directories are the host's (Host.isDirectory); -r removes the
// host's FileStore.filesBelow. Not simulated: -i's prompts and -v's `removed 'x'` lines (accepted, silent),
// GNU's -d, -I, --help and abbreviated long options, BusyBox's texts for unknown options (ignored).

import { finished, type Host } from '../process.ts';
import type { Utility } from './context.ts';
import { quoteaf } from './quote.ts';
import { busyboxUsageText, invalidOptionText, usageText } from './usage.ts';

/** rm_trivial_usage and rm_full_usage (BusyBox coreutils/rm.c). */
const BUSYBOX_USAGE =
  '[-irf] FILE...\n\nRemove (unlink) FILEs\n\n\t-i\tAlways prompt before removing\n\t-f\tNever prompt\n\t-R,-r\tRecurse';

interface Options {
  force: boolean;
  recursive: boolean;
  operands: string[];
}

export const rm: Utility = (argv, io, ctx) => {
  const gnu = ctx.host.flavour === 'gnu';
  const options = parseOptions(argv.slice(1), gnu);
  if (typeof options === 'string') {
    io.err(options);
    return finished(1);
  }
  if (options.operands.length === 0) {
    // Nothing to remove is fine with -f (GNU rm.c: ignore_missing_files; BusyBox: FILEUTILS_FORCE).
    if (options.force) return finished(0);
    io.err(gnu ? usageText('rm', 'missing operand') : busyboxUsageText('rm', BUSYBOX_USAGE));
    return finished(1);
  }
  let status = 0;
  for (const operand of options.operands) {
    const error = gnu ? removeGnu(ctx.host, operand, options) : removeBusybox(ctx.host, operand, options);
    if (error === undefined) continue;
    io.err(error);
    status = 1;
  }
  return finished(status);
};

/** GNU getopt_long over "dfirvIR" (arguments permuted, `--` ends options); BusyBox's getopt32 "fiRrv". */
function parseOptions(args: string[], gnu: boolean): Options | string {
  const options: Options = { force: false, recursive: false, operands: [] };
  let onlyOperands = false;
  for (const arg of args) {
    if (onlyOperands || !arg.startsWith('-') || arg === '-') options.operands.push(arg);
    else if (arg === '--') onlyOperands = true;
    else if (arg.startsWith('--')) {
      if (arg === '--force') options.force = true;
      else if (arg === '--recursive') options.recursive = true;
      else if (gnu && arg !== '--verbose') return invalidOptionText('rm', arg);
    } else {
      for (const flag of arg.slice(1)) {
        if (flag === 'f') options.force = true;
        // -i after -f asks again (GNU: ignore_missing_files = false; BusyBox: "f-i:i-f").
        else if (flag === 'i') options.force = false;
        else if (flag === 'r' || flag === 'R') options.recursive = true;
        else if (gnu && flag !== 'v') return invalidOptionText('rm', `-${flag}`);
      }
    }
  }
  return options;
}

/** GNU remove.c's rm_fts: the error for one operand, or undefined when it is removed (or -f forgives it). */
function removeGnu(host: Host, operand: string, options: Options): string | undefined {
  if (host.isDirectory(operand)) {
    // remove.c: error (0, EISDIR, _("cannot remove %s"), …) when not recursive.
    if (!options.recursive) return `rm: cannot remove ${quoteaf(operand)}: Is a directory\n`;
    // remove.c: "refusing to remove %s or %s directory: skipping %s" for a `.` or `..` basename.
    if (isDotOrDotDot(operand)) return `rm: refusing to remove '.' or '..' directory: skipping ${quoteaf(operand)}\n`;
    // --preserve-root (the default): gnulib root-dev-ino.h ROOT_DEV_INO_WARN.
    if (/^\/+$/.test(operand)) {
      const same = operand === '/' ? '' : " (same as '/')";
      return `rm: it is dangerous to operate recursively on ${quoteaf(operand)}${same}\nrm: use --no-preserve-root to override this failsafe\n`;
    }
    removeBelow(host, operand);
    return undefined;
  }
  if (host.files.delete(operand) || options.force) return undefined;
  // remove.c: error (0, errno, _("cannot remove %s"), …) with ENOENT.
  return `rm: cannot remove ${quoteaf(operand)}: No such file or directory\n`;
}

/** BusyBox rm_main and remove_file: the error for one operand, or undefined when it is removed. */
function removeBusybox(host: Host, operand: string, options: Options): string | undefined {
  // bb_get_last_path_component_strip cuts trailing slashes off the argument itself, so messages print it so.
  const path = operand.replace(/(.)\/+$/, '$1');
  // rm.c: bb_simple_error_msg("can't remove '.' or '..'"), with or without -r.
  if (isDotOrDotDot(path)) return "rm: can't remove '.' or '..'\n";
  if (host.isDirectory(path)) {
    // remove_file.c: bb_error_msg("'%s' is a directory", path).
    if (!options.recursive) return `rm: '${path}' is a directory\n`;
    removeBelow(host, path);
    return undefined;
  }
  if (host.files.delete(path) || options.force) return undefined;
  // remove_file.c: bb_perror_msg("can't remove '%s'", path) with ENOENT.
  return `rm: can't remove '${path}': No such file or directory\n`;
}

function isDotOrDotDot(path: string): boolean {
  const base = path.replace(/\/+$/, '').split('/').at(-1);
  return base === '.' || base === '..';
}

/** The directory's files go; the directory itself is implicit in them (or the image's, which stays). */
function removeBelow(host: Host, dir: string): void {
  for (const path of host.files.filesBelow?.(dir) ?? []) host.files.delete(path);
}
