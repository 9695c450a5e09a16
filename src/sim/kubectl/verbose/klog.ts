// klog's text output on stderr, as kubectl writes it with `-v`: the header `Lmmdd hh:mm:ss.uuuuuu PID file:line] `
// (klog v2.9.0 klog.go formatHeader for kubectl 1.22; v2.130.1 internal/buffer FormatHeader for 1.35: the same
// layout, the PID right-aligned in 7 columns), then either a printf-style message (klog.Infof/Infoln) or, for
// structured calls (InfoS, logger.Info), the quoted message and key=value pairs (v2.130.1
// internal/serialize/keyvalues.go: strings strconv.Quote'd, numbers and bools bare, a string with a line break
// written as `key=<`, each line indented with a tab, and ` >` on a line of its own).
//
// Times come from the session's virtual clock (UTC, as `date` shows it); a command's lines lie a few simulated
// microseconds apart after it starts. The PID is fixed: the simulator has no process ids for foreground programs,
// and a fixed one keeps transcripts stable (unverified value; any is real-looking).
import type { Millis } from '../../clock.ts';
import type { ProgramIO } from '../../shell/program.ts';

/** The fake process id in every header. */
export const KUBECTL_PID = 48213;

export type KlogSeverity = 'I' | 'W' | 'E' | 'F';

/** A structured call's value: strings are quoted, numbers and bools printed bare. */
export type KlogValue = string | number | boolean;

const two = (n: number): string => String(n).padStart(2, '0');

/** Go's strconv.Quote for the ASCII a URL or a message holds (control characters as \n, \t, \xNN). */
function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** keyvalues.go writeStringValue: a value with a line break as a `<`…` >` block, else quoted. */
function formatValue(value: KlogValue): string {
  if (typeof value !== 'string') return `=${value}`;
  if (!value.includes('\n')) return `=${goQuote(value)}`;
  const lines = value.split('\n');
  const last = lines.pop()!;
  const body = lines.map((l) => `\t${l}\n`).join('');
  return last === '' ? `=<\n${body} >` : `=<\n${body}\t${last}\n >`;
}

/** One kubectl run's klog: where its lines go, its clock and the verbosity it was given. */
export class Klog {
  private micros: number;
  private readonly io: ProgramIO;
  readonly level: number;

  constructor(io: ProgramIO, level: number, start: Millis) {
    this.io = io;
    this.level = level;
    // klog's clock has microseconds, the virtual clock milliseconds: start a little into the millisecond.
    this.micros = start * 1000 + 137;
  }

  /** klog.V(n).Enabled(). */
  enabled(verbosity: number): boolean {
    return this.level >= verbosity;
  }

  /** Moves this run's clock on (work between two lines). */
  advance(micros: number): void {
    this.micros += micros;
  }

  private header(severity: KlogSeverity, source: string): string {
    const d = new Date(Math.floor(this.micros / 1000));
    const us = String(this.micros % 1_000_000).padStart(6, '0');
    const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${us}`;
    return `${severity}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${time} ${String(KUBECTL_PID).padStart(7)} ${source}] `;
  }

  /** klog.Infof/Infoln/FatalDepth: the message as is, a line break added when it has none at its end. */
  print(source: string, message: string, severity: KlogSeverity = 'I'): void {
    const text = message.endsWith('\n') ? message : `${message}\n`;
    this.io.err(this.header(severity, source) + text);
    this.advance(23);
  }

  /** InfoS / logger.Info: `"message" key=value …`. */
  structured(source: string, message: string, pairs: ReadonlyArray<readonly [string, KlogValue]>): void {
    const kvs = pairs.map(([k, v]) => ` ${k}${formatValue(v)}`).join('');
    this.io.err(`${this.header('I', source)}${goQuote(message)}${kvs}\n`);
    this.advance(23);
  }
}
