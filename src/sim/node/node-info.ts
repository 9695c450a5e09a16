// The simulated cluster's worker node (where the learner's pods run) and its control-plane node: its name and addresses (kind-style), and the cluster network
// constants the kubelet hands to containers.

export const NODE_NAME = 'jobslab-worker';
/** node InternalIP, shown as hostIP and in `describe pod` (`Node: jobslab-worker/172.18.0.3`). */
export const NODE_IP = '172.18.0.3';
/** The node's pod CIDR (flannel/kindnet style 10.244.<n>.0/24); pod IPs come from it. */
export const POD_CIDR_PREFIX = '10.244.1.';
export const POD_CIDR = '10.244.1.0/24';
/** The `kubernetes` Service's ClusterIP, passed to every container as KUBERNETES_SERVICE_HOST. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
/** kind's control-plane node: the first container on the `kind` network gets .2, the worker .3 (kind issue #710). */
export const CONTROL_PLANE_NAME = 'jobslab-control-plane';
export const CONTROL_PLANE_IP = '172.18.0.2';
/** kube-controller-manager gives the first node (the control plane) the first /24 of 10.244.0.0/16. */
export const CONTROL_PLANE_POD_CIDR = '10.244.0.0/24';
/** Namespaces whose pods are the cluster's own (src/sim/kind-system.ts), not the learner's: the cluster view leaves them out. */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'local-path-storage']);
