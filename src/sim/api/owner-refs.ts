// Owner references (metav1.GetControllerOf): the one reference marked `controller: true`.

import type { KubeObject, OwnerReference } from './types.ts';

export function controllerRef(obj: KubeObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller);
}
