// `kubectl delete --help` (kubectl pkg/cmd/delete/delete.go deleteLong, deleteExample, Use). The DeleteFlags
// usage texts (delete_flags.go) are not reproduced yet, so no Options section is printed.
import type { VersionProfile } from '../../profiles/profile.ts';
import {
  ALL_NAMESPACES_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  FIELD_SELECTOR_FLAG,
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  KUSTOMIZE_FLAG_APPLY,
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  TIMEOUT_FLAG,
} from '../definitions/shared-flags.ts';
import { type AnyHelpFlag, renderHelp } from './layout.ts';

const LONG = `
		Delete resources by file names, stdin, resources and names, or by resources and label selector.

		JSON and YAML formats are accepted. Only one type of argument may be specified: file names,
		resources and names, or resources and label selector.

		Some resources, such as pods, support graceful deletion. These resources define a default period
		before they are forcibly terminated (the grace period) but you may override that value with
		the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often
		represent entities in the cluster, deletion may not be acknowledged immediately. If the node
		hosting a pod is down or cannot reach the API server, termination may take significantly longer
		than the grace period. To force delete a resource, you must specify the --force flag.
		Note: only a subset of resources support graceful deletion. In absence of the support,
		the --grace-period flag is ignored.

		IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been
		terminated, which can leave those processes running until the node detects the deletion and
		completes graceful deletion. If your processes use shared storage or talk to a remote API and
		depend on the name of the pod to identify themselves, force deleting those pods may result in
		multiple processes running on different machines using the same identification which may lead
		to data corruption or inconsistency. Only force delete pods when you are sure the pod is
		terminated, or if your application can tolerate multiple copies of the same pod running at once.
		Also, if you force delete pods, the scheduler may place new pods on those nodes before the node
		has released those resources and causing those pods to be evicted immediately.

		Note that the delete command does NOT do resource version checks, so if someone submits an
		update to a resource right when you submit a delete, their update will be lost along with the
		rest of the resource.

		After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up
		to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh
		the discovery cache.`;

const EXAMPLES = `
		# Delete a pod using the type and name specified in pod.json
		kubectl delete -f ./pod.json

		# Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
		kubectl delete -k dir

		# Delete resources from all files that end with '.json'
		kubectl delete -f '*.json'

		# Delete a pod based on the type and name in the JSON passed into stdin
		cat pod.json | kubectl delete -f -

		# Delete pods and services with same names "baz" and "foo"
		kubectl delete pod,service baz foo

		# Delete pods and services with label name=myLabel
		kubectl delete pods,services -l name=myLabel

		# Delete a pod with minimal delay
		kubectl delete pod foo --now

		# Force delete a pod on a dead node
		kubectl delete pod foo --force

		# Delete all pods
		kubectl delete pods --all

		# Delete all pods only if the user confirms the deletion
		kubectl delete pods --all --interactive`;

// kubectl 1.35: the whole help of the kubectl v1.32.4 binary (`kubectl delete --help`, Long/Examples/Options/Usage), with the
// 1.35 change over v1.32.4: the set-based --selector text, as in a captured v1.35 `kubectl get --help` (delete itself not captured in 1.35).
// The older texts above remain the 1.22 help.
const LONG_135 = `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.`;

const EXAMPLES_135 = `# Delete a pod using the type and name specified in pod.json
kubectl delete -f ./pod.json

# Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
kubectl delete -k dir

# Delete resources from all files that end with '.json'
kubectl delete -f '*.json'

# Delete a pod based on the type and name in the JSON passed into stdin
cat pod.json | kubectl delete -f -

# Delete pods and services with same names "baz" and "foo"
kubectl delete pod,service baz foo

# Delete pods and services with label name=myLabel
kubectl delete pods,services -l name=myLabel

# Delete a pod with minimal delay
kubectl delete pod foo --now

# Force delete a pod on a dead node
kubectl delete pod foo --force

# Delete all pods
kubectl delete pods --all

# Delete all pods only if the user confirms the deletion
kubectl delete pods --all --interactive`;

const FLAGS_135: readonly AnyHelpFlag[] = [
  {
    name: 'all',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Delete all resources, in the namespace of the specified resource types.',
  },
  ALL_NAMESPACES_FLAG,
  CASCADE_FLAG,
  DRY_RUN_FLAG,
  FIELD_SELECTOR_FLAG,
  {
    name: 'filename',
    shorthand: 'f',
    type: 'stringSlice',
    defaultValue: '[]',
    usage: 'containing the resource to delete.',
  },
  FORCE_FLAG,
  GRACE_PERIOD_FLAG,
  {
    name: 'ignore-not-found',
    type: 'bool',
    defaultValue: 'false',
    usage: 'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.',
  },
  {
    name: 'interactive',
    shorthand: 'i',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, delete resource only when user confirms.',
  },
  KUSTOMIZE_FLAG_APPLY,
  {
    name: 'now',
    type: 'bool',
    defaultValue: 'false',
    usage: 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).',
  },
  {
    name: 'output',
    shorthand: 'o',
    type: 'string',
    defaultValue: '',
    usage: 'Output mode. Use "-o name" for shorter output (resource/name).',
  },
  {
    name: 'raw',
    type: 'string',
    defaultValue: '',
    usage: 'Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.',
  },
  RECURSIVE_FLAG,
  SELECTOR_FLAG_DELETE,
  TIMEOUT_FLAG,
  {
    name: 'wait',
    type: 'bool',
    defaultValue: 'true',
    usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.',
  },
];

const USE_135 = 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]';

export function deleteHelp(profile: VersionProfile): string {
  if (profile.id !== '1.22') {
    return renderHelp(
      { long: LONG_135, longRendered: true, examples: EXAMPLES_135, flags: FLAGS_135, use: USE_135 },
      profile,
    );
  }
  return renderHelp(
    {
      long: LONG,
      examples: EXAMPLES,
      use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
      flags: [],
    },
    profile,
  );
}
