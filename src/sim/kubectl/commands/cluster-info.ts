// `kubectl cluster-info` (kubectl pkg/cmd/clusterinfo/clusterinfo.go Run): the control plane's address (the
// kubeconfig cluster's server), then one line per Service labelled kubernetes.io/cluster-service=true in -n's
// namespace (kube-system by default; kind has kube-dns, labelled kubernetes.io/name=CoreDNS by kubeadm's manifest),
// linked through the API server's service proxy with the first port's name, then the `cluster-info dump` advice.
// Until 1.31 printService colours the name green and the link yellow with go-colortext, which writes ANSI to stdout
// whatever it is (ct_ansi.go: "\x1b[0;32m", "\x1b[0;33m", reset "\x1b[0m"; only TERM=dumb turns it off);
// kubernetes/kubectl 69f03b081 "Drop go-colortext and its usage" (1.32) prints plain text.
// `cluster-info dump` stays a learner hint.
import type { Service } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { clusterInfoDefinition, clusterInfoDumpDefinition } from '../definitions/cluster-info.ts';
import type { Flags } from '../flags.ts';
import { kubeconfigOf } from '../kubeconfig.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { minorOf } from '../version-minor.ts';
import { runUnsimulated } from './unsimulated.ts';

const GREEN = '\x1b[0;32m';
const YELLOW = '\x1b[0;33m';
const RESET = '\x1b[0m';

function serviceLine(env: CommandEnv, name: string, link: string): string {
  // go-colortext left kubectl in 1.32.
  const coloured = minorOf(env) < 32;
  return coloured
    ? `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n`
    : `${name} is running at ${link}\n`;
}

/** utilnet.JoinSchemeNamePort: `name`, `name:port`, `scheme:name:port`. */
function joinSchemeNamePort(scheme: string, name: string, port: string): string {
  if (scheme !== '') return `${scheme}:${name}:${port}`;
  return port !== '' ? `${name}:${port}` : name;
}

function linkOf(service: Service, host: string): string {
  const ingress =
    (service.status?.loadBalancer?.ingress as Array<{ ip?: string; hostname?: string }> | undefined) ?? [];
  const ports = service.spec?.ports ?? [];
  if (ingress.length > 0) {
    const ip = ingress[0]?.ip || ingress[0]?.hostname || '';
    return ports.map((p) => `http://${ip}:${p.port} `).join('');
  }
  let name = service.metadata.name;
  const port = ports[0];
  if (port) {
    // "guess if the scheme is https"
    const scheme = port.name === 'https' || port.port === 443 ? 'https' : '';
    name = joinSchemeNamePort(scheme, service.metadata.name, port.name ?? '');
  }
  return `${host}/api/v1/namespaces/${service.metadata.namespace}/services/${name}/proxy`;
}

function runClusterInfo(flags: Flags, env: CommandEnv): ProgramResult {
  // Complete: an empty -n means kube-system, not the context's namespace.
  const namespace = flags.string('namespace') || 'kube-system';
  const host = kubeconfigOf(env.ctx).server;
  const services = env.api.list<Service>('Service', namespace, {
    labelSelector: parseLabelSelector('kubernetes.io/cluster-service=true'),
  });
  let out = serviceLine(env, 'Kubernetes control plane', host);
  for (const service of services) {
    out += serviceLine(
      env,
      service.metadata.labels?.['kubernetes.io/name'] || service.metadata.name,
      linkOf(service, host),
    );
  }
  out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  env.io.out(out);
  return OK;
}

const clusterInfoDumpCommand: Command = {
  ...clusterInfoDumpDefinition,
  run: (_flags, env) => runUnsimulated('cluster-info dump', [], env),
};

export const clusterInfoCommand: Command = {
  ...clusterInfoDefinition,
  subcommands: [clusterInfoDumpCommand],
  run: runClusterInfo,
};
