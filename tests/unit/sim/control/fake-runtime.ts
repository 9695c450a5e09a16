// A tiny ContainerRuntime for control-plane tests: images with fixed pull times, and commands understood by a
// few patterns (`echo X`, `sleep N`, `exit N`, in any order, joined by `;` or `&&`). Unknown executables give
// StartError. Pull times mirror src/sim/node/images.ts so timelines match the real runtime.

import type { ContainerRuntime, ContainerStep, ImageInfo } from '../../../../src/sim/node/runtime.ts';

const IMAGES: Record<string, { firstPullMs: number; cachedPullMs: number; output?: string }> = {
  'hello-world': { firstPullMs: 800, cachedPullMs: 600, output: '\nHello from Docker!\n' },
  busybox: { firstPullMs: 1800, cachedPullMs: 1100 },
  ubuntu: { firstPullMs: 7400, cachedPullMs: 2000 },
};

export function fakeRuntime(): ContainerRuntime {
  return {
    lookupImage(ref: string): ImageInfo | undefined {
      const name = ref.split(':')[0] ?? ref;
      const img = IMAGES[name];
      if (!img) return undefined;
      return {
        reference: `docker.io/library/${name}:latest`,
        digest: `sha256:${'ab'.repeat(32)}`,
        sizeBytes: 1000,
        firstPullMs: img.firstPullMs,
        cachedPullMs: img.cachedPullMs,
      };
    },
    start(launch, out) {
      const name = launch.image.split(':')[0] ?? launch.image;
      const argv = [...(launch.command ?? []), ...(launch.args ?? [])];
      if (argv[0] && !['/bin/sh', '/bin/bash', 'sh', 'bash'].includes(argv[0])) {
        return {
          ok: false,
          reason: 'StartError',
          message: `exec: "${argv[0]}": executable file not found in $PATH: unknown`,
          exitCode: 128,
        };
      }
      const script = argv.slice(2).join(' ');
      const steps: Array<() => ContainerStep | undefined> = [];
      if (argv.length === 0 && IMAGES[name]?.output) {
        const text = IMAGES[name].output;
        steps.push(() => {
          out('stdout', text);
          return undefined;
        });
      }
      for (const part of script.split(/;|&&/).map((s) => s.trim())) {
        const echo = /^echo (.*)$/.exec(part);
        const sleep = /^sleep (\d+(?:\.\d+)?)$/.exec(part);
        const exit = /^exit (\d+)$/.exec(part);
        if (echo) {
          steps.push(() => {
            out('stdout', `${echo[1]}\n`);
            return undefined;
          });
        } else if (sleep) steps.push(() => ({ type: 'wait', ms: Number(sleep[1]) * 1000 }));
        else if (exit) {
          const code = Number(exit[1]);
          steps.push(() => ({ type: 'exit', exitCode: code, reason: code === 0 ? 'Completed' : 'Error' }));
        }
      }
      let killed = false;
      let started = false;
      return {
        ok: true,
        process: {
          resume() {
            if (killed) return { type: 'exit', exitCode: 137, reason: 'Error' };
            if (!started) {
              started = true;
              return { type: 'wait', ms: 50 };
            }
            for (;;) {
              const step = steps.shift();
              if (!step) return { type: 'exit', exitCode: 0, reason: 'Completed' };
              const r = step();
              if (r) return r;
            }
          },
          kill() {
            killed = true;
          },
        },
      };
    },
  };
}
