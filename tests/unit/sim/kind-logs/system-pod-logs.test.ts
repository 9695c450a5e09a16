// `kubectl logs` of kind's system pods (src/sim/kind-logs/). Expected texts are the captures each data file cites
// (CoreDNS: search-index ids 9912929923 and 60298056641; kube-proxy: 28197260744 + 10902038229 and 62666434322;
// kindnet: 19929111090 and kind's main.go at v0.11.1 / 20ccfc88; local-path-provisioner: 17112265324 and
// 30827240606, with v0.0.32's vendored library lines for 1.35), with this cluster's node names and IPs, and timestamps of a cluster born 28 days before the lesson
// epoch (2026-01-12T09:00:00Z → born 2025-12-15T09:00:00Z, containers started 15 s later).
import { describe, expect, it } from 'vitest';
import { terminal, transcriptOf } from '../../harness/session.ts';

function podNamed(run: ReturnType<typeof terminal>['run'], namespace: string, selector: string): string[] {
  return run(`kubectl get pods -n ${namespace} -l ${selector} -o name`)
    .stdout.trim()
    .split('\n')
    .map((n) => n.slice('pod/'.length));
}

/** The pod of a DaemonSet that runs on `node`. */
function onNode(run: ReturnType<typeof terminal>['run'], pods: string[], node: string): string {
  return pods.find((p) => run(`kubectl get pod -n kube-system ${p} -o jsonpath={.spec.nodeName}`).stdout === node)!;
}

const KINDNET_1_22_WORKER = `I0112 09:00:01.088241       1 main.go:102] connected to apiserver: https://10.96.0.1:443
I0112 09:00:01.088270       1 main.go:107] hostIP = 172.18.0.3
podIP = 172.18.0.3
I0112 09:00:01.088459       1 main.go:116] setting mtu 1500 for CNI 
I0112 09:00:01.088536       1 main.go:146] kindnetd IP family: "ipv4"
I0112 09:00:01.088559       1 main.go:150] noMask IPv4 subnets: [10.244.0.0/16]
I0112 09:00:01.278193       1 main.go:223] Handling node with IPs: map[172.18.0.2:{}]
I0112 09:00:01.278205       1 main.go:250] Node jobslab-control-plane has CIDR [10.244.0.0/24] 
I0112 09:00:01.280741       1 main.go:223] Handling node with IPs: map[172.18.0.3:{}]
I0112 09:00:01.280758       1 main.go:227] handling current node
`;

const KINDNET_1_35_CONTROL_PLANE = `I0112 09:00:01.088241       1 main.go:109] connected to apiserver: https://10.96.0.1:443
I0112 09:00:01.088270       1 main.go:139] hostIP = 172.18.0.2
podIP = 172.18.0.2
I0112 09:00:01.088459       1 main.go:148] setting mtu 1500 for CNI 
I0112 09:00:01.088536       1 main.go:178] kindnetd IP family: "ipv4"
I0112 09:00:01.088559       1 main.go:182] noMask IPv4 subnets: [10.244.0.0/16]
I0112 09:00:11.089100       1 main.go:297] Handling node with IPs: map[172.18.0.2:{}]
I0112 09:00:11.089117       1 main.go:301] handling current node
I0112 09:00:11.091648       1 main.go:297] Handling node with IPs: map[172.18.0.3:{}]
I0112 09:00:11.091660       1 main.go:324] Node jobslab-worker has CIDR [10.244.1.0/24] 
`;

const PROXY_1_22 = (ip: string) => `I1215 09:00:15.377505       1 node.go:172] Successfully retrieved node IP: ${ip}
I1215 09:00:15.377609       1 server_others.go:140] Detected node IP ${ip}
I1215 09:00:15.396687       1 server_others.go:206] kube-proxy running in dual-stack mode, IPv4-primary
I1215 09:00:15.396788       1 server_others.go:212] Using iptables Proxier.
I1215 09:00:15.396807       1 server_others.go:219] creating dualStackProxier for iptables.
W1215 09:00:15.396844       1 server_others.go:495] detect-local-mode set to ClusterCIDR, but no IPv6 cluster CIDR defined, , defaulting to no-op detect-local for IPv6
I1215 09:00:15.397386       1 server.go:649] Version: v1.22.17
I1215 09:00:15.400038       1 config.go:315] Starting service config controller
I1215 09:00:15.400058       1 shared_informer.go:240] Waiting for caches to sync for service config
I1215 09:00:15.400085       1 config.go:224] Starting endpoint slice config controller
I1215 09:00:15.400104       1 shared_informer.go:240] Waiting for caches to sync for endpoint slice config
I1215 09:00:15.500379       1 shared_informer.go:247] Caches are synced for endpoint slice config 
I1215 09:00:15.500535       1 shared_informer.go:247] Caches are synced for service config 
`;

const PROXY_1_35_WORKER = `I1215 09:00:15.302910       1 server_linux.go:53] "Using iptables proxy"
I1215 09:00:15.369273       1 shared_informer.go:370] "Waiting for caches to sync"
I1215 09:00:15.469371       1 shared_informer.go:377] "Caches are synced"
I1215 09:00:15.469395       1 server.go:218] "Successfully retrieved NodeIPs" NodeIPs=["172.18.0.3"]
E1215 09:00:15.480198       1 server.go:255] "Kube-proxy configuration may be incomplete or incorrect" err="nodePortAddresses is unset; NodePort connections will be accepted on all local IPs. Consider using \`--nodeport-addresses primary\`"
I1215 09:00:15.525350       1 server.go:264] "kube-proxy running in dual-stack mode" primary ipFamily="IPv4"
I1215 09:00:15.525379       1 server_linux.go:136] "Using iptables Proxier"
I1215 09:00:15.528921       1 proxier.go:242] "Setting route_localnet=1 to allow node-ports on localhost; to change this either disable iptables.localhostNodePorts (--iptables-localhost-nodeports) or set nodePortAddresses (--nodeport-addresses) to filter loopback addresses" ipFamily="IPv4"
I1215 09:00:15.545430       1 server.go:529] "Version info" version="v1.35.0"
I1215 09:00:15.545443       1 server.go:531] "Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""
I1215 09:00:15.546283       1 config.go:200] "Starting service config controller"
I1215 09:00:15.546292       1 shared_informer.go:349] "Waiting for caches to sync" controller="service config"
I1215 09:00:15.546316       1 config.go:106] "Starting endpoint slice config controller"
I1215 09:00:15.546322       1 shared_informer.go:349] "Waiting for caches to sync" controller="endpoint slice config"
I1215 09:00:15.546325       1 config.go:403] "Starting serviceCIDR config controller"
I1215 09:00:15.546328       1 shared_informer.go:349] "Waiting for caches to sync" controller="serviceCIDR config"
I1215 09:00:15.546386       1 config.go:309] "Starting node config controller"
I1215 09:00:15.546401       1 shared_informer.go:349] "Waiting for caches to sync" controller="node config"
I1215 09:00:15.546406       1 shared_informer.go:356] "Caches are synced" controller="node config"
I1215 09:00:15.647086       1 shared_informer.go:356] "Caches are synced" controller="endpoint slice config"
I1215 09:00:15.647096       1 shared_informer.go:356] "Caches are synced" controller="serviceCIDR config"
I1215 09:00:15.647110       1 shared_informer.go:356] "Caches are synced" controller="service config"
`;

describe('kubectl logs of kind system pods, 1.22', () => {
  const { run } = terminal('1.22');

  it('CoreDNS 1.8.4: both pods print its banner and the Corefile MD5', () => {
    for (const pod of podNamed(run, 'kube-system', 'k8s-app=kube-dns')) {
      expect(run(`kubectl logs -n kube-system ${pod}`)).toEqual({
        stdout: `.:53
[INFO] plugin/reload: Running configuration MD5 = db32ca3650231d74073ff4cf814959a7
CoreDNS-1.8.4
linux/amd64, go1.16.4, 053c4d5
`,
        stderr: '',
        exitCode: 0,
      });
    }
  });

  it('kube-proxy on each node (iptables, no conntrack line on kind)', () => {
    const pods = podNamed(run, 'kube-system', 'k8s-app=kube-proxy');
    expect(run(`kubectl logs -n kube-system ${onNode(run, pods, 'jobslab-control-plane')}`).stdout).toBe(
      PROXY_1_22('172.18.0.2'),
    );
    expect(run(`kubectl logs -n kube-system ${onNode(run, pods, 'jobslab-worker')}`).stdout).toBe(
      PROXY_1_22('172.18.0.3'),
    );
  });

  it('kindnet: a replacement on the worker logs its start-up and first pass (control plane first: nodes by name)', () => {
    const { session, run: run2 } = terminal('1.22');
    const before = podNamed(run2, 'kube-system', 'app=kindnet');
    run2(`kubectl delete pod -n kube-system ${onNode(run2, before, 'jobslab-worker')}`);
    session.advanceBy(2_000);
    const fresh = podNamed(run2, 'kube-system', 'app=kindnet').find((p) => !before.includes(p))!;
    // Started at 2026-01-12T09:00:01Z (created when the old pod went, running a second later).
    expect(run2(`kubectl logs -n kube-system ${fresh}`).stdout).toBe(KINDNET_1_22_WORKER);
  });

  it('local-path-provisioner: logrus notices with the trailing space, then the controller', () => {
    const [pod] = podNamed(run, 'local-path-storage', 'app=local-path-provisioner');
    const out = run(`kubectl logs -n local-path-storage ${pod}`).stdout;
    const id = out.match(/_([0-9a-f-]{36})!\n/)![1];
    expect(
      out,
    ).toBe(`time="2025-12-15T09:00:15Z" level=debug msg="Applied config: {\\"nodePathMap\\":[{\\"node\\":\\"DEFAULT_PATH_FOR_NON_LISTED_NODES\\",\\"paths\\":[\\"/var/local-path-provisioner\\"]}]}" 
time="2025-12-15T09:00:15Z" level=debug msg="Provisioner started" 
I1215 09:00:15.142016       1 controller.go:773] Starting provisioner controller rancher.io/local-path_${pod}_${id}!
I1215 09:00:15.243167       1 controller.go:822] Started provisioner controller rancher.io/local-path_${pod}_${id}!
`);
  });

  it('--tail and --timestamps read the same log (the CRI time, to the millisecond)', () => {
    const [pod] = podNamed(run, 'kube-system', 'k8s-app=kube-dns');
    expect(run(`kubectl logs -n kube-system ${pod} --tail=2 --timestamps`).stdout).toBe(
      `2025-12-15T09:00:16.211000000Z CoreDNS-1.8.4
2025-12-15T09:00:16.211000000Z linux/amd64, go1.16.4, 053c4d5
`,
    );
    expect(run(`kubectl logs -n kube-system ${pod} --since=1h`).stdout).toBe('');
  });

  it('a replaced CoreDNS pod logs its startup again at its own start', () => {
    const { session, run: run2 } = terminal('1.22');
    const before = podNamed(run2, 'kube-system', 'k8s-app=kube-dns');
    run2(`kubectl delete pod -n kube-system ${before[0]}`);
    session.advanceBy(2_000);
    const fresh = podNamed(run2, 'kube-system', 'k8s-app=kube-dns').find((p) => !before.includes(p))!;
    const started = run2(
      `kubectl get pod -n kube-system ${fresh} -o jsonpath={.status.containerStatuses[0].state.running.startedAt}`,
    ).stdout;
    // 1.210000 s after the start, then a few microseconds later (the CRI time: the next millisecond up).
    const at = (ms: number) => `${new Date(Date.parse(started) + ms).toISOString().slice(0, 23)}000000Z`;
    expect(run2(`kubectl logs -n kube-system ${fresh} --timestamps`).stdout).toBe(
      [
        `${at(1210)} .:53`,
        `${at(1211)} [INFO] plugin/reload: Running configuration MD5 = db32ca3650231d74073ff4cf814959a7`,
        `${at(1211)} CoreDNS-1.8.4`,
        `${at(1211)} linux/amd64, go1.16.4, 053c4d5`,
        '',
      ].join('\n'),
    );
    expect(started.startsWith('2026-01-12T09:00:0')).toBe(true);
  });
});

describe('kubectl logs TYPE/NAME for the system workloads', () => {
  it('deploy/coredns and ds/kube-proxy pick one pod and say so on stderr', () => {
    const { run } = terminal('1.35');
    const dns = podNamed(run, 'kube-system', 'k8s-app=kube-dns');
    const deploy = run('kubectl logs -n kube-system deploy/coredns --tail=1');
    expect(deploy).toEqual({
      stdout: 'linux/amd64, go1.25.2, 1db4568\n',
      stderr: `Found 2 pods, using pod/${dns[0]}\n`,
      exitCode: 0,
    });
    const proxies = podNamed(run, 'kube-system', 'k8s-app=kube-proxy');
    expect(run('kubectl logs -n kube-system ds/kube-proxy --tail=1').stderr).toBe(
      `Found 2 pods, using pod/${proxies[0]}\n`,
    );
    expect(run('kubectl logs -n kube-system svc/kube-dns --tail=1').stderr).toBe(`Found 2 pods, using pod/${dns[0]}\n`);
    // polymorphichelpers helpers.go SelectorsForObject, wrapped by logsforobject.go.
    expect(run('kubectl logs svc/kubernetes')).toEqual({
      stdout: '',
      stderr:
        "error: cannot get the logs from *v1.Service: invalid service 'kubernetes': Service is defined without a selector\n",
      exitCode: 1,
    });
    // logs.go v0.35.0 Complete: the builder's NotFound, whatever the type, gets the namespace.
    expect(run('kubectl logs deploy/nope').stderr).toBe(
      'error: error from server (NotFound): deployments.apps "nope" not found in namespace "default"\n',
    );
    // One pod: no notice.
    expect(run('kubectl logs -n local-path-storage deploy/local-path-provisioner --tail=0')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('kubectl logs of kind system pods, 1.35', () => {
  const { run } = terminal('1.35');

  it('CoreDNS 1.13.1: automaxprocs, banner and the Corefile SHA512', () => {
    for (const pod of podNamed(run, 'kube-system', 'k8s-app=kube-dns')) {
      expect(run(`kubectl logs -n kube-system ${pod}`).stdout).toBe(`maxprocs: Leaving GOMAXPROCS=4: CPU quota undefined
.:53
[INFO] plugin/reload: Running configuration SHA512 = 1b226df79860026c6a52e67daa10d7f0d57ec5b023288ec00c5e05f93523c894564e15b91770d3a07ae1cfbe861d15b37d4a0027e69c546ab112970993a3b03b
CoreDNS-1.13.1
linux/amd64, go1.25.2, 1db4568
`);
    }
  });

  it('kube-proxy (structured klog)', () => {
    const pods = podNamed(run, 'kube-system', 'k8s-app=kube-proxy');
    expect(run(`kubectl logs -n kube-system ${onNode(run, pods, 'jobslab-worker')}`).stdout).toBe(PROXY_1_35_WORKER);
    expect(run(`kubectl logs -n kube-system ${onNode(run, pods, 'jobslab-control-plane')}`).stdout).toBe(
      PROXY_1_35_WORKER.replace('172.18.0.3', '172.18.0.2'),
    );
  });

  it('kindnet: a replacement on the control plane logs its start-up (its first pass comes 10 s later)', () => {
    const { session, run: run2 } = terminal('1.35');
    const before = podNamed(run2, 'kube-system', 'app=kindnet');
    run2(`kubectl delete pod -n kube-system ${onNode(run2, before, 'jobslab-control-plane')}`);
    session.advanceBy(12_000);
    const fresh = podNamed(run2, 'kube-system', 'app=kindnet').find((p) => !before.includes(p))!;
    expect(run2(`kubectl logs -n kube-system ${fresh}`).stdout).toBe(KINDNET_1_35_CONTROL_PLANE);
  });

  it('local-path-provisioner v0.0.32: structured klog, storageClassConfigs null', () => {
    const [pod] = podNamed(run, 'local-path-storage', 'app=local-path-provisioner');
    const out = run(`kubectl logs -n local-path-storage ${pod}`).stdout;
    const id = out.match(/_([0-9a-f-]{36})"\n/)![1];
    expect(
      out,
    ).toBe(`time="2025-12-15T09:00:15Z" level=debug msg="Applied config: {\\"nodePathMap\\":[{\\"node\\":\\"DEFAULT_PATH_FOR_NON_LISTED_NODES\\",\\"paths\\":[\\"/var/local-path-provisioner\\"]}],\\"storageClassConfigs\\":null}"
time="2025-12-15T09:00:15Z" level=debug msg="Provisioner started"
I1215 09:00:15.709391       1 controller.go:838] "Starting provisioner controller" component="rancher.io/local-path_${pod}_${id}"
I1215 09:00:15.809915       1 controller.go:887] "Started provisioner controller" component="rancher.io/local-path_${pod}_${id}"
`);
  });
});

describe('kindnet keeps reconciling every 10 s', () => {
  it('1.22: a 28-day-old log holds only recent passes (rotated past 10 MiB); -f prints each new pass', () => {
    const { session, run } = terminal('1.22');
    const pods = podNamed(run, 'kube-system', 'app=kindnet');
    const worker = onNode(run, pods, 'jobslab-worker');
    // Passes every 10.015 s from 09:00:25.293193 on 2025-12-15; the epoch is 2026-01-12T09:00:00Z.
    expect(run(`kubectl logs -n kube-system ${worker} --tail=4`).stdout).toBe(
      `I0112 08:59:58.618193       1 main.go:223] Handling node with IPs: map[172.18.0.2:{}]
I0112 08:59:58.618205       1 main.go:250] Node jobslab-control-plane has CIDR [10.244.0.0/24] 
I0112 08:59:58.620741       1 main.go:223] Handling node with IPs: map[172.18.0.3:{}]
I0112 08:59:58.620758       1 main.go:227] handling current node
`,
    );
    const all = run(`kubectl logs -n kube-system ${worker}`).stdout;
    expect(all.startsWith('I1215')).toBe(false);
    expect(all.length).toBeLessThanOrEqual(10 * 1024 * 1024);
    const shown = transcriptOf(session);
    session.shell.submit(`kubectl logs -n kube-system ${worker} -f --tail=0`);
    session.advanceBy(11_000);
    expect(shown()).toContain(`I0112 09:00:08.633193       1 main.go:223] Handling node with IPs: map[172.18.0.2:{}]
I0112 09:00:08.633205       1 main.go:250] Node jobslab-control-plane has CIDR [10.244.0.0/24] 
I0112 09:00:08.635741       1 main.go:223] Handling node with IPs: map[172.18.0.3:{}]
I0112 09:00:08.635758       1 main.go:227] handling current node
`);
    session.shell.interrupt();
  });

  it('1.35: the ticker passes, the first one 10 s after start (the informer cache was empty)', () => {
    const { run } = terminal('1.35');
    const pods = podNamed(run, 'kube-system', 'app=kindnet');
    const controlPlane = onNode(run, pods, 'jobslab-control-plane');
    expect(run(`kubectl logs -n kube-system ${controlPlane} --tail=2 --timestamps`).stdout).toBe(
      `2026-01-12T08:59:55.092000000Z I0112 08:59:55.091648       1 main.go:297] Handling node with IPs: map[172.18.0.3:{}]
2026-01-12T08:59:55.092000000Z I0112 08:59:55.091660       1 main.go:324] Node jobslab-worker has CIDR [10.244.1.0/24] 
`,
    );
  });

  it('deleting a kindnet pod ends `kubectl logs -f` on it', () => {
    const { session, run } = terminal('1.35');
    const [pod] = podNamed(run, 'kube-system', 'app=kindnet');
    session.shell.submit(`kubectl logs -n kube-system ${pod} -f --tail=0`);
    expect(session.shell.busy).toBe(true);
    session.cluster.api.delete('Pod', 'kube-system', pod!, {});
    session.advanceBy(1_000);
    expect(session.shell.busy).toBe(false);
  });
});
