// describe.go describeContainers and helpers: per-container Image/Port/Host Port, Command/Args, State,
// Ready, Restart Count, resources, Environment and Mounts. Used by describe pod and by pod templates.
import type { Container, ContainerState, ContainerStatus, EnvVar, Probe } from '../../../api/types.ts';
import { formatRfc1123Z } from '../time.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.ts';

/** Resolves a fieldRef env var against the pod (describe pod); pod templates pass none. */
export type EnvResolver = (env: EnvVar) => string;

function describeStatus(stateName: string, state: ContainerState, w: PrefixWriter): void {
  if (state.running) {
    w.write(LEVEL_2, `${stateName}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${formatRfc1123Z(state.running.startedAt)}\n`);
  } else if (state.waiting) {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${stateName}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal && t.signal > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${t.startedAt ? formatRfc1123Z(t.startedAt) : 'Mon, 01 Jan 0001 00:00:00 +0000'}\n`);
    w.write(LEVEL_3, `Finished:\t${t.finishedAt ? formatRfc1123Z(t.finishedAt) : 'Mon, 01 Jan 0001 00:00:00 +0000'}\n`);
  } else {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`);
  }
}

function describeResources(resources: Record<string, unknown> | undefined, w: PrefixWriter, level: number): void {
  const limits = (resources?.limits ?? {}) as Record<string, string>;
  const requests = (resources?.requests ?? {}) as Record<string, string>;
  if (Object.keys(limits).length > 0) w.write(level, 'Limits:\n');
  for (const name of Object.keys(limits).sort()) w.write(level + 1, `${name}:\t${limits[name]}\n`);
  if (Object.keys(requests).length > 0) w.write(level, 'Requests:\n');
  for (const name of Object.keys(requests).sort()) w.write(level + 1, `${name}:\t${requests[name]}\n`);
}

function describeEnv(container: Container, resolver: EnvResolver | undefined, w: PrefixWriter): void {
  const env = container.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    if (!e.valueFrom) {
      (e.value ?? '').split('\n').forEach((s, i) => {
        w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`);
      });
      continue;
    }
    const fieldRef = e.valueFrom.fieldRef;
    if (fieldRef) {
      const value = resolver ? resolver(e) : '';
      w.write(LEVEL_3, `${e.name}:\t${value} (${fieldRef.apiVersion ?? ''}:${fieldRef.fieldPath})\n`);
    }
  }
}

interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
  subPath?: string;
}

function describeMounts(container: Container, w: PrefixWriter): void {
  const mounts = [...((container as { volumeMounts?: VolumeMount[] }).volumeMounts ?? [])];
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
  mounts.sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
}

function portList(container: Container, pick: (p: { containerPort: number; hostPort?: number }) => number): string {
  return (container.ports ?? []).map((p) => `${pick(p)}/${p.protocol ?? 'TCP'}`).join(', ');
}

/** Go's net.JoinHostPort: an IPv6 host in brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** describe.go DescribeProbe (the same in kubectl 1.22 and 1.35 but for gRPC, which 1.22 prints as unknown). */
export function describeProbe(probe: Probe): string {
  const attrs = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s #success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const { scheme = '', host = '', port, path = '' } = probe.httpGet;
    const portText = String(port ?? '');
    const authority = portText.length > 0 ? joinHostPort(host, portText) : host;
    const prefix = path !== '' && !path.startsWith('/') ? '/' : '';
    return `http-get ${scheme.toLowerCase()}://${authority}${prefix}${path} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${String(probe.tcpSocket.port)} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

/** describe.go describeContainerProbe: Liveness, Readiness, Startup. */
function describeProbes(container: Container, w: PrefixWriter): void {
  if (container.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(container.livenessProbe)}\n`);
  if (container.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(container.readinessProbe)}\n`);
  if (container.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(container.startupProbe)}\n`);
}

/** describeContainers(label, containers, statuses, resolver, w, space). */
export function describeContainers(
  label: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  resolver: EnvResolver | undefined,
  w: PrefixWriter,
  space: string,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s] as const));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const container of containers) {
    const status = byName.get(container.name);
    w.write(LEVEL_1, `${space.length > 0 ? ' ' : ''}${container.name}:\n`);
    if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${container.image}\n`);
    if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID}\n`);
    const ports = portList(container, (p) => p.containerPort);
    if (ports.includes(',')) w.write(LEVEL_2, `Ports:\t${ports}\n`);
    else w.write(LEVEL_2, `Port:\t${ports || '<none>'}\n`);
    const hostPorts = portList(container, (p) => p.hostPort ?? 0);
    if (hostPorts.includes(',')) w.write(LEVEL_2, `Host Ports:\t${hostPorts}\n`);
    else w.write(LEVEL_2, `Host Port:\t${hostPorts || '<none>'}\n`);
    if (container.command && container.command.length > 0) {
      w.write(LEVEL_2, 'Command:\n');
      for (const c of container.command) for (const s of c.split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if (container.args && container.args.length > 0) {
      w.write(LEVEL_2, 'Args:\n');
      for (const a of container.args) for (const s of a.split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if (status) {
      describeStatus('State', status.state, w);
      if (status.lastState?.terminated) describeStatus('Last State', status.lastState, w);
      w.write(LEVEL_2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount}\n`);
    }
    describeResources(container.resources, w, LEVEL_2);
    describeProbes(container, w);
    describeEnv(container, resolver, w);
    describeMounts(container, w);
  }
}
