// Whole-output tests for `kubectl options` in both profiles. Expected texts are written from the sources and
// captures, not from the simulator: the flags and usage texts of kubectl pkg/cmd/cmd.go, cli-runtime
// genericclioptions/config_flags.go, klog v2.9.0 InitFlags and component-base logs (v0.22.0, v0.35.0); the
// 1.22 list as a captured v1.21/1.22 `kubectl options` shows it (klog flags with hyphens, --log-flush-frequency),
// laid out by 1.22's templater.go flagsUsages (`      --name=default: usage`); the 1.35 layout as a captured
// v1.30 `kubectl options` (help_flags_printer.go: `    --name=default:` then a tab-indented usage and a blank
// line) with 1.35's additions (--as-user-extra, --kuberc, `|trace` in --profile). As for every help text here,
// the output is what kubectl prints when stdout is not a terminal (no word wrapping at the terminal's width).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const OPTIONS_122 = `The following options can be passed to any command:

      --add-dir-header=false: If true, adds the file directory to the header of the log messages
      --alsologtostderr=false: log to standard error as well as files
      --as='': Username to impersonate for the operation
      --as-group=[]: Group to impersonate for the operation, this flag can be repeated to specify multiple groups.
      --cache-dir='/home/learner/.kube/cache': Default cache directory
      --certificate-authority='': Path to a cert file for the certificate authority
      --client-certificate='': Path to a client certificate file for TLS
      --client-key='': Path to a client key file for TLS
      --cluster='': The name of the kubeconfig cluster to use
      --context='': The name of the kubeconfig context to use
      --insecure-skip-tls-verify=false: If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure
      --kubeconfig='': Path to the kubeconfig file to use for CLI requests.
      --log-backtrace-at=:0: when logging hits line file:N, emit a stack trace
      --log-dir='': If non-empty, write log files in this directory
      --log-file='': If non-empty, use this log file
      --log-file-max-size=1800: Defines the maximum size a log file can grow to. Unit is megabytes. If the value is 0, the maximum file size is unlimited.
      --log-flush-frequency=5s: Maximum number of seconds between log flushes
      --logtostderr=true: log to standard error instead of files
      --match-server-version=false: Require server version to match client version
  -n, --namespace='': If present, the namespace scope for this CLI request
      --one-output=false: If true, only write logs to their native severity level (vs also writing to each lower severity level)
      --password='': Password for basic authentication to the API server
      --profile='none': Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)
      --profile-output='profile.pprof': Name of the file to write the profile to
      --request-timeout='0': The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.
  -s, --server='': The address and port of the Kubernetes API server
      --skip-headers=false: If true, avoid header prefixes in the log messages
      --skip-log-headers=false: If true, avoid headers when opening log files
      --stderrthreshold=2: logs at or above this threshold go to stderr
      --tls-server-name='': Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used
      --token='': Bearer token for authentication to the API server
      --user='': The name of the kubeconfig user to use
      --username='': Username for basic authentication to the API server
  -v, --v=0: number for the log level verbosity
      --vmodule=: comma-separated list of pattern=N settings for file-filtered logging
      --warnings-as-errors=false: Treat warnings received from the server as errors and exit with a non-zero exit code
`;

const OPTIONS_135 = `The following options can be passed to any command:

    --as='':
\tUsername to impersonate for the operation. User could be a regular user or a service account in a namespace.

    --as-group=[]:
\tGroup to impersonate for the operation, this flag can be repeated to specify multiple groups.

    --as-uid='':
\tUID to impersonate for the operation.

    --as-user-extra=[]:
\tUser extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key.

    --cache-dir='/home/learner/.kube/cache':
\tDefault cache directory

    --certificate-authority='':
\tPath to a cert file for the certificate authority

    --client-certificate='':
\tPath to a client certificate file for TLS

    --client-key='':
\tPath to a client key file for TLS

    --cluster='':
\tThe name of the kubeconfig cluster to use

    --context='':
\tThe name of the kubeconfig context to use

    --disable-compression=false:
\tIf true, opt-out of response compression for all requests to the server

    --insecure-skip-tls-verify=false:
\tIf true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure

    --kubeconfig='':
\tPath to the kubeconfig file to use for CLI requests.

    --kuberc='':
\tPath to the kuberc file to use for preferences. This can be disabled by exporting KUBECTL_KUBERC=false feature gate or turning off the feature KUBERC=off.

    --log-flush-frequency=5s:
\tMaximum number of seconds between log flushes

    --match-server-version=false:
\tRequire server version to match client version

    -n, --namespace='':
\tIf present, the namespace scope for this CLI request

    --password='':
\tPassword for basic authentication to the API server

    --profile='none':
\tName of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex|trace)

    --profile-output='profile.pprof':
\tName of the file to write the profile to

    --request-timeout='0':
\tThe length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.

    -s, --server='':
\tThe address and port of the Kubernetes API server

    --tls-server-name='':
\tServer name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used

    --token='':
\tBearer token for authentication to the API server

    --user='':
\tThe name of the kubeconfig user to use

    --username='':
\tUsername for basic authentication to the API server

    -v, --v=0:
\tnumber for the log level verbosity

    --vmodule=:
\tcomma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)

    --warnings-as-errors=false:
\tTreat warnings received from the server as errors and exit with a non-zero exit code

`;

describe('kubectl options', () => {
  it('1.22: the inherited flags, one line each, klog flags included', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl options')).toEqual({ stdout: OPTIONS_122, stderr: '', exitCode: 0 });
  });

  it('1.35: the inherited flags, usage on the next line, ending with a blank line', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl options')).toEqual({ stdout: OPTIONS_135, stderr: '', exitCode: 0 });
  });

  it('takes global flags and ignores arguments, as its Run only prints the usage', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl options -n kube-system extra').stdout).toBe(OPTIONS_135);
    expect(run('kubectl -n kube-system options').stdout).toBe(OPTIONS_135);
  });

  it('prints nothing for --help: its help template is empty', () => {
    for (const profile of ['1.22', '1.35'] as const) {
      const { run } = terminal(profile);
      expect(run('kubectl options --help')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
      expect(run('kubectl help options')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    }
  });

  it('an unknown flag says to run it without flags (templater.go FlagErrorFunc)', () => {
    expect(terminal('1.35').run('kubectl options --bogus')).toEqual({
      stdout: '',
      stderr: "error: unknown flag: --bogus\nRun 'kubectl options' without flags.\n",
      exitCode: 1,
    });
    expect(terminal('1.22').run('kubectl options --bogus')).toEqual({
      stdout: '',
      stderr: "Error: unknown flag: --bogus\nRun 'kubectl options' without flags.\n",
      exitCode: 1,
    });
  });

  it('a global flag the simulator does not model is a real flag: a hint, not "unknown flag"', () => {
    const { session } = terminal('1.35');
    let hint = '';
    session.shell.onOutput((c) => {
      if (c.stream === 'hint') hint += c.text;
    });
    session.shell.submit('kubectl get jobs --as bob');
    const record = session.records[session.records.length - 1]!;
    expect(record).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(hint).toContain('`--as` is a real flag of `kubectl get` whose effect is not simulated here');
  });

  it('choosing another kubeconfig, context, cluster, user or server is a hint, not a false success', () => {
    // Real kubectl reads the named kubeconfig entry (client-go clientcmd) and fails for one it does not have,
    // or talks to that server: the simulator has one cluster, so it must not answer as if it were that one.
    for (const line of [
      'kubectl --context=other get jobs',
      'kubectl get jobs --cluster other',
      'kubectl --user=bob get jobs',
      'kubectl --kubeconfig=/tmp/kc get jobs',
      'kubectl -s https://10.0.0.1:6443 get jobs',
    ]) {
      const { session } = terminal('1.35');
      let hint = '';
      session.shell.onOutput((c) => {
        if (c.stream === 'hint') hint += c.text;
      });
      session.shell.submit(line);
      expect(session.records.at(-1)).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
      expect(hint).toContain('is a real flag of `kubectl get` whose effect is not simulated here');
    }
  });

  it('a flag only one version has is unknown in the other', () => {
    expect(terminal('1.22').run('kubectl get jobs --kuberc x').stderr).toBe(
      "Error: unknown flag: --kuberc\nSee 'kubectl get --help' for usage.\n",
    );
    expect(terminal('1.35').run('kubectl get jobs --one-output').stderr).toBe(
      "error: unknown flag: --one-output\nSee 'kubectl get --help' for usage.\n",
    );
  });
});
