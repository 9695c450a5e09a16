// The container runtime seam: how the kubelet (node/kubelet.ts) starts a container and drives it through
// virtual time. The runtime knows images and runs their commands (src/sim/sh/ for shells); the kubelet knows
// pods, restarts and status. A container never runs ahead of the clock: `resume` runs it until it sleeps
// or exits, and the kubelet schedules the next `resume` on the clock.

import type { Millis } from '../clock.ts';
import type { Random } from '../random.ts';

export interface ImageInfo {
  /** Normalised reference as the kubelet reports it, e.g. `docker.io/library/ubuntu:latest`. */
  reference: string;
  /** `sha256:…` digest used in imageID. */
  digest: string;
  /** Size reported by the `Pulled` event. */
  sizeBytes: number;
  /** Time a first pull takes on this node (layers downloaded). */
  firstPullMs: Millis;
  /** Time a pull takes when the layers are already on the node (`imagePullPolicy: Always` on a cached image). */
  cachedPullMs: Millis;
}

export interface ContainerLaunch {
  image: string;
  command?: string[];
  args?: string[];
  /** Resolved environment (the kubelet adds HOSTNAME, KUBERNETES_* and downward-API values). */
  env: Record<string, string>;
  hostname: string;
  /** Seeded randomness for $RANDOM and similar. */
  random: Random;
  /** Virtual time at start (for `date`). */
  startedAt: Millis;
}

export type OutputSink = (stream: 'stdout' | 'stderr', text: string) => void;

export type ContainerStep =
  /** The process is busy or sleeping for `ms` of virtual time; call `resume` again after that. */
  | { type: 'wait'; ms: Millis }
  /** The process ended. Reason as the runtime reports it: Completed (0), Error (non-zero), OOMKilled… */
  | { type: 'exit'; exitCode: number; reason: string; signal?: number };

export interface ContainerProcess {
  /** Runs until the next wait or the exit. `now` is the virtual time of this resumption. */
  resume(now: Millis): ContainerStep;
  /** SIGTERM/SIGKILL from the kubelet (pod deleted, deadline): the process is gone. */
  kill(): void;
}

/** Result of trying to create and start a container (runc errors are StartError, exit 128). */
export type StartResult =
  | { ok: true; process: ContainerProcess }
  | {
      ok: false;
      reason: 'StartError' | 'RunContainerError' | 'CreateContainerError';
      message: string;
      exitCode: number;
    };

export interface ContainerRuntime {
  /** Image by reference as written in a pod spec (`ubuntu`, `busybox:1.36`, `docker.io/library/perl`); undefined = not in any registry. */
  lookupImage(ref: string): Readonly<ImageInfo> | undefined;
  start(launch: ContainerLaunch, out: OutputSink): StartResult;
}
