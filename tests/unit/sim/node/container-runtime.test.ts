import { describe, expect, it } from 'vitest';
import { createContainerRuntime } from '../../../../src/sim/node/container-runtime.ts';
import { launch, run, sh, start } from './harness.ts';

const RUNC =
  'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ';

describe('images', () => {
  const runtime = createContainerRuntime();
  it('normalises references like the container runtime', () => {
    expect(runtime.lookupImage('ubuntu')?.reference).toBe('docker.io/library/ubuntu:latest');
    expect(runtime.lookupImage('library/busybox:1.36')?.reference).toBe('docker.io/library/busybox:1.36');
    expect(runtime.lookupImage('docker.io/library/perl:5.34.0')?.reference).toBe('docker.io/library/perl:5.34.0');
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(runtime.lookupImage(`alpine@${digest}`)?.reference).toBe(`docker.io/library/alpine@${digest}`);
    expect(runtime.lookupImage(`alpine@${digest}`)?.digest).toBe(digest);
  });
  it('returns undefined for images no registry has', () => {
    expect(runtime.lookupImage('ubuntuu')).toBeUndefined();
    expect(runtime.lookupImage('ubuntu:99.99')).toBeUndefined();
    expect(runtime.lookupImage('quay.io/foo/bar')).toBeUndefined();
    expect(runtime.lookupImage('Ubuntu')).toBeUndefined();
  });
  it('has the pull times of spec §9.2 and stable digests', () => {
    const ubuntu = runtime.lookupImage('ubuntu');
    expect(ubuntu?.firstPullMs).toBeGreaterThanOrEqual(7000);
    expect(ubuntu?.firstPullMs).toBeLessThanOrEqual(9000);
    expect(ubuntu?.cachedPullMs).toBeGreaterThanOrEqual(2000);
    expect(ubuntu?.cachedPullMs).toBeLessThanOrEqual(3000);
    expect(runtime.lookupImage('hello-world')?.firstPullMs).toBeLessThanOrEqual(2000);
    expect(runtime.lookupImage('ubuntu')?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(runtime.lookupImage('ubuntu')?.digest).toBe(runtime.lookupImage('ubuntu:latest')?.digest);
  });
});

describe('seed transcripts (spec §4.12, golden G0)', () => {
  it('/bin/bash -c "exit 0" completes in about 0.1 s', () => {
    const r = sh('ubuntu', '/bin/bash', 'exit 0');
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 0, reason: 'Completed', elapsedMs: 76, resumes: 2 });
  });
  it('/bin/bash -c "exit 1" fails with Error', () => {
    expect(sh('ubuntu', '/bin/bash', 'exit 1')).toMatchObject({ exitCode: 1, reason: 'Error', stdout: '', stderr: '' });
  });
  it('hello-world prints its exact text (spec §9.1)', () => {
    const r = run('hello-world');
    expect(r.stdout).toBe(
      [
        '',
        'Hello from Docker!',
        'This message shows that your installation appears to be working correctly.',
        '',
        'To generate this message, Docker took the following steps:',
        ' 1. The Docker client contacted the Docker daemon.',
        ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
        '    (amd64)',
        ' 3. The Docker daemon created a new container from that image which runs the',
        '    executable that produces the output you are currently reading.',
        ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
        '    to your terminal.',
        '',
        'To try something more ambitious, you can run an Ubuntu container with:',
        ' $ docker run -it ubuntu bash',
        '',
        'Share images, automate workflows, and more with a free Docker ID:',
        ' https://hub.docker.com/',
        '',
        'For more examples and ideas, visit:',
        ' https://docs.docker.com/get-started/',
        '',
        '',
      ].join('\n'),
    );
    expect(r).toMatchObject({ exitCode: 0, reason: 'Completed', stderr: '' });
  });
});

describe('perl pi (Kubernetes docs Job example)', () => {
  it('prints 2000 significant digits of π and takes about a second of CPU', () => {
    const r = run('perl:5.34.0', ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)']);
    expect(r.stdout.length).toBe(2002);
    expect(r.stdout.startsWith('3.14159265358979323846264338327950288419716939937510')).toBe(true);
    // Decimals 995–1000 are …201989; the Feynman point (six 9s from decimal 762).
    expect(r.stdout.slice(992, 1002)).toBe('2164201989');
    expect(r.stdout.slice(762, 770)).toBe('49999998');
    expect(r.stdout.endsWith('4780275901\n')).toBe(true);
    expect(r.exitCode).toBe(0);
    expect(r.elapsedMs).toBeGreaterThan(900);
    expect(r.elapsedMs).toBeLessThan(1600);
  });
});

describe('start failures (runc)', () => {
  it('a missing absolute executable is a StartError with exit 128', () => {
    const { result } = start(launch('busybox', ['/bin/bash', '-c', 'exit 0']));
    expect(result).toEqual({
      ok: false,
      reason: 'StartError',
      exitCode: 128,
      message: `${RUNC}exec: "/bin/bash": stat /bin/bash: no such file or directory: unknown`,
    });
  });
  it('a command not in $PATH', () => {
    const { result } = start(launch('ubuntu', ['foo']));
    expect(result).toEqual({
      ok: false,
      reason: 'StartError',
      exitCode: 128,
      message: `${RUNC}exec: "foo": executable file not found in $PATH: unknown`,
    });
  });
  it('python is not in ubuntu, bash is not in alpine', () => {
    expect(start(launch('ubuntu', ['python3', '-c', 'print(1)'])).result.ok).toBe(false);
    expect(start(launch('alpine', ['bash', '-c', 'true'])).result.ok).toBe(false);
    expect(start(launch('alpine', ['sh', '-c', 'true'])).result.ok).toBe(true);
  });
});

describe('commands without a shell', () => {
  it('sleep 30 lasts 30 s of virtual time', () => {
    expect(run('busybox', ['sleep', '30'])).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
      reason: 'Completed',
      elapsedMs: 30076,
      resumes: 3,
    });
  });
  it('echo and false', () => {
    expect(run('ubuntu', ['echo', 'hi', 'there'])).toMatchObject({ stdout: 'hi there\n', exitCode: 0 });
    expect(run('busybox', ['false'])).toMatchObject({ stdout: '', exitCode: 1, reason: 'Error' });
  });
  it('default CMDs: shells with empty stdin exit 0', () => {
    expect(run('ubuntu')).toMatchObject({ exitCode: 0, stdout: '' });
    expect(run('busybox')).toMatchObject({ exitCode: 0, stdout: '' });
  });
  it('args alone go to the image ENTRYPOINT (bash image: docker-entrypoint.sh)', () => {
    expect(run('bash', undefined, ['-c', 'echo $0'])).toMatchObject({ stdout: 'bash\n', exitCode: 0 });
  });
  it('/usr/bin/env bash -c', () => {
    expect(run('ubuntu', ['/usr/bin/env', 'bash', '-c', 'echo $0; foo'])).toMatchObject({
      stdout: 'bash\n',
      stderr: 'bash: line 1: foo: command not found\n',
      exitCode: 127,
    });
  });
  it('python3 -c print', () => {
    expect(run('python:3.12', ['python3', '-c', 'print("hi")'])).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
  });
});

describe('nginx and kill', () => {
  it('nginx runs until killed; later resumes report signal 9', () => {
    const l = launch('nginx');
    const { result, output } = start(l);
    if (!result.ok) throw new Error(result.message);
    let now = l.startedAt;
    for (let i = 0; i < 10; i++) {
      const step = result.process.resume(now);
      expect(step.type).toBe('wait');
      if (step.type === 'wait') now += step.ms;
    }
    expect(output[0]?.[1]).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    result.process.kill();
    expect(result.process.resume(now)).toEqual({ type: 'exit', exitCode: 137, reason: 'Error', signal: 9 });
  });
});
