// The simulated cluster's single worker node: its name and addresses (kind-style), and the cluster network
// constants the kubelet hands to containers.

export const NODE_NAME = 'jobslab-worker';
/** node InternalIP, shown as hostIP and in `describe pod` (`Node: jobslab-worker/172.18.0.3`). */
export const NODE_IP = '172.18.0.3';
/** The node's pod CIDR (flannel/kindnet style 10.244.<n>.0/24); pod IPs come from it. */
export const POD_CIDR_PREFIX = '10.244.1.';
export const POD_CIDR = '10.244.1.0/24';
/** The `kubernetes` Service's ClusterIP, passed to every container as KUBERNETES_SERVICE_HOST. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
