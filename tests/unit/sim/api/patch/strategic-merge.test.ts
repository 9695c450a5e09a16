// Strategic merge patch cases from apimachinery's strategicpatch semantics (patch.go mergeMap/mergeSlice and
// the patchStrategy/patchMergeKey tags of k8s.io/api core/v1 types.go): containers merged by name in place, new
// ones appended, env merged by name, command (no strategy) replaced, `$patch: delete` and `$patch: replace`, null
// deleting a map key; and kubectl patch's own help example ("spec.containers[*].name is required because it's a
// merge key").
import { describe, expect, it } from 'vitest';
import { StrategicPatchError, strategicMergePatch } from '../../../../../src/sim/api/patch/strategic-merge.ts';

const pod = () => ({
  spec: {
    containers: [
      { name: 'a', image: 'busybox', command: ['sleep', '1'], env: [{ name: 'X', value: '1' }] },
      { name: 'b', image: 'busybox' },
    ],
  },
  metadata: { labels: { app: 'x', tier: 'y' } },
});

describe('strategic merge patch', () => {
  it('merges containers by name, env by name, replaces command', () => {
    const patched = strategicMergePatch(pod(), {
      spec: {
        containers: [
          { name: 'a', image: 'alpine', command: ['true'], env: [{ name: 'Y', value: '2' }] },
          { name: 'c', image: 'nginx' },
        ],
      },
    });
    expect(patched.spec).toEqual({
      containers: [
        {
          name: 'a',
          image: 'alpine',
          command: ['true'],
          env: [
            { name: 'X', value: '1' },
            { name: 'Y', value: '2' },
          ],
        },
        { name: 'b', image: 'busybox' },
        { name: 'c', image: 'nginx' },
      ],
    });
  });

  it('$patch: delete removes a list element by its key; null removes a map key; $patch: replace', () => {
    const patched = strategicMergePatch(pod(), {
      spec: { containers: [{ name: 'b', $patch: 'delete' }] },
      metadata: { labels: { tier: null } },
    });
    expect((patched.spec as { containers: Array<{ name: string }> }).containers.map((c) => c.name)).toEqual(['a']);
    expect(patched.metadata).toEqual({ labels: { app: 'x' } });
    expect(strategicMergePatch(pod(), { metadata: { labels: { $patch: 'replace', only: 'z' } } }).metadata).toEqual({
      labels: { only: 'z' },
    });
  });

  it('a merged list element needs its merge key', () => {
    expect(() => strategicMergePatch(pod(), { spec: { containers: [{ image: 'x' }] } })).toThrow(StrategicPatchError);
  });
});
