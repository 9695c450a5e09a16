// GNU coreutils' way of reporting a usage error: the message, then where to read more, on stderr.

/** `PROGRAM: MESSAGE` and the `Try 'PROGRAM --help'` line. */
export function usageText(program: string, message: string): string {
  return `${program}: ${message}\nTry '${program} --help' for more information.\n`;
}

/** GNU getopt's texts for an unknown short or long option. */
export function invalidOptionText(program: string, arg: string): string {
  const message = arg.startsWith('--') ? `unrecognized option '${arg}'` : `invalid option -- '${arg.slice(1, 2)}'`;
  return usageText(program, message);
}

/**
 * BusyBox's bb_show_usage() (libbb/appletlib.c): the banner, ` multi-call binary.`, then `Usage: APPLET ` and the
 * applet's trivial and full usage (the `//usage:` lines of its source; FEATURE_VERBOSE_USAGE), on stderr, exit 1.
 * The banner is busybox:1.37.0's (docker.io/library/busybox).
 */
export function busyboxUsageText(applet: string, usage: string): string {
  return `BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ${applet} ${usage}\n`;
}
