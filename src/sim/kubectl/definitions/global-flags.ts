// The root command's persistent flags, which every kubectl command inherits and `kubectl options` lists, written
// once for every emulated version (definition.ts). Sources, usage texts verbatim:
// - kubectl pkg/cmd/cmd.go NewKubectlCommand and profiling.go (--profile, --profile-output, --warnings-as-errors),
//   pkg/kuberc (--kuberc, on by default since the KUBECTL_KUBERC gate went beta in 1.34), cmd/util
//   kubectl_match_version.go (--match-server-version), at v0.22.0 and v0.35.0;
// - cli-runtime genericclioptions/config_flags.go AddFlags with WithDeprecatedPasswordFlag (--username,
//   --password), at v0.22.0 and v0.35.0 (--as-uid came in 0.23, --disable-compression in 0.26, --as-user-extra
//   in 0.35);
// - the log flags: 1.22's kubectl adds Go's flag.CommandLine, where component-base v0.22.0 logs' init ran
//   klog v2.9.0 InitFlags (every klog flag), and cobra adds pflag.CommandLine, which holds logs'
//   --log-flush-frequency; kubectl's WordSepNormalizeFunc prints `log_dir` as `log-dir`. From 1.26
//   component-base's logs.AddFlags (component-base cli.Run) adds only -v, --vmodule (usage with " (only works
//   for the default text log format)") and --log-flush-frequency (KEP 2845 removed the other klog flags;
//   1.23–1.25 printed them with a "(DEPRECATED: …)" remark, which no profile shows and is not modelled).
// Checked against captured `kubectl options` output of v1.21/1.22 (the klog flag list) and v1.30 (the layout).
// -n, -v, --request-timeout and --insecure-skip-tls-verify are taken (the last three change nothing here); the
// others are real but not modelled, so giving one stops with the learner hint (kubectl.ts). That includes the
// kubeconfig choices (--kubeconfig, --context, --cluster, --user, -s): with any name but the learner's own
// cluster real kubectl fails or talks to another server, so taking them silently would show a false success;
// --context, --cluster and --user naming the session's own kind-jobslab are taken (kubectl.ts).
import type { VersionProfile } from '../../profiles/profile.ts';
import { DEFAULT_HOME } from '../../shell/filesystem.ts';
import { array, bool, duration, type FlagDef, flagsFor, int, str } from '../definition.ts';

const unsimulated = true;

/** klog's own flags, added by 1.22's kubectl and gone from kubectl with KEP 2845 (component-base 0.26). */
const klog = (def: FlagDef): FlagDef => ({ ...def, removedIn: '1.26', unsimulated });

export const GLOBAL_FLAG_DEFS: readonly FlagDef[] = [
  klog(bool('add-dir-header', 'If true, adds the file directory to the header of the log messages')),
  klog(bool('alsologtostderr', 'log to standard error as well as files')),
  str(
    'as',
    'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.',
    { unsimulated, before: { '1.23': { usage: 'Username to impersonate for the operation' } } },
  ),
  array('as-group', 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.', {
    unsimulated,
  }),
  str('as-uid', 'UID to impersonate for the operation.', { since: '1.23', unsimulated }),
  array(
    'as-user-extra',
    'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key.',
    { since: '1.35', unsimulated },
  ),
  // getDefaultCacheDir(): $HOME/.kube/cache, filled in by globalFlagsFor.
  str('cache-dir', 'Default cache directory', { unsimulated }),
  str('certificate-authority', 'Path to a cert file for the certificate authority', { unsimulated }),
  str('client-certificate', 'Path to a client certificate file for TLS', { unsimulated }),
  str('client-key', 'Path to a client key file for TLS', { unsimulated }),
  str('cluster', 'The name of the kubeconfig cluster to use', { unsimulated }),
  str('context', 'The name of the kubeconfig context to use', { unsimulated }),
  bool('disable-compression', 'If true, opt-out of response compression for all requests to the server', {
    since: '1.26',
    unsimulated,
  }),
  bool(
    'insecure-skip-tls-verify',
    "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure",
  ),
  str('kubeconfig', 'Path to the kubeconfig file to use for CLI requests.', { unsimulated }),
  str(
    'kuberc',
    'Path to the kuberc file to use for preferences. This can be disabled by exporting KUBECTL_KUBERC=false feature gate or turning off the feature KUBERC=off.',
    { since: '1.34', unsimulated },
  ),
  // klog's traceLocation, a Go flag.Value: pflag's Type() is not "string", so help prints the default unquoted.
  klog(
    str('log-backtrace-at', 'when logging hits line file:N, emit a stack trace', {
      defaultValue: ':0',
      helpType: 'traceLocation',
    }),
  ),
  klog(str('log-dir', 'If non-empty, write log files in this directory')),
  klog(str('log-file', 'If non-empty, use this log file')),
  klog(
    int(
      'log-file-max-size',
      'Defines the maximum size a log file can grow to. Unit is megabytes. If the value is 0, the maximum file size is unlimited.',
      { defaultValue: '1800', helpType: 'uint64' },
    ),
  ),
  duration('log-flush-frequency', 'Maximum number of seconds between log flushes', {
    defaultValue: '5s',
    unsimulated,
  }),
  klog(bool('logtostderr', 'log to standard error instead of files', { defaultValue: 'true' })),
  bool('match-server-version', 'Require server version to match client version', { unsimulated }),
  str('namespace', 'If present, the namespace scope for this CLI request', { shorthand: 'n' }),
  klog(
    bool(
      'one-output',
      'If true, only write logs to their native severity level (vs also writing to each lower severity level)',
    ),
  ),
  str('password', 'Password for basic authentication to the API server', { unsimulated }),
  str('profile', 'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex|trace)', {
    defaultValue: 'none',
    unsimulated,
    before: {
      '1.35': { usage: 'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)' },
    },
  }),
  str('profile-output', 'Name of the file to write the profile to', { defaultValue: 'profile.pprof', unsimulated }),
  str(
    'request-timeout',
    "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.",
    { defaultValue: '0' },
  ),
  str('server', 'The address and port of the Kubernetes API server', { shorthand: 's', unsimulated }),
  klog(bool('skip-headers', 'If true, avoid header prefixes in the log messages')),
  klog(bool('skip-log-headers', 'If true, avoid headers when opening log files')),
  // klog's severity (names or numbers; 2 = ERROR), a Go flag.Value printed unquoted.
  klog(
    str('stderrthreshold', 'logs at or above this threshold go to stderr', {
      defaultValue: '2',
      helpType: 'severity',
    }),
  ),
  str(
    'tls-server-name',
    'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used',
    { unsimulated },
  ),
  str('token', 'Bearer token for authentication to the API server', { unsimulated }),
  str('user', 'The name of the kubeconfig user to use', { unsimulated }),
  str('username', 'Username for basic authentication to the API server', { unsimulated }),
  // klog's Level: pflag gives one-letter Go flags their name as shorthand (PFlagFromGoFlag).
  int('v', 'number for the log level verbosity', { shorthand: 'v', helpType: 'Level', klogLevel: true }),
  // klog's moduleSpec, printed unquoted.
  str(
    'vmodule',
    'comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)',
    {
      helpType: 'moduleSpec',
      unsimulated,
      before: { '1.26': { usage: 'comma-separated list of pattern=N settings for file-filtered logging' } },
    },
  ),
  bool('warnings-as-errors', 'Treat warnings received from the server as errors and exit with a non-zero exit code', {
    unsimulated,
  }),
];

/**
 * cobra's InitDefaultHelpFlag: `-h, --help` is every command's own (local) flag, so neither `kubectl options`
 * nor a command's Options list it (templater.go visibleFlags), but the parser and completion take it.
 */
export const HELP_FLAG: FlagDef = bool('help', 'help for kubectl', { shorthand: 'h' });

/** The persistent flags of this profile's kubectl, with --cache-dir's default under the session's home. */
export function globalFlagsFor(profile: VersionProfile, home: string): FlagDef[] {
  return flagsFor(GLOBAL_FLAG_DEFS, profile).map((f) =>
    f.name === 'cache-dir' ? { ...f, defaultValue: `${home}/.kube/cache` } : f,
  );
}

/** The session's $HOME (the learner's file system has one; shell/filesystem.ts's default otherwise). */
export function homeOf(fs: object): string {
  return 'home' in fs && typeof fs.home === 'string' ? fs.home : DEFAULT_HOME;
}
