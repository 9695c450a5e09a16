// Which lines a command applies to (GNU sed 4.9 execute.c match_address_p): single addresses, and ranges whose
// state lives on the command (RANGE_INACTIVE/ACTIVE/CLOSED): a range whose first address is a line number starts
// at the first line at or after it that the command sees, and never again once it ended.

import type { Address, Command } from './types.ts';

/** What an address looks at on the current line. */
export interface LineState {
  lineNumber: number;
  isLast(): boolean;
  /** Whether the regex (undefined: the last one used) matches the pattern space. */
  test(re: RegExp | undefined): boolean;
}

function matches(line: LineState, address: Address): boolean {
  switch (address.kind) {
    case 'line':
      return line.lineNumber === address.line;
    case 'last':
      return line.isLast();
    case 'zero':
      return false;
    case 'step':
      if (address.step <= 0) return line.lineNumber === address.first;
      return line.lineNumber >= address.first && (line.lineNumber - address.first) % address.step === 0;
    case 'regex':
      return line.test(address.regex.re);
  }
}

/**
 * match_address_p: whether the command applies to this line, moving its range. A range whose first address is a
 * line number starts at the first line at or after it that the command sees, and never again once it ended.
 */
export function selected(line: LineState, command: Command): boolean {
  const { start, end } = command;
  if (!start) return true;
  if (!end) return matches(line, start);
  command.range ??= { state: start.kind === 'zero' ? 'active' : 'inactive' };
  const range = command.range;
  const n = line.lineNumber;
  if (range.state === 'closed') return false;
  if (range.state === 'active') {
    if (end.kind === 'line' || end.kind === 'plus' || end.kind === 'multiple') {
      const last = range.endLine ?? 0;
      if (n >= last) close(command);
      // A line number already passed (jumped over with b or t) ends the range without this line.
      return end.kind !== 'line' || n <= last;
    }
    if (end.kind === 'last' ? line.isLast() : line.test(end.regex.re)) close(command);
    return true;
  }
  if (start.kind === 'line' ? n < start.line : !matches(line, start)) return false;
  range.state = 'active';
  if (end.kind === 'regex') return true;
  if (end.kind === 'last') {
    if (line.isLast()) close(command);
    return true;
  }
  const last =
    end.kind === 'line' ? end.line : end.kind === 'plus' ? n + end.count : end.of <= 0 ? n : n + end.of - (n % end.of);
  range.endLine = last;
  if (n >= last) close(command);
  // A first address that is a line number already passed starts no range past a second one (execute.c).
  return n <= last || start.kind !== 'line' || start.line === n;
}

function close(command: Command): void {
  command.range!.state = command.start?.kind === 'line' ? 'closed' : 'inactive';
}
