// The emulated kubectl's minor version (22 for the 1.22 profile), which commands branch on where kubectl changed.
import type { CommandEnv } from './command.ts';

export function minorOf(env: Pick<CommandEnv, 'profile'>): number {
  return Number(env.profile.id.split('.')[1]);
}
