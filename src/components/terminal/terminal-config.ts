// A lesson's terminal configuration from its module's cluster (src/lessons/<slug>/index.ts, resolved for the
// page's locale by clusterIn). Shared by Terminal.astro and the classroom pages (export and replay need the same
// setup, files and fingerprint as the terminal that recorded the log).
import type { Locale } from '../../i18n/t.ts';
import type { ClusterIn } from '../../lessons/lesson.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';

export function terminalConfigOf(slug: string, locale: Locale, cluster: ClusterIn): TerminalConfig {
  return {
    lesson: slug,
    fingerprint: JSON.stringify([cluster.profile, cluster.seed, cluster.epoch ?? null, cluster.setup, cluster.files]),
    session: {
      profile: cluster.profile,
      seed: cluster.seed,
      ...(cluster.epoch ? { epoch: Date.parse(cluster.epoch) } : {}),
      files: cluster.files,
      locale,
    },
    setup: cluster.setup,
  };
}
