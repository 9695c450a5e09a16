// `kubectl auth` and `auth can-i`'s definitions (kubectl pkg/cmd/auth/auth.go and cani.go at v0.22.0 and
// v0.35.0): auth's Long gained its full stop in 1.28 and `whoami` in 1.27; can-i's Long the impersonation line
// in 1.23, its examples the service-account one in 1.27 and the certificates one in 1.31.
import type { Command } from '../command.ts';
import { bool, str } from '../definition.ts';

export const canIDefinition: Omit<Command, 'run'> = {
  name: 'can-i',
  short: 'Check whether an action is allowed',
  flags: [
    bool('all-namespaces', 'If true, check the specified action in all namespaces.', { shorthand: 'A' }),
    // SelfSubjectRulesReview's table of the user's rules: cluster-admin's rules are not simulated.
    bool('list', 'If true, prints all allowed actions.', { unsimulated: true }),
    bool('no-headers', 'If true, prints allowed actions without headers'),
    bool('quiet', 'If true, suppress output and just return the exit code.', { shorthand: 'q' }),
    str('subresource', 'SubResource such as pod/log or deployment/scale'),
  ],
  doc: {
    use: 'auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]',
    long: `
		Check whether an action is allowed.

		VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc.
		TYPE is a Kubernetes resource. Shortcuts and groups will be resolved.
		NONRESOURCEURL is a partial URL that starts with "/".
		NAME is the name of a particular Kubernetes resource.
		This command pairs nicely with impersonation. See --as global flag.`,
    before: {
      '1.23': {
        long: `
		Check whether an action is allowed.

		VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc.
		TYPE is a Kubernetes resource. Shortcuts and groups will be resolved.
		NONRESOURCEURL is a partial URL that starts with "/".
		NAME is the name of a particular Kubernetes resource.`,
      },
    },
    examples: [
      `# Check to see if I can create pods in any namespace
		kubectl auth can-i create pods --all-namespaces`,
      `# Check to see if I can list deployments in my current namespace
		kubectl auth can-i list deployments.apps`,
      {
        text: `# Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
		# You must be allowed to use impersonation for the global option "--as"
		kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod`,
        since: '1.27',
      },
      `# Check to see if I can do everything in my current namespace ("*" means all)
		kubectl auth can-i '*' '*'`,
      `# Check to see if I can get the job named "bar" in namespace "foo"
		kubectl auth can-i list jobs.batch/bar -n foo`,
      `# Check to see if I can read pod logs
		kubectl auth can-i get pods --subresource=log`,
      `# Check to see if I can access the URL /logs/
		kubectl auth can-i get /logs/`,
      {
        text: `# Check to see if I can approve certificates.k8s.io
		kubectl auth can-i approve certificates.k8s.io`,
        since: '1.31',
      },
      `# List all allowed actions in namespace "foo"
		kubectl auth can-i --list --namespace=foo`,
    ],
  },
};

export const authDefinition: Omit<Command, 'run'> = {
  name: 'auth',
  short: 'Inspect authorization',
  flags: [],
  doc: {
    use: 'auth [flags]',
    long: 'Inspect authorization.',
    longRendered: true,
    before: { '1.28': { long: 'Inspect authorization' } },
    subcommands: [
      { name: 'can-i', short: 'Check whether an action is allowed' },
      {
        name: 'reconcile',
        short: 'Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects',
      },
      { name: 'whoami', short: 'Experimental: Check self subject attributes', since: '1.27' },
    ],
  },
};
