// New versions of stored objects. Stored objects are read-only (store.ts), so a new version may share every
// part it does not change with the old one; only `metadata` is always fresh, because the store writes the new
// resourceVersion into it. This keeps status writes (the kubelet's and controllers' many small ones) from
// deep-copying the whole object each time.

import type { KubeObject } from './types.ts';

/** `obj` with `changes` applied at the top level, sharing everything else. */
export function nextVersion<T extends KubeObject>(obj: T, changes: Partial<Omit<T, 'metadata'>> = {}): T {
  return { ...obj, ...changes, metadata: { ...obj.metadata } };
}
