// What a kind system pod's container writes when it starts, as data: each line with its delay after the container
// started (microseconds, as the captures show them) and, for components that log through klog, the header's severity
// and source location. The data files next to this one hold each component's lines per profile, with their sources.

import type { ContainerLog } from '../api/container-logs.ts';
import type { RepeatingLines } from '../api/repeating-log.ts';
import type { Millis } from '../clock.ts';

export interface LogLine {
  /** Microseconds after the container started (the captures' own spacing between lines). */
  afterUs: number;
  /** klog's header (`I1215 09:00:16.123456       1 main.go:102] `): severity letter and `file:line`. */
  klog?: { severity: 'I' | 'W' | 'E'; at: string };
  /** logrus's text formatter (`time="…" level=debug msg="…"`); `text` is then the quoted message, escapes included. */
  logrus?: { level: string; trailingSpace: boolean };
  /** The text after the header; a line break inside it stays as the component printed it. */
  text: string;
}

/** Where a system pod runs and what it sees: the values its startup lines print. */
export interface LogContext {
  podName: string;
  nodeName: string;
  nodeIP: string;
  /** Every node as the API lists them (by name): kindnet handles each in turn. */
  nodes: ReadonlyArray<{ name: string; ip: string; cidr: string }>;
  /** CPUs of the node (CoreDNS's automaxprocs prints GOMAXPROCS). */
  cpus: number;
  /** A UUID drawn for this start (the provisioner's leader identity). */
  uuid: string;
}

/**
 * klog's text header (k8s.io/klog/v2 formatHeader): `Lmmdd hh:mm:ss.uuuuuu threadid file:line] `, the thread ID right
 * aligned in 7 columns; the container's clock is UTC. Every captured system pod shows thread ID 1.
 */
export function klogHeader(severity: string, atUs: number, location: string): string {
  const date = new Date(Math.floor(atUs / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const micros = String(Math.floor(atUs) % 1_000_000).padStart(6, '0');
  return `${severity}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(
    date.getUTCMinutes(),
  )}:${two(date.getUTCSeconds())}.${micros} ${'1'.padStart(7)} ${location}] `;
}

/** logrus's timestamp `time="2025-12-15T09:00:16Z"` (RFC 3339, whole seconds, UTC). */
export function logrusTime(atUs: number): string {
  return `${new Date(Math.floor(atUs / 1_000_000) * 1000).toISOString().slice(0, 19)}Z`;
}

/** The line as written at `atUs` (microseconds since the epoch), with its newline. */
export function renderLine(line: LogLine, atUs: number): string {
  if (line.logrus) {
    const space = line.logrus.trailingSpace ? ' ' : '';
    return `time="${logrusTime(atUs)}" level=${line.logrus.level} msg="${line.text}"${space}\n`;
  }
  const header = line.klog ? klogHeader(line.klog.severity, atUs, line.klog.at) : '';
  return `${header}${line.text}\n`;
}

/**
 * When the runtime received the line (the CRI log's time, `--timestamps`): just after the component stamped it
 * (a capture: klog .479712, CRI .480458234; search-index id 55633332784), so the next millisecond up.
 */
function criTime(atUs: number): Millis {
  return Math.ceil(atUs / 1000);
}

/** Appends `lines` to the container's log as if written from `startedMs` on (each line at its own time). */
export function writeLines(log: ContainerLog, startedMs: Millis, lines: readonly LogLine[]): void {
  for (const line of lines) {
    const atUs = startedMs * 1000 + line.afterUs;
    log.append(criTime(atUs), renderLine(line, atUs));
  }
}

/** Lines a component writes again every `periodUs` for as long as it runs, the first pass `firstUs` after start. */
export interface LogLoop {
  firstUs: number;
  periodUs: number;
  /** One pass, `afterUs` counted from the pass's start. */
  pass: LogLine[];
}

/** The loop as the container log's repeating rule (api/repeating-log.ts), for a container started at `startedMs`. */
export function loopRule(loop: LogLoop, startedMs: Millis): RepeatingLines {
  const firstUs = startedMs * 1000 + loop.firstUs;
  return {
    firstAt: Math.floor(firstUs / 1000),
    periodMs: loop.periodUs / 1000,
    pass: (index) =>
      loop.pass.map((line) => {
        const atUs = firstUs + index * loop.periodUs + line.afterUs;
        return { at: criTime(atUs), text: renderLine(line, atUs) };
      }),
  };
}
