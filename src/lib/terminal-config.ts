// What a lesson's terminal is booted with: Terminal.astro serialises a TerminalConfig into data-config, and the
// classroom pages replay learners' logs with the same config. Plain data, shared by components and src/lib.
import type { Locale } from '../i18n/t.ts';

export interface SessionOptions {
  profile: '1.22' | '1.35';
  seed: number;
  /** Cluster clock at start, epoch ms; the simulator's default epoch when absent. */
  epoch?: number;
  /** Home-directory files: path → content. */
  files?: Record<string, string>;
  locale?: Locale;
}

/** What Terminal.astro serialises into data-config. */
export interface TerminalConfig {
  /** Lesson slug: the progress key (shared by both locales). */
  lesson: string;
  /** Fingerprint of the cluster settings; stored logs made under other settings are not replayed. */
  fingerprint: string;
  session: SessionOptions;
  /** Run quietly, in order, before the learner's first command. */
  setup: ({ command: string } | { manifest: string })[];
}
