// kubectl's `Warning:` lines on stderr. The API server's warnings go through client-go's WarningWriter
// (rest/warnings.go, v0.22.0 and v0.35.0 alike), kubectl's own warnings through cli-runtime's WarningPrinter
// (printers/warningprinter.go; `delete --force` from 1.25, `auth can-i` from 1.27). Both write "Warning:" in bold
// yellow when stderr is a terminal: kubectl pkg/cmd/cmd.go passes Color: term.AllowsColorOutput(ErrOut), which is
// false for a file, a pipe or /dev/null (`2>&1 | cat`, `2>err.txt`). TERM=dumb and NO_COLOR, which turn it off
// too, are never set in the simulator's shell. The writer also deduplicates: one kubectl run prints a given
// server warning once (WarningWriterOptions{Deduplicate: true}).
import type { ProgramIO } from '../shell/program.ts';

const YELLOW_BOLD = '\x1b[33;1m';
const RESET = '\x1b[0m';

/** The server warnings each kubectl run has printed (its ProgramIO is its own). */
const printed = new WeakMap<ProgramIO, Set<string>>();

/** One `Warning: <message>` line as WarningWriter/WarningPrinter write it. */
export function printWarning(io: ProgramIO, message: string): void {
  io.err(`${io.stderrIsTerminal ? `${YELLOW_BOLD}Warning:${RESET}` : 'Warning:'} ${message}\n`);
}

/** A warning the API server sent, through client-go's deduplicating WarningWriter. */
export function printServerWarning(io: ProgramIO, message: string): void {
  const seen = printed.get(io) ?? new Set<string>();
  printed.set(io, seen);
  if (seen.has(message)) return;
  seen.add(message);
  printWarning(io, message);
}
