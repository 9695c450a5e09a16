// -o jsonpath / jsonpath-as-json / jsonpath-file / custom-columns / custom-columns-file / --template wiring
// (cli-runtime PrintFlags.ToPrinter, kubectl get printGeneric), whole outputs through a real session.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const ALLOWED_GET =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

function finishedJob(profile: '1.22' | '1.35', files: Record<string, string> = {}) {
  const t = terminal(profile, files);
  t.run('kubectl create job job-1 --image=busybox -- echo hi');
  t.run('sleep 20');
  return t;
}

describe.each(['1.22', '1.35'] as const)('kubectl -o jsonpath (%s)', (profile) => {
  it('ranges over pods and reads one field', () => {
    const t = finishedJob(profile);
    const podName = t.run("kubectl get pods -o jsonpath='{.items[0].metadata.name}'").stdout;
    expect(podName).toMatch(/^job-1-/);
    expect(
      t.run(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}'`),
    ).toEqual({ stdout: `${podName}\tSucceeded\n`, stderr: '', exitCode: 0 });
    expect(t.run("kubectl get job job-1 -o jsonpath='{.status.succeeded}'")).toEqual({
      stdout: '1',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run("kubectl get job job-1 -o jsonpath-as-json='{.status.succeeded}'")).toEqual({
      stdout: '[\n    1\n]\n',
      stderr: '',
      exitCode: 0,
    });
    // A missing key prints nothing unless --allow-missing-template-keys=false.
    expect(t.run("kubectl get job job-1 -o jsonpath='{.status.failed}'")).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
  });

  it('reports a bad template (after NotFound for a named object, as get.go printGeneric does)', () => {
    const t = finishedJob(profile);
    expect(t.run("kubectl get jobs -o jsonpath='{.metadata.name'")).toEqual({
      stdout: '',
      stderr: 'error: error parsing jsonpath {.metadata.name, unclosed action\n',
      exitCode: 1,
    });
    expect(t.run("kubectl get job nope -o jsonpath='{'")).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): jobs.batch "nope" not found\n',
      exitCode: 1,
    });
    expect(t.run('kubectl get pods -o jsonpath')).toEqual({
      stdout: '',
      stderr: 'error: template format specified but no template given\n',
      exitCode: 1,
    });
    expect(t.run('kubectl get pods -o jsonpaht={.kind}')).toEqual({
      stdout: '',
      stderr: `error: unable to match a printer suitable for the output format "jsonpaht={.kind}", allowed formats are: ${ALLOWED_GET}\n`,
      exitCode: 1,
    });
  });

  it('--allow-missing-template-keys=false fails with the debugging dump', () => {
    const t = finishedJob(profile);
    const r = t.run("kubectl get job job-1 -o jsonpath='{.status.nope}' --allow-missing-template-keys=false");
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'error: error executing jsonpath "{.status.nope}": Error executing template: nope is not found. Printing more information for debugging the template:',
      '\ttemplate was:',
      '\t\t{.status.nope}',
    ]);
    expect(r.stderr.endsWith('}\n\n\n')).toBe(true);
  });

  it('--template with -o jsonpath, and jsonpath-file', () => {
    const t = finishedJob(profile, { 'name.tmpl': '{.metadata.name}\n' });
    expect(t.run("kubectl get job job-1 -o jsonpath --template='{.spec.completions}'")).toEqual({
      stdout: '1',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run('kubectl get job job-1 -o jsonpath-file=name.tmpl')).toEqual({
      stdout: 'job-1\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run('kubectl get job job-1 -o jsonpath-file=missing.tmpl')).toEqual({
      stdout: '',
      stderr: 'error: error reading --template missing.tmpl, open missing.tmpl: no such file or directory\n',
      exitCode: 1,
    });
  });

  it('write commands build the printer before the API call', () => {
    const t = terminal(profile);
    expect(t.run("kubectl create job job-2 --image=busybox -o jsonpath='{.metadata.name'")).toEqual({
      stdout: '',
      stderr: 'error: error parsing jsonpath {.metadata.name, unclosed action\n',
      exitCode: 1,
    });
    expect(t.run('kubectl get jobs').stderr).toBe('No resources found in default namespace.\n');
    expect(
      t.run(
        "kubectl create job job-2 --image=busybox -o jsonpath='{.metadata.name} {.spec.template.spec.restartPolicy}'",
      ),
    ).toEqual({ stdout: 'job-2 Never', stderr: '', exitCode: 0 });
    expect(t.run("kubectl run p1 --image=busybox --restart=Never -o jsonpath='{.kind}/{.metadata.name}'")).toEqual({
      stdout: 'Pod/p1',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe.each(['1.22', '1.35'] as const)('kubectl -o custom-columns (%s)', (profile) => {
  it('prints a table of the columns, <none> for missing values', () => {
    const t = finishedJob(profile);
    t.run('kubectl create job job-2 --image=busybox -- sleep 3600');
    expect(
      t.run(
        'kubectl get jobs -o custom-columns=NAME:.metadata.name,SUCCEEDED:.status.succeeded,IMAGE:.spec.template.spec.containers[0].image',
      ),
    ).toEqual({
      stdout: 'NAME    SUCCEEDED   IMAGE\njob-1   1           busybox\njob-2   <none>      busybox\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run('kubectl get job job-1 -o custom-columns=NAME:metadata.name --no-headers')).toEqual({
      stdout: 'job-1\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('custom-columns-file, and spec errors', () => {
    const t = finishedJob(profile, { 'cols.txt': 'NAME   DONE\n.metadata.name   .status.succeeded\n' });
    expect(t.run('kubectl get jobs -o custom-columns-file=cols.txt')).toEqual({
      stdout: 'NAME    DONE\njob-1   1\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run('kubectl get jobs -o custom-columns=NAME')).toEqual({
      stdout: '',
      stderr: 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n',
      exitCode: 1,
    });
    expect(t.run('kubectl get jobs -o custom-columns=')).toEqual({
      stdout: '',
      stderr: 'error: custom-columns format specified but no custom columns given\n',
      exitCode: 1,
    });
    // create has no custom-columns printer.
    expect(t.run('kubectl create job j3 --image=busybox -o custom-columns=N:.metadata.name').stderr).toBe(
      'error: unable to match a printer suitable for the output format "custom-columns=N:.metadata.name", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    );
  });
});

describe('kubectl wait --for=jsonpath', () => {
  it('waits for a value and rejects a nested object', () => {
    const t = terminal('1.35');
    t.run('kubectl create job job-1 --image=busybox -- echo hi');
    expect(t.run("kubectl wait --for=jsonpath='{.status.succeeded}'=1 job/job-1")).toEqual({
      stdout: 'job.batch/job-1 condition met\n',
      stderr: '',
      exitCode: 0,
    });
    expect(t.run('kubectl wait --for=jsonpath={.status}=1 job/job-1')).toEqual({
      stdout: '',
      stderr: 'error: jsonpath leads to a nested object or list which is not supported\n',
      exitCode: 1,
    });
  });
});
