// The kubelet of the single node: admits pods bound to it, creates the sandbox, pulls images (with the node's
// image cache), starts containers through the ContainerRuntime, drives them on the virtual clock, restarts them
// with the crash-loop back-off, stops them on deletion, records their output, and reports status and events.
//
// Status writes follow the real kubelet's rhythm (spec §5.5): one write when the pod is admitted
// (ContainerCreating), then container starts and exits are only noticed by the next PLEG relist (every second),
// so a container that exits within the same second never shows Running.
//
// Size: over 400 lines because it follows the real kubelet's pod worker (admit, sandbox, pulls, start, PLEG relist,
// restart back-off, kill) as one state machine per pod; helpers live in pod-status.ts, container-runtime.ts and
// images.ts.

import type { ApiServer } from '../api/api-server.ts';
import type { ContainerLog } from '../api/container-logs.ts';
import type { EventSource } from '../api/events.ts';
import { podFieldPath } from '../api/field-path.ts';
import { jsonEqual } from '../api/json-equal.ts';
import { nextVersion } from '../api/object-versions.ts';
import type { WatchEvent } from '../api/store.ts';
import type { Container, Pod, PodStatus } from '../api/types.ts';
import { type Clock, fromRfc3339, type Millis, type TimerHandle } from '../clock.ts';
import { Random } from '../random.ts';
import { KUBERNETES_SERVICE_IP, NODE_IP, POD_CIDR_PREFIX } from './node-info.ts';
import { buildPodStatus, type ContainerView, type PodView, type TerminatedInfo } from './pod-status.ts';
import type { ContainerProcess, ContainerRuntime, ImageInfo } from './runtime.ts';

/** Timings (ms). Chosen so the seed transcripts of spec §9.2 reproduce; see tests/unit/golden/seed.test.ts and tests/unit/sim/control/seed-timeline.test.ts. */
export const KUBELET_TIMING = {
  /** Pod bound → first status write (Pending, ContainerCreating). */
  admit: 50,
  /**
   * Pod bound → sandbox up (pod IP) and the first image pull begins (RunPodSandbox: pause container and CNI).
   * Calibrated with the pull times of images.ts against several real captures at once (issue 11 item 7,
   * docs/spec-corrections.md "Pod turnaround"): busybox `sleep 3` pods of a 5-completion Job ≈7-8 s apart and
   * `sleep 5` pods ≈9 s apart on 1.3x; the seed's 1.22 hello-world DURATION 3s, job-1 10s, job-2 retry after 4 s.
   */
  sandbox: 1300,
  /** Image ready → container created and started. */
  createContainer: 100,
  /** PLEG relist period: exits/starts become visible in the status on the next relist (§4.12 "≈1 s later"). */
  plegPeriod: 1000,
  /** How long a pull of an image no registry has takes to fail. */
  failedPull: 1200,
  /**
   * Pod worker re-queue after a failed sync (kubelet.go backOffPeriod = 10 s), stretched by up to 50 % jitter
   * (pod_workers.go workerBackOffPeriodJitterFactor): crash-loop restarts and BackOff events come at these syncs.
   */
  backOffResync: 10_000,
} as const;

/** wait.Jitter factor of the pod worker's re-queue after a failed sync (pod_workers.go). */
const POD_WORKER_BACKOFF_JITTER = 0.5;
/** kubelet container restart back-off (§4.6): 10 s doubling to MaxContainerBackOff 300 s. */
export const CONTAINER_BACKOFF_INITIAL_MS = 10_000;
export const CONTAINER_BACKOFF_MAX_MS = 300_000;
/** kubelet image pull back-off: same shape as the container back-off. */
const IMAGE_BACKOFF_MAX_MS = 300_000;

interface Instance {
  id: string;
  log: ContainerLog;
  process?: ContainerProcess | undefined;
  startedAt: Millis;
  terminated?: TerminatedInfo | undefined;
  /** The restart decision for this exit has been taken. */
  handled: boolean;
  /** The timer that resumes the process after its current wait (kept alive while the pod terminates). */
  resumeTimer?: TimerHandle | undefined;
}

interface ContainerRun {
  spec: Container;
  /** The container's `spec.containers{name}`, the fieldPath of its events (made once, not per event). */
  fieldPath: string;
  restartCount: number;
  /** The newest container instance; its exit stays here while the kubelet waits to restart. */
  current?: Instance | undefined;
  /** The exit before `current` (lastState once `current` runs). */
  last?: TerminatedInfo | undefined;
  /** Waiting reason while there is no instance to show (ContainerCreating, ErrImagePull, CrashLoopBackOff …). */
  waiting?: { reason: string; message?: string } | undefined;
  image?: ImageInfo;
  /** Next crash-loop delay: 0 before the first crash (restart at once), then 10 s, 20 s … */
  backoffMs: number;
  pullBackoffMs: number;
  final: boolean;
}

interface PodRun {
  uid: string;
  namespace: string;
  name: string;
  pod: Pod;
  containers: ContainerRun[];
  startTime: Millis;
  podIP?: string;
  sandboxReady: boolean;
  terminating: boolean;
  stopped: boolean;
  timers: Set<TimerHandle>;
  plegScheduled: boolean;
}

/** What a pod's status reports for a resolved image under one runtime flavour. */
interface ReportedImage {
  flavor: string;
  image: string;
  imageID: string;
}

export interface KubeletOptions {
  api: ApiServer;
  clock: Clock;
  random: Random;
  runtime: ContainerRuntime;
  nodeName: string;
  /** Randomness for the pod workers' re-sync jitter, apart from `random` so that names do not shift with it. */
  syncJitter?: Random;
}

export class Kubelet {
  private readonly api: ApiServer;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly syncJitter: Random;
  private readonly runtime: ContainerRuntime;
  private readonly nodeName: string;
  private readonly pods = new Map<string, PodRun>();
  /** Image references present on the node. */
  private readonly imageCache = new Set<string>();
  private readonly reportedImages = new WeakMap<ImageInfo, ReportedImage>();
  /** The kubelet's event source (every container event names this node). */
  private readonly eventSource: EventSource;
  /** `already present on machine` messages by image: the same text for every pod of an image, made once. */
  private readonly presentMessages = new Map<string, string>();
  /** Phase of the PLEG relist within each second, fixed per node. */
  private readonly plegPhase: Millis;
  private nextIp: number;
  private unwatch: (() => void) | undefined;

  constructor(options: KubeletOptions) {
    this.api = options.api;
    this.clock = options.clock;
    this.random = options.random;
    this.syncJitter = options.syncJitter ?? new Random(0);
    this.runtime = options.runtime;
    this.nodeName = options.nodeName;
    this.eventSource = { component: 'kubelet', host: this.nodeName };
    this.plegPhase = this.random.int(KUBELET_TIMING.plegPeriod);
    // host-local IPAM hands out addresses in order; start somewhere in the range so ages of clusters differ.
    this.nextIp = this.random.between(2, 120);
  }

  start(): void {
    this.unwatch = this.api.watch('Pod', undefined, (event) => this.onPodEvent(event));
  }

  stop(): void {
    this.unwatch?.();
  }

  /** Marks an image as already on the node (cluster set-up, lessons that pre-pull). */
  preloadImage(ref: string): void {
    const info = this.runtime.lookupImage(ref);
    if (info) this.imageCache.add(info.reference);
  }

  private onPodEvent(event: WatchEvent): void {
    const pod = event.object as Pod;
    const run = this.pods.get(pod.metadata.uid);
    if (event.type === 'DELETED') {
      if (run) this.forget(run);
      return;
    }
    if (pod.spec.nodeName !== this.nodeName) return;
    // A pod this kubelet never admitted that has already started ran before the session (kind's kindnet and
    // kube-proxy pods, src/sim/kind-system.ts): its containers are not simulated, so it is left as it is.
    if (!run && pod.status?.startTime) return;
    if (!run) {
      // Defer: we are inside another component's write.
      this.clock.after(0, () => this.admit(pod.metadata.uid, pod.metadata.namespace ?? 'default', pod.metadata.name));
      return;
    }
    run.pod = pod;
    if (pod.metadata.deletionTimestamp && !run.terminating) this.clock.after(0, () => this.beginTermination(run));
  }

  // --- admission and sandbox ---------------------------------------------------------------------------

  private admit(uid: string, namespace: string, name: string): void {
    if (this.pods.has(uid)) return;
    const pod = this.api.store.get<Pod>('Pod', namespace, name);
    if (!pod || pod.metadata.uid !== uid) return;
    const run: PodRun = {
      uid,
      namespace,
      name,
      pod,
      containers: pod.spec.containers.map((spec) => ({
        spec,
        fieldPath: `spec.containers{${spec.name}}`,
        restartCount: 0,
        backoffMs: 0,
        pullBackoffMs: 0,
        final: false,
        waiting: { reason: 'ContainerCreating' },
      })),
      startTime: this.clock.now(),
      sandboxReady: false,
      terminating: false,
      stopped: false,
      timers: new Set(),
      plegScheduled: false,
    };
    this.pods.set(uid, run);
    if (pod.metadata.deletionTimestamp) {
      this.beginTermination(run);
      return;
    }
    this.later(run, KUBELET_TIMING.admit, () => this.writeStatus(run));
    this.later(run, KUBELET_TIMING.sandbox, () => {
      run.sandboxReady = true;
      run.podIP = `${POD_CIDR_PREFIX}${this.nextIp}`;
      this.nextIp = this.nextIp >= 254 ? 2 : this.nextIp + 1;
      this.startContainer(run, 0);
    });
  }

  /** Containers start one after another, each after its image is there (SyncPod). */
  private startContainer(run: PodRun, index: number): void {
    const c = run.containers[index];
    if (!c || run.terminating) return;
    this.pullImage(run, c, () => {
      this.later(run, KUBELET_TIMING.createContainer, () => {
        this.launch(run, c);
        this.startContainer(run, index + 1);
      });
    });
  }

  // --- images ------------------------------------------------------------------------------------------

  private pullImage(run: PodRun, c: ContainerRun, then: () => void): void {
    const image = c.spec.image;
    const policy = c.spec.imagePullPolicy ?? 'IfNotPresent';
    const info = this.runtime.lookupImage(image);
    const present = info !== undefined && this.imageCache.has(info.reference);
    const events = this.api.profile.kubeletEvents;
    if (policy !== 'Always' && present) {
      c.image = info;
      this.podEvent(run, c, 'Normal', 'Pulled', this.presentMessage(image));
      then();
      return;
    }
    if (policy === 'Never') {
      const message = `Container image "${image}" is not present with pull policy of Never`;
      c.waiting = { reason: 'ErrImageNeverPull', message };
      this.podEvent(run, c, 'Warning', 'ErrImageNeverPull', message);
      this.writeStatus(run);
      return;
    }
    this.podEvent(run, c, 'Normal', 'Pulling', `Pulling image "${image}"`);
    if (!info) {
      this.later(run, KUBELET_TIMING.failedPull, () => this.pullFailed(run, c, then));
      return;
    }
    const base = present ? info.cachedPullMs : info.firstPullMs;
    // ±4 % seeded jitter: visible in `Pulled … in 1.23s`, too small to move any age by a second.
    const duration = Math.round(base * (0.96 + 0.08 * this.random.next()));
    this.later(run, duration, () => {
      this.imageCache.add(info.reference);
      c.image = info;
      c.pullBackoffMs = 0;
      this.podEvent(run, c, 'Normal', 'Pulled', events.pulled(image, duration / 1000, info.sizeBytes));
      then();
    });
  }

  /** ErrImagePull, then ImagePullBackOff with a doubling retry delay. */
  private pullFailed(run: PodRun, c: ContainerRun, then: () => void): void {
    const image = c.spec.image;
    const failure = this.api.profile.kubeletEvents.pullFailed(image, normaliseReference(image));
    const detail = failure.replace(/^Failed to pull image "[^"]*": /, '');
    c.waiting = { reason: 'ErrImagePull', message: detail };
    this.podEvent(run, c, 'Warning', 'Failed', failure);
    this.podEvent(run, c, 'Warning', 'Failed', 'Error: ErrImagePull');
    this.writeStatus(run);
    c.pullBackoffMs =
      c.pullBackoffMs === 0 ? CONTAINER_BACKOFF_INITIAL_MS : Math.min(c.pullBackoffMs * 2, IMAGE_BACKOFF_MAX_MS);
    const wait = c.pullBackoffMs;
    // The next pod sync (about a second later) finds the pull in back-off.
    this.later(run, KUBELET_TIMING.plegPeriod, () => {
      c.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` };
      this.podEvent(run, c, 'Normal', 'BackOff', `Back-off pulling image "${image}"`);
      this.podEvent(run, c, 'Warning', 'Failed', 'Error: ImagePullBackOff');
      this.writeStatus(run);
    });
    this.later(run, wait, () => this.pullImage(run, c, then));
  }

  // --- containers --------------------------------------------------------------------------------------

  private launch(run: PodRun, c: ContainerRun): void {
    if (run.terminating) return;
    const events = this.api.profile.kubeletEvents;
    const id = `${this.api.profile.containerRuntime.flavor}://${this.random.hex(64)}`;
    const log = this.api.containerLogs.open(id);
    const now = this.clock.now();
    const instance: Instance = { id, log, startedAt: now, handled: false };
    const result = this.runtime.start(
      {
        image: c.spec.image,
        ...(c.spec.command ? { command: c.spec.command } : {}),
        ...(c.spec.args ? { args: c.spec.args } : {}),
        env: this.environment(run, c.spec),
        hostname: run.pod.spec.hostname ?? run.name,
        random: this.random,
        startedAt: now,
      },
      (_stream, text) => log.append(this.clock.now(), text),
    );
    // restartCount counts the dead instances before this one (kubelet: number of exited containers).
    if (c.current?.terminated) {
      c.last = c.current.terminated;
      c.restartCount += 1;
    }
    c.current = instance;
    c.waiting = undefined;
    if (!result.ok) {
      // runc could not start the process: the container is terminated at once with the runtime's error.
      this.podEvent(run, c, 'Normal', 'Created', events.created(c.spec.name));
      this.podEvent(run, c, 'Warning', 'Failed', `Error: ${result.message}`);
      instance.terminated = {
        exitCode: result.exitCode,
        reason: result.reason,
        message: result.message,
        finishedAt: now,
        containerID: id,
      };
      log.end();
      this.schedulePleg(run);
      return;
    }
    this.podEvent(run, c, 'Normal', 'Created', events.created(c.spec.name));
    this.podEvent(run, c, 'Normal', 'Started', events.started(c.spec.name));
    instance.process = result.process;
    this.schedulePleg(run);
    this.step(run, c, instance);
  }

  /** Runs the process until it sleeps or exits; sleeps become clock timers. */
  private step(run: PodRun, c: ContainerRun, instance: Instance): void {
    if (instance.terminated || !instance.process) return;
    const next = instance.process.resume(this.clock.now());
    if (next.type === 'wait') {
      instance.resumeTimer = this.later(run, Math.max(0, next.ms), () => this.step(run, c, instance));
      return;
    }
    instance.resumeTimer = undefined;
    const info: TerminatedInfo = {
      exitCode: next.exitCode,
      reason: next.reason,
      startedAt: instance.startedAt,
      finishedAt: this.clock.now(),
      containerID: instance.id,
    };
    if (next.signal !== undefined) info.signal = next.signal;
    instance.terminated = info;
    instance.process = undefined;
    instance.log.end();
    if (run.terminating) {
      this.stopWhenAllExited(run);
      return;
    }
    this.schedulePleg(run);
  }

  private environment(run: PodRun, spec: Container): Record<string, string> {
    const pod = run.pod;
    const env: Record<string, string> = {
      HOSTNAME: pod.spec.hostname ?? run.name,
      KUBERNETES_SERVICE_HOST: KUBERNETES_SERVICE_IP,
      KUBERNETES_SERVICE_PORT: '443',
      KUBERNETES_SERVICE_PORT_HTTPS: '443',
      KUBERNETES_PORT: `tcp://${KUBERNETES_SERVICE_IP}:443`,
      KUBERNETES_PORT_443_TCP: `tcp://${KUBERNETES_SERVICE_IP}:443`,
      KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
      KUBERNETES_PORT_443_TCP_PORT: '443',
      KUBERNETES_PORT_443_TCP_ADDR: KUBERNETES_SERVICE_IP,
    };
    for (const e of spec.env ?? []) {
      if (e.value !== undefined) {
        // $(VAR) refers to variables defined earlier; $$ escapes.
        env[e.name] = e.value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v: string | undefined) =>
          v === undefined ? '$' : (env[v] ?? m),
        );
      } else if (e.valueFrom?.fieldRef) {
        env[e.name] = podFieldPath(run.pod, e.valueFrom.fieldRef.fieldPath, {
          hostIP: NODE_IP,
          ...(run.podIP ? { podIP: run.podIP } : {}),
        });
      } else env[e.name] = '';
    }
    return env;
  }

  // --- PLEG: noticing starts and exits -------------------------------------------------------------------

  private schedulePleg(run: PodRun): void {
    if (run.plegScheduled) return;
    run.plegScheduled = true;
    const now = this.clock.now();
    const period = KUBELET_TIMING.plegPeriod;
    const k = Math.floor((now - this.plegPhase) / period) + 1;
    const at = this.plegPhase + k * period;
    this.later(run, at - now, () => {
      run.plegScheduled = false;
      this.relist(run);
    });
  }

  private relist(run: PodRun): void {
    if (run.terminating) {
      this.writeStatus(run);
      return;
    }
    // Exits that the restart policy ends for good are final in the same status write (phase Succeeded/Failed).
    const restarts: Array<[ContainerRun, TerminatedInfo]> = [];
    for (const c of run.containers) {
      const inst = c.current;
      if (!inst?.terminated || inst.handled) continue;
      inst.handled = true;
      const policy = run.pod.spec.restartPolicy ?? 'Always';
      const restart = policy === 'Always' || (policy === 'OnFailure' && inst.terminated.exitCode !== 0);
      if (restart) restarts.push([c, inst.terminated]);
      else c.final = true;
    }
    this.writeStatus(run);
    if (restarts.length === 0) return;
    for (const [c, exit] of restarts) this.scheduleRestart(run, c, exit);
    // A restart in back-off shows CrashLoopBackOff right after the Error status.
    this.writeStatus(run);
  }

  /**
   * kubelet doBackOff (pkg/kubelet/kuberuntime/kuberuntime_manager.go): the first crash restarts at once; later
   * ones are refused until 10 s, 20 s … 300 s after the exit. A refused restart makes SyncPod fail with
   * CrashLoopBackOff, and the pod worker re-queues a failed sync after wait.Jitter(backOffPeriod = 10 s, 0.5), i.e.
   * 10-15 s (pkg/kubelet/pod_workers.go completeWork, workerBackOffPeriodJitterFactor). So the restart happens at
   * the first sync after the back-off has expired, not at the instant it expires: real 1.3x watches show restarts
   * 16 s and 29 s after the previous exit (docs/spec-corrections.md, §4.6).
   */
  private scheduleRestart(run: PodRun, c: ContainerRun, exit: TerminatedInfo): void {
    const delay = c.backoffMs;
    c.backoffMs = delay === 0 ? CONTAINER_BACKOFF_INITIAL_MS : Math.min(delay * 2, CONTAINER_BACKOFF_MAX_MS);
    // Until the new instance runs, the status keeps showing the exited one (restartCount unchanged).
    const restart = () =>
      this.pullImage(run, c, () => this.later(run, KUBELET_TIMING.createContainer, () => this.launch(run, c)));
    if (delay === 0 || exit.finishedAt + delay <= this.clock.now()) {
      restart();
      return;
    }
    c.waiting = {
      reason: 'CrashLoopBackOff',
      message: `back-off ${delay / 1000}s restarting failed container=${c.spec.name} pod=${run.name}_${run.namespace}(${run.uid})`,
    };
    // This sync (the PLEG event's) is refused; so is every re-sync until the back-off has expired.
    const sync = () => {
      if (this.clock.now() >= exit.finishedAt + delay) {
        restart();
        return;
      }
      this.podEvent(
        run,
        c,
        'Warning',
        'BackOff',
        this.api.profile.kubeletEvents.backOff(c.spec.name, run.name, run.namespace, run.uid),
      );
      const resync = KUBELET_TIMING.backOffResync * (1 + POD_WORKER_BACKOFF_JITTER * this.syncJitter.next());
      this.later(run, Math.round(resync), sync);
    };
    sync();
  }

  // --- deletion ----------------------------------------------------------------------------------------

  /**
   * Pod deleted with a grace period: `Killing` events, SIGTERM, and SIGKILL when the grace period ends. The
   * simulated processes run as PID 1, which ignores SIGTERM (no handler installed), so a running container goes
   * on until its process ends by itself or the grace period runs out, whichever comes first: the kubelet's
   * killContainer calls the CRI StopContainer with the grace period as a timeout, and the runtime returns as soon
   * as the container has exited (pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer; CRI api.proto
   * StopContainer: "stops a running container with a grace period (i.e., timeout)"). So `sleep 8` deleted at
   * 5 s ends at 8 s, not 35 s (docs/spec-corrections.md, §4.7/§4.4/§4.10).
   */
  private beginTermination(run: PodRun): void {
    if (run.terminating) return;
    run.terminating = true;
    const running = run.containers.filter((c) => c.current?.process && !c.current.terminated);
    for (const c of running) this.podEvent(run, c, 'Normal', 'Killing', `Stopping container ${c.spec.name}`);
    // Everything the pod worker had planned stops, but the running processes keep running.
    const keep = new Set(running.map((c) => c.current?.resumeTimer));
    for (const h of run.timers) {
      if (keep.has(h)) continue;
      h.cancel();
      run.timers.delete(h);
    }
    run.plegScheduled = false;
    const deadline = run.pod.metadata.deletionTimestamp
      ? fromRfc3339(run.pod.metadata.deletionTimestamp)
      : this.clock.now();
    const graceMs = running.length === 0 ? 0 : Math.max(0, deadline - this.clock.now());
    this.later(run, graceMs, () => this.finishTermination(run));
  }

  /** A container of a terminating pod ended by itself: once none is left running, the pod's stop is over. */
  private stopWhenAllExited(run: PodRun): void {
    if (run.containers.some((c) => c.current && !c.current.terminated)) return;
    this.finishTermination(run);
  }

  private finishTermination(run: PodRun): void {
    if (run.stopped) return;
    for (const h of run.timers) h.cancel();
    run.timers.clear();
    const now = this.clock.now();
    for (const c of run.containers) {
      const inst = c.current;
      if (inst && !inst.terminated) {
        inst.process?.kill();
        inst.process = undefined;
        // SIGKILL: exit code 137.
        inst.terminated = {
          exitCode: 137,
          reason: 'Error',
          startedAt: inst.startedAt,
          finishedAt: now,
          containerID: inst.id,
        };
        inst.log.end();
      }
      c.final = true;
      // A container waiting for a restart ends with its last exit; one never started stays waiting.
      if (inst?.terminated) c.waiting = undefined;
    }
    const anyFailed = run.containers.some((c) => c.current?.terminated?.exitCode !== 0);
    this.writeStatus(run, anyFailed ? 'Failed' : 'Succeeded');
    run.stopped = true;
    // The kubelet's final delete (grace 0): the object goes once no finalizer holds it.
    const current = this.api.store.get<Pod>('Pod', run.namespace, run.name);
    if (current && current.metadata.uid === run.uid) {
      this.api.delete('Pod', run.namespace, run.name, { gracePeriodSeconds: 0 });
    }
  }

  private forget(run: PodRun): void {
    for (const h of run.timers) h.cancel();
    run.timers.clear();
    for (const c of run.containers) {
      if (c.current?.process) {
        c.current.process.kill();
        c.current.process = undefined;
        c.current.log.end();
      }
    }
    this.pods.delete(run.uid);
  }

  // --- status and events -------------------------------------------------------------------------------

  private view(run: PodRun): PodView {
    const containers: ContainerView[] = run.containers.map((c) => {
      const inst = c.current;
      const v: ContainerView = {
        name: c.spec.name,
        image: c.image ? this.reportedImage(c.image) : c.spec.image,
        imageID: c.image ? this.reportedImageID(c.image) : '',
        restartCount: c.restartCount,
        final: c.final,
      };
      if (c.waiting?.reason === 'CrashLoopBackOff' && inst?.terminated) {
        v.waiting = c.waiting;
        v.lastTerminated = inst.terminated;
        return v;
      }
      if (inst?.terminated) v.terminated = inst.terminated;
      else if (inst) v.running = { startedAt: inst.startedAt, containerID: inst.id };
      else v.waiting = c.waiting ?? { reason: 'ContainerCreating' };
      if (c.last) v.lastTerminated = c.last;
      return v;
    });
    const view: PodView = {
      restartPolicy: run.pod.spec.restartPolicy ?? 'Always',
      containers,
      hostIP: NODE_IP,
      startTime: run.startTime,
      sandboxReady: run.sandboxReady,
      terminating: run.terminating,
    };
    if (run.podIP) view.podIP = run.podIP;
    return view;
  }

  private writeStatus(run: PodRun, phase?: Pod['status']['phase']): void {
    if (run.stopped) return;
    const current = this.api.store.get<Pod>('Pod', run.namespace, run.name);
    if (!current || current.metadata.uid !== run.uid) return;
    const status: PodStatus = buildPodStatus(this.view(run), current.status, this.clock.now(), this.api.profile, phase);
    if (jsonEqual(status, current.status)) return;
    this.api.writeStatus(nextVersion(current, { status }));
  }

  private podEvent(run: PodRun, c: ContainerRun, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const pod = this.api.store.get<Pod>('Pod', run.namespace, run.name) ?? run.pod;
    this.api.recordEvent(pod, this.eventSource, { type, reason, message, fieldPath: c.fieldPath });
  }

  private presentMessage(image: string): string {
    let message = this.presentMessages.get(image);
    if (message === undefined) {
      message = this.api.profile.kubeletEvents.alreadyPresent(image);
      // Bounded: a session uses a handful of images.
      if (this.presentMessages.size < 256) this.presentMessages.set(image, message);
    }
    return message;
  }

  private reportedImage(info: ImageInfo): string {
    return this.reported(info).image;
  }

  private reportedImageID(info: ImageInfo): string {
    return this.reported(info).imageID;
  }

  /**
   * The status's image and imageID of a resolved image, computed once per image and runtime flavour instead of two
   * regex passes per container on every status write (issue 12's profile). resolveImage's infos are read-only, so
   * the object is a safe key.
   */
  private reported(info: ImageInfo): ReportedImage {
    const flavor = this.api.profile.containerRuntime.flavor;
    const known = this.reportedImages.get(info);
    if (known?.flavor === flavor) return known;
    const fresh: ReportedImage = {
      flavor,
      image: flavor === 'docker' ? info.reference.replace(/^docker\.io\/library\//, '') : info.reference,
      imageID: this.computeImageID(info),
    };
    this.reportedImages.set(info, fresh);
    return fresh;
  }

  private computeImageID(info: ImageInfo): string {
    const repo = info.reference.replace(/:[^:/]+$/, '');
    if (this.api.profile.containerRuntime.flavor === 'docker') {
      return `docker-pullable://${repo.replace(/^docker\.io\/library\//, '')}@${info.digest}`;
    }
    return `${repo}@${info.digest}`;
  }

  /** A timer owned by the pod: cancelled when the pod goes away or starts terminating. */
  private later(run: PodRun, delay: Millis, fn: () => void): TimerHandle {
    const handle = this.clock.after(delay, () => {
      run.timers.delete(handle);
      if (this.pods.get(run.uid) === run) fn();
    });
    run.timers.add(handle);
    return handle;
  }
}

/** docker.io/library/<name>:<tag> for short Docker Hub references, as runtimes name them in errors. */
export function normaliseReference(image: string): string {
  let ref = image;
  const firstSlash = ref.indexOf('/');
  const host = firstSlash > 0 ? ref.slice(0, firstSlash) : '';
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost') {
    ref = firstSlash < 0 ? `docker.io/library/${ref}` : `docker.io/${ref}`;
  }
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.includes('@') && !ref.slice(lastSlash).includes(':')) ref += ':latest';
  return ref;
}
