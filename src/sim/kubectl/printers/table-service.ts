// `kubectl get services` cells: printers.go printService / getServiceExternalIP / makePortString.
import type { Service } from '../../api/types.ts';
import { formatLabels } from './labels.ts';
import type { ColumnDefinition, GenerateOptions } from './table-types.ts';
import { ageSince } from './time.ts';

export const SERVICE_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0 },
  { name: 'Type', priority: 0 },
  { name: 'Cluster-IP', priority: 0 },
  { name: 'External-IP', priority: 0 },
  { name: 'Port(s)', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Selector', priority: 1 },
];

interface ServiceExtras {
  externalIPs?: string[];
  externalName?: string;
}

function externalIP(svc: Service, wide: boolean): string {
  const extras = svc.spec as ServiceExtras;
  const externalIPs = extras.externalIPs ?? [];
  switch (svc.spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const ingress = (svc.status?.loadBalancer as { ingress?: Array<{ ip?: string; hostname?: string }> })?.ingress;
      const set = new Set<string>();
      for (const i of ingress ?? []) {
        if (i.ip) set.add(i.ip);
        else if (i.hostname) set.add(i.hostname);
      }
      let lb = [...set].sort().join(',');
      if (!wide && lb.length > 16) lb = `${lb.slice(0, 13)}...`;
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb.length > 0 ? lb : '<pending>';
    }
    case 'ExternalName':
      return extras.externalName ?? '';
    default:
      return '<unknown>';
  }
}

function portString(svc: Service): string {
  return svc.spec.ports
    .map((p) => (p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',');
}

export function serviceCells(svc: Service, options: GenerateOptions): string[] {
  const { now, wide } = options;
  const clusterIP = svc.spec.clusterIPs?.[0] ?? (svc.spec.clusterIP || '<none>');
  const ports = portString(svc) || '<none>';
  const cells = [
    svc.metadata.name,
    svc.spec.type,
    clusterIP,
    externalIP(svc, wide),
    ports,
    ageSince(svc.metadata.creationTimestamp, now),
  ];
  if (wide) cells.push(formatLabels(svc.spec.selector));
  return cells;
}
