// kindnetd's startup lines (klog), from kind's own source for each profile's image and a capture of the same code:
// - 1.22: kindest/kindnetd:v20210326-1e038dc5 (kind v0.11.1 pkg/build/nodeimage/const_cni.go), built from
//   images/kindnetd/cmd/kindnetd/main.go at v0.11.1: `connected to apiserver` (main.go:102; no
//   CONTROL_PLANE_ENDPOINT in that manifest, so rest.InClusterConfig's https://10.96.0.1:443), `hostIP = …\npodIP = …`
//   (107), `setting mtu %d for CNI \n` (116), IP family (146), noMask subnets (150), then one reconcile of every node
//   (223 `Handling node with IPs`, 227 `handling current node`, 250 `Node %v has CIDR %s \n`). A kind capture with
//   exactly these file:line values and spacing: search-index id 19929111090 (172.18.0.3, `setting mtu 1500`).
// - 1.35: kindest/kindnetd:v20251212-v0.29.0-alpha-105-g20ccfc88 (kind v0.31.0), main.go at commit 20ccfc88: the
//   same messages at lines 109, 139, 148, 178, 182 and 297, 301, 324. No capture of this image was found.
// NOT MODELLED: the reconcile loop runs every 10 s for ever (main.go: `time.Sleep(10 * time.Second)`, 1.35 a 10 s
//   ticker) and logs the same 4 lines each time; only the first pass is written here (a month of them would be
//   rotated past 10 MiB). UNVERIFIED: what 1.35's network-policy controller (sigs.k8s.io/kube-network-policies,
//   started before the loop) logs at start, left out; MTU 1500 (the kind network's default).

import type { VersionProfile } from '../profiles/profile.ts';
import type { LogContext, LogLine } from './log-lines.ts';

const I = (afterUs: number, at: string, text: string): LogLine => ({ afterUs, klog: { severity: 'I', at }, text });

export function kindnetLines(profile: VersionProfile, ctx: LogContext): LogLine[] {
  const at =
    profile.id === '1.22'
      ? { connected: 102, ips: 107, mtu: 116, family: 146, noMask: 150, node: 223, current: 227, cidr: 250 }
      : { connected: 109, ips: 139, mtu: 148, family: 178, noMask: 182, node: 297, current: 301, cidr: 324 };
  const main = (line: number) => `main.go:${line}`;
  const lines: LogLine[] = [
    I(88_241, main(at.connected), 'connected to apiserver: https://10.96.0.1:443'),
    I(88_270, main(at.ips), `hostIP = ${ctx.nodeIP}\npodIP = ${ctx.nodeIP}`),
    I(88_459, main(at.mtu), 'setting mtu 1500 for CNI '),
    I(88_536, main(at.family), 'kindnetd IP family: "ipv4"'),
    I(88_559, main(at.noMask), 'noMask IPv4 subnets: [10.244.0.0/16]'),
  ];
  let afterUs = 278_193;
  for (const node of ctx.nodes) {
    lines.push(I(afterUs, main(at.node), `Handling node with IPs: map[${node.ip}:{}]`));
    lines.push(
      node.name === ctx.nodeName
        ? I(afterUs + 17, main(at.current), 'handling current node')
        : I(afterUs + 12, main(at.cidr), `Node ${node.name} has CIDR [${node.cidr}] `),
    );
    afterUs += 2_548;
  }
  return lines;
}
