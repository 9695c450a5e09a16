// The kubelet's periodic node writes, as the API shows them at a given moment, without simulating each write:
// it renews its kube-node-lease Lease every 10 s (NodeLeaseDurationSeconds 40 × renewIntervalFraction 0.25,
// pkg/kubelet/nodelease) and re-posts its status conditions every nodeStatusReportFrequency (5 min) when
// nothing changed (kubelet_node_status.go; captures: RenewTime seconds old, LastHeartbeatTime up to 5 min).
// Both tick from the Node's creation, so `get node -o yaml` and `describe node` agree at any `now`.
import { toRfc3339 } from '../clock.ts';
import type { NodeObject } from './types.ts';

export const LEASE_RENEW_MS = 10_000;
export const NODE_STATUS_REPORT_MS = 5 * 60_000;

function lastTick(from: number, now: number, period: number): number {
  return from + Math.floor(Math.max(0, now - from) / period) * period;
}

/** The Node with each condition's lastHeartbeatTime at the kubelet's latest report (never earlier than stored). */
export function nodeWithHeartbeat(node: NodeObject, now: number): NodeObject {
  const report = lastTick(Date.parse(node.metadata.creationTimestamp), now, NODE_STATUS_REPORT_MS);
  let changed = false;
  const conditions = node.status.conditions.map((c) => {
    if (Date.parse(c.lastHeartbeatTime) >= report) return c;
    changed = true;
    return { ...c, lastHeartbeatTime: toRfc3339(report) };
  });
  return changed ? { ...node, status: { ...node.status, conditions } } : node;
}

/** The node's Lease spec: the kubelet holds it under the node's name, never sets acquireTime, renews every 10 s. */
export function nodeLeaseSpec(node: NodeObject, now: number): { holderIdentity: string; renewTime: string } {
  const renew = lastTick(Date.parse(node.metadata.creationTimestamp), now, LEASE_RENEW_MS);
  return { holderIdentity: node.metadata.name, renewTime: toRfc3339(renew) };
}
