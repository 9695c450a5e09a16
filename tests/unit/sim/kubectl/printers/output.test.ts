import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toJson } from '../../../../../src/sim/kubectl/printers/output/json.ts';
import { listOf } from '../../../../../src/sim/kubectl/printers/output/list.ts';
import { formatName } from '../../../../../src/sim/kubectl/printers/output/name.ts';
import { toYaml } from '../../../../../src/sim/kubectl/printers/output/yaml.ts';
import { job } from './fixtures.ts';

// `kubectl get job pi -o yaml` as shown on the Kubernetes docs' Job page (1.24-era cluster).
const UID = '863452e6-270d-420e-9b94-53a54146c223';
const piJob = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: {
    annotations: { 'batch.kubernetes.io/job-tracking': '' },
    creationTimestamp: '2022-06-15T08:40:15Z',
    generation: 1,
    labels: { 'controller-uid': UID, 'job-name': 'pi' },
    name: 'pi',
    namespace: 'default',
    resourceVersion: '987',
    uid: UID,
  },
  spec: {
    backoffLimit: 4,
    completionMode: 'NonIndexed',
    completions: 1,
    parallelism: 1,
    selector: { matchLabels: { 'controller-uid': UID } },
    suspend: false,
    template: {
      metadata: { creationTimestamp: null, labels: { 'controller-uid': UID, 'job-name': 'pi' } },
      spec: {
        containers: [
          {
            command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'],
            image: 'perl:5.34.0',
            imagePullPolicy: 'IfNotPresent',
            name: 'pi',
            resources: {},
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
          },
        ],
        dnsPolicy: 'ClusterFirst',
        restartPolicy: 'Never',
        schedulerName: 'default-scheduler',
        securityContext: {},
        terminationGracePeriodSeconds: 30,
      },
    },
  },
  status: { active: 1, ready: 0, startTime: '2022-06-15T08:40:15Z', uncountedTerminatedPods: {} },
};

describe('-o yaml', () => {
  it('matches the docs Job YAML byte for byte', () => {
    expect(toYaml(piJob)).toBe(`apiVersion: batch/v1
kind: Job
metadata:
  annotations:
    batch.kubernetes.io/job-tracking: ""
  creationTimestamp: "2022-06-15T08:40:15Z"
  generation: 1
  labels:
    controller-uid: ${UID}
    job-name: pi
  name: pi
  namespace: default
  resourceVersion: "987"
  uid: ${UID}
spec:
  backoffLimit: 4
  completionMode: NonIndexed
  completions: 1
  parallelism: 1
  selector:
    matchLabels:
      controller-uid: ${UID}
  suspend: false
  template:
    metadata:
      creationTimestamp: null
      labels:
        controller-uid: ${UID}
        job-name: pi
    spec:
      containers:
      - command:
        - perl
        - -Mbignum=bpi
        - -wle
        - print bpi(2000)
        image: perl:5.34.0
        imagePullPolicy: IfNotPresent
        name: pi
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Never
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
status:
  active: 1
  ready: 0
  startTime: "2022-06-15T08:40:15Z"
  uncountedTerminatedPods: {}
`);
    expect(parse(toYaml(piJob))).toEqual(piJob);
  });

  it('quotes like yaml.v2 and folds long scalars at column 80', () => {
    const data = {
      a: 'true',
      b: 'yes',
      c: '1.5',
      d: '*',
      e: 'key: value',
      f: 'plain text',
      g: '0x1F',
      h: 'line1\nline2\n',
      i: 'line1\nline2',
      message: 'Container job-1 for pod default/job-1-abcde failed with exit code 42 matching FailJob rule at index 0',
    };
    const out = toYaml(data);
    expect(out).toBe(`a: "true"
b: "yes"
c: "1.5"
d: '*'
e: 'key: value'
f: plain text
g: "0x1F"
h: |
  line1
  line2
i: |-
  line1
  line2
message: Container job-1 for pod default/job-1-abcde failed with exit code 42 matching
  FailJob rule at index 0
`);
    expect(parse(out)).toEqual(data);
  });

  it('wraps several objects in a List', () => {
    const out = toYaml(listOf([]));
    expect(out).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });
});

describe('-o json and -o name', () => {
  it('indents by 4, sorts keys, escapes HTML characters like Go', () => {
    expect(toJson({ kind: 'List', apiVersion: 'v1', items: [], metadata: { x: '<a&b>' } })).toBe(`{
    "apiVersion": "v1",
    "items": [],
    "kind": "List",
    "metadata": {
        "x": "\\u003ca\\u0026b\\u003e"
    }
}
`);
  });

  it('names resources with their group', () => {
    expect(formatName(job('job-1', 0))).toBe('job.batch/job-1');
    expect(formatName(job('job-1', 0), 'created')).toBe('job.batch/job-1 created');
  });
});
