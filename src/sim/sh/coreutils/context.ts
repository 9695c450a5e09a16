// What every utility runs with: the host (files, clock, flavour gnu/busybox), the environment, and how the
// calling shell words errors (dash's echo, `[`'s prefix).

import type { Host, Io, Run } from '../process.ts';

export interface UtilityContext {
  host: Host;
  env: Map<string, string>;
  /** bash's builtin echo, /bin/echo and ash's (-n -e -E), or dash's builtin (only -n, always escapes). */
  echoStyle: 'bash' | 'options' | 'dash';
  /** How `[`/test words errors: the calling shell's prefix (`bash: line 1: `) or the utility's name. */
  errorPrefix: string;
  testDialect: 'bash' | 'dash' | 'ash' | 'gnu';
}

export type Utility = (argv: string[], io: Io, ctx: UtilityContext) => Run;
