// The downward API's fieldRef paths (k8s.io/kubectl pkg/util/fieldpath ExtractFieldPathAsString, and the
// kubelet's podFieldSelectorRuntimeValue): what an env var `valueFrom.fieldRef` resolves to for a pod. Used by
// the kubelet (the container's environment) and by `kubectl describe pod` (the value shown beside the path).

import type { Pod } from './types.ts';

/** Values the kubelet knows before the pod's status carries them (the pod IP is assigned before the status write). */
export interface LiveAddresses {
  hostIP?: string;
  podIP?: string;
}

export function podFieldPath(pod: Pod, path: string, live: LiveAddresses = {}): string {
  const mapRef = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (mapRef) return (mapRef[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[mapRef[2]!] ?? '';
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? 'default';
    case 'metadata.uid':
      return pod.metadata.uid;
    case 'spec.nodeName':
      return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? '';
    case 'status.hostIP':
      return live.hostIP ?? pod.status.hostIP ?? '';
    case 'status.podIP':
      return live.podIP ?? pod.status.podIP ?? '';
    default:
      return '';
  }
}
