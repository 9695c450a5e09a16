// Small builders for API objects used by the printer tests. Times are given as seconds after T0.
import type { Event, Job, Pod, Service } from '../../../../../src/sim/api/types.ts';
import { toRfc3339 } from '../../../../../src/sim/clock.ts';

export const T0 = Date.UTC(2024, 0, 1, 10, 0, 0);
export const at = (seconds: number): string => toRfc3339(T0 + seconds * 1000);
export const now = (seconds: number): number => T0 + seconds * 1000;

export function job(name: string, created: number, overrides: Partial<Job['status']> = {}, uid = `uid-${name}`): Job {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      namespace: 'default',
      uid,
      resourceVersion: '1',
      creationTimestamp: at(created),
      labels: { 'controller-uid': uid, 'job-name': name },
    },
    spec: {
      parallelism: 1,
      completions: 1,
      backoffLimit: 6,
      selector: { matchLabels: { 'controller-uid': uid } },
      template: {
        metadata: { labels: { 'controller-uid': uid, 'job-name': name } },
        spec: {
          containers: [{ name, image: 'ubuntu', command: ['/bin/bash', '-c', 'exit 0'] }],
          restartPolicy: 'Never',
        },
      },
    },
    status: { startTime: at(created), ...overrides },
  };
}

export function terminatedPod(name: string, created: number, exitCode: number, finished: number): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: at(created) },
    spec: { containers: [{ name: 'c', image: 'ubuntu' }], restartPolicy: 'Never', nodeName: 'node-1' },
    status: {
      phase: exitCode === 0 ? 'Succeeded' : 'Failed',
      podIP: '10.244.0.5',
      podIPs: [{ ip: '10.244.0.5' }],
      containerStatuses: [
        {
          name: 'c',
          image: 'ubuntu:latest',
          imageID: 'docker.io/library/ubuntu@sha256:abc',
          ready: false,
          restartCount: 0,
          state: {
            terminated: {
              exitCode,
              reason: exitCode === 0 ? 'Completed' : 'Error',
              startedAt: at(finished - 1),
              finishedAt: at(finished),
            },
          },
          lastState: {},
        },
      ],
    },
  };
}

export function kubernetesService(created: number): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      uid: 'svc',
      resourceVersion: '1',
      creationTimestamp: at(created),
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    },
    status: { loadBalancer: {} },
  };
}

export function event(
  name: string,
  involved: { kind: string; name: string; fieldPath?: string },
  reason: string,
  message: string,
  first: number,
  options: { last?: number; count?: number; type?: 'Normal' | 'Warning'; component?: string } = {},
): Event {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: at(first) },
    involvedObject: { ...involved, namespace: 'default' },
    reason,
    message,
    source: { component: options.component ?? 'job-controller' },
    firstTimestamp: at(first),
    lastTimestamp: at(options.last ?? first),
    count: options.count ?? 1,
    type: options.type ?? 'Normal',
    eventTime: null,
    reportingComponent: options.component ?? 'job-controller',
    reportingInstance: '',
  };
}
