// `kubectl annotate` per profile. Expected texts come from kubectl's pkg/cmd/annotate/annotate.go at v0.22.0 and
// v0.35.0 (PrintFlags "annotated" with PrintFlagsWithDryRunStrategy before the printer is built, so the dry-run
// suffixes in both versions; validateNoAnnotationOverwrites' one error, which from 1.26 lets the same value
// through; validateAnnotations; Validate's messages), cmd/util/helpers.go ParsePairs and GetResourcesAndPairs, and
// apimachinery's ValidateAnnotations on the server (`metadata.annotations: Invalid value: …`), never from the
// simulator's own output.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string) => ({ stdout: '', stderr, exitCode: 1 });

function withJob(profile: '1.22' | '1.35') {
  const t = terminal(profile);
  t.run('kubectl create job pi --image=busybox -- sleep 100');
  return t;
}

describe.each(['1.22', '1.35'] as const)('kubectl annotate on %s', (profile) => {
  it('sets, refuses to overwrite, overwrites, removes', () => {
    const { run } = withJob(profile);
    expect(run("kubectl annotate job pi note='hello world' a=b=c")).toEqual(ok('job.batch/pi annotated\n'));
    expect(run('kubectl get job pi -o jsonpath={.metadata.annotations.a}').stdout).toBe('b=c');
    expect(run('kubectl annotate job/pi note=x a=1')).toEqual(
      fail(
        "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hello world); 'a' already has a value (b=c)\n",
      ),
    );
    expect(run('kubectl annotate job pi note=x --overwrite')).toEqual(ok('job.batch/pi annotated\n'));
    expect(run('kubectl annotate job pi note- --dry-run=client')).toEqual(ok('job.batch/pi annotated (dry run)\n'));
    expect(run('kubectl annotate job pi note- --dry-run=server')).toEqual(
      ok('job.batch/pi annotated (server dry run)\n'),
    );
    expect(run('kubectl annotate job pi note-')).toEqual(ok('job.batch/pi annotated\n'));
    expect(run('kubectl annotate job pi --list')).toEqual(ok('a=b=c\n'));
    expect(run('kubectl annotate jobs --all --list')).toEqual(ok('Listing annotations for Job.batch/pi:\n a=b=c\n'));
  });

  it('errors', () => {
    const { run } = withJob(profile);
    expect(run('kubectl annotate job pi a=1 a-')).toEqual(
      fail('error: can not both modify and remove the following annotation(s) in the same command: a\n'),
    );
    expect(run('kubectl annotate job pi')).toEqual(fail('error: at least one annotation update is required\n'));
    expect(run('kubectl annotate job a=1 pi')).toEqual(
      fail('error: all resources must be specified before annotation changes: pi\n'),
    );
    expect(run("kubectl annotate job pi 'bad key=1'")).toEqual(
      fail(`The Job "pi" is invalid: metadata.annotations: Invalid value: "bad key": ${NAME_PART_MSG}\n`),
    );
    expect(run('kubectl annotate job nope a=1')).toEqual(
      fail('Error from server (NotFound): jobs.batch "nope" not found\n'),
    );
  });
});

describe('the same value again', () => {
  it('1.22 refuses it without --overwrite', () => {
    const { run } = withJob('1.22');
    run('kubectl annotate job pi a=1');
    expect(run('kubectl annotate job pi a=1')).toEqual(
      fail("error: --overwrite is false but found the following declared annotation(s): 'a' already has a value (1)\n"),
    );
  });

  it('1.35 lets it through', () => {
    const { run } = withJob('1.35');
    run('kubectl annotate job pi a=1');
    expect(run('kubectl annotate job pi a=1')).toEqual(ok('job.batch/pi annotated\n'));
  });
});
