// The wrapper kubectl prints around several objects in -o yaml/json/jsonpath: a v1 List with an empty
// resourceVersion (cli-runtime: items collected into a metav1.List).
import type { KubeObject } from '../../../api/types.ts';

export interface ListWrapper {
  apiVersion: 'v1';
  items: KubeObject[];
  kind: 'List';
  metadata: { resourceVersion: string };
}

export function listOf(items: KubeObject[]): ListWrapper {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
