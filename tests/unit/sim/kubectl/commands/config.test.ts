// `kubectl config` over kind's kubeconfig (context, cluster and user `kind-jobslab`). Expected texts from kubectl
// pkg/cmd/config at v0.22.0 and v0.35.0 (current_context.go, get_contexts.go: the tabwriter table with `*` on the
// current context, get_clusters.go, use_context.go, create_context.go/set_context.go: `Context %q modified.`,
// view.go) and client-go tools/clientcmd/api (helpers.go ShortenConfig/RedactSecrets: REDACTED client data until
// v0.25, DATA+OMITTED from v0.26; v1/types.go: `preferences` printed until v0.33, omitzero from v0.34).
import { describe, expect, it } from 'vitest';
import { kindApiServerPort } from '../../../../../src/sim/kubectl/kubeconfig.ts';
import { terminal } from '../../../harness/session.ts';

const server = `https://127.0.0.1:${kindApiServerPort(11)}`;

const view = (userData: string, preferences: boolean, namespace?: string) =>
  [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    '    certificate-authority-data: DATA+OMITTED',
    `    server: ${server}`,
    '  name: kind-jobslab',
    'contexts:',
    '- context:',
    '    cluster: kind-jobslab',
    ...(namespace ? [`    namespace: ${namespace}`] : []),
    '    user: kind-jobslab',
    '  name: kind-jobslab',
    'current-context: kind-jobslab',
    'kind: Config',
    ...(preferences ? ['preferences: {}'] : []),
    'users:',
    '- name: kind-jobslab',
    '  user:',
    `    client-certificate-data: ${userData}`,
    `    client-key-data: ${userData}`,
    '',
  ].join('\n');

describe('kubectl config on kind', () => {
  it('current-context, get-clusters and get-contexts', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl config current-context')).toEqual({ stdout: 'kind-jobslab\n', stderr: '', exitCode: 0 });
    expect(run('kubectl config get-clusters').stdout).toBe('NAME\nkind-jobslab\n');
    expect(run('kubectl config get-contexts').stdout).toBe(
      'CURRENT   NAME           CLUSTER        AUTHINFO       NAMESPACE\n' +
        '*         kind-jobslab   kind-jobslab   kind-jobslab   \n',
    );
    expect(run('kubectl config get-contexts -o name').stdout).toBe('kind-jobslab\n');
    expect(run('kubectl config get-contexts --no-headers').stdout).toBe(
      '*     kind-jobslab   kind-jobslab   kind-jobslab   \n',
    );
  });

  it('get-contexts with an unknown name prints the header, then the error', () => {
    expect(terminal('1.35').run('kubectl config get-contexts nope')).toEqual({
      stdout: 'CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n',
      stderr: 'error: context nope not found\n',
      exitCode: 1,
    });
  });

  it('get-contexts -o json: 1.22 and 1.35 refuse it in their words', () => {
    const message =
      'error: --output json is not available in kubectl config get-contexts; resetting to default output format\n';
    expect(terminal('1.35').run('kubectl config get-contexts -o json').stderr).toBe(message);
    expect(terminal('1.22').run('kubectl config get-contexts -o json').stderr).toBe(message);
    expect(terminal('1.22').run('kubectl config get-contexts -o bogus').stderr).toBe(
      "error: output must be one of '' or 'name': bogus\n",
    );
  });

  it('view: 1.22 redacts the client data and prints preferences', () => {
    expect(terminal('1.22').run('kubectl config view')).toEqual({
      stdout: view('REDACTED', true),
      stderr: '',
      exitCode: 0,
    });
  });

  it('view: 1.35 omits the client data and has no preferences', () => {
    expect(terminal('1.35').run('kubectl config view').stdout).toBe(view('DATA+OMITTED', false));
  });

  it('view -o json keeps the v1 Config struct order', () => {
    expect(terminal('1.35').run('kubectl config view -o json').stdout).toBe(`{
    "kind": "Config",
    "apiVersion": "v1",
    "clusters": [
        {
            "name": "kind-jobslab",
            "cluster": {
                "server": "${server}",
                "certificate-authority-data": "DATA+OMITTED"
            }
        }
    ],
    "users": [
        {
            "name": "kind-jobslab",
            "user": {
                "client-certificate-data": "DATA+OMITTED",
                "client-key-data": "DATA+OMITTED"
            }
        }
    ],
    "contexts": [
        {
            "name": "kind-jobslab",
            "context": {
                "cluster": "kind-jobslab",
                "user": "kind-jobslab"
            }
        }
    ],
    "current-context": "kind-jobslab"
}
`);
  });

  it('view --merge=false needs a file (1.22 words it "must to")', () => {
    expect(terminal('1.22').run('kubectl config view --merge=false').stderr).toBe(
      'error: if merge==false a precise file must to specified\n',
    );
    expect(terminal('1.35').run('kubectl config view --merge=false').stderr).toBe(
      'error: if merge==false a precise file must be specified\n',
    );
  });

  it('set-context --current --namespace changes the namespace every later command uses', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl config set-context --current --namespace=kube-system')).toEqual({
      stdout: 'Context "kind-jobslab" modified.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('kubectl get pods').stdout).toContain('etcd-jobslab-control-plane');
    expect(run('kubectl get pods -n default').stderr).toBe('No resources found in default namespace.\n');
    expect(run('kubectl config view').stdout).toBe(view('DATA+OMITTED', false, 'kube-system'));
    expect(run('kubectl config get-contexts').stdout).toBe(
      'CURRENT   NAME           CLUSTER        AUTHINFO       NAMESPACE\n' +
        '*         kind-jobslab   kind-jobslab   kind-jobslab   kube-system\n',
    );
    expect(run('kubectl config view --minify -o jsonpath={..namespace}').stdout).toBe('kube-system');
    // An empty value is "Provided": the field is cleared, and kubectl falls back to "default".
    run('kubectl config set-context --current --namespace=');
    expect(run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  it('Tab completion follows the context namespace too', () => {
    const { session, run } = terminal('1.35');
    run('kubectl config set-context --current --namespace=kube-system');
    const line = 'kubectl get pods etcd';
    expect(session.shell.complete(line, line.length).candidates).toEqual(['etcd-jobslab-control-plane']);
  });

  it('set-context -n: 1.35 has the shorthand, 1.22 does not (its own --namespace hides the root -n)', () => {
    expect(terminal('1.35').run('kubectl config set-context --current -n kube-system').stdout).toBe(
      'Context "kind-jobslab" modified.\n',
    );
    expect(terminal('1.22').run('kubectl config set-context --current -n kube-system')).toEqual({
      stdout: '',
      stderr: "Error: unknown shorthand flag: 'n' in -n\nSee 'kubectl config set-context --help' for usage.\n",
      exitCode: 1,
    });
  });

  it('set-context validation errors', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl config set-context').stderr).toBe(
      'error: you must specify a non-empty context name or --current\n',
    );
    expect(run('kubectl config set-context kind-jobslab --current').stderr).toBe(
      'error: you cannot specify both a context name and --current\n',
    );
  });

  it("use-context: the kind context switches, another name is kubectl's error", () => {
    const { run } = terminal('1.35');
    expect(run('kubectl config use-context kind-jobslab').stdout).toBe('Switched to context "kind-jobslab".\n');
    expect(run('kubectl config use kind-jobslab').stdout).toBe('Switched to context "kind-jobslab".\n');
    expect(run('kubectl config use-context prod')).toEqual({
      stdout: '',
      stderr: 'error: no context exists with the name: "prod"\n',
      exitCode: 1,
    });
  });

  it('config alone prints its help on stderr and exits 1; an unknown word is a usage error', () => {
    const { run } = terminal('1.35');
    const alone = run('kubectl config');
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toMatch(
      /^Modify kubeconfig files using subcommands like "kubectl config set current-context my-context"\.\n/,
    );
    expect(alone.exitCode).toBe(1);
    expect(run('kubectl config bogus')).toEqual({
      stdout: '',
      stderr: 'error: unknown command "bogus"\nSee \'kubectl config -h\' for help and examples\n',
      exitCode: 1,
    });
  });

  it('subcommands that add or remove entries are hints', () => {
    expect(terminal('1.35').run('kubectl config delete-context kind-jobslab')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 1,
    });
  });
});
