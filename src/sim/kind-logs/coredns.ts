// CoreDNS's startup lines (plain text: CoreDNS prints its banner with fmt and its plugins' notices as `[INFO] …`).
// - 1.22 (CoreDNS 1.8.4, kubeadm 1.22's image): a kubeadm 1.22 capture, search-index id 9912929923:
//     .:53
//     [INFO] plugin/reload: Running configuration MD5 = db32ca3650231d74073ff4cf814959a7
//     CoreDNS-1.8.4
//     linux/amd64, go1.16.4, 053c4d5
// - 1.35 (CoreDNS 1.13.1, kubeadm 1.35's image): a capture of `kubectl logs coredns-…`, id 60298056641 (same
//   lines on a kind cluster with 1.14.x, ids 70415691683, 71104582603):
//     maxprocs: Leaving GOMAXPROCS=1: CPU quota undefined
//     .:53
//     [INFO] plugin/reload: Running configuration SHA512 = 1b226df7…
//     CoreDNS-1.13.1
//     linux/amd64, go1.25.2, 1db4568
// The reload hash is of the parsed Corefile (plugin/reload/reload.go: json.Marshal of caddyfile.Parse's server
// blocks), so it follows the Corefile kind-accounts.ts stores: recomputed from those two Corefiles, the MD5 is
// db32ca36… (1.22) and the SHA512 1b226df7… (1.35, the one with cache's `disable` lines), matching the captures.
// GOMAXPROCS is the node's CPU count (automaxprocs: the pod has no CPU limit). The CoreDNS pods log nothing more
// while healthy (the Corefile has `errors`, not `log`). Spacing between lines: UNVERIFIED (a few microseconds).

import type { VersionProfile } from '../profiles/profile.ts';
import type { LogContext, LogLine } from './log-lines.ts';

const SHA512_1_35 =
  '1b226df79860026c6a52e67daa10d7f0d57ec5b023288ec00c5e05f93523c894564e15b91770d3a07ae1cfbe861d15b37d4a0027e69c546ab112970993a3b03b';

export function corednsLines(profile: VersionProfile, ctx: LogContext): LogLine[] {
  if (profile.id === '1.22') {
    return [
      { afterUs: 1_210_000, text: '.:53' },
      {
        afterUs: 1_210_400,
        text: '[INFO] plugin/reload: Running configuration MD5 = db32ca3650231d74073ff4cf814959a7',
      },
      { afterUs: 1_210_500, text: 'CoreDNS-1.8.4' },
      { afterUs: 1_210_600, text: 'linux/amd64, go1.16.4, 053c4d5' },
    ];
  }
  return [
    { afterUs: 1_180_000, text: `maxprocs: Leaving GOMAXPROCS=${ctx.cpus}: CPU quota undefined` },
    { afterUs: 1_250_000, text: '.:53' },
    { afterUs: 1_250_400, text: `[INFO] plugin/reload: Running configuration SHA512 = ${SHA512_1_35}` },
    { afterUs: 1_250_500, text: 'CoreDNS-1.13.1' },
    { afterUs: 1_250_600, text: 'linux/amd64, go1.25.2, 1db4568' },
  ];
}
