// client-go's debugging round tripper (transport/round_trippers.go), which kubectl puts under every request from
// -v=6 on: what one HTTP request to the API server logs, per kubectl version.
// - kubectl 1.22 (client-go v0.22.17 DebugWrappers, debuggingRoundTripper.RoundTrip; klog.Infof):
//   -v=6  `round_trippers.go:454] GET URL 200 OK in 7 milliseconds`
//   -v=7  `:432] GET URL`, `:438] Request Headers:`, `:442]     Key: value` per header, then
//         `:457] Response Status: 200 OK in 7 milliseconds`
//   The request headers come from ranging over a Go map, in an order that changes from run to run; they are
//   printed here sorted by name (one of the orders real runs print; captures show Accept before User-Agent).
// - kubectl 1.35 (client-go v0.35.0 DebugByContext, levelsV6/levelsV7; contextual logger.Info):
//   -v=6  `round_trippers.go:632] "Response" verb="GET" url="URL" status="200 OK" milliseconds=7`
//   -v=7  `:527] "Request" verb="GET" url="URL" headers=<` with the headers sorted (headersMap.String), then
//         `:632] "Response" status="200 OK" milliseconds=7`
// Checked against captures: kubectl 1.22.7 `-v=9` (kubernetes/kubernetes PR 108505), 1.22 apply `-v=6`
// (round_trippers.go:454, loader.go:372), kubectl v1.35.3 `get pods -v=7` (round_trippers.go:527/632).
// -v=8 and above add response headers (Audit-Id and priority-and-fairness UIDs the simulator has no source for)
// and bodies; they are not modelled (verbosity.ts stops with a hint).
import { StatusError } from '../../api/errors.ts';
import type { VersionProfile } from '../../profiles/profile.ts';
import type { Klog } from './klog.ts';

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  verb: HttpVerb;
  /** Path and query, e.g. `/api/v1/namespaces/default/pods?limit=500`. */
  path: string;
  /** The Accept header kubectl sends (shown from -v=7). */
  accept: string;
  /** The Content-Type of a request with a body. */
  contentType?: string;
}

/** Go's net/http StatusText for the codes the simulated API server answers with. */
const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

/** What get's table printing asks for (get.go transformRequests; the Accept of the captures). */
export const ACCEPT_TABLE =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
/** The unstructured builder's and the dynamic client's Accept. */
export const ACCEPT_JSON = 'application/json';
/** A typed clientset's (rest.Config without AcceptContentTypes: request.go's default). Not shown: -v=6 only. */
export const ACCEPT_TYPED = 'application/json, */*';

/**
 * Simulated round-trip times in milliseconds: the first request of a run opens the TLS connection (kind's API
 * server on localhost answers in single-digit milliseconds in the captures), later ones reuse it.
 */
const DURATIONS_MS = [7, 3, 2, 4, 2, 3, 2];

export class RequestLog {
  private count = 0;
  private readonly klog: Klog;
  private readonly profile: VersionProfile;
  private readonly server: string;

  constructor(klog: Klog, profile: VersionProfile, server: string) {
    this.klog = klog;
    this.profile = profile;
    this.server = server;
  }

  private userAgent(): string {
    // rest.DefaultKubernetesUserAgent: `kubectl/VERSION (GOOS/GOARCH) kubernetes/COMMIT[:7]`.
    return `kubectl/${this.profile.kubectlVersion} (linux/amd64) kubernetes/${this.profile.gitCommit.slice(0, 7)}`;
  }

  private headers(req: HttpRequest): Array<[string, string]> {
    const list: Array<[string, string]> = [['Accept', req.accept]];
    if (req.contentType) list.push(['Content-Type', req.contentType]);
    list.push(['User-Agent', this.userAgent()]);
    return list;
  }

  /** Sends `req` through `call`: logs it, and the answer's status (a StatusError's code, else `ok`). */
  send<T>(req: HttpRequest, call: () => T, ok = 200): T {
    const url = `${this.server}${req.path}`;
    const structured = this.profile.id !== '1.22';
    const detailed = this.klog.enabled(7);
    if (detailed && structured) {
      const headers = this.headers(req)
        .map(([k, v]) => `${k}: ${v}\n`)
        .join('');
      this.klog.structured('round_trippers.go:527', 'Request', [
        ['verb', req.verb],
        ['url', url],
        ['headers', headers],
      ]);
    } else if (detailed) {
      this.klog.print('round_trippers.go:432', `${req.verb} ${url}`);
      this.klog.print('round_trippers.go:438', 'Request Headers:');
      for (const [k, v] of this.headers(req)) this.klog.print('round_trippers.go:442', `    ${k}: ${v}`);
    }
    const ms = DURATIONS_MS[Math.min(this.count, DURATIONS_MS.length - 1)]!;
    this.count += 1;
    let status = ok;
    try {
      return call();
    } catch (e) {
      if (e instanceof StatusError) status = e.code;
      throw e;
    } finally {
      this.klog.advance(ms * 1000 + 412);
      const text = `${status} ${STATUS_TEXT[status] ?? ''}`.trimEnd();
      if (structured && detailed) {
        this.klog.structured('round_trippers.go:632', 'Response', [
          ['status', text],
          ['milliseconds', ms],
        ]);
      } else if (structured) {
        this.klog.structured('round_trippers.go:632', 'Response', [
          ['verb', req.verb],
          ['url', url],
          ['status', text],
          ['milliseconds', ms],
        ]);
      } else if (detailed) {
        this.klog.print('round_trippers.go:457', `Response Status: ${text} in ${ms} milliseconds`);
      } else {
        this.klog.print('round_trippers.go:454', `${req.verb} ${url} ${text} in ${ms} milliseconds`);
      }
      this.klog.advance(380);
    }
  }
}
