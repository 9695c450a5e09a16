// `kill -l` at the learner's prompt, as bash 5.2 on Linux x86-64 prints it (builtins/common.c
// display_signal_list): names from bash's support/signames.c over glibc's numbers — 1–31 the standard signals
// (aliases such as SIGIOT, SIGCLD and SIGPOLL give way to SIGABRT, SIGCHLD and SIGIO), 32 and 33 reserved by
// glibc ("SIGJUNK", skipped), 34–64 the real-time ones named SIGRTMIN+i / SIGRTMAX-i with the odd one out
// SIGRTMIN+15.

const STANDARD = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'IO',
  'PWR',
  'SYS',
];
const SIGRTMIN = 34;
const SIGRTMAX = 64;
/** NSIG: signal numbers run below it. */
const NSIG = 65;

/** signal_name(): `SIGHUP`…, undefined for 32 and 33 (SIGJUNK) and beyond. */
function signalName(n: number): string | undefined {
  if (n >= 1 && n <= STANDARD.length) return `SIG${STANDARD[n - 1]}`;
  if (n === SIGRTMIN) return 'SIGRTMIN';
  if (n === SIGRTMAX) return 'SIGRTMAX';
  // signames.c: rtcnt = (rtmax - rtmin - 1) / 2 = 14 each way, then SIGRTMIN+15 as the odd one.
  if (n > SIGRTMIN && n <= SIGRTMIN + 15) return `SIGRTMIN+${n - SIGRTMIN}`;
  if (n > SIGRTMIN + 15 && n < SIGRTMAX) return `SIGRTMAX-${SIGRTMAX - n}`;
  return undefined;
}

/**
 * `kill -l [sigspec …]`: without operands every signal, `%2d) %s` five to a line, tab-separated (the last line
 * keeps its tab); a number (less 128 when above it, so `kill -l $?` names a signal's exit status) prints the
 * name without SIG, a name (case folded, SIG optional) its number; anything else is an invalid signal spec.
 */
export function listSignals(
  operands: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  if (operands.length === 0) {
    let text = '';
    let column = 0;
    for (let n = 1; n < NSIG; n++) {
      const name = signalName(n);
      if (name === undefined) continue;
      text += `${String(n).padStart(2)}) ${name}`;
      column = (column + 1) % 5;
      text += column === 0 ? '\n' : '\t';
    }
    out(column === 0 ? text : `${text}\n`);
    return 0;
  }
  let status = 0;
  for (const word of operands) {
    if (/^[-+]?\d+$/.test(word.trim())) {
      let n = Number(word.trim());
      if (n > 128) n -= 128;
      if (n < 0 || n >= NSIG) {
        err(`bash: kill: ${word}: invalid signal specification\n`);
        status = 1;
        continue;
      }
      // signal_name(0) is "EXIT", printed whole; SIGJUNK numbers print nothing.
      const name = n === 0 ? 'EXIT' : signalName(n)?.slice(3);
      if (name !== undefined) out(`${name}\n`);
      continue;
    }
    const wanted = word.toUpperCase().replace(/^SIG/, '');
    let found: number | undefined;
    for (let n = 1; n < NSIG && found === undefined; n++) if (signalName(n)?.slice(3) === wanted) found = n;
    if (found === undefined) {
      err(`bash: kill: ${word}: invalid signal specification\n`);
      status = 1;
    } else out(`${found}\n`);
  }
  return status;
}
