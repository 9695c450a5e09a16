// describe pod/job Volumes blocks against real captures (find_string ids from the code corpus) and kubectl's
// pkg/describe/describe.go (tags kubernetes-1.22.0, kubernetes-1.35.0; commit 3e68cbc2c for 1.33's Optional).
import { describe, expect, it } from 'vitest';
import { defaultPod } from '../../../../../src/sim/api/defaults.ts';
import type { Pod } from '../../../../../src/sim/api/types.ts';
import { PrefixWriter } from '../../../../../src/sim/kubectl/printers/describe/prefix-writer.ts';
import { describeVolumes } from '../../../../../src/sim/kubectl/printers/describe/volumes.ts';
import { profile122 } from '../../../../../src/sim/profiles/v1_22.ts';
import { profile135 } from '../../../../../src/sim/profiles/v1_35.ts';
import { Random } from '../../../../../src/sim/random.ts';
import { terminal } from '../../../harness/session.ts';

type Volume = Record<string, unknown> & { name: string };

function volumesBlock(volumes: Volume[], profile = profile135, space = ''): string {
  const w = new PrefixWriter();
  describeVolumes(volumes, w, space, profile);
  return w.finish();
}

/** kube-root-ca.crt projected volume as the ServiceAccount admission plugin writes it. */
const KUBE_API_ACCESS: Volume = {
  name: 'kube-api-access-sb6b5',
  projected: {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
      {
        downwardAPI: {
          items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
        },
      },
    ],
  },
};

describe('describe volumes', () => {
  it('prints configMap, hostPath (typed and defaulted "") and the pre-1.33 projected block as a real kube-proxy pod', () => {
    // Real capture (kubectl describe pod kube-proxy-…, v1.29 cluster; code corpus id 42832021672).
    const volumes: Volume[] = [
      { name: 'kube-proxy', configMap: { defaultMode: 420, name: 'kube-proxy' } },
      { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
      { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } },
      KUBE_API_ACCESS,
    ];
    expect(volumesBlock(volumes, profile122)).toBe(`Volumes:
  kube-proxy:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      kube-proxy
    Optional:  false
  xtables-lock:
    Type:          HostPath (bare host directory volume)
    Path:          /run/xtables.lock
    HostPathType:  FileOrCreate
  lib-modules:
    Type:          HostPath (bare host directory volume)
    Path:          /lib/modules
    HostPathType:  
  kube-api-access-sb6b5:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
`);
  });

  it('prints Optional: false for the projected ConfigMap from kubectl 1.33 on', () => {
    // Real capture of a current kubectl (code corpus id 70341890383); describe.go since commit 3e68cbc2c.
    expect(volumesBlock([{ ...KUBE_API_ACCESS, name: 'kube-api-access-gmsnk' }], profile135)).toBe(`Volumes:
  kube-api-access-gmsnk:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
`);
  });

  it('prints emptyDir with an empty Medium and SizeLimit <unset>, or the limit', () => {
    // Real capture (code corpus id 20100261358): `Medium:     ` keeps its padding.
    expect(volumesBlock([{ name: 'my-volume', emptyDir: {} }])).toBe(`Volumes:
  my-volume:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
`);
    // describe.go printEmptyDirVolumeSource: a limit > 0 prints as the quantity, Medium as given.
    expect(volumesBlock([{ name: 'scratch', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }])).toContain(
      '    Medium:     Memory\n    SizeLimit:  64Mi\n',
    );
  });

  it('prints secret and persistentVolumeClaim sources as describe.go does', () => {
    // describe.go printSecretVolumeSource / printPersistentVolumeClaimVolumeSource (same on 1.22 and 1.35).
    expect(
      volumesBlock([
        { name: 'creds', secret: { secretName: 'db-creds', defaultMode: 420 } },
        { name: 'data', persistentVolumeClaim: { claimName: 'data-pvc' } },
      ]),
    ).toBe(`Volumes:
  creds:
    Type:        Secret (a volume populated by a Secret)
    SecretName:  db-creds
    Optional:    false
  data:
    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
    ClaimName:  data-pvc
    ReadOnly:   false
`);
  });

  it("indents a pod template's volume names one more space (describe job)", () => {
    expect(volumesBlock([{ name: 'cache', emptyDir: {} }], profile135, '  ')).toBe(`  Volumes:
   cache:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
`);
  });

  it('defaults a hostPath type to "" and a source-less volume to emptyDir (SetDefaults_Volume)', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default' },
      spec: {
        containers: [{ name: 'c', image: 'busybox' }],
        volumes: [{ name: 'h', hostPath: { path: '/tmp' } }, { name: 'e' }],
      },
    } as unknown as Pod;
    defaultPod(pod, new Random(1));
    expect(pod.spec.volumes?.slice(0, 2)).toEqual([
      { name: 'h', hostPath: { path: '/tmp', type: '' } },
      { name: 'e', emptyDir: {} },
    ]);
  });

  it("describe pod in a session shows a Job pod's hostPath volume", () => {
    const manifest = `apiVersion: batch/v1
kind: Job
metadata:
  name: host
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        command: ["true"]
        volumeMounts:
        - name: logs
          mountPath: /logs
      volumes:
      - name: logs
        hostPath:
          path: /var/log
          type: Directory
`;
    const { run } = terminal('1.35', { 'job.yaml': manifest });
    run('kubectl apply -f job.yaml');
    run('sleep 5');
    const out = run('kubectl describe pods').stdout;
    expect(out).toContain(`Volumes:
  logs:
    Type:          HostPath (bare host directory volume)
    Path:          /var/log
    HostPathType:  Directory
  kube-api-access-`);
    expect(out).toMatch(/ConfigMapName: {11}kube-root-ca\.crt\n {4}Optional: {16}false\n/);
  });
});
