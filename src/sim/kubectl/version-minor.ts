// The emulated kubectl's minor version (22 for the 1.22 profile), which commands branch on where kubectl changed.
import type { VersionProfile } from '../profiles/profile.ts';

export function minorOf(holder: { readonly profile: VersionProfile }): number {
  return Number(holder.profile.id.split('.')[1]);
}
