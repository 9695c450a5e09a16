// kube-proxy's startup lines (klog), as kind runs it: iptables mode and `conntrack.maxPerCore: 0` (kind
// pkg/cluster/internal/kubeadm/config.go), so no `Setting nf_conntrack_max` line.
// - 1.22: a kind v1.22.4 capture (search-index id 28197260744, node IP 172.18.0.2) up to `Version:`, then the
//   informer lines of a v1.22.3 capture (id 10902038229; the same order and files in a v1.22.8 one, id 13146377519).
//   `Caches are synced for %s ` keeps client-go 1.22's trailing space (as in id 10902038229).
// - 1.35: a v1.35.0 capture (KodeKloud lab, id 62666434322) less its nf_conntrack_max line (kind sets maxPerCore 0).
// UNVERIFIED: that v1.22.17 keeps v1.22.3-v1.22.8's source lines (server.go:649 and the others); the spacing
// between lines is the captures'; whether kind 1.35's kube-proxy prints the nodePortAddresses warning (kind's
// config does not set nodePortAddresses, so it should).

import type { VersionProfile } from '../profiles/profile.ts';
import type { LogContext, LogLine } from './log-lines.ts';

const I = (afterUs: number, at: string, text: string): LogLine => ({ afterUs, klog: { severity: 'I', at }, text });
const W = (afterUs: number, at: string, text: string): LogLine => ({ afterUs, klog: { severity: 'W', at }, text });
const E = (afterUs: number, at: string, text: string): LogLine => ({ afterUs, klog: { severity: 'E', at }, text });

export function kubeProxyLines(profile: VersionProfile, ctx: LogContext): LogLine[] {
  if (profile.id === '1.22') {
    return [
      I(377_505, 'node.go:172', `Successfully retrieved node IP: ${ctx.nodeIP}`),
      I(377_609, 'server_others.go:140', `Detected node IP ${ctx.nodeIP}`),
      I(396_687, 'server_others.go:206', 'kube-proxy running in dual-stack mode, IPv4-primary'),
      I(396_788, 'server_others.go:212', 'Using iptables Proxier.'),
      I(396_807, 'server_others.go:219', 'creating dualStackProxier for iptables.'),
      W(
        396_844,
        'server_others.go:495',
        'detect-local-mode set to ClusterCIDR, but no IPv6 cluster CIDR defined, , defaulting to no-op detect-local for IPv6',
      ),
      I(397_386, 'server.go:649', `Version: ${profile.serverVersion}`),
      I(400_038, 'config.go:315', 'Starting service config controller'),
      I(400_058, 'shared_informer.go:240', 'Waiting for caches to sync for service config'),
      I(400_085, 'config.go:224', 'Starting endpoint slice config controller'),
      I(400_104, 'shared_informer.go:240', 'Waiting for caches to sync for endpoint slice config'),
      I(500_379, 'shared_informer.go:247', 'Caches are synced for endpoint slice config '),
      I(500_535, 'shared_informer.go:247', 'Caches are synced for service config '),
    ];
  }
  return [
    I(302_910, 'server_linux.go:53', '"Using iptables proxy"'),
    I(369_273, 'shared_informer.go:370', '"Waiting for caches to sync"'),
    I(469_371, 'shared_informer.go:377', '"Caches are synced"'),
    I(469_395, 'server.go:218', `"Successfully retrieved NodeIPs" NodeIPs=["${ctx.nodeIP}"]`),
    E(
      480_198,
      'server.go:255',
      '"Kube-proxy configuration may be incomplete or incorrect" err="nodePortAddresses is unset; NodePort connections will be accepted on all local IPs. Consider using `--nodeport-addresses primary`"',
    ),
    I(525_350, 'server.go:264', '"kube-proxy running in dual-stack mode" primary ipFamily="IPv4"'),
    I(525_379, 'server_linux.go:136', '"Using iptables Proxier"'),
    I(
      528_921,
      'proxier.go:242',
      '"Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses" ipFamily="IPv4"',
    ),
    I(545_430, 'server.go:529', `"Version info" version="${profile.serverVersion}"`),
    I(545_443, 'server.go:531', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
    I(546_283, 'config.go:200', '"Starting service config controller"'),
    I(546_292, 'shared_informer.go:349', '"Waiting for caches to sync" controller="service config"'),
    I(546_316, 'config.go:106', '"Starting endpoint slice config controller"'),
    I(546_322, 'shared_informer.go:349', '"Waiting for caches to sync" controller="endpoint slice config"'),
    I(546_325, 'config.go:403', '"Starting serviceCIDR config controller"'),
    I(546_328, 'shared_informer.go:349', '"Waiting for caches to sync" controller="serviceCIDR config"'),
    I(546_386, 'config.go:309', '"Starting node config controller"'),
    I(546_401, 'shared_informer.go:349', '"Waiting for caches to sync" controller="node config"'),
    I(546_406, 'shared_informer.go:356', '"Caches are synced" controller="node config"'),
    I(647_086, 'shared_informer.go:356', '"Caches are synced" controller="endpoint slice config"'),
    I(647_096, 'shared_informer.go:356', '"Caches are synced" controller="serviceCIDR config"'),
    I(647_110, 'shared_informer.go:356', '"Caches are synced" controller="service config"'),
  ];
}
