// `kubectl patch` per profile. Expected texts: kubectl pkg/cmd/patch/patch.go at v0.22.0 and v0.35.0 (Validate's
// messages, `patched` / `patched (no change)`, the dry-run suffix lost because PrintFlagsWithDryRunStrategy runs
// before the operation is set), apiserver handlers/patch.go (BadRequest with Go's JSON error for a body that does
// not decode, `error decoding patch: ` on servers that decode merge/JSON patches strictly, the generic 422 for a
// JSON patch that does not apply, which kubectl prints as `The request is invalid: the server rejected our request
// due to an error in our request`: real captures in public bug reports), Go's encoding/json scanner texts, and the
// immutable-field validation (`spec.completions: Invalid value: 3: field is immutable`, pkg/apis/batch/validation).
// The suspend flow follows kubernetes.io "Suspending a Job" (the patch command, the Suspended condition and the
// SuccessfulDelete / Suspended events) and spec §4.10 (reason JobSuspended, message `Job suspended`; on resume
// JobResumed, `Job resumed`); `No resources found in default namespace.` is kubectl get's (spec §5.1).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string) => ({ stdout: '', stderr, exitCode: 1 });

function withJob(profile: '1.22' | '1.35') {
  const t = terminal(profile);
  t.run('kubectl create job pi --image=busybox -- sleep 1000');
  return t;
}

const SUSPEND = `kubectl patch job/pi --type=strategic --patch '{"spec":{"suspend":true}}'`;
const CONDITIONS = `kubectl get job pi -o jsonpath='{range .status.conditions[*]}{.type} {.status} {.reason} {.message}{"\\n"}{end}'`;

describe.each(['1.22', '1.35'] as const)('kubectl patch on %s', (profile) => {
  it('suspends a running Job: its pod is deleted, the Suspended condition and events follow; resuming restarts it', () => {
    const { run } = withJob(profile);
    run('sleep 2');
    expect(run(SUSPEND)).toEqual(ok('job.batch/pi patched\n'));
    expect(run(SUSPEND)).toEqual(ok('job.batch/pi patched (no change)\n'));
    run('sleep 700');
    expect(run('kubectl get pods')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
    expect(run(CONDITIONS)).toEqual(ok('Suspended True JobSuspended Job suspended\n'));
    const pod = run('kubectl get events -o jsonpath={.items[0].involvedObject.name}').stdout;
    const describe = run('kubectl describe job pi').stdout;
    expect(describe.slice(describe.indexOf('Events:'))).toBe(
      [
        'Events:',
        '  Type    Reason            Age   From            Message',
        '  ----    ------            ----  ----            -------',
        `  Normal  SuccessfulCreate  11m   job-controller  Created pod: ${pod}`,
        `  Normal  SuccessfulDelete  11m   job-controller  Deleted pod: ${pod}`,
        '  Normal  Suspended         11m   job-controller  Job suspended',
        '',
      ].join('\n'),
    );
    expect(run(`kubectl patch job pi --type=merge -p '{"spec":{"suspend":false}}'`)).toEqual(
      ok('job.batch/pi patched\n'),
    );
    run('sleep 3');
    expect(run(CONDITIONS)).toEqual(ok('Suspended False JobResumed Job resumed\n'));
    expect(run('kubectl get pods -o name').stdout).toMatch(/^pod\/pi-[-0-9a-z]+\n$/);
  });

  it('JSON patch, YAML patches, immutable fields', () => {
    const { run } = withJob(profile);
    expect(
      run(`kubectl patch job pi --type=json -p '[{"op":"replace","path":"/spec/parallelism","value":0}]'`),
    ).toEqual(ok('job.batch/pi patched\n'));
    expect(run(`kubectl patch job pi -p $'spec:\\n  parallelism: 1'`)).toEqual(ok('job.batch/pi patched\n'));
    expect(run('kubectl get job pi -o jsonpath={.spec.parallelism}').stdout).toBe('1');
    expect(run(`kubectl patch job pi --type=json -p '[{"op":"remove","path":"/spec/nope"}]'`)).toEqual(
      fail('The request is invalid: the server rejected our request due to an error in our request\n'),
    );
    expect(run(`kubectl patch job pi --type=json -p '[{"op":"test","path":"/spec/parallelism","value":5}]'`)).toEqual(
      fail('The request is invalid: the server rejected our request due to an error in our request\n'),
    );
    expect(run(`kubectl patch job pi -p '{"spec":{"completions":3}}'`)).toEqual(
      fail('The Job "pi" is invalid: spec.completions: Invalid value: 3: field is immutable\n'),
    );
    expect(
      run(`kubectl patch job pi -p '{"spec":{"template":{"spec":{"restartPolicy":"OnFailure"}}}}'`).stderr,
    ).toMatch(/^The Job "pi" is invalid: spec\.template: Invalid value: .*: field is immutable\n$/);
  });

  it('client-side errors', () => {
    const { run } = withJob(profile);
    expect(run(`kubectl patch job pi`)).toEqual(
      fail('error: must specify --patch or --patch-file containing the contents of the patch\n'),
    );
    expect(run(`kubectl patch job pi -p '{}' --patch-file p.json`)).toEqual(
      fail('error: cannot specify --patch and --patch-file together\n'),
    );
    expect(run(`kubectl patch job pi --type=apply -p '{}'`)).toEqual(
      fail('error: --type must be one of [json merge strategic], not "apply"\n'),
    );
    expect(run(`kubectl patch job pi --patch-file p.json`)).toEqual(
      fail('error: unable to read patch file: open p.json: no such file or directory\n'),
    );
    expect(run(`kubectl patch job nope -p '{}'`)).toEqual(
      fail('Error from server (NotFound): jobs.batch "nope" not found\n'),
    );
    expect(run(`kubectl patch job -p '{}'`)).toEqual(
      fail('error: resource(s) were provided, but no name was specified\n'),
    );
  });

  it('a body that does not decode is the server’s BadRequest with Go’s JSON error', () => {
    const { run } = withJob(profile);
    expect(run(`kubectl patch job pi -p '{spec: 1}'`)).toEqual(
      fail("Error from server (BadRequest): invalid character 's' looking for beginning of object key string\n"),
    );
    expect(run(`kubectl patch job pi -p '{"spec": 1,}'`)).toEqual(
      fail("Error from server (BadRequest): invalid character '}' looking for beginning of object key string\n"),
    );
  });

  it('--dry-run=server validates and stores nothing; the suffix is never printed; -o prints the result', () => {
    const { run } = withJob(profile);
    expect(run(`kubectl patch job pi -p '{"metadata":{"labels":{"a":"b"}}}' --dry-run=server`)).toEqual(
      ok('job.batch/pi patched\n'),
    );
    expect(run('kubectl get job pi -o jsonpath={.metadata.labels.a}').stdout).toBe('');
    expect(run(`kubectl patch job pi -p '{"metadata":{"labels":{"a":"b"}}}' -o jsonpath={.metadata.labels.a}`)).toEqual(
      ok('b'),
    );
    expect(run(`kubectl patch job pi -p '{"metadata":{"labels":{"a":"b"}}}' -o name`)).toEqual(ok('job.batch/pi\n'));
  });
});

describe("--dry-run=client patches kubectl's copy: its own errors, nothing sent", () => {
  it.each(['1.22', '1.35'] as const)('%s', (profile) => {
    const { run } = withJob(profile);
    // mergepatch.ErrBadJSONDoc, jsonpatch.ErrBadJSONPatch, jsonpatch.DecodePatch's json.Unmarshal error.
    expect(run(`kubectl patch job pi -p '{spec: 1}' --dry-run=client`)).toEqual(fail('error: invalid JSON document\n'));
    expect(run(`kubectl patch job pi --type=merge -p '{spec: 1}' --dry-run=client`)).toEqual(
      fail('error: Invalid JSON Patch\n'),
    );
    expect(run(`kubectl patch job pi --type=json -p '{"a":1}' --dry-run=client`)).toEqual(
      fail('error: json: cannot unmarshal object into Go value of type jsonpatch.Patch\n'),
    );
    expect(run(`kubectl patch job pi -p '{"spec":{"parallelism":0}}' --dry-run=client`)).toEqual(
      ok('job.batch/pi patched\n'),
    );
    expect(run('kubectl get job pi -o jsonpath={.spec.parallelism}').stdout).toBe('1');
  });
});

describe('what the server version changes', () => {
  it('1.22 decodes merge and JSON patches as jsonpatch does', () => {
    const { run } = withJob('1.22');
    expect(run(`kubectl patch job pi --type=merge -p '{spec: 1}'`)).toEqual(
      fail('Error from server (BadRequest): Invalid JSON Patch\n'),
    );
    expect(run(`kubectl patch job pi --type=json -p '{"a":1}'`)).toEqual(
      fail('Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch\n'),
    );
  });

  it('1.35 decodes them strictly first, and warns about unknown fields', () => {
    const { run } = withJob('1.35');
    expect(run(`kubectl patch job pi --type=merge -p '{spec: 1}'`)).toEqual(
      fail(
        "Error from server (BadRequest): error decoding patch: invalid character 's' looking for beginning of object key string\n",
      ),
    );
    expect(run(`kubectl patch job pi -p '{"spec":{"foo":1}}'`)).toEqual({
      stdout: 'job.batch/pi patched (no change)\n',
      // client-go's WarningWriter colours the word on a terminal (tests/unit/sim/kubectl/warning-printer.test.ts).
      stderr: '\x1b[33;1mWarning:\x1b[0m unknown field "spec.foo"\n',
      exitCode: 0,
    });
  });
});
