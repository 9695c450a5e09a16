// kubectl -v=6: klog lines on stderr for the requests kubectl sends, per version. Expected texts from the sources
// at the emulated tags and from captures:
// - 1.22: client-go v0.22.17 tools/clientcmd/loader.go:372 `klog.V(6).Infoln("Config loaded from file: ", f)`,
//   transport/round_trippers.go:454 `klog.Infof("%s %s %s in %d milliseconds", verb, url, status, ms)`, kubectl
//   v0.22.17 pkg/cmd/util/helpers.go:116 (CheckErr's klog.FatalDepth from -v=6, exit 255); captures of kubectl
//   1.22.x `apply -f … -v=6` (`GET …/openapi/v2?timeout=32s 200 OK`, `POST …?fieldManager=kubectl-client-side-apply
//   201 Created`) and `delete -f … -v=7` (`F… helpers.go:116] error: …`).
// - 1.35: client-go v0.35.0 loader.go:405, features/envvar.go:172 (`"Feature gate default state" feature="…"
//   enabled=…`), round_trippers.go:632 `"Response" verb=… url=… status=… milliseconds=…` (levelsV6); capture of
//   kubectl v1.35.3 `get pods -v=7`.
// - paths and queries: kubectl get's chunking (`?limit=500`), create.go's fieldManager kubectl-create and (1.25+)
//   fieldValidation=Strict, delete.go (no GET before DELETE: RequireObject(false)) and cmd/wait IsDeleted (1.22:
//   list with fieldSelector=metadata.name=NAME; 1.35: GET the object), logs (builder GET, GetFirstPod's list by the
//   Job's selector, GET pods/NAME/log?container=…), describe (builder GET, JobDescriber GET, searchEvents'
//   involvedObject field selector with limit=500).
// klog headers are checked for their shape (severity, the clock's date, microseconds, the PID in 7 columns) and
// then left out of the whole-text comparisons, so the texts below are each line after `] `'s file:line.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

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
        command: ["echo", "hi"]
`;

const HEADER = /^([IF])0112 09:\d\d:\d\d\.\d{6} {3}48213 /gm;

/** stderr with each klog header checked and cut to its severity letter. */
function klog(stderr: string): string {
  return stderr.replace(HEADER, '$1 ');
}

function session(profile: '1.22' | '1.35') {
  const t = terminal(profile, { 'job.yaml': JOB });
  // cluster-info colours the address (1.22: ct.ChangeColor); the escapes are not part of the URL.
  const info = t
    .run('kubectl cluster-info')
    .stdout.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const server = /running at (\S+)/.exec(info)![1]!;
  return { ...t, server };
}

/** 1.35's client-go feature gates, logged when kubectl makes its first REST client (sorted by name here). */
const GATES = [
  'I envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false',
  'I envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false',
  'I envvar.go:172] "Feature gate default state" feature="InOrderInformers" enabled=true',
  'I envvar.go:172] "Feature gate default state" feature="InOrderInformersBatchProcess" enabled=true',
  'I envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=true',
  'I envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=true',
];

type Req = [verb: string, path: string, status: string];

/** The lines -v=6 prints for a run with these requests, in each version's format. */
function expected(profile: '1.22' | '1.35', server: string, requests: readonly Req[], ms: readonly number[]): string[] {
  const config =
    profile === '1.22'
      ? ['I loader.go:372] Config loaded from file:  /home/learner/.kube/config']
      : ['I loader.go:405] Config loaded from file:  /home/learner/.kube/config', ...GATES];
  return [
    ...config,
    ...requests.map(([verb, path, status], i) =>
      profile === '1.22'
        ? `I round_trippers.go:454] ${verb} ${server}${path} ${status} in ${ms[i]} milliseconds`
        : `I round_trippers.go:632] "Response" verb="${verb}" url="${server}${path}" status="${status}" milliseconds=${ms[i]}`,
    ),
  ];
}

/** Simulated round trips: 7 ms for the first (TLS), then 3, 2, 4 ms (request-log.ts). */
const MS = [7, 3, 2, 4];

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('kubectl -v=6: the request log on stderr', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`get, create -f, get NAME (${profile})`, () => {
      const { run, server } = session(profile);
      expect(run('kubectl get pods -v=6')).toEqual({
        stdout: '',
        stderr: expect.stringMatching(HEADER),
        exitCode: 0,
      });
      const get = run('kubectl get pods -v=6');
      expect(klog(get.stderr)).toBe(
        lines(
          ...expected(profile, server, [['GET', '/api/v1/namespaces/default/pods?limit=500', '200 OK']], MS),
          'No resources found in default namespace.',
        ),
      );
      const created = run('kubectl create -f job.yaml -v=6');
      expect(created.stdout).toBe('job.batch/hello created\n');
      const post =
        profile === '1.22'
          ? '/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create'
          : '/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create&fieldValidation=Strict';
      const openApi = profile === '1.22' ? '/openapi/v2?timeout=32s' : '/openapi/v3?timeout=32s';
      expect(klog(created.stderr)).toBe(
        lines(
          ...expected(
            profile,
            server,
            [
              ['GET', openApi, '200 OK'],
              ['POST', post, '201 Created'],
            ],
            MS,
          ),
        ),
      );
      const plain = run('kubectl get job hello');
      const job = run('kubectl get job hello -v=6');
      expect(job.stdout).toBe(plain.stdout);
      expect(klog(job.stderr)).toBe(
        lines(...expected(profile, server, [['GET', '/apis/batch/v1/namespaces/default/jobs/hello', '200 OK']], MS)),
      );
    });

    it(`logs, describe, delete (${profile})`, () => {
      const { run, server } = session(profile);
      run('kubectl create -f job.yaml');
      run('sleep 20');
      const uid = run('kubectl get job hello -o jsonpath={.metadata.uid}').stdout;
      const pod = run('kubectl get pods -o name').stdout.trim().replace('pod/', '');
      // The Job's selector: controller-uid (1.22) or batch.kubernetes.io/controller-uid (1.27+), url-encoded.
      const key = profile === '1.22' ? 'controller-uid' : 'batch.kubernetes.io%2Fcontroller-uid';
      const logs = run('kubectl logs job/hello -v=6');
      expect(logs.stdout).toBe('hi\n');
      expect(klog(logs.stderr)).toBe(
        lines(
          ...expected(
            profile,
            server,
            [
              ['GET', '/apis/batch/v1/namespaces/default/jobs/hello', '200 OK'],
              ['GET', `/api/v1/namespaces/default/pods?labelSelector=${key}%3D${uid}`, '200 OK'],
              ['GET', `/api/v1/namespaces/default/pods/${pod}/log?container=main`, '200 OK'],
            ],
            MS,
          ),
        ),
      );
      const plain = run('kubectl describe job hello');
      const described = run('kubectl describe job hello -v=6');
      expect(described.stdout).toBe(plain.stdout);
      const fields = `involvedObject.kind%3DJob%2CinvolvedObject.name%3Dhello%2CinvolvedObject.namespace%3Ddefault%2CinvolvedObject.uid%3D${uid}`;
      expect(klog(described.stderr)).toBe(
        lines(
          ...expected(
            profile,
            server,
            [
              ['GET', '/apis/batch/v1/namespaces/default/jobs/hello', '200 OK'],
              ['GET', '/apis/batch/v1/namespaces/default/jobs/hello', '200 OK'],
              ['GET', `/api/v1/namespaces/default/events?fieldSelector=${fields}&limit=500`, '200 OK'],
            ],
            MS,
          ),
        ),
      );
      const deleted = run('kubectl delete job hello -v=6');
      expect(deleted.stdout).toBe(
        profile === '1.22' ? 'job.batch "hello" deleted\n' : 'job.batch "hello" deleted from default namespace\n',
      );
      const wait: Req =
        profile === '1.22'
          ? ['GET', '/apis/batch/v1/namespaces/default/jobs?fieldSelector=metadata.name%3Dhello', '200 OK']
          : ['GET', '/apis/batch/v1/namespaces/default/jobs/hello', '404 Not Found'];
      expect(klog(deleted.stderr)).toBe(
        lines(
          ...expected(
            profile,
            server,
            [['DELETE', '/apis/batch/v1/namespaces/default/jobs/hello', '200 OK'], wait],
            MS,
          ),
        ),
      );
      expect(deleted.exitCode).toBe(0);
    });
  }

  it('an error: 1.35 prints it as without -v; 1.22 ends in klog.Fatal (F line, exit 255)', () => {
    const modern = session('1.35');
    expect(modern.run('kubectl delete job nope -v=6')).toEqual({
      stdout: '',
      stderr: expect.any(String),
      exitCode: 1,
    });
    const err = klog(modern.run('kubectl delete job nope -v=6').stderr);
    expect(err).toBe(
      lines(
        ...expected(
          '1.35',
          modern.server,
          [['DELETE', '/apis/batch/v1/namespaces/default/jobs/nope', '404 Not Found']],
          MS,
        ),
        'Error from server (NotFound): jobs.batch "nope" not found',
      ),
    );
    const old = session('1.22');
    const fatal = old.run('kubectl get job nope -v=6');
    expect(fatal.exitCode).toBe(255);
    expect(fatal.stdout).toBe('');
    expect(klog(fatal.stderr)).toBe(
      lines(
        ...expected('1.22', old.server, [['GET', '/apis/batch/v1/namespaces/default/jobs/nope', '404 Not Found']], MS),
        'F helpers.go:116] Error from server (NotFound): jobs.batch "nope" not found',
      ),
    );
  });

  it('1.22 delete of a terminating pod: the wait lists, then watches from the list resourceVersion (wait.go)', () => {
    const { run, server } = session('1.22');
    run('kubectl run p --image=busybox -- sleep 1000');
    run('sleep 5');
    const got = run('kubectl delete pod p -v=6');
    expect(got.stdout).toBe('pod "p" deleted\n');
    const rv = /resourceVersion=(\d+)&watch=true/.exec(got.stderr)?.[1];
    expect(klog(got.stderr)).toBe(
      lines(
        ...expected(
          '1.22',
          server,
          [
            ['DELETE', '/api/v1/namespaces/default/pods/p', '200 OK'],
            ['GET', '/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dp', '200 OK'],
            [
              'GET',
              `/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dp&resourceVersion=${rv}&watch=true`,
              '200 OK',
            ],
          ],
          MS,
        ),
      ),
    );
  });
});
