// kubectl -v at other levels than 6, and how its lines travel: expected texts from client-go v0.22.17
// transport/round_trippers.go (-v=7: :432 `GET URL`, :438 `Request Headers:`, :442 `    Key: value`, :457
// `Response Status: 200 OK in N milliseconds`), client-go v0.35.0 round_trippers.go levelsV7 (:527 "Request" with
// verb, url and the headers as klog v2.130.1 writes a multi-line value: `headers=<`, tab-indented lines, ` >`; :632
// "Response" status and milliseconds), the capture of kubectl v1.35.3 `get pods -v=7` (same lines, Accept and
// User-Agent only) and of kubectl 1.27.3 `get pods -v 8` (the Table Accept header); features/envvar.go:172 (V(1));
// kubectl apply.go:392 (1.22) and :546 (1.35) `klog.V(4).Infof("Running apply post-processor function")`; klog
// Level.Set's strconv.ParseInt(value, 10, 32) behind pflag's `invalid argument "…" for "-v, --v" flag: …`.
import { describe, expect, it } from 'vitest';
import { runLine, terminal } from '../../harness/session.ts';

const HEADER = /^([IF])0112 09:\d\d:\d\d\.\d{6} {3}48213 /gm;
const klog = (stderr: string) => stderr.replace(HEADER, '$1 ');
const lines = (...l: string[]) => `${l.join('\n')}\n`;

const ACCEPT =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

const GATES = [
  'I envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false',
  'I envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false',
  'I envvar.go:172] "Feature gate default state" feature="InOrderInformers" enabled=true',
  'I envvar.go:172] "Feature gate default state" feature="InOrderInformersBatchProcess" enabled=true',
  'I envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=true',
  'I envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=true',
];

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: hello
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
`;

function serverOf(run: (line: string) => { stdout: string }): string {
  const info = run('kubectl cluster-info').stdout.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return /running at (\S+)/.exec(info)![1]!;
}

describe('kubectl -v=7: request headers', () => {
  it('1.22: the request line, each header, then the status', () => {
    const { run } = terminal('1.22');
    const server = serverOf(run);
    const got = run('kubectl get pods -v=7');
    expect(got.stdout).toBe('');
    expect(klog(got.stderr)).toBe(
      lines(
        'I loader.go:372] Config loaded from file:  /home/learner/.kube/config',
        `I round_trippers.go:432] GET ${server}/api/v1/namespaces/default/pods?limit=500`,
        'I round_trippers.go:438] Request Headers:',
        `I round_trippers.go:442]     Accept: ${ACCEPT}`,
        'I round_trippers.go:442]     User-Agent: kubectl/v1.22.17 (linux/amd64) kubernetes/a7736ea',
        'I round_trippers.go:457] Response Status: 200 OK in 7 milliseconds',
        'No resources found in default namespace.',
      ),
    );
  });

  it('1.35: a structured "Request" with the headers block, then "Response"', () => {
    const { run } = terminal('1.35');
    const server = serverOf(run);
    expect(klog(run('kubectl get pods -v=7').stderr)).toBe(
      lines(
        'I loader.go:405] Config loaded from file:  /home/learner/.kube/config',
        ...GATES,
        `I round_trippers.go:527] "Request" verb="GET" url="${server}/api/v1/namespaces/default/pods?limit=500" headers=<`,
        `\tAccept: ${ACCEPT}`,
        '\tUser-Agent: kubectl/v1.35.0 (linux/amd64) kubernetes/6645204',
        ' >',
        'I round_trippers.go:632] "Response" status="200 OK" milliseconds=7',
        'No resources found in default namespace.',
      ),
    );
  });
});

describe('kubectl -v below 6', () => {
  it('1.22 prints nothing more; 1.35 prints client-go feature gates from -v=1', () => {
    const old = terminal('1.22');
    for (const v of [1, 3, 5]) {
      expect(old.run(`kubectl get pods -v=${v}`)).toEqual({
        stdout: '',
        stderr: 'No resources found in default namespace.\n',
        exitCode: 0,
      });
    }
    const modern = terminal('1.35');
    expect(klog(modern.run('kubectl get pods -v=1').stderr)).toBe(
      lines(...GATES, 'No resources found in default namespace.'),
    );
    // No REST client, no gates.
    expect(modern.run('kubectl version --client -v=3').stderr).toBe('');
  });

  it("apply's post-processor line from -v=4", () => {
    const old = terminal('1.22', { 'job.yaml': JOB });
    const applied = old.run('kubectl apply -f job.yaml -v=4');
    expect(applied.stdout).toBe('job.batch/hello created\n');
    expect(klog(applied.stderr)).toBe(lines('I apply.go:392] Running apply post-processor function'));
    const modern = terminal('1.35', { 'job.yaml': JOB });
    expect(klog(modern.run('kubectl apply -f job.yaml -v=5').stderr)).toBe(
      lines(...GATES, 'I apply.go:546] Running apply post-processor function'),
    );
  });
});

describe('kubectl -v values and streams', () => {
  it('bad levels are pflag errors from klog.Level.Set', () => {
    expect(terminal('1.35').run('kubectl get pods -v=abc')).toEqual({
      stdout: '',
      stderr:
        'error: invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
      exitCode: 1,
    });
    expect(terminal('1.22').run('kubectl get pods --v=0x6').stderr).toBe(
      'Error: invalid argument "0x6" for "-v, --v" flag: strconv.ParseInt: parsing "0x6": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    );
    expect(terminal('1.35').run('kubectl get pods -v 4294967296').stderr).toBe(
      'error: invalid argument "4294967296" for "-v, --v" flag: strconv.ParseInt: parsing "4294967296": value out of range\nSee \'kubectl get --help\' for usage.\n',
    );
  });

  it('klog writes to stderr: a pipe carries stdout only, 2>&1 carries both', () => {
    const { session, run } = terminal('1.22', { 'job.yaml': JOB });
    run('kubectl create -f job.yaml');
    const piped = runLine(session, 'kubectl get jobs -v=6 | grep -c hello');
    expect(piped.out).toBe('1\n');
    expect(klog(piped.err)).toMatch(
      /^I loader\.go:372\] .*\nI round_trippers\.go:454\] GET .*\/jobs\?limit=500 200 OK/,
    );
    expect(runLine(session, 'kubectl get jobs -v=6 2>&1 | grep -c round_trippers').out).toBe('1\n');
    expect(runLine(session, 'kubectl get jobs -v=6 2>/dev/null').err).toBe('');
  });

  it('a level or command whose output is not simulated stops with a hint', () => {
    const { session } = terminal('1.35');
    for (const line of ['kubectl get pods -v=8', 'kubectl get pods -w -v=6', 'kubectl describe node -v=6']) {
      const got = runLine(session, line);
      expect(got.out).toBe('');
      expect(got.err).toBe('');
      expect(got.hint).toContain('not simulated');
    }
  });

  it('a NotFound outside "default" also asks for the namespace (cli-runtime Info.Get)', () => {
    const { run } = terminal('1.35');
    const server = serverOf(run);
    const got = run('kubectl get pods nope -n kube-system -v=6');
    expect(klog(got.stderr)).toBe(
      lines(
        'I loader.go:405] Config loaded from file:  /home/learner/.kube/config',
        ...GATES,
        `I round_trippers.go:632] "Response" verb="GET" url="${server}/api/v1/namespaces/kube-system/pods/nope" status="404 Not Found" milliseconds=7`,
        `I round_trippers.go:632] "Response" verb="GET" url="${server}/api/v1/namespaces/kube-system" status="200 OK" milliseconds=3`,
        'Error from server (NotFound): pods "nope" not found',
      ),
    );
  });

  it('get all asks for every type of the category, the ones the simulator keeps empty too', () => {
    const { run } = terminal('1.35');
    const server = serverOf(run);
    const paths = [...run('kubectl get all -v=6').stderr.matchAll(/url="([^"]+)"/g)].map((m) => m[1]);
    // kubectl's "all" category in discovery order (api-resources), each listed in chunks of 500.
    expect(paths).toEqual(
      [
        '/api/v1/namespaces/default/pods',
        '/api/v1/namespaces/default/replicationcontrollers',
        '/api/v1/namespaces/default/services',
        '/apis/apps/v1/namespaces/default/daemonsets',
        '/apis/apps/v1/namespaces/default/deployments',
        '/apis/apps/v1/namespaces/default/replicasets',
        '/apis/apps/v1/namespaces/default/statefulsets',
        '/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers',
        '/apis/batch/v1/namespaces/default/cronjobs',
        '/apis/batch/v1/namespaces/default/jobs',
      ].map((p) => `${server}${p}?limit=500`),
    );
  });

  it('get all on 1.22 asks for HorizontalPodAutoscalers at autoscaling/v1, the version a 1.22 server prefers', () => {
    const { run } = terminal('1.22');
    const urls = [...run('kubectl get all -v=6').stderr.matchAll(/GET (\S+) 200 OK/g)].map((m) => m[1]);
    expect(urls).toContain(
      `${serverOf(run)}/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers?limit=500`,
    );
    expect(urls.some((url) => url?.includes('autoscaling/v2'))).toBe(false);
  });

  it('apply -f: GET, a namespace check outside "default", then POST (captures of 1.22 and 1.34 apply -v=6)', () => {
    const old = terminal('1.22', { 'job.yaml': JOB });
    const server = serverOf(old.run);
    const applied = old.run('kubectl apply -f job.yaml -n kube-public -v=6');
    expect(applied.stdout).toBe('job.batch/hello created\n');
    expect(klog(applied.stderr)).toBe(
      lines(
        'I loader.go:372] Config loaded from file:  /home/learner/.kube/config',
        `I round_trippers.go:454] GET ${server}/openapi/v2?timeout=32s 200 OK in 7 milliseconds`,
        `I round_trippers.go:454] GET ${server}/apis/batch/v1/namespaces/kube-public/jobs/hello 404 Not Found in 3 milliseconds`,
        `I round_trippers.go:454] GET ${server}/api/v1/namespaces/kube-public 200 OK in 2 milliseconds`,
        `I round_trippers.go:454] POST ${server}/apis/batch/v1/namespaces/kube-public/jobs?fieldManager=kubectl-client-side-apply 201 Created in 4 milliseconds`,
        'I apply.go:392] Running apply post-processor function',
      ),
    );
    const modern = terminal('1.35', { 'job.yaml': JOB });
    const url = serverOf(modern.run);
    const got = runLine(modern.session, 'kubectl apply -f job.yaml -v=6');
    expect(got.out).toBe('job.batch/hello created\n');
    expect(klog(got.err)).toBe(
      lines(
        'I loader.go:405] Config loaded from file:  /home/learner/.kube/config',
        ...GATES,
        `I round_trippers.go:632] "Response" verb="GET" url="${url}/openapi/v3?timeout=32s" status="200 OK" milliseconds=7`,
        `I round_trippers.go:632] "Response" verb="GET" url="${url}/apis/batch/v1/namespaces/default/jobs/hello" status="404 Not Found" milliseconds=3`,
        `I round_trippers.go:632] "Response" verb="POST" url="${url}/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-client-side-apply&fieldValidation=Strict" status="201 Created" milliseconds=2`,
        'I apply.go:546] Running apply post-processor function',
      ),
    );
    // The group's OpenAPI v3 document is fetched by a hash the simulator cannot know: said, not shown.
    expect(got.hint).toContain('openapi/v3/apis/batch/v1?hash=');
  });

  it('delete -l lists without chunking, then DELETE and the wait per object (delete.go builder, RequireObject(false))', () => {
    const { run } = terminal('1.22', { 'job.yaml': JOB });
    const server = serverOf(run);
    run('kubectl create -f job.yaml');
    run('kubectl label job hello tier=batch');
    const got = run('kubectl delete jobs -l tier=batch -v=6');
    expect(got.stdout).toBe('job.batch "hello" deleted\n');
    expect(klog(got.stderr)).toBe(
      lines(
        'I loader.go:372] Config loaded from file:  /home/learner/.kube/config',
        `I round_trippers.go:454] GET ${server}/apis/batch/v1/namespaces/default/jobs?labelSelector=tier%3Dbatch 200 OK in 7 milliseconds`,
        `I round_trippers.go:454] DELETE ${server}/apis/batch/v1/namespaces/default/jobs/hello 200 OK in 3 milliseconds`,
        `I round_trippers.go:454] GET ${server}/apis/batch/v1/namespaces/default/jobs?fieldSelector=metadata.name%3Dhello 200 OK in 2 milliseconds`,
      ),
    );
  });

  it('1.35 reads OpenAPI v3 only once it validates an object: not for a missing file', () => {
    const { run } = terminal('1.35');
    expect(klog(run('kubectl create -f nope.yaml -v=6').stderr)).toBe(
      lines(
        'I loader.go:405] Config loaded from file:  /home/learner/.kube/config',
        ...GATES,
        'error: the path "nope.yaml" does not exist',
      ),
    );
  });

  it('version asks the discovery client for /version (32 s default timeout); --client reads no kubeconfig', () => {
    const old = terminal('1.22');
    const server = serverOf(old.run);
    expect(klog(old.run('kubectl version -v=6').stderr)).toBe(
      lines(
        'I loader.go:372] Config loaded from file:  /home/learner/.kube/config',
        `I round_trippers.go:454] GET ${server}/version?timeout=32s 200 OK in 7 milliseconds`,
      ),
    );
    expect(terminal('1.35').run('kubectl version --client -v=9')).toEqual({
      stdout: 'Client Version: v1.35.0\nKustomize Version: v5.7.1\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('describe cronjob: the builder GET, CronJobDescriber GET (batch/v1), the event search with kind CronJob', () => {
    const { run } = terminal('1.35');
    const server = serverOf(run);
    run('kubectl create cronjob c --image=busybox --schedule="*/5 * * * *"');
    const uid = run('kubectl get cronjob c -o jsonpath={.metadata.uid}').stdout;
    const urls = [...run('kubectl describe cronjob c -v=6').stderr.matchAll(/url="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual([
      `${server}/apis/batch/v1/namespaces/default/cronjobs/c`,
      `${server}/apis/batch/v1/namespaces/default/cronjobs/c`,
      `${server}/api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DCronJob%2CinvolvedObject.name%3Dc%2CinvolvedObject.namespace%3Ddefault%2CinvolvedObject.uid%3D${uid}&limit=500`,
    ]);
  });
});
