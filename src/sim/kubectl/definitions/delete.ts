// `kubectl delete`'s definition (kubectl pkg/cmd/delete/delete.go: deleteLong, deleteExample, Use; the flags of
// delete_flags.go NewDeleteCommandFlags("containing the resource to delete.") at v0.22.0 and v0.35.0; help as the
// kubectl v1.32.4 binary prints it, with the 1.35 set-based --selector text). `--interactive` arrived in 1.27.
import type { Command } from '../command.ts';
import { bool, slice, str } from '../definition.ts';
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
} from './shared-flags.ts';

/** delete's Long up to the CustomResourceDefinition paragraph, which came after 1.22 (the rest is the same). */
const DELETE_LONG_BEFORE_CRD = `
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
      rest of the resource.`;

export const deleteDefinition: Omit<Command, 'run'> = {
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  flags: [
    bool('all', 'Delete all resources, in the namespace of the specified resource types.', {
      before: {
        '1.23': {
          usage:
            'Delete all resources, including uninitialized ones, in the namespace of the specified resource types.',
        },
      },
    }),
    ALL_NAMESPACES_FLAG,
    CASCADE_FLAG,
    DRY_RUN_FLAG,
    FIELD_SELECTOR_FLAG,
    slice('filename', 'containing the resource to delete.', { shorthand: 'f' }),
    FORCE_FLAG,
    GRACE_PERIOD_FLAG,
    bool(
      'ignore-not-found',
      'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.',
    ),
    // Asks for confirmation on the terminal: no prompt in the simulator.
    bool('interactive', 'If true, delete resource only when user confirms.', {
      shorthand: 'i',
      since: '1.27',
      unsimulated: true,
    }),
    KUSTOMIZE_FLAG_APPLY,
    bool('now', 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).'),
    str('output', 'Output mode. Use "-o name" for shorter output (resource/name).', { shorthand: 'o' }),
    str('raw', 'Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.', {
      unsimulated: true,
    }),
    RECURSIVE_FLAG,
    {
      ...SELECTOR_FLAG_DELETE,
      before: { '1.23': { usage: 'Selector (label query) to filter on, not including uninitialized ones.' } },
    },
    TIMEOUT_FLAG,
    bool('wait', 'If true, wait for resources to be gone before returning. This waits for finalizers.', {
      defaultValue: 'true',
    }),
  ],
  doc: {
    use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
    long: `${DELETE_LONG_BEFORE_CRD}

      After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up
      to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh
      the discovery cache.`,
    examples: [
      `# Delete a pod using the type and name specified in pod.json
      kubectl delete -f ./pod.json`,
      `# Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
      kubectl delete -k dir`,
      // delete.go at v0.24.0 (file name globs in -f); not in v0.22.0.
      {
        text: `# Delete resources from all files that end with '.json'
      kubectl delete -f '*.json'`,
        since: '1.24',
      },
      `# Delete a pod based on the type and name in the JSON passed into stdin
      cat pod.json | kubectl delete -f -`,
      `# Delete pods and services with same names "baz" and "foo"
      kubectl delete pod,service baz foo`,
      `# Delete pods and services with label name=myLabel
      kubectl delete pods,services -l name=myLabel`,
      `# Delete a pod with minimal delay
      kubectl delete pod foo --now`,
      `# Force delete a pod on a dead node
      kubectl delete pod foo --force`,
      `# Delete all pods
      kubectl delete pods --all`,
      {
        text: `# Delete all pods only if the user confirms the deletion
      kubectl delete pods --all --interactive`,
        since: '1.27',
      },
    ],
    // The paragraph on CustomResourceDefinitions and the discovery cache came after 1.22.
    before: {
      '1.23': {
        long: DELETE_LONG_BEFORE_CRD,
      },
    },
  },
};
