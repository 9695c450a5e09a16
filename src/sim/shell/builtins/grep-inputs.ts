// What grep reads for one command-line operand: stdin (`-`), a file, or under -r the files below a directory
// (fts's paths: the operand, one '/', the entry; `grep -r x` with no operand prints them without "./"), with
// --include, --exclude and --exclude-dir applied as GNU grep 3.11 does (grep.c skipped_file, gnulib exclude.c):
// the last --include/--exclude whose GLOB matches a file decides; a file no GLOB matches is skipped only when
// the first of them was an --include. In a directory walk GLOBs match the base name; on the command line they
// match the whole name or any part after a '/'. The session's directories are walked in name order.

import { globMatch } from '../../sh/pattern/glob.ts';
import type { SessionFileSystem } from '../filesystem.ts';
import type { GrepOptions } from './grep-options.ts';

export interface Input {
  /** The session path to read, or '-' for stdin. */
  path: string;
  /** The name grep prints. */
  name: string;
}

/** exclude_fnmatch: fnmatch without FNM_PATHNAME (`*` crosses '/'); unanchored also tries each part after '/'. */
function matches(glob: string, name: string, anchored: boolean): boolean {
  if (globMatch(glob, name)) return true;
  if (anchored) return false;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '/' && name[i + 1] !== '/' && i + 1 < name.length && globMatch(glob, name.slice(i + 1))) {
      return true;
    }
  }
  return false;
}

function excludedFile(options: GrepOptions, name: string, anchored: boolean): boolean {
  const globs = options.fileGlobs;
  for (let i = globs.length - 1; i >= 0; i--) {
    const { glob, include } = globs[i]!;
    if (matches(glob, name, anchored)) return !include;
  }
  return globs[0]?.include === true;
}

function excludedDirectory(options: GrepOptions, name: string, anchored: boolean): boolean {
  return options.dirGlobs.some((glob) => matches(glob, name, anchored));
}

/** The inputs of one operand; 'skipped' when a GLOB leaves it out (grep then says nothing about it). */
export function inputsOf(
  operand: string,
  options: GrepOptions,
  fs: SessionFileSystem,
): { inputs: Input[]; directory: boolean } | 'directory' | 'missing' | 'skipped' {
  if (operand === '-') return { inputs: [{ path: '-', name: options.label }], directory: false };
  if (fs.read(operand) !== undefined) {
    if (excludedFile(options, operand, false)) return 'skipped';
    return { inputs: [{ path: operand, name: operand }], directory: false };
  }
  if (!fs.isDirectory(operand)) return 'missing';
  if (options.skipDirectories) return 'skipped';
  if (!options.recursiveDefault && excludedDirectory(options, operand, false)) return 'skipped';
  if (!options.recursive) return 'directory';
  const base = fs.resolve(operand);
  const below = base === '/' ? '/' : `${base}/`;
  const prefix = operand.endsWith('/') ? operand : `${operand}/`;
  const inputs: Input[] = [];
  for (const path of fs.list()) {
    const resolved = fs.resolve(path);
    if (!resolved.startsWith(below)) continue;
    const parts = resolved.slice(below.length).split('/');
    const file = parts.pop()!;
    if (parts.some((dir) => excludedDirectory(options, dir, true)) || excludedFile(options, file, true)) continue;
    const name = prefix + resolved.slice(below.length);
    inputs.push({ path, name: options.recursiveDefault && name.startsWith('./') ? name.slice(2) : name });
  }
  return { inputs, directory: true };
}
