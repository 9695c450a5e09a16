// The container runtime (containerd + runc in a real node): resolves images from the catalogue, turns a
// container spec into argv (Kubernetes' command/args over the image's ENTRYPOINT/CMD), reports exec
// failures as runc does, and runs the process through virtual time for the kubelet.

import type { Random } from '../random.ts';
import { type Host, type Io, Meter, OUTPUT_BYTES_PER_MS, type Run, searchPath } from '../sh/process.ts';
import { containerFiles } from './container-files.ts';
import { type ImageDefinition, resolveImage } from './images.ts';
import { runProgram } from './programs.ts';
import type {
  ContainerLaunch,
  ContainerProcess,
  ContainerRuntime,
  ContainerStep,
  ImageInfo,
  OutputSink,
  StartResult,
} from './runtime.ts';

const RUNC_PREFIX =
  'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ';

/** Process start-up (fork/exec, dynamic loading, shell init) before the first command runs. */
const STARTUP_MIN_MS = 50;
const STARTUP_MAX_MS = 150;

export function createContainerRuntime(): ContainerRuntime {
  return {
    lookupImage(ref: string): Readonly<ImageInfo> | undefined {
      return resolveImage(ref)?.info;
    },
    start(launch: ContainerLaunch, out: OutputSink): StartResult {
      const resolved = resolveImage(launch.image);
      if (!resolved) {
        return {
          ok: false,
          reason: 'CreateContainerError',
          message: `failed to resolve image "${launch.image}": not found`,
          exitCode: 128,
        };
      }
      return startProcess(resolved.definition, launch, out);
    },
  };
}

/**
 * Kubernetes semantics: `command` replaces ENTRYPOINT (and drops CMD); `args` replaces CMD.
 * (k8s.io docs "Define a Command and Arguments for a Container", "Notes".)
 */
export function containerArgv(image: ImageDefinition, command?: string[], args?: string[]): string[] {
  if (command && command.length > 0) return [...command, ...(args ?? [])];
  return [...image.entrypoint, ...(args && args.length > 0 ? args : image.cmd)];
}

function containerEnv(image: ImageDefinition, launch: ContainerLaunch): Map<string, string> {
  // Order as `env` prints it in a pod: PATH, HOSTNAME, image ENV, pod env (incl. KUBERNETES_*), HOME.
  const env = new Map<string, string>();
  for (const [k, v] of image.env) if (k === 'PATH') env.set(k, v);
  env.set('HOSTNAME', launch.hostname);
  for (const [k, v] of image.env) if (k !== 'PATH') env.set(k, v);
  // for…in over the plain record: no [key, value] array per variable (issue 12: every container start).
  for (const k in launch.env) if (Object.hasOwn(launch.env, k)) env.set(k, launch.env[k]!);
  if (!env.has('HOME')) env.set('HOME', '/root');
  return env;
}

function startProcess(image: ImageDefinition, launch: ContainerLaunch, out: OutputSink): StartResult {
  const argv = containerArgv(image, launch.command, launch.args);
  const env = containerEnv(image, launch);
  const name = argv[0];
  if (name === undefined || name === '') {
    return { ok: false, reason: 'StartError', exitCode: 128, message: `${RUNC_PREFIX}exec: no command: unknown` };
  }
  const files = containerFiles();
  const meter = new Meter();
  let now = launch.startedAt;
  const host: Host = {
    flavour: image.flavour,
    programAt: (path) => executableAt(image, path),
    isDirectory: (path) => image.directories.includes(normalisePath(path)),
    files,
    hostname: launch.hostname,
    random: launch.random,
    meter,
    now: () => now + meter.pendingMs(),
    exec: (path, programArgv, programEnv, io) => {
      const program = executableAt(image, path);
      return runProgram(image, program ?? '', programArgv, programEnv, io, host);
    },
  };
  const path = searchPath(host, name, env.get('PATH') ?? '');
  if (path === undefined) {
    const message = name.includes('/')
      ? `exec: "${name}": stat ${name}: no such file or directory: unknown`
      : `exec: "${name}": executable file not found in $PATH: unknown`;
    return { ok: false, reason: 'StartError', exitCode: 128, message: `${RUNC_PREFIX}${message}` };
  }
  const io: Io = {
    out: (text) => {
      if (text === '') return;
      meter.charge(text.length / OUTPUT_BYTES_PER_MS);
      out('stdout', text);
    },
    err: (text) => {
      if (text === '') return;
      meter.charge(text.length / OUTPUT_BYTES_PER_MS);
      out('stderr', text);
    },
    stdin: { text: '', pos: 0 },
  };
  const run = host.exec(path, argv, env, io);
  return {
    ok: true,
    process: createProcess(run, io, meter, launch.random, (t) => {
      now = t;
    }),
  };
}

/** The program at a path of the image (own keys only, so `/constructor` is no executable). */
function executableAt(image: ImageDefinition, path: string): string | undefined {
  const key = normalisePath(path);
  return Object.hasOwn(image.executables, key) ? image.executables[key] : undefined;
}

function normalisePath(path: string): string {
  // Already normal (no `//`, no trailing `/`): the common case of every $PATH lookup at each container start, without
  // the two regex passes (issue 12's profile).
  if (!path.includes('//') && (path.length <= 1 || path.charCodeAt(path.length - 1) !== 47)) return path;
  const collapsed = path.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

function createProcess(
  run: Run,
  io: Io,
  meter: Meter,
  random: Random,
  setNow: (now: number) => void,
): ContainerProcess {
  let started = false;
  let killed = false;
  let result: ContainerStep | undefined;
  let pendingExit: ContainerStep | undefined;
  const startupMs = random.between(STARTUP_MIN_MS, STARTUP_MAX_MS);
  const exitStep = (status: number): ContainerStep => ({
    type: 'exit',
    exitCode: status,
    reason: status === 0 ? 'Completed' : 'Error',
  });
  return {
    resume(now) {
      if (killed) return { type: 'exit', exitCode: 137, reason: 'Error', signal: 9 };
      if (result) return result;
      if (pendingExit) {
        result = pendingExit;
        return result;
      }
      if (!started) {
        started = true;
        return { type: 'wait', ms: startupMs };
      }
      setNow(now);
      let next: IteratorResult<{ ms: number }, number>;
      try {
        next = run.next();
      } catch (e) {
        // Runaway recursion (`f() { f; }; f`) or a string past the engine's limit: the shell crashes as a real
        // one does on stack exhaustion, with SIGSEGV (exit code 128 + 11) and nothing written.
        if (e instanceof RangeError) {
          result = { type: 'exit', exitCode: 139, reason: 'Error', signal: 11 };
          return result;
        }
        // A bug in the simulator must not take the kubelet down: report it like a crashed process.
        io.err(`simulator: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        result = exitStep(2);
        return result;
      }
      if (next.done) {
        const exit = exitStep(next.value);
        const cpu = meter.take();
        if (cpu > 0) {
          // CPU time spent since the last wait passes before the exit is seen.
          pendingExit = exit;
          return { type: 'wait', ms: cpu };
        }
        result = exit;
        return result;
      }
      return { type: 'wait', ms: Math.max(1, Math.round(next.value.ms)) };
    },
    kill() {
      if (result || killed) return;
      killed = true;
      try {
        run.return(137);
      } catch {
        // The generator's cleanup cannot fail the kill.
      }
    },
  };
}
