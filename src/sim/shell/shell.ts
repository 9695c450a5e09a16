// The learner's shell: bash's behaviour for what a Jobs lesson types. It collects continuation lines and
// here-document bodies (prompt `> `), reads the text (line.ts) and runs it in the shared interpreter (runner.ts),
// keeps a foreground process until it exits or Ctrl-C, records every finished command and offers hints on
// their own stream. It never throws: a broken line gets bash's error text and the shell stays usable.

import type { ApiClient } from '../api/client.ts';
import type { Clock, Millis } from '../clock.ts';
import type { ClockJumps } from '../jumps.ts';
import { type Kubeconfig, kindKubeconfig } from '../kubectl/kubeconfig.ts';
import type { HeredocSpec } from '../sh/syntax/ast.ts';
import { isHeredocEnd } from '../sh/syntax/heredoc.ts';
import { createBuiltins } from './builtins/index.ts';
import { complete as completeLine } from './completion.ts';
import { ContinuationScanner } from './continuation.ts';
import type { Execution } from './drive.ts';
import type { SessionFileSystem } from './filesystem.ts';
import { createAdvisor } from './hints/advisor.ts';
import { HINT_MESSAGES, type Locale } from './hints/messages.ts';
import { type LineResult, readLine } from './line.ts';
import type { Program, ProgramContext } from './program.ts';
import { RunRecorder } from './program-records.ts';
import { LineRunner, type Terminal } from './runner.ts';
import type { CommandRecord, CompletionResult, OutputChunk, Shell } from './types.ts';

export interface ShellOptions {
  api: ApiClient;
  clock: Clock;
  fs: SessionFileSystem;
  /** Programs besides the builtins, e.g. `{ kubectl }`; they win over builtins of the same name. */
  programs?: Record<string, Program>;
  namespace?: string;
  /** The session's kubeconfig (session.ts: kind's, port from the seed); absent = one made here. */
  kubeconfig?: Kubeconfig;
  locale?: Locale;
  /** Login name for $USER. */
  user?: string;
  /** Deferred clock jumps (src/sim/jumps.ts); absent = commands move the clock at once. */
  jumps?: ClockJumps;
}

export const PROMPT = '$ ';
export const CONTINUATION_PROMPT = '> ';
const HISTORY_LIMIT = 1000;

type Complete = Exclude<LineResult, { ok: 'incomplete' }>;

interface RunningCommand {
  record: Omit<CommandRecord, 'endedAt' | 'exitCode' | 'programs' | 'screen'>;
  /** What the line's here-documents gave the commands that read them (the record's `input`). */
  heredocInputs: string[];
  recorder: RunRecorder;
  execution: Execution | undefined;
  active: boolean;
}

export function createShell(options: ShellOptions): Shell {
  const locale = options.locale ?? 'en';
  const kubeconfig = options.kubeconfig ?? kindKubeconfig(0);
  if (options.namespace !== undefined && options.namespace !== 'default') kubeconfig.setNamespace(options.namespace);
  const { fs, clock } = options;
  const user = options.user ?? 'learner';
  const environment = new Map<string, string>([
    ['HOME', fs.home],
    ['USER', user],
    ['LOGNAME', user],
    ['PWD', fs.home],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/bin:/usr/bin:/bin'],
  ]);
  const historyEntries: string[] = [];
  const outputListeners = new Set<(chunk: OutputChunk) => void>();
  const clearListeners = new Set<() => void>();
  const idleListeners = new Set<() => void>();
  const commandListeners = new Set<(record: CommandRecord) => void>();

  let pendingLines: string[] = [];
  const continuation = new ContinuationScanner();
  /**
   * Here-documents whose bodies are being typed: each line is only compared with the delimiter (a long pasted
   * body stays linear), then the whole text, bodies included, is read again.
   */
  let bodiesDue: HeredocSpec[] | undefined;
  let running: RunningCommand | undefined;
  let typeAhead: string[] = [];

  const emit = (chunk: OutputChunk): void => {
    if (chunk.text === '') return;
    for (const listener of outputListeners) listener(chunk);
  };
  const notify = <T extends unknown[]>(listeners: Set<(...args: T) => void>, ...args: T): void => {
    for (const listener of listeners) {
      try {
        listener(...args);
      } catch {
        // A broken view must not break the shell.
      }
    }
  };

  const programs = new Map<string, Program>();
  const ctx: ProgramContext = {
    api: options.api,
    clock,
    fs,
    // `kubectl config set-context --current --namespace=NS` changes it for every later command.
    get namespace() {
      return kubeconfig.namespace();
    },
    kubeconfig,
    locale,
    ...(options.jumps ? { jumps: options.jumps } : {}),
  };
  const commandNames = (): string[] => [...programs.keys()].sort();
  const advisor = createAdvisor({
    locale,
    commandNames,
    api: options.api,
    get namespace() {
      return kubeconfig.namespace();
    },
  });
  const hints = HINT_MESSAGES[locale];
  // Background jobs write here: on the screen, in no command's record.
  const screen: Terminal = {
    out: (text) => emit({ stream: 'stdout', text }),
    err: (text) => emit({ stream: 'stderr', text }),
    hint: (text) => emit({ stream: 'hint', text: text.endsWith('\n') ? text : `${text}\n` }),
  };
  const runner = new LineRunner({ programs, ctx, fs, advisor }, environment, screen);
  /** Back at `$ `: bash first reports the background jobs that ended (notify_of_job_status), then prompts. */
  const prompt = (): void => {
    emit({ stream: 'stderr', text: runner.jobReport() });
    notify(idleListeners);
  };
  const builtins = createBuiltins(
    fs,
    {
      history: () => historyEntries,
      clearHistory: () => {
        historyEntries.length = 0;
      },
      clearScreen: () => notify(clearListeners),
      variables: runner.variables,
      locale,
    },
    (name) => programs.get(name),
  );
  for (const [name, program] of Object.entries({ ...builtins, ...options.programs })) programs.set(name, program);

  const addHistory = (text: string): void => {
    historyEntries.push(text);
    if (historyEntries.length > HISTORY_LIMIT) historyEntries.shift();
  };

  const finishCommand = (command: RunningCommand, exitCode: number): void => {
    if (!command.active) return;
    command.active = false;
    running = undefined;
    const { programs: runs, screen } = command.recorder;
    const record: CommandRecord = { ...command.record, endedAt: clock.now(), exitCode, programs: runs, screen };
    if (command.heredocInputs.length > 0) record.input = command.heredocInputs.join('');
    notify(commandListeners, record);
    prompt();
    drainTypeAhead();
  };

  const run = (text: string, parsed: Complete, firstLine: string): void => {
    addHistory(text);
    const startedAt: Millis = clock.now();
    const command: RunningCommand = {
      record: { line: firstLine, startedAt, stdout: '', stderr: '' },
      heredocInputs: [],
      recorder: new RunRecorder(),
      execution: undefined,
      active: true,
    };
    running = command;
    const terminal: Terminal = {
      out: (text, origin) => {
        if (!command.active) return; // a stopped process has nowhere left to write
        command.record.stdout += text;
        command.recorder.shown('stdout', text, origin);
        emit({ stream: 'stdout', text });
      },
      err: (text, origin) => {
        if (!command.active) return;
        command.record.stderr += text;
        command.recorder.shown('stderr', text, origin);
        emit({ stream: 'stderr', text });
      },
      hint: (text) => emit({ stream: 'hint', text: text.endsWith('\n') ? text : `${text}\n` }),
    };
    if (parsed.ok === 'unsupported') {
      terminal.hint(hints.compound(parsed.keyword));
      runner.status = 1;
      finishCommand(command, 1);
      return;
    }
    if (!parsed.ok) {
      terminal.err(`${parsed.error}\n`);
      runner.status = 2;
      finishCommand(command, 2);
      return;
    }
    if (parsed.lists.length === 0) {
      // Only a comment: nothing runs, `$?` stays.
      finishCommand(command, 0);
      return;
    }
    const execution = runner.run(parsed.lists, command.heredocInputs, command.recorder, terminal, (code) =>
      finishCommand(command, code),
    );
    if (command.active) command.execution = execution;
  };

  const handleLine = (line: string): void => {
    pendingLines.push(line);
    if (bodiesDue) {
      // A here-document body line; the scanner never sees it (a body's quotes open nothing).
      if (isHeredocEnd(bodiesDue[0] as HeredocSpec, line)) bodiesDue.shift();
      if (bodiesDue.length > 0 || continuation.isOpen()) {
        if (bodiesDue.length === 0) bodiesDue = undefined;
        notify(idleListeners);
        return;
      }
      bodiesDue = undefined;
    } else if (continuation.feed(line, pendingLines.length === 1) && !line.includes('<<')) {
      // An open quote or `$(` needs no parse of the whole text yet (a long paste inside quotes stays linear);
      // a `<<` may start a body inside `$(`, so that line is read.
      notify(idleListeners);
      return;
    }
    const text = pendingLines.join('\n');
    const parsed = readLine(text);
    if (parsed.heredocs && parsed.heredocs.length > 0) {
      bodiesDue = [...parsed.heredocs];
      notify(idleListeners);
      return;
    }
    if (parsed.ok === 'incomplete') {
      notify(idleListeners);
      return;
    }
    const firstLine = pendingLines[0] ?? '';
    pendingLines = [];
    continuation.reset();
    if (text.trim() === '') {
      prompt();
      return;
    }
    run(text, parsed, firstLine);
  };

  const safeSubmit = (line: string): void => {
    try {
      handleLine(line);
    } catch (error) {
      // Last resort: the shell is back at `$ ` whatever went wrong.
      pendingLines = [];
      continuation.reset();
      bodiesDue = undefined;
      const command = running;
      running = undefined;
      if (command) command.active = false;
      emit({
        stream: 'stderr',
        text: `bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      });
      notify(idleListeners);
    }
  };

  const drainTypeAhead = (): void => {
    while (!running && typeAhead.length > 0) safeSubmit(typeAhead.shift()!);
  };

  const shell: Shell = {
    get prompt() {
      return pendingLines.length > 0 ? CONTINUATION_PROMPT : PROMPT;
    },
    get busy() {
      return running !== undefined;
    },
    get history() {
      return historyEntries;
    },
    submit(line) {
      if (running) {
        // Typed ahead while a foreground command runs: bash reads it when the command ends.
        typeAhead.push(String(line));
        return;
      }
      safeSubmit(String(line));
    },
    interrupt() {
      typeAhead = [];
      const command = running;
      if (command) {
        try {
          command.execution?.interrupt();
        } catch {
          // fall through: the command is over either way
        }
        finishCommand(command, 130);
        return;
      }
      pendingLines = [];
      continuation.reset();
      bodiesDue = undefined;
      prompt();
    },
    onOutput(listener) {
      outputListeners.add(listener);
      return () => outputListeners.delete(listener);
    },
    onClear(listener) {
      clearListeners.add(listener);
      return () => clearListeners.delete(listener);
    },
    onIdle(listener) {
      idleListeners.add(listener);
      return () => idleListeners.delete(listener);
    },
    onCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    complete(line, cursor): CompletionResult {
      try {
        return completeLine(line, cursor, { commandNames, fs, api: options.api, namespace: kubeconfig.namespace() });
      } catch {
        return { from: cursor, candidates: [] };
      }
    },
  };
  return shell;
}
