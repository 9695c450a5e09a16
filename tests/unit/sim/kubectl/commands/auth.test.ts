// `kubectl auth can-i` for kind's admin (kubeadm admin.conf: system:masters, or kubeadm:cluster-admins bound to
// cluster-admin from kubeadm 1.29): every review is allowed, so kubectl prints "yes" (cani.go RunAccessCheck:
// fmt.Fprintln(o.Out, "yes")). Warnings and errors from kubectl pkg/cmd/auth/cani.go at v0.22.0 (fmt.Fprintf
// "Warning: %s\n") and v0.35.0 (printers.WarningPrinter.Print adds "\n" after the message's own).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const YES = { stdout: 'yes\n', stderr: '', exitCode: 0 };

describe('kubectl auth can-i as kind admin', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: yes for resources, names, namespaces, subresources, "*" and non-resource URLs`, () => {
      const { run } = terminal(profile);
      expect(run('kubectl auth can-i create pods')).toEqual(YES);
      expect(run('kubectl auth can-i delete jobs.batch/bar -n foo')).toEqual(YES);
      expect(run('kubectl auth can-i create pods --all-namespaces')).toEqual(YES);
      expect(run('kubectl auth can-i get pods --subresource=log')).toEqual(YES);
      expect(run("kubectl auth can-i '*' '*'")).toEqual(YES);
      expect(run('kubectl auth can-i get /logs/')).toEqual(YES);
      expect(run('kubectl auth can-i impersonate users')).toEqual(YES);
      expect(run('kubectl auth can-i get pods -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    });
  }

  it('1.22 warnings: one line each', () => {
    const { run } = terminal('1.22');
    expect(run('kubectl auth can-i get nodes')).toEqual({
      stdout: 'yes\n',
      stderr: "Warning: resource 'nodes' is not namespace scoped\n",
      exitCode: 0,
    });
    expect(run('kubectl auth can-i frob widgets').stderr).toBe(
      "Warning: the server doesn't have a resource type 'widgets'\nWarning: verb 'frob' is not a known verb\n",
    );
    expect(run('kubectl auth can-i approve certificates.k8s.io').stderr).toBe(
      "Warning: the server doesn't have a resource type 'certificates' in group 'k8s.io'\n" +
        "Warning: verb 'approve' is not a known verb\n",
    );
  });

  it('1.35 warnings: WarningPrinter leaves an empty line, bold yellow on a terminal; approve is a known verb', () => {
    const { run } = terminal('1.35');
    expect(run('kubectl auth can-i list namespaces').stderr).toBe(
      "\x1b[33;1mWarning:\x1b[0m resource 'namespaces' is not namespace scoped\n\n",
    );
    expect(run('kubectl auth can-i list namespaces 2>&1 | cat').stdout).toBe(
      "Warning: resource 'namespaces' is not namespace scoped\n\nyes\n",
    );
    expect(run('kubectl auth can-i approve certificates.k8s.io')).toEqual({
      stdout: 'yes\n',
      stderr: "\x1b[33;1mWarning:\x1b[0m the server doesn't have a resource type 'certificates' in group 'k8s.io'\n\n",
      exitCode: 0,
    });
    expect(run('kubectl auth can-i frob /healthz').stderr).toBe(
      "\x1b[33;1mWarning:\x1b[0m verb 'frob' is not a known verb\n\n",
    );
  });

  it('argument errors per version', () => {
    expect(terminal('1.22').run('kubectl auth can-i get')).toEqual({
      stdout: '',
      stderr: 'error: you must specify two or three arguments: verb, resource, and optional resourceName\n',
      exitCode: 1,
    });
    expect(terminal('1.35').run('kubectl auth can-i get pods x').stderr).toBe(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
    );
    expect(terminal('1.35').run('kubectl auth can-i get /logs --subresource=x').stderr).toBe(
      'error: --subresource can not be used with NonResourceURL\n',
    );
    expect(terminal('1.35').run('kubectl auth can-i get pods --no-headers').stderr).toBe(
      'error: --no-headers cannot be set without --list specified\n',
    );
  });

  it('whoami: a hint on 1.35, an unknown command on 1.22 (it came in 1.27)', () => {
    expect(terminal('1.35').run('kubectl auth whoami -o json')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(terminal('1.22').run('kubectl auth whoami')).toEqual({
      stdout: '',
      stderr: 'error: unknown command "whoami"\nSee \'kubectl auth -h\' for help and examples\n',
      exitCode: 1,
    });
  });
});
