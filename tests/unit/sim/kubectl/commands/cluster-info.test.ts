// `kubectl cluster-info` on a kind cluster. Expected text from kubectl pkg/cmd/clusterinfo/clusterinfo.go (v0.22.0:
// printService with go-colortext's ct_ansi.go escapes; v0.35.0: plain, after kubernetes/kubectl 69f03b081) and
// kubeadm's kube-dns Service (labels kubernetes.io/cluster-service=true, kubernetes.io/name=CoreDNS, first port
// `dns`), as kind clusters print it: "CoreDNS is running at https://127.0.0.1:PORT/api/v1/namespaces/kube-system/
// services/kube-dns:dns/proxy". The port is the session's (kind lets Docker pick it; kubeconfig.ts).
import { describe, expect, it } from 'vitest';
import { kindApiServerPort } from '../../../../../src/sim/kubectl/kubeconfig.ts';
import { terminal } from '../../../harness/session.ts';

const server = `https://127.0.0.1:${kindApiServerPort(11)}`;
const DUMP = "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";

describe('kubectl cluster-info', () => {
  it('1.22 colours the names green and the links yellow', () => {
    expect(terminal('1.22').run('kubectl cluster-info')).toEqual({
      stdout:
        `\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33m${server}\x1b[0m\n` +
        `\x1b[0;32mCoreDNS\x1b[0m is running at \x1b[0;33m${server}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\x1b[0m\n` +
        DUMP,
      stderr: '',
      exitCode: 0,
    });
  });

  it('1.35 prints plain text', () => {
    expect(terminal('1.35').run('kubectl cluster-info')).toEqual({
      stdout:
        `Kubernetes control plane is running at ${server}\n` +
        `CoreDNS is running at ${server}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n` +
        DUMP,
      stderr: '',
      exitCode: 0,
    });
  });

  it("--context kind-jobslab, as kind advises after create, is the session's own context", () => {
    const { run } = terminal('1.35');
    expect(run('kubectl cluster-info --context kind-jobslab')).toEqual(run('kubectl cluster-info'));
    // Another context is not simulated: a learner hint, no output.
    expect(run('kubectl cluster-info --context prod')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
  });

  it('-n looks for cluster services in that namespace (default has none)', () => {
    expect(terminal('1.35').run('kubectl cluster-info -n default').stdout).toBe(
      `Kubernetes control plane is running at ${server}\n${DUMP}`,
    );
  });

  it('the port is one a kind cluster could have (Linux ephemeral range) and the same for a seed', () => {
    const port = kindApiServerPort(11);
    expect(port).toBeGreaterThanOrEqual(32768);
    expect(port).toBeLessThanOrEqual(60999);
    expect(kindApiServerPort(11)).toBe(port);
  });

  it('dump is a learner hint, not output', () => {
    expect(terminal('1.35').run('kubectl cluster-info dump')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
  });
});

describe('kubectl cluster-info --help', () => {
  it('is clusterinfo.go longDescr and example, dump padded to cobra minNamePadding (11), Use with [flags]', () => {
    expect(terminal('1.35').run('kubectl cluster-info --help').stdout).toBe(
      `Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

Examples:
  # Print the address of the control plane and cluster services
  kubectl cluster-info

Available Commands:
  dump          Dump relevant information for debugging and diagnosis

Usage:
  kubectl cluster-info [flags] [options]

Use "kubectl cluster-info <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`,
    );
  });
});
