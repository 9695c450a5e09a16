// describe.go describeNodeResource's arithmetic: a pod's requests/limits (resourcehelper.PodRequestsAndLimits:
// the containers' sum, raised to any larger init container, plus spec.overhead) and apimachinery Quantity's
// String() for the sums, for the two resources the table prints (cpu in milli-units, memory and
// ephemeral-storage in bytes). Other resources are left out: no simulated pod asks for them.
import type { Container, Pod } from '../../../api/types.ts';

const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };

/** A parsed quantity: its value times 1000 (cpu's milli-units; memory stays exact up to 2^53 / 1000 bytes). */
export interface Amount {
  milli: number;
  binary: boolean;
}

/** resource.ParseQuantity for the forms pods use (`100m`, `0.5`, `50Mi`, `1G`, `1e3`). */
export function parseQuantity(text: string): Amount | undefined {
  const m = /^([+-]?[0-9.]+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?[0-9]+)|(n|u|m|k|M|G|T|P|E)?)$/.exec(text.trim());
  if (!m) return undefined;
  const base = Number(m[1]);
  if (!Number.isFinite(base)) return undefined;
  if (m[2]) return { milli: base * 1024 ** BINARY[m[2]]! * 1000, binary: true };
  const exponent = m[3] ? Number(m[3].slice(1)) : DECIMAL[m[4] ?? '']!;
  return { milli: Math.round(base * 10 ** (exponent + 3)), binary: false };
}

/**
 * Quantity.String() of a sum: the first operand's format (Add keeps it); BinarySI below 1024 or with a
 * fraction falls back to DecimalSI (CanonicalizeBytes); a zero quantity prints `0`.
 */
export function formatQuantity(amount: Amount | undefined): string {
  if (!amount || amount.milli === 0) return '0';
  const { milli } = amount;
  if (amount.binary && milli % 1000 === 0 && Math.abs(milli) >= 1024 * 1000) {
    let value = milli / 1000;
    const suffixes = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
    let i = 0;
    while (i < suffixes.length - 1 && value % 1024 === 0) {
      value /= 1024;
      i++;
    }
    return `${value}${suffixes[i]}`;
  }
  if (milli % 1000 !== 0) return `${milli}m`;
  let value = milli / 1000;
  const suffixes = ['', 'k', 'M', 'G', 'T', 'P', 'E'];
  let i = 0;
  while (i < suffixes.length - 1 && value % 1000 === 0) {
    value /= 1000;
    i++;
  }
  return `${value}${suffixes[i]}`;
}

export type ResourceTotals = Map<string, Amount>;

function add(into: ResourceTotals, name: string, amount: Amount): void {
  const have = into.get(name);
  into.set(name, have ? { milli: have.milli + amount.milli, binary: have.binary } : { ...amount });
}

function containerList(c: Container, which: 'requests' | 'limits'): Record<string, string> {
  const resources = (c.resources ?? {}) as { requests?: Record<string, string>; limits?: Record<string, string> };
  // Defaulting copies limits into unset requests (core/v1 defaults.go SetDefaults_Container).
  if (which === 'requests') return { ...(resources.limits ?? {}), ...(resources.requests ?? {}) };
  return resources.limits ?? {};
}

function totals(pod: Pod, which: 'requests' | 'limits'): ResourceTotals {
  const sum: ResourceTotals = new Map();
  for (const c of pod.spec.containers) {
    for (const [name, text] of Object.entries(containerList(c, which))) {
      const amount = parseQuantity(text);
      if (amount) add(sum, name, amount);
    }
  }
  // Init containers run one at a time: each only raises the total to its own value.
  for (const c of pod.spec.initContainers ?? []) {
    for (const [name, text] of Object.entries(containerList(c, which))) {
      const amount = parseQuantity(text);
      if (amount && amount.milli > (sum.get(name)?.milli ?? 0)) sum.set(name, amount);
    }
  }
  const overhead = (pod.spec as { overhead?: Record<string, string> }).overhead ?? {};
  for (const [name, text] of Object.entries(overhead)) {
    const amount = parseQuantity(text);
    if (amount && (which === 'requests' || sum.has(name))) add(sum, name, amount);
  }
  return sum;
}

export function podRequestsAndLimits(pod: Pod): { requests: ResourceTotals; limits: ResourceTotals } {
  return { requests: totals(pod, 'requests'), limits: totals(pod, 'limits') };
}

/** getPodsTotalRequestsAndLimits: the per-pod totals summed over the node's pods. */
export function podsTotalRequestsAndLimits(pods: readonly Pod[]): { requests: ResourceTotals; limits: ResourceTotals } {
  const requests: ResourceTotals = new Map();
  const limits: ResourceTotals = new Map();
  for (const pod of pods) {
    const each = podRequestsAndLimits(pod);
    for (const [name, amount] of each.requests) add(requests, name, amount);
    for (const [name, amount] of each.limits) add(limits, name, amount);
  }
  return { requests, limits };
}

/** int64(float64(part) / float64(whole) * 100): truncated toward zero; 0 when the node has none. */
export function percentOf(part: Amount | undefined, whole: Amount | undefined): number {
  if (!whole || whole.milli === 0) return 0;
  return Math.trunc(((part?.milli ?? 0) / whole.milli) * 100);
}
