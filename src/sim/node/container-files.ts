// A container's files: the flat map its programs write (`echo x > /tmp/f`), keyed by the path as written (a
// container here has no working directory to resolve against). Its directories are the image's
// (Host.isDirectory); the files below one are the keys under its path, which is all `rm -r` needs.

import type { FileStore } from '../sh/process.ts';

export function containerFiles(): FileStore {
  const files = new Map<string, string>();
  return {
    get: (path) => files.get(path),
    has: (path) => files.has(path),
    set: (path, text) => {
      files.set(path, text);
    },
    delete: (path) => files.delete(path),
    filesBelow(dir) {
      const prefix = `${dir.replace(/\/+$/, '')}/`; // `/` itself: every absolute path
      return [...files.keys()].filter((path) => path.startsWith(prefix));
    },
  };
}
