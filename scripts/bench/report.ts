// Shared helpers of `npm run bench`: medians, p90, the machine's load, and one line per target with ✓/✗.
import { loadavg } from 'node:os';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The nearest-rank 90th percentile. */
export function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)]!;
}

export function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
}

/** Prints `✓`/`✗ label: figure (target …)`; returns whether the target holds. */
export function target(label: string, figure: number, limit: number, unit: string, detail = ''): boolean {
  const ok = figure <= limit;
  const extra = detail ? `; ${detail}` : '';
  console.log(`${ok ? '✓' : '✗'} ${label}: ${figure.toFixed(1)} ${unit} (target ≤ ${limit} ${unit}${extra})`);
  return ok;
}

/** `promise`, or an error naming `what` once `ms` have passed (the timer is cleared either way). */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Debian's Chromium, as the tests use it (playwright.config.ts); CHROMIUM_PATH for another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
