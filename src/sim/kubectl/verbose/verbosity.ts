// kubectl's `-v N` (klog's verbosity) for one run: which klog lines it prints on stderr, for the commands whose
// requests the simulator knows (logging-client.ts, request-log.ts), and how a 1.22 run ends in an error from -v=6
// on (klog.Fatal). Everything it writes goes to stderr, as klog does with --logtostderr (the default).
// What each level prints for get, create, delete, logs, describe, apply and version (sources.ts, request-log.ts):
//   1-3  1.35: client-go's feature gate lines; 1.22: nothing
//   4-5  and apply's "Running apply post-processor function" after a successful apply
//   6    "Config loaded from file:" first, and a line per HTTP request (method, URL, status, milliseconds)
//   7    the request's headers, and its status line without method and URL
// Levels 8 and 9 (response headers and bodies, curl lines) and other commands' requests are not modelled: the run
// stops with a hint, as for any flag whose effect is not simulated. The discovery cache (~/.kube/cache, 10 minutes
// in 1.22, 6 hours in 1.35) and the HTTP cache of OpenAPI documents are taken to be warm: a learner's earlier
// kubectl runs filled them, so no discovery requests are logged.
import { type Locale, type MessageKey, t } from '../../../i18n/t.ts';
import type { ApiClient } from '../../api/client.ts';
import type { ProgramContext, ProgramIO, ProgramResult } from '../../shell/program.ts';
import { homeOf } from '../definitions/global-flags.ts';
import { ExitError, formatError } from '../errors.ts';
import type { Flags } from '../flags.ts';
import { kubeconfigOf } from '../kubeconfig.ts';
import { Klog } from './klog.ts';
import { LoggingClient } from './logging-client.ts';
import { ACCEPT_JSON, ACCEPT_TABLE, RequestLog } from './request-log.ts';
import { klogSources } from './sources.ts';
import { commandRequests, silentBelowRequests, type VerboseCommand } from './supported.ts';

/** What a run with -v has: its klog, the logging client (from -v=6) and the errors kept for klog.Fatal. */
export class VerboseRun {
  /** From -v=6: the client every request goes through (the command's env.api). */
  readonly requests: LoggingClient | undefined;
  private readonly errors: string[] = [];
  private readonly hinted = new Set<MessageKey>();
  private readonly io: ProgramIO;
  private readonly klog: Klog;
  private readonly ctx: ProgramContext;
  private readonly command: VerboseCommand;

  constructor(klog: Klog, io: ProgramIO, ctx: ProgramContext, command: VerboseCommand, api: ApiClient) {
    this.io = io;
    this.klog = klog;
    this.ctx = ctx;
    this.command = command;
    if (klog.enabled(6)) {
      const profile = ctx.api.profile;
      const log = new RequestLog(klog, profile, kubeconfigOf(ctx).server);
      this.requests = new LoggingClient(api, log, {
        accept: command.table ? ACCEPT_TABLE : ACCEPT_JSON,
        ...(command.listLimit ? { listLimit: command.listLimit } : {}),
        ...(command.labelSelectorText !== undefined ? { labelSelectorText: command.labelSelectorText } : {}),
        ...(command.fieldSelectorText !== undefined ? { fieldSelectorText: command.fieldSelectorText } : {}),
        fieldManager: command.fieldManager,
        sendsFieldValidation: profile.fieldValidation !== 'client',
        ...(command.fieldValidation ? { fieldValidation: command.fieldValidation } : {}),
      });
    }
  }

  /** 1.22 from -v=6: CheckErr ends in klog.FatalDepth instead of printing the error. */
  get fatal(): boolean {
    return klogSources(this.ctx.api.profile).fatal !== undefined && this.klog.enabled(6);
  }

  /** What kubectl prints once its client is made: the kubeconfig it read, 1.35's feature gates, OpenAPI. */
  begin(): void {
    if (this.command.noClient) return;
    const sources = klogSources(this.ctx.api.profile);
    if (this.klog.enabled(6)) {
      this.klog.print(sources.configLoaded, `Config loaded from file:  ${homeOf(this.ctx.fs)}/.kube/config`);
    }
    const gates = sources.featureGates;
    if (gates && this.klog.enabled(1)) {
      this.klog.advance(600);
      for (const [feature, enabled] of gates.gates) {
        this.klog.structured(gates.source, 'Feature gate default state', [
          ['feature', feature],
          ['enabled', enabled],
        ]);
      }
    }
    this.klog.advance(4200);
    if (this.requests && this.command.firstRequest && this.readsOpenApi()) {
      this.requests.send({ verb: 'GET', path: this.command.firstRequest, accept: ACCEPT_JSON }, () => undefined);
      // 1.35 then reads the group's document, `/openapi/v3/apis/GROUP/VERSION?hash=…&timeout=32s` (captures of
      // 1.30 show it): the hash is the server's digest of that document, which the simulator has no source for.
      if (this.command.firstRequest.startsWith('/openapi/v3')) this.hint('hint.kubectl.verboseOpenApiHash');
    }
  }

  /**
   * An error CheckErr would print: kept for the F line when fatal, else printed now. After the command went on
   * running in the foreground (delete's wait in the browser), a fatal error is its own F line at once.
   */
  reportError(io: ProgramIO, text: string): void {
    const source = klogSources(this.ctx.api.profile).fatal;
    if (!this.fatal || !source) io.err(text);
    else if (this.deferred) this.klog.print(source, text, 'F');
    else this.errors.push(text);
  }

  /**
   * 1.22 reads the OpenAPI schema while completing the command (apply.go:263, the factory's Validator); 1.35's
   * verifier only when it validates the first object, so not when a file named by -f does not exist.
   */
  private readsOpenApi(): boolean {
    if (!this.command.firstRequest?.startsWith('/openapi/v3')) return true;
    return this.command.filenames.every((f) => f === '-' || this.ctx.fs.exists(f));
  }

  /** Set when the command returned a running foreground process. */
  deferred = false;

  /** A learner hint about what the log leaves out (each key once a run). */
  hint(key: MessageKey): void {
    if (this.hinted.has(key)) return;
    this.hinted.add(key);
    this.io.hint(t(this.ctx.locale ?? 'en', key));
  }

  /**
   * The end of the run: apply's post-processor line after a success; when fatal, the kept errors as one F line
   * (MultipleErrors joins them; klog adds no line break to a message ending in one). `thrown` is the text of an
   * error the command threw: kept for the F line when fatal, else the caller prints it. Returns the exit code:
   * klog.Fatal exits 255.
   */
  end(exitCode: number, thrown?: string): number {
    if (exitCode === 0 && this.command.path === 'kubectl apply' && this.klog.enabled(4)) {
      this.klog.print(klogSources(this.ctx.api.profile).applyPostProcessor, 'Running apply post-processor function');
    }
    if (thrown !== undefined && this.fatal) this.errors.push(thrown);
    const source = klogSources(this.ctx.api.profile).fatal;
    if (!source || !this.fatal || this.errors.length === 0) return exitCode;
    this.klog.print(source, this.errors.join(''), 'F');
    return 255;
  }

  /** Whether end() turned the failure into klog.Fatal (the goroutine dump that follows is not simulated). */
  get endedFatally(): boolean {
    return this.fatal && this.errors.length > 0;
  }
}

export type VerboseStart = { kind: 'off' } | { kind: 'unsimulated' } | { kind: 'on'; run: VerboseRun; api: ApiClient };

/** -v for this run: off (level 0 or below), not simulated for this command, or a run to wire in. */
export function startVerbose(flags: Flags, path: string, io: ProgramIO, ctx: ProgramContext): VerboseStart {
  // Level.Set took the text in base 10 (flags.ts checked it).
  const level = Number.parseInt(flags.string('v'), 10) || 0;
  if (level <= 0) return { kind: 'off' };
  const profile = ctx.api.profile;
  const command = commandRequests(path, flags, profile);
  if (!command && level < 6 && silentBelowRequests(path, flags, profile)) return { kind: 'off' };
  if (!command || level > command.maxLevel) return { kind: 'unsimulated' };
  const klog = new Klog(io, level, ctx.clock.now());
  const run = new VerboseRun(klog, io, ctx, command, ctx.api);
  return { kind: 'on', run, api: run.requests ?? ctx.api };
}

/** The hint after an F line: what real kubectl 1.22 prints next is not simulated. */
function fatalHint(io: ProgramIO, locale: Locale | undefined): void {
  io.hint(t(locale ?? 'en', 'hint.kubectl.verboseFatal'));
}

/**
 * Runs the command under -v: the lines before its first request, then its end (apply's post-processor line; on
 * 1.22 from -v=6, an error as klog.Fatal's F line and exit code 255 instead of CheckErr's message).
 */
export function runVerbose(
  run: VerboseRun,
  io: ProgramIO,
  ctx: ProgramContext,
  call: () => ProgramResult,
): ProgramResult {
  run.begin();
  try {
    const result = call();
    if ('running' in result) run.deferred = true;
    else return { exitCode: run.end(result.exitCode) };
    return result;
  } catch (e) {
    const exit = e instanceof ExitError;
    const code = exit ? run.end(e.exitCode) : run.end(1, formatError(e, ctx.api.profile));
    if (!run.endedFatally) throw e;
    if (exit && e.hint) io.hint(t(ctx.locale ?? 'en', e.hint));
    fatalHint(io, ctx.locale);
    return { exitCode: code };
  }
}
