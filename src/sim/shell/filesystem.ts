// The per-session in-memory file system behind `cat <<EOF > job.yaml`, `ls`, `kubectl apply -f job.yaml` and
// the lesson editor. Files live under one home directory (the shell's working directory); directories exist
// only implicitly, as prefixes of file paths, which is all `ls` and `cat` need. Sizes are capped because
// learners (and property tests) can write in a loop.

import type { FileSystem } from './program.ts';

export const DEFAULT_HOME = '/home/learner';

export interface FileSystemLimits {
  /** Largest file in characters (`File too large` beyond it). */
  maxFileSize: number;
  /** Most files the session may hold (`No space left on device` beyond it). */
  maxFiles: number;
}

export const DEFAULT_LIMITS: FileSystemLimits = { maxFileSize: 1024 * 1024, maxFiles: 500 };

/** Thrown by write(); the message is the strerror text bash prints after the file name. */
export class FileSystemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileSystemError';
  }
}

export interface SessionFileSystem extends FileSystem {
  readonly home: string;
  /** Absolute, normalised form of a path as the shell resolves it (relative to home). */
  resolve(path: string): string;
  /** A directory exists when some file lives below it (and home and `/` always exist). */
  isDirectory(path: string): boolean;
  /** Names directly inside a directory (files and subdirectories), sorted; undefined if it is no directory. */
  readDirectory(path: string): string[] | undefined;
}

export function createFileSystem(
  options: { home?: string; files?: Record<string, string>; limits?: Partial<FileSystemLimits> } = {},
): SessionFileSystem {
  const home = options.home ?? DEFAULT_HOME;
  const limits: FileSystemLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const files = new Map<string, string>();

  const resolve = (path: string): string => normalise(path.startsWith('/') ? path : `${home}/${path}`);

  const isDirectory = (path: string): boolean => {
    // An empty pathname names nothing (ENOENT, path_resolution(7)), not the working directory.
    if (path === '') return false;
    const abs = resolve(path);
    if (abs === '/' || isAncestor(abs, home) || abs === home) return true;
    const prefix = `${abs}/`;
    for (const name of files.keys()) if (name.startsWith(prefix)) return true;
    return false;
  };

  const fs: SessionFileSystem = {
    home,
    resolve,
    isDirectory,
    read(path) {
      return files.get(resolve(path));
    },
    write(path, content) {
      if (path === '') throw new FileSystemError('No such file or directory');
      const abs = resolve(path);
      if (isDirectory(abs)) throw new FileSystemError('Is a directory');
      if (content.length > limits.maxFileSize) throw new FileSystemError('File too large');
      if (!files.has(abs) && files.size >= limits.maxFiles) throw new FileSystemError('No space left on device');
      files.set(abs, content);
    },
    remove(path) {
      return files.delete(resolve(path));
    },
    list() {
      return [...files.keys()].map((abs) => relativeToHome(abs, home)).sort(compareNames);
    },
    exists(path) {
      return files.has(resolve(path)) || isDirectory(path);
    },
    readDirectory(path) {
      const abs = resolve(path);
      if (!isDirectory(abs)) return undefined;
      const prefix = abs === '/' ? '/' : `${abs}/`;
      const names = new Set<string>();
      for (const name of files.keys()) {
        if (!name.startsWith(prefix)) continue;
        const first = name.slice(prefix.length).split('/')[0];
        if (first) names.add(first);
      }
      // home's ancestors hold the directory leading to home, as on a real disk.
      if (isAncestor(abs, home)) {
        const next = home.slice(prefix.length).split('/')[0];
        if (next) names.add(next);
      }
      return [...names].sort(compareNames);
    },
  };
  for (const [path, content] of Object.entries(options.files ?? {})) fs.write(path, content);
  return fs;
}

/** Byte order, as `LC_ALL=C ls` sorts (the locale-aware order of a desktop ls is not worth emulating here). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalise(abs: string): string {
  const parts: string[] = [];
  for (const part of abs.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function isAncestor(dir: string, path: string): boolean {
  return dir === '/' ? path !== '/' : path.startsWith(`${dir}/`);
}

function relativeToHome(abs: string, home: string): string {
  return abs.startsWith(`${home}/`) ? abs.slice(home.length + 1) : abs;
}
