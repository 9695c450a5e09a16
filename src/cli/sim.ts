// `npm run sim`: the simulator in a real terminal. Without arguments an interactive session (prompt `$ `,
// the clock running in real time, Ctrl-C stops a foreground command, Tab completes). With
// `--script FILE [--profile 1.22|1.35] [--seed N] [--hints]` it types FILE's lines (FILE `-` = stdin) and
// prints the transcript a terminal would show: `$ ` + line, then stdout and stderr in order. In a script the
// clock moves only while a command waits (sleep, kubectl wait, timeout); a foreground command still running
// when the next line comes is stopped with Ctrl-C, without moving the clock.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DEFAULT_PROFILE, getProfile, type VersionProfile } from '../sim/profiles/index.ts';
import { createSession, type Session } from '../sim/session.ts';
import { PROMPT } from '../sim/shell/shell.ts';

interface CliOptions {
  script: string | undefined;
  profile: VersionProfile['id'];
  seed: number;
  hints: boolean;
}

/** What the terminal shows when Ctrl-C stops a foreground command: the tty's echo, then bash's newline. */
const INTERRUPT_ECHO = '^C\n';
const TICK_MS = 100;

function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { script: undefined, profile: DEFAULT_PROFILE, seed: 1, hints: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--script') {
      const file = value();
      if (file === undefined) return 'sim: --script needs a file (- for stdin)';
      options.script = file;
    } else if (name === '--profile') {
      const id = value() ?? '';
      const profile = getProfile(id);
      if (!profile) return `sim: unknown profile '${id}' (known: 1.22, 1.35)`;
      options.profile = profile.id;
    } else if (name === '--seed') {
      const text = value() ?? '';
      if (!/^\d+$/.test(text)) return `sim: --seed needs a whole number, got '${text}'`;
      options.seed = Number(text);
    } else if (name === '--hints') {
      options.hints = true;
    } else {
      return `sim: unknown argument '${arg}'\nusage: sim [--script FILE] [--profile 1.22|1.35] [--seed N] [--hints]`;
    }
  }
  return options;
}

function runScript(options: CliOptions & { script: string }): number {
  let text: string;
  try {
    text = readFileSync(options.script === '-' ? 0 : options.script, 'utf8');
  } catch (error) {
    process.stderr.write(`sim: cannot read ${options.script}: ${error instanceof Error ? error.message : error}\n`);
    return 2;
  }
  const session = createSession({ profile: options.profile, seed: options.seed });
  const { shell } = session;
  let transcript = '';
  const write = (s: string): void => {
    transcript += s;
    if (transcript.length > 1 << 16) flush();
  };
  const flush = (): void => {
    process.stdout.write(transcript);
    transcript = '';
  };
  shell.onOutput((chunk) => {
    if (chunk.stream !== 'hint') write(chunk.text);
    else if (options.hints) write(chunk.text.replace(/^(?=.)/gm, '# hint: '));
  });
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const typingCommand = shell.prompt === PROMPT || shell.busy;
    if (typingCommand && line.startsWith('#')) continue;
    if (shell.busy) {
      write(INTERRUPT_ECHO);
      shell.interrupt();
    }
    write(`${shell.prompt}${line}\n`);
    shell.submit(line);
  }
  if (shell.busy) {
    write(INTERRUPT_ECHO);
    shell.interrupt();
  }
  flush();
  return 0;
}

function runInteractive(options: CliOptions): void {
  const session: Session = createSession({ profile: options.profile, seed: options.seed });
  const { shell } = session;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: shell.prompt,
    completer: (line: string): [string[], string] => {
      const result = shell.complete(line, line.length);
      return [result.candidates, line.slice(result.from)];
    },
  });
  shell.onOutput((chunk) => {
    if (chunk.stream === 'hint') process.stdout.write(`\x1b[2m${chunk.text}\x1b[0m`);
    else (chunk.stream === 'stderr' ? process.stderr : process.stdout).write(chunk.text);
  });
  shell.onClear(() => process.stdout.write('\x1b[H\x1b[2J\x1b[3J'));
  shell.onIdle(() => {
    rl.setPrompt(shell.prompt);
    rl.prompt();
  });

  // The virtual clock follows the wall clock from here on; `sleep` and friends jump it further ahead.
  let lastTick = Date.now();
  const ticker = setInterval(() => {
    const now = Date.now();
    session.advanceBy(now - lastTick);
    lastTick = now;
  }, TICK_MS);

  rl.on('line', (line) => {
    if (!shell.busy && shell.prompt === PROMPT && /^\s*exit(\s|$)/.test(line)) {
      rl.close();
      return;
    }
    shell.submit(line);
  });
  rl.on('SIGINT', () => {
    process.stdout.write(INTERRUPT_ECHO);
    rl.write(null, { ctrl: true, name: 'u' });
    shell.interrupt();
  });
  rl.on('close', () => {
    clearInterval(ticker);
    process.stdout.write('\n');
    process.exit(0);
  });
  rl.prompt();
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  process.stderr.write(`${parsed}\n`);
  process.exitCode = 2;
} else if (parsed.script !== undefined) {
  process.exitCode = runScript({ ...parsed, script: parsed.script });
} else {
  runInteractive(parsed);
}
