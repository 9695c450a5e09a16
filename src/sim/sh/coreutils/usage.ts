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
