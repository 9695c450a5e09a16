// Writes a kind system pod's startup lines into its container's log (api/container-logs.ts), so `kubectl logs -n
// kube-system <pod>` (with --tail, --since, --timestamps, -f) reads them as it reads a learner pod's output. Called for
// the pods kind-system.ts makes at cluster birth and for each replacement the system workload controller starts
// (control/system-workloads.ts), at that container's own start time; kindnet's reconcile loop goes in as a repeating
// rule (api/repeating-log.ts). The static pods (etcd, kube-apiserver,
// kube-controller-manager, kube-scheduler) get no lines: not modelled yet.

import type { ContainerLogStore } from '../api/container-logs.ts';
import type { Pod } from '../api/types.ts';
import type { Clock } from '../clock.ts';
import {
  CONTROL_PLANE_IP,
  CONTROL_PLANE_NAME,
  CONTROL_PLANE_POD_CIDR,
  NODE_IP,
  NODE_NAME,
  POD_CIDR,
} from '../node/node-info.ts';
import type { VersionProfile } from '../profiles/profile.ts';
import type { Random } from '../random.ts';
import { corednsLines } from './coredns.ts';
import { kindnetLines, kindnetLoop } from './kindnet.ts';
import { kubeProxyLines } from './kube-proxy.ts';
import { localPathProvisionerLines } from './local-path-provisioner.ts';
import { type LogContext, type LogLine, type LogLoop, loopRule, writeLines } from './log-lines.ts';

type Lines = (profile: VersionProfile, ctx: LogContext) => LogLine[];

/** By container name (kind-system.ts's containers). */
const LINES: Readonly<Record<string, Lines>> = {
  coredns: corednsLines,
  'kube-proxy': kubeProxyLines,
  'kindnet-cni': kindnetLines,
  'local-path-provisioner': localPathProvisionerLines,
};

/** Lines written again and again after start-up, by container name. */
const LOOPS: Readonly<Record<string, (profile: VersionProfile, ctx: LogContext) => LogLoop>> = {
  'kindnet-cni': kindnetLoop,
};

/** The nodes as `kubectl get nodes` lists them (by name). */
const NODES = [
  { name: CONTROL_PLANE_NAME, ip: CONTROL_PLANE_IP, cidr: CONTROL_PLANE_POD_CIDR },
  { name: NODE_NAME, ip: NODE_IP, cidr: POD_CIDR },
];

export class SystemPodLogs {
  private readonly store: ContainerLogStore;
  private readonly profile: VersionProfile;
  private readonly cpus: number;
  private readonly clock: Clock;
  /** A stream of its own ('logs'): drawing here moves no name or UID anywhere else. */
  private readonly random: Random;

  constructor(store: ContainerLogStore, clock: Clock, profile: VersionProfile, cpus: number, random: Random) {
    this.store = store;
    this.clock = clock;
    this.profile = profile;
    this.cpus = cpus;
    this.random = random;
  }

  /** Opens the log of each running container of `pod` that has startup lines and writes them from its start. */
  write(pod: Pod): void {
    for (const status of pod.status.containerStatuses ?? []) {
      const lines = LINES[status.name];
      const startedAt = status.state.running?.startedAt;
      if (!lines || !startedAt || !status.containerID) continue;
      const ctx: LogContext = {
        podName: pod.metadata.name,
        nodeName: pod.spec.nodeName ?? '',
        nodeIP: pod.status.hostIP ?? '',
        nodes: NODES,
        cpus: this.cpus,
        uuid: this.random.uuid(),
      };
      const log = this.store.open(status.containerID);
      const started = Date.parse(startedAt);
      writeLines(log, started, lines(this.profile, ctx));
      const loop = LOOPS[status.name];
      if (loop) log.repeat({ rule: loopRule(loop(this.profile, ctx), started), clock: this.clock });
    }
  }
}
