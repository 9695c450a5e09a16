// `kubectl label` per profile. Expected texts come from kubectl's pkg/cmd/label/label.go at v0.22.0 and v0.35.0
// (MsgLabeled/MsgUnLabeled/MsgNotLabeled and updateDataChangeMsg, validateNoOverwrites, parseLabels, Validate,
// `label %q not found.`, the --list layout), cmd/util/helpers.go (GetResourcesAndPairs, checkErr's
// MultipleErrors for an aggregate), cli-runtime's NamePrinter (`job.batch/pi labeled`, `(dry run)` suffixes via
// PrintFlagsWithDryRunStrategy) and apimachinery's validation messages (IsValidLabelValue, IsQualifiedName; the
// server's `The Job "pi" is invalid: metadata.labels: …`), never from the simulator's own output.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, stdout = '') => ({ stdout, stderr, exitCode: 1 });

function withJob(profile: '1.22' | '1.35') {
  const t = terminal(profile);
  t.run('kubectl create job pi --image=busybox -- sleep 100');
  return t;
}

describe.each(['1.22', '1.35'] as const)('kubectl label on %s', (profile) => {
  it('adds a label, refuses to change it without --overwrite, changes it with', () => {
    const { run } = withJob(profile);
    expect(run('kubectl label job pi team=a')).toEqual(ok('job.batch/pi labeled\n'));
    expect(run('kubectl label job/pi team=b')).toEqual(
      fail("error: 'team' already has a value (a), and --overwrite is false\n"),
    );
    expect(run('kubectl label job/pi team=b --overwrite')).toEqual(ok('job.batch/pi labeled\n'));
    expect(run('kubectl get job pi -o jsonpath={.metadata.labels.team}').stdout).toBe('b');
  });

  it('several refused keys are an aggregate: one line each, no error: prefix', () => {
    const { run } = withJob(profile);
    run('kubectl label job pi a=1 b=2');
    expect(run('kubectl label job pi a=3 b=4')).toEqual(
      fail(
        "'a' already has a value (1), and --overwrite is false\n'b' already has a value (2), and --overwrite is false\n",
      ),
    );
  });

  it('removing a missing label says so on stdout, then not labeled', () => {
    const { run } = withJob(profile);
    expect(run('kubectl label job pi team-')).toEqual(ok('label "team" not found.\njob.batch/pi not labeled\n'));
  });

  it('argument errors', () => {
    const { run } = withJob(profile);
    expect(run("kubectl label job pi 'a=b c'")).toEqual(
      fail(`error: invalid label value: "a=b c": ${LABEL_VALUE_MSG}\n`),
    );
    expect(run('kubectl label job pi a=b=c')).toEqual(fail('error: invalid label spec: a=b=c\n'));
    expect(run('kubectl label job pi a=b a-')).toEqual(
      fail('error: can not both modify and remove a label in the same command\n'),
    );
    expect(run('kubectl label job a=b pi')).toEqual(
      fail('error: all resources must be specified before label changes: pi\n'),
    );
    expect(run('kubectl label job pi')).toEqual(fail('error: at least one label update is required\n'));
    expect(run('kubectl label a=b')).toEqual(
      fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n'),
    );
    expect(run('kubectl label jobs a=b')).toEqual(
      fail('error: resource(s) were provided, but no name was specified\n'),
    );
    expect(run('kubectl label jobs --all -l a=b c=d')).toEqual(
      fail('error: cannot set --all and --selector at the same time\n'),
    );
    expect(run('kubectl label job pi --list -o name')).toEqual(
      fail('error: --list and --output may not be specified together\n'),
    );
  });

  it('the server checks the key; a missing object is NotFound; a stale --resource-version conflicts', () => {
    const { run } = withJob(profile);
    expect(run("kubectl label job pi 'bad key=x'")).toEqual(
      fail(`The Job "pi" is invalid: metadata.labels: Invalid value: "bad key": ${NAME_PART_MSG}\n`),
    );
    expect(run('kubectl label job nope x=y')).toEqual(
      fail('Error from server (NotFound): jobs.batch "nope" not found\n'),
    );
    expect(run('kubectl label job pi x=y --resource-version=1')).toEqual(
      fail(
        'Error from server (Conflict): Operation cannot be fulfilled on jobs.batch "pi": the object has been modified; please apply your changes to the latest version and try again\n',
      ),
    );
    expect(run('kubectl label jobs --all x=y --resource-version=1')).toEqual(
      fail('error: --resource-version may only be used with a single resource\n'),
    );
  });

  it('selects by label, prints names with -o name, lists labels with --list', () => {
    const { run } = withJob(profile);
    run('kubectl create job other --image=busybox -- sleep 100');
    run('kubectl label job pi tier=a');
    expect(run('kubectl label jobs -l tier=a env=dev -o name')).toEqual(ok('job.batch/pi\n'));
    expect(run('kubectl label jobs --all env=dev --overwrite')).toEqual(
      ok(
        // pi already has env=dev: the object does not change.
        'job.batch/other labeled\njob.batch/pi not labeled\n',
      ),
    );
    const uid = run('kubectl get job pi -o jsonpath={.metadata.uid}').stdout;
    // Job defaulting copies the template's labels (1.27+ adds the batch.kubernetes.io/ ones); sorted here.
    const jobLabels =
      profile === '1.22'
        ? [`controller-uid=${uid}`, 'env=dev', 'job-name=pi', 'tier=a']
        : [
            `batch.kubernetes.io/controller-uid=${uid}`,
            'batch.kubernetes.io/job-name=pi',
            `controller-uid=${uid}`,
            'env=dev',
            'job-name=pi',
            'tier=a',
          ];
    expect(run('kubectl label job pi --list')).toEqual(ok(jobLabels.map((l) => `${l}\n`).join('')));
    expect(run('kubectl label jobs -l tier=a --list')).toEqual(
      ok(`Listing labels for Job.batch/pi:\n${jobLabels.map((l) => ` ${l}\n`).join('')}`),
    );
  });
});

describe('what changed between 1.22 and 1.35', () => {
  it('1.22: the same value again is refused, a removal is `labeled`, dry runs print no suffix', () => {
    const { run } = withJob('1.22');
    run('kubectl label job pi team=a');
    expect(run('kubectl label job pi team=a')).toEqual(
      fail("error: 'team' already has a value (a), and --overwrite is false\n"),
    );
    expect(run('kubectl label job pi x=1 --dry-run=client')).toEqual(ok('job.batch/pi labeled\n'));
    expect(run('kubectl label job pi team-')).toEqual(ok('job.batch/pi labeled\n'));
  });

  it('1.35: the same value again is `not labeled`, a removal `unlabeled`, dry runs say so', () => {
    const { run } = withJob('1.35');
    run('kubectl label job pi team=a');
    expect(run('kubectl label job pi team=a')).toEqual(ok('job.batch/pi not labeled\n'));
    expect(run('kubectl label job pi x=1 --dry-run=client')).toEqual(ok('job.batch/pi labeled (dry run)\n'));
    expect(run('kubectl label job pi x=1 --dry-run=server')).toEqual(ok('job.batch/pi labeled (server dry run)\n'));
    expect(run('kubectl get job pi -o jsonpath={.metadata.labels.x}').stdout).toBe('');
    expect(run('kubectl label job pi team-')).toEqual(ok('job.batch/pi unlabeled\n'));
  });
});
