// Compound commands: if, while/until, for, C-style for (bash), case. break/continue arrive as LoopSignals.

import { globMatch } from '../pattern/glob.ts';
import type { Io, Run, Step } from '../process.ts';
import type { Command, CommandList } from '../syntax/ast.ts';
import { reportNonFatal } from './errors.ts';
import { LoopSignal } from './signals.ts';
import type { ShellState } from './state.ts';

export function* execIf(sh: ShellState, command: Extract<Command, { type: 'if' }>, io: Io): Run {
  for (const branch of command.branches) {
    if ((yield* sh.condition(branch.condition, io)) === 0) return yield* sh.execList(branch.body, io);
  }
  return command.elseBody ? yield* sh.execList(command.elseBody, io) : 0;
}

/** Runs a loop body; returns 'break' / 'continue' when a signal targets this loop. */
function* loopBody(
  sh: ShellState,
  body: CommandList,
  io: Io,
): Generator<Step, { status: number; flow?: 'break' }, void> {
  sh.loopDepth++;
  try {
    return { status: yield* sh.execList(body, io) };
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return e.kind === 'break' ? { status: 0, flow: 'break' } : { status: 0 };
  } finally {
    sh.loopDepth--;
  }
}

export function* execLoop(sh: ShellState, command: Extract<Command, { type: 'while' | 'until' }>, io: Io): Run {
  let status = 0;
  for (;;) {
    yield* sh.tick();
    const c = yield* sh.condition(command.condition, io);
    if ((c === 0) !== (command.type === 'while')) break;
    const r = yield* loopBody(sh, command.body, io);
    status = r.status;
    if (r.flow === 'break') break;
  }
  return status;
}

export function* execFor(sh: ShellState, command: Extract<Command, { type: 'for' }>, io: Io): Run {
  let items: string[];
  if (command.items) {
    items = [];
    for (const w of command.items) items.push(...(yield* sh.expandWord(w)));
  } else items = [...sh.positional];
  let status = 0;
  for (const item of items) {
    yield* sh.tick();
    sh.setVar(command.variable, item);
    const r = yield* loopBody(sh, command.body, io);
    status = r.status;
    if (r.flow === 'break') break;
  }
  return status;
}

export function* execArithFor(sh: ShellState, command: Extract<Command, { type: 'arith-for' }>, io: Io): Run {
  sh.line = command.line;
  let status = 0;
  const run = (src: string) => sh.arithmetic(src.trim() === '' ? '1' : src);
  try {
    if (command.init.trim()) sh.arithmetic(command.init);
    for (;;) {
      yield* sh.tick();
      if (run(command.condition) === 0n) break;
      const r = yield* loopBody(sh, command.body, io);
      status = r.status;
      if (r.flow === 'break') break;
      if (command.update.trim()) sh.arithmetic(command.update);
    }
  } catch (e) {
    return reportNonFatal(e, io);
  }
  return status;
}

export function* execCase(sh: ShellState, command: Extract<Command, { type: 'case' }>, io: Io): Run {
  const subject = yield* sh.expandString(command.subject);
  for (const arm of command.arms) {
    for (const p of arm.patterns) {
      const pattern = yield* sh.expandPattern(p);
      if (globMatch(pattern, subject)) return yield* sh.execList(arm.body, io);
    }
  }
  return 0;
}
