import type { VersionProfile } from './profile.ts';
import { profile122 } from './v1_22.ts';
import { profile135 } from './v1_35.ts';

export type { VersionProfile } from './profile.ts';

export const PROFILES: Record<VersionProfile['id'], VersionProfile> = { '1.22': profile122, '1.35': profile135 };
export const DEFAULT_PROFILE: VersionProfile['id'] = '1.35';

export function getProfile(id: string): VersionProfile | undefined {
  return (PROFILES as Record<string, VersionProfile>)[id];
}
