// The learner's Deployments and ReplicaSets: accepted by the API server with apps/v1 defaults and validation
// (src/sim/api/apps-validation.ts), run by deployment-controller.ts and replicaset-controller.ts through the
// scheduler and kubelet, deleted with their ReplicaSets and pods by the garbage collector. Expected texts:
// - restartPolicy: `The Deployment "my-deployment" is invalid: spec.template.spec.restartPolicy: Unsupported value:
//   "OnFailure": supported values: "Always"` (rajeshdeshpande02/kubernetes-myths Myth3 capture; validation.go
//   ValidatePodTemplateSpecForReplicaSet's field.NotSupported, the same in 1.22 and 1.35).
// - selector/labels on 1.22: `The Deployment "flask" is invalid: spec.template.metadata.labels: Invalid value:
//   map[string]string{"app":"flask"}: `selector` does not match template `labels`` (kubectl apply capture in
//   kubernetes-for-developers/kfd-flask#6); two labels print `map[string]string{"app":"sentry", "role":"cron"}`
//   (replicatedhq/kots-sentry#3); several causes as `The Deployment "x" is invalid: ` and `* ` lines
//   (kubernetes/website#23203). From 1.34 the value prints as JSON: `Invalid value: {"app":"check-out"}:` (the page
//   at search-index id 69788954397); a missing selector leaves labels.Nothing(), which matches no labels.
// - get: columns NAME READY UP-TO-DATE AVAILABLE AGE (`kubectl get deployments` in the Deployments concept page:
//   `nginx-deployment   3/3     3            3           18s`), ReplicaSets `<deployment>-<hash>` with DESIRED
//   CURRENT READY AGE, pods `<rs>-<5 chars>`.
// - events: ScalingReplicaSet `Scaled up replica set nginx-deployment-2035384211 to 3` (1.22-era docs page) /
//   `Scaled up replica set … from 0 to 3` (kind 1.33 capture, search-index id 47625555575); SuccessfulCreate
//   `Created pod: <name>` from replicaset-controller.
// - conditions: Available True MinimumReplicasAvailable and Progressing True NewReplicaSetAvailable once rolled out
//   (the same page's `kubectl describe deployments`).
// The pod-template-hash itself is UNVERIFIED (workload-pods.ts): matched by its alphabet only.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const HASH = '[bcdfghjklmnpqrstvwxz2456789]{6,10}';
const S = '[bcdfghjklmnpqrstvwxz2456789]{5}';

function deployment(opts: { name?: string; selector?: string; labels?: string; restart?: string; command?: string }) {
  const name = opts.name ?? 'web';
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  replicas: 2',
    ...(opts.selector === '' ? [] : ['  selector:', '    matchLabels:', `      ${opts.selector ?? `app: ${name}`}`]),
    '  template:',
    '    metadata:',
    '      labels:',
    ...(opts.labels ?? `app: ${name}`).split('\n').map((l) => `        ${l}`),
    '    spec:',
    ...(opts.restart ? [`      restartPolicy: ${opts.restart}`] : []),
    '      containers:',
    '      - name: main',
    `        image: ${opts.command ? 'busybox' : 'nginx'}`,
    ...(opts.command ? [`        command: ["sh", "-c", "${opts.command}"]`] : []),
    '',
  ].join('\n');
}

/** The hash and pod suffixes as same-width placeholders, so the columns stay as printed. */
const masked = (text: string) =>
  text
    .replace(new RegExp(`-(${HASH})-${S}\\b`, 'g'), (_m, h: string) => `-${'h'.repeat(h.length)}-xxxxx`)
    .replace(new RegExp(`-(${HASH})\\b`, 'g'), (_m, h: string) => `-${'h'.repeat(h.length)}`);

describe('learner Deployments: validation', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: restartPolicy OnFailure is refused (Deployments need Always)`, () => {
      const { run } = terminal(profile, { 'd.yaml': deployment({ restart: 'OnFailure' }) });
      expect(run('kubectl apply -f d.yaml')).toEqual({
        stdout: '',
        stderr:
          'The Deployment "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"\n',
        exitCode: 1,
      });
    });
  }

  it('1.22: selector/labels mismatch prints the labels as Go map syntax', () => {
    const { run } = terminal('1.22', {
      'd.yaml': deployment({ labels: 'app: sentry\nrole: cron', selector: 'app: web' }),
    });
    expect(run('kubectl apply -f d.yaml').stderr).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"sentry", "role":"cron"}: `selector` does not match template `labels`\n',
    );
  });

  it('1.35: selector/labels mismatch prints the labels as JSON', () => {
    const { run } = terminal('1.35', { 'd.yaml': deployment({ labels: 'app: check-out', selector: 'app: checkout' }) });
    expect(run('kubectl create -f d.yaml').stderr).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"check-out"}: `selector` does not match template `labels`\n',
    );
  });

  // kubectl 1.22 refuses this client-side first (the next test); --validate=false sends it to the API server, whose
  // answer this is.
  it('1.22: a missing selector is required and matches no labels', () => {
    const { run } = terminal('1.22', { 'd.yaml': deployment({ selector: '' }) });
    expect(run('kubectl create -f d.yaml --validate=false').stderr).toBe(
      [
        'The Deployment "web" is invalid: ',
        '* spec.selector: Required value',
        '* spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
        '',
      ].join('\n'),
    );
  });
});

// apps/v1 selectors are immutable (registry deployment strategy ValidateUpdate's ValidateImmutableField, after the
// spec's own validation): 1.22 prints the selector as Go's %#v (kubernetes/website#23203: `spec.selector: Invalid
// value: v1.LabelSelector{MatchLabels:map[string]string{"app":"nginx", "service":"nginx-label"},
// MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable`), 1.34+ as JSON (`spec.selector: Invalid
// value: {"matchLabels":{"app":"checkout","tier":"backend"}}: field is immutable`, search-index id 69788954397).
describe('learner Deployments: the selector cannot change', () => {
  const changed = deployment({}).replaceAll('app: web', 'app: other');
  it('1.22', () => {
    const { run } = terminal('1.22', { 'd.yaml': deployment({}), 'e.yaml': changed });
    run('kubectl apply -f d.yaml');
    expect(run('kubectl apply -f e.yaml').stderr).toBe(
      'The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable\n',
    );
  });
  it('1.35', () => {
    const { run } = terminal('1.35', { 'd.yaml': deployment({}), 'e.yaml': changed });
    run('kubectl apply -f d.yaml');
    expect(run('kubectl apply -f e.yaml').stderr).toBe(
      'The Deployment "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"other"}}: field is immutable\n',
    );
  });
});

describe('learner Deployments: unknown fields (the field tables of k8s-openapi v1_22 / v1_35)', () => {
  // kube-openapi's MissingRequiredFieldError, as kubectl 1.2x prints it (capture in micro/kubernetes#30: `error:
  // error validating "test.yaml": error validating data: ValidationError(Deployment.spec): missing required field
  // "selector" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with
  // --validate=false`).
  it('1.22: a missing selector is refused client-side', () => {
    const { run } = terminal('1.22', { 'test.yaml': deployment({ selector: '' }) });
    expect(run('kubectl apply -f test.yaml')).toEqual({
      stdout: '',
      stderr:
        'error: error validating "test.yaml": error validating data: ValidationError(Deployment.spec): missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
      exitCode: 1,
    });
  });

  const typo = deployment({}).replace('  replicas: 2', '  replica: 2');
  it('1.22: kubectl’s client-side OpenAPI validation names the unknown field', () => {
    const { run } = terminal('1.22', { 'd.yaml': typo });
    expect(run('kubectl apply -f d.yaml').stderr).toBe(
      'error: error validating "d.yaml": error validating data: ValidationError(Deployment.spec): unknown field "replica" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });
  it('1.35: the API server’s strict decoding refuses it', () => {
    const { run } = terminal('1.35', { 'd.yaml': typo });
    expect(run('kubectl apply -f d.yaml').stderr).toBe(
      'Error from server (BadRequest): error when creating "d.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"\n',
    );
  });
});

describe('learner Deployments: controllers', () => {
  for (const profile of ['1.22', '1.35'] as const) {
    it(`${profile}: a Deployment makes its ReplicaSet and pods, which run`, () => {
      const { run } = terminal(profile, { 'd.yaml': deployment({}) });
      expect(run('kubectl apply -f d.yaml').stdout).toBe('deployment.apps/web created\n');
      run('sleep 20');
      // The hash is 9 characters on this 1.22 template and 10 on the 1.35 one (its decimal digits): the columns
      // widen with it, three spaces after the longest cell (kubectl's tabwriter).
      const h = 'h'.repeat(profile === '1.22' ? 9 : 10);
      const rs = `replicaset.apps/web-${h}`;
      const pod = `pod/web-${h}-xxxxx`;
      expect(masked(run('kubectl get deploy,rs,pods').stdout)).toBe(
        [
          'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
          'deployment.apps/web   2/2     2            2           20s',
          '',
          `${'NAME'.padEnd(rs.length + 3)}DESIRED   CURRENT   READY   AGE`,
          `${rs}   2         2         2       20s`,
          '',
          `${'NAME'.padEnd(pod.length + 3)}READY   STATUS    RESTARTS   AGE`,
          `${pod}   1/1     Running   0          20s`,
          `${pod}   1/1     Running   0          20s`,
          '',
        ].join('\n'),
      );
      const described = run('kubectl describe deployment web').stdout;
      expect(described).toContain(
        'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable\n',
      );
      expect(described).toContain(
        [
          'Conditions:',
          '  Type           Status  Reason',
          '  ----           ------  ------',
          '  Available      True    MinimumReplicasAvailable',
          '  Progressing    True    NewReplicaSetAvailable',
          'OldReplicaSets:  <none>',
          '',
        ].join('\n'),
      );
      expect(described).toMatch(new RegExp(`NewReplicaSet:   web-${HASH} \\(2/2 replicas created\\)\n`));
      const scaled = profile === '1.22' ? 'to 2' : 'from 0 to 2';
      expect(described).toMatch(
        new RegExp(
          `  Normal  ScalingReplicaSet  20s   deployment-controller  Scaled up replica set web-${HASH} ${scaled}\n$`,
        ),
      );
      const rsEvents = run('kubectl describe rs').stdout;
      expect(rsEvents).toMatch(/Controlled By: {2}Deployment\/web\n/);
      expect(rsEvents.match(new RegExp(`replicaset-controller  Created pod: web-${HASH}-${S}\n`, 'g'))).toHaveLength(2);
    });
  }

  it('a Deployment pod whose container exits is restarted: CrashLoopBackOff, restarts counted', () => {
    const { run } = terminal('1.35', { 'd.yaml': deployment({ name: 'crash', command: 'echo boom; exit 1' }) });
    run('kubectl apply -f d.yaml');
    run('sleep 60');
    const pods = masked(run('kubectl get pods').stdout).split('\n');
    expect(pods[0]).toMatch(/^NAME +READY {3}STATUS {13}RESTARTS {6}AGE$/);
    expect(pods[1]).toMatch(/^crash-h+-xxxxx +0\/1 {5}CrashLoopBackOff {3}\d \(\d+s ago\) {3}60s$/);
    expect(pods).toHaveLength(4);
    expect(run('kubectl get deploy crash').stdout).toBe(
      'NAME    READY   UP-TO-DATE   AVAILABLE   AGE\ncrash   0/2     2            0           60s\n',
    );
  });

  it('deleting a Deployment deletes its ReplicaSet and pods (background propagation)', () => {
    const { run } = terminal('1.22', { 'd.yaml': deployment({}) });
    run('kubectl apply -f d.yaml');
    run('sleep 10');
    expect(run('kubectl delete deployment web').stdout).toBe('deployment.apps "web" deleted\n');
    run('sleep 1');
    expect(run('kubectl get rs').stderr).toBe('No resources found in default namespace.\n');
    run('sleep 40');
    expect(run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });
});

// A changed template rolls out at the pace of maxSurge/maxUnavailable (rolling.go): the Deployments concept page's
// `kubectl describe deployments` after updating nginx-deployment (3 replicas, 25%/25%: surge 1, unavailable 0) lists
//   Scaled up replica set nginx-deployment-2035384211 to 3
//   Scaled up replica set nginx-deployment-1564180365 to 1
//   Scaled down replica set nginx-deployment-2035384211 to 2
//   Scaled up replica set nginx-deployment-1564180365 to 2
//   Scaled down replica set nginx-deployment-2035384211 to 1
//   Scaled up replica set nginx-deployment-1564180365 to 3
//   Scaled down replica set nginx-deployment-2035384211 to 0
describe('learner Deployments: a rolling update', () => {
  it('1.22: new ReplicaSet up and old one down one pod at a time, as the concept page shows', () => {
    const manifest = (image: string) =>
      deployment({ name: 'nginx-deployment' })
        .replace('  replicas: 2', '  replicas: 3')
        .replace('        image: nginx', `        image: ${image}`);
    const { run, session } = terminal('1.22', { 'v1.yaml': manifest('nginx:1.27'), 'v2.yaml': manifest('nginx:1.28') });
    run('kubectl apply -f v1.yaml');
    run('sleep 30');
    expect(run('kubectl apply -f v2.yaml').stdout).toBe('deployment.apps/nginx-deployment configured\n');
    const status = run('kubectl rollout status deployment/nginx-deployment');
    expect(status.stdout).toMatch(/deployment "nginx-deployment" successfully rolled out\n$/);
    expect(status.stdout).toContain(
      'Waiting for deployment "nginx-deployment" rollout to finish: 1 old replicas are pending termination...\n',
    );
    const events = [
      ...run('kubectl describe deployment nginx-deployment').stdout.matchAll(
        /Scaled (up|down) replica set nginx-deployment-(\w+) to (\d)/g,
      ),
    ];
    const [first, second] = [events[0]![2], events[1]![2]];
    expect(events.map((m) => `${m[1]} ${m[2] === first ? 'old' : m[2] === second ? 'new' : '?'} ${m[3]}`)).toEqual([
      'up old 3',
      'up new 1',
      'down old 2',
      'up new 2',
      'down old 1',
      'up new 3',
      'down old 0',
    ]);
    expect(session.clock.now()).toBeGreaterThan(0);
    expect(run('kubectl get rs --no-headers').stdout).toMatch(
      /^nginx-deployment-\w+ +3 +3 +3 +\d+s\nnginx-deployment-\w+ +0 +0 +0 +\d+s\n$|^nginx-deployment-\w+ +0 +0 +0 +\d+s\nnginx-deployment-\w+ +3 +3 +3 +\d+s\n$/,
    );
  });
});

// util.SetNewReplicaSetAnnotations: a template seen before becomes the new ReplicaSet again with the next revision,
// its old one kept in deployment.kubernetes.io/revision-history; the Deployment's revision annotation follows.
describe('learner Deployments: back to an earlier template', () => {
  it('1.35: the earlier ReplicaSet takes revision 3, its revision 1 goes to revision-history', () => {
    const { run } = terminal('1.35');
    run('kubectl create deployment web --image=nginx:1.27');
    run('sleep 20');
    const patch = (image: string) =>
      `kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"${image}"}]}}}}'`;
    run(patch('nginx:1.28'));
    run('kubectl rollout status deploy/web');
    run(patch('nginx:1.27'));
    expect(run('kubectl rollout status deploy/web').stdout).toMatch(/deployment "web" successfully rolled out\n$/);
    expect(
      run("kubectl get deploy web -o jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}'").stdout,
    ).toBe('3');
    const annotations = run(
      'kubectl get rs -o jsonpath=\'{range .items[*]}{.spec.replicas} {.metadata.annotations.deployment\\.kubernetes\\.io/revision} {.metadata.annotations.deployment\\.kubernetes\\.io/revision-history}{"\\n"}{end}\'',
    ).stdout;
    expect(annotations.split('\n').sort()).toEqual(['', '0 2 ', '1 3 1']);
  });
});

// A ReplicaSet of the learner's own (the ReplicaSet concept page's frontend.yaml: `kubectl get rs` →
// `frontend   3         3         3       6s`, three `SuccessfulCreate … Created pod: frontend-…` events), its
// validation (the same template rules as a Deployment's) and its deletion with its pods.
describe('learner ReplicaSets', () => {
  const FRONTEND = [
    'apiVersion: apps/v1',
    'kind: ReplicaSet',
    'metadata:',
    '  name: frontend',
    '  labels:',
    '    tier: frontend',
    'spec:',
    '  replicas: 3',
    '  selector:',
    '    matchLabels:',
    '      tier: frontend',
    '  template:',
    '    metadata:',
    '      labels:',
    '        tier: frontend',
    '    spec:',
    '      containers:',
    '      - name: php-redis',
    '        image: nginx',
    '',
  ].join('\n');

  it('1.22: keeps its pods, scales, and goes with them', () => {
    const { run } = terminal('1.22', { 'frontend.yaml': FRONTEND });
    expect(run('kubectl apply -f frontend.yaml').stdout).toBe('replicaset.apps/frontend created\n');
    run('sleep 6');
    expect(run('kubectl get rs').stdout).toBe(
      'NAME       DESIRED   CURRENT   READY   AGE\nfrontend   3         3         3       6s\n',
    );
    expect(
      run('kubectl describe rs frontend').stdout.match(/replicaset-controller {2}Created pod: frontend-\w{5}\n/g),
    ).toHaveLength(3);
    run('kubectl scale rs frontend --replicas=1');
    run('sleep 40');
    expect(run('kubectl get pods --no-headers').stdout.split('\n')).toHaveLength(2);
    run('kubectl delete rs frontend');
    run('sleep 40');
    expect(run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  it('1.35: restartPolicy OnFailure is refused for a ReplicaSet too', () => {
    const { run } = terminal('1.35', {
      'frontend.yaml': FRONTEND.replace('      containers:', '      restartPolicy: OnFailure\n      containers:'),
    });
    expect(run('kubectl apply -f frontend.yaml').stderr).toBe(
      'The ReplicaSet "frontend" is invalid: spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"\n',
    );
  });
});
