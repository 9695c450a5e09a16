// kindnetd's startup lines (klog), from kind's own source for each profile's image and a capture of the same code:
// - 1.22: kindest/kindnetd:v20210326-1e038dc5 (kind v0.11.1 pkg/build/nodeimage/const_cni.go), built from
//   images/kindnetd/cmd/kindnetd/main.go at v0.11.1: `connected to apiserver` (main.go:102; no
//   CONTROL_PLANE_ENDPOINT in that manifest, so rest.InClusterConfig's https://10.96.0.1:443), `hostIP = …\npodIP = …`
//   (107), `setting mtu %d for CNI \n` (116), IP family (146), noMask subnets (150), then one reconcile of every node
//   (223 `Handling node with IPs`, 227 `handling current node`, 250 `Node %v has CIDR %s \n`). A kind capture with
//   exactly these file:line values and spacing: search-index id 19929111090 (172.18.0.3, `setting mtu 1500`).
// - 1.35: kindest/kindnetd:v20251212-v0.29.0-alpha-105-g20ccfc88 (kind v0.31.0), main.go at commit 20ccfc88: the
//   same messages at lines 109, 139, 148, 178, 182 and 297, 301, 324. No capture of this image was found.
// Then the reconcile loop: 1.22 lists the nodes and sleeps 10 s (`time.Sleep(10 * time.Second)`), so passes come
//   every 10 s plus the pass itself (10.015 s between the capture's first two passes); 1.35 waits on a 10 s ticker
//   started just before its first pass, and that first pass reads an informer cache not yet synced (no node, no
//   line), so its first lines come 10 s after start. Each pass is written as a rule (api/repeating-log.ts): a month
//   of passes is past the kubelet's 10 MiB rotation, so a 28-day-old kindnet's log holds only recent passes.
// UNVERIFIED: what 1.35's network-policy controller (sigs.k8s.io/kube-network-policies, started before the loop)
//   logs at start, left out; MTU 1500 (the kind network's default); 1.35's node order (a lister's, unordered: taken
//   by name as 1.22's API list); the 15 ms a 1.22 pass takes, taken as constant.

import type { VersionProfile } from '../profiles/profile.ts';
import type { LogContext, LogLine, LogLoop } from './log-lines.ts';

const I = (afterUs: number, at: string, text: string): LogLine => ({ afterUs, klog: { severity: 'I', at }, text });

function lineNumbers(profile: VersionProfile) {
  return profile.id === '1.22'
    ? { connected: 102, ips: 107, mtu: 116, family: 146, noMask: 150, node: 223, current: 227, cidr: 250 }
    : { connected: 109, ips: 139, mtu: 148, family: 178, noMask: 182, node: 297, current: 301, cidr: 324 };
}

const main = (line: number) => `main.go:${line}`;

/** One reconcile pass, each node in turn (the capture's spacing: 17 or 12 µs, then 2.548 ms to the next node). */
function pass(profile: VersionProfile, ctx: LogContext): LogLine[] {
  const at = lineNumbers(profile);
  return ctx.nodes.flatMap((node, i) => [
    I(i * 2_548, main(at.node), `Handling node with IPs: map[${node.ip}:{}]`),
    node.name === ctx.nodeName
      ? I(i * 2_548 + 17, main(at.current), 'handling current node')
      : I(i * 2_548 + 12, main(at.cidr), `Node ${node.name} has CIDR [${node.cidr}] `),
  ]);
}

/** 1.22's first pass right after start-up (in the capture, 190 ms after `noMask`). */
const FIRST_PASS_1_22_US = 278_193;
const PERIOD_1_22_US = 10_015_000;
/** 1.35's ticker starts right after `noMask` (UNVERIFIED: half a millisecond). */
const TICKER_1_35_US = 89_100;

export function kindnetLines(profile: VersionProfile, ctx: LogContext): LogLine[] {
  const at = lineNumbers(profile);
  const lines: LogLine[] = [
    I(88_241, main(at.connected), 'connected to apiserver: https://10.96.0.1:443'),
    I(88_270, main(at.ips), `hostIP = ${ctx.nodeIP}\npodIP = ${ctx.nodeIP}`),
    I(88_459, main(at.mtu), 'setting mtu 1500 for CNI '),
    I(88_536, main(at.family), 'kindnetd IP family: "ipv4"'),
    I(88_559, main(at.noMask), 'noMask IPv4 subnets: [10.244.0.0/16]'),
  ];
  if (profile.id !== '1.22') return lines;
  return [...lines, ...pass(profile, ctx).map((l) => ({ ...l, afterUs: FIRST_PASS_1_22_US + l.afterUs }))];
}

/** The reconcile passes after start-up, for ever. */
export function kindnetLoop(profile: VersionProfile, ctx: LogContext): LogLoop {
  return profile.id === '1.22'
    ? { firstUs: FIRST_PASS_1_22_US + PERIOD_1_22_US, periodUs: PERIOD_1_22_US, pass: pass(profile, ctx) }
    : { firstUs: TICKER_1_35_US + 10_000_000, periodUs: 10_000_000, pass: pass(profile, ctx) };
}
