// describe wiring (events, several objects, name prefix, NotFound), --help texts and unsimulated commands,
// against the real cluster (src/sim/cluster.ts) with the control-plane tests' fake container runtime.
import { describe, expect, it } from 'vitest';
import type { Event, Job } from '../../../../src/sim/api/types.ts';
import { createCluster } from '../../../../src/sim/cluster.ts';
import { kubectl } from '../../../../src/sim/kubectl/kubectl.ts';
import { describeJob } from '../../../../src/sim/kubectl/printers/index.ts';
import type { FileSystem, ProgramIO } from '../../../../src/sim/shell/program.ts';
import { fakeRuntime } from '../control/fake-runtime.ts';

function session(profile: '1.22' | '1.35') {
  const c = createCluster({ profile, seed: 7, runtime: fakeRuntime() });
  const fs: FileSystem = {
    read: () => undefined,
    write: () => {},
    remove: () => false,
    list: () => [],
    exists: () => false,
  };
  const run = (line: string) => {
    let stdout = '';
    let stderr = '';
    let hint = '';
    const io: ProgramIO = {
      stdin: '',
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      hint: (t) => {
        hint += t;
      },
    };
    const result = kubectl(line.split(' ').slice(1), io, { api: c.api, clock: c.clock, fs, namespace: 'default' });
    return { stdout, stderr, hint, exitCode: 'exitCode' in result ? result.exitCode : -1 };
  };
  const describedJob = (name: string) => {
    const job = c.api.get<Job>('Job', 'default', name);
    const events = c.api
      .list<Event>('Event', 'default')
      .filter((e) => e.involvedObject.kind === 'Job' && e.involvedObject.uid === job.metadata.uid);
    return describeJob(job, events, c.api.now(), c.profile);
  };
  return { c, run, describedJob };
}

describe('kubectl describe', () => {
  it('describes a job with its events; several jobs joined by a blank line pair', () => {
    const { c, run, describedJob } = session('1.35');
    run('kubectl create job hello-1 --image=busybox -- echo hi');
    run('kubectl create job hello-2 --image=busybox -- echo hi');
    c.clock.advanceBy(30_000);
    const one = describedJob('hello-1');
    const two = describedJob('hello-2');
    expect(one).toContain('SuccessfulCreate');
    expect(run('kubectl describe job hello-1')).toEqual({ stdout: one, stderr: '', hint: '', exitCode: 0 });
    expect(run('kubectl describe jobs').stdout).toBe(`${one}\n\n${two}`);
    // describe.go DescribeMatchingResources: each match followed by "\n".
    expect(run('kubectl describe job hello').stdout).toBe(`${one}\n${two}\n`);
    expect(run('kubectl describe job/hello').stderr).toBe(
      'Error from server (NotFound): jobs.batch "hello" not found\n',
    );
    expect(run('kubectl describe job nope')).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): jobs.batch "nope" not found\n',
      hint: '',
      exitCode: 1,
    });
    expect(run('kubectl describe job hello-1 --show-events=false').stdout).toBe(
      one.slice(0, one.lastIndexOf('\nEvents:') + 1),
    );
  });

  it('says so when nothing matches, and needs a type', () => {
    const { run } = session('1.35');
    expect(run('kubectl describe jobs')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      hint: '',
      exitCode: 0,
    });
    expect(run('kubectl describe').stderr).toBe(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  });
});

describe('kubectl --help', () => {
  // 1.35: the kubectl v1.32.4 binary text (its markdown renderer keeps the code block's 8-space indent, trailing one too).
  it('describe: markdown-rendered Long with the code block and API resources hint', () => {
    const { run } = session('1.35');
    const out = run('kubectl describe -h').stdout;
    expect(out.split('\n\nExamples:')[0]).toBe(`Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`);
  });

  it('1.22 prints flags on one line', () => {
    const { run } = session('1.22');
    // create_job.go (v0.22.0) adds PrintFlags, --dry-run, --validate, … before --image and --from: sorted, these come first.
    const help = run('kubectl create job -h').stdout;
    expect(help).toContain('Options:\n      --allow-missing-template-keys=true: If true, ignore');
    expect(help).toContain("\n      --from='': The name of the resource");
  });
});

describe('unsimulated kubectl commands', () => {
  it('exec into a completed pod fails like kubectl; a missing object is NotFound; others hint', () => {
    const { c, run } = session('1.35');
    run('kubectl run done --image=busybox --restart=Never --command -- sh -c echo hi');
    c.clock.advanceBy(30_000);
    expect(run('kubectl exec done -- sh')).toMatchObject({
      stdout: '',
      stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n',
      exitCode: 1,
    });
    expect(run('kubectl exec nope -- sh').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(run('kubectl scale job nope --replicas=2').stderr).toBe(
      'Error from server (NotFound): jobs.batch "nope" not found\n',
    );
    const info = run('kubectl proxy');
    expect(info).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(info.hint).toContain('Jobs, Pods, CronJobs, Deployments and ReplicaSets');
  });
});
