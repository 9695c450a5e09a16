// The kinds `kubectl explain` can answer for in the simulator, by kind name.
import type { VersionProfile } from '../../profiles/profile.ts';
import { cronJobRoot } from './cronjob-schema.ts';
import { jobRoot } from './job-schema.ts';
import { podRoot } from './pod-schema.ts';
import type { ExplainRoot } from './schema.ts';

export function explainRoot(kindName: string, profile: VersionProfile): ExplainRoot | undefined {
  if (kindName === 'Job') return jobRoot(profile);
  if (kindName === 'CronJob') return cronJobRoot(profile);
  if (kindName === 'Pod') return podRoot(profile);
  return undefined;
}
