// Probe lines of describe (src/sim/kubectl/printers/describe/containers.ts describeProbe, with the API server's
// SetDefaults_Probe / SetDefaults_HTTPGetAction in src/sim/api/defaults.ts). Expected lines: kubernetes.io "Configure
// Liveness, Readiness and Startup Probes" (exec-liveness: `Liveness:       exec [cat /tmp/healthy] delay=5s
// timeout=1s period=5s #success=1 #failure=3`), describe.go DescribeProbe for http-get (`http://:<port><path>`, the
// defaulted path `/`) and tcp-socket (`tcp-socket :<port>`).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../../harness/session.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: probed
spec:
  containers:
  - name: main
    image: busybox
    command: ["sleep", "600"]
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      initialDelaySeconds: 5
      periodSeconds: 5
    readinessProbe:
      httpGet:
        port: 8080
    startupProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
`;

describe('describe: container probes', () => {
  it('prints Liveness, Readiness and Startup with the server-side defaults', () => {
    const { session, run } = terminal('1.35', { 'pod.yaml': POD });
    run('kubectl apply -f pod.yaml');
    // Running, so the lines share their block with `Restart Count:` as in the documentation's capture.
    session.advanceBy(10_000);
    const lines = run('kubectl describe pod probed').stdout.split('\n');
    expect(lines.filter((l) => /^ {4}(Liveness|Readiness|Startup):/.test(l))).toEqual([
      '    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3',
      '    Readiness:      http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3',
      '    Startup:        tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3',
    ]);
  });
});
