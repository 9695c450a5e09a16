// cloneJson stands in for structuredClone on JSON data (the Job controller's pod templates): the copy must be equal
// in every way a reader could see (keys, their order, undefined values, nesting), share nothing with the original,
// and keep a `__proto__` key as data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../../src/sim/api/json-clone.ts';

describe('cloneJson', () => {
  it('gives what structuredClone gives for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = cloneJson(value);
        expect(copy).toStrictEqual(structuredClone(value));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('copies every level, keeps key order and undefined values', () => {
    const template = {
      metadata: { labels: { b: '1', a: '2' } },
      spec: { containers: [{ name: 'c', args: ['sh', '-c', 'exit 1'], env: undefined }], restartPolicy: 'Never' },
    };
    const copy = cloneJson(template);
    expect(copy).toStrictEqual(structuredClone(template));
    expect(Object.keys(copy.metadata.labels)).toEqual(['b', 'a']);
    expect('env' in copy.spec.containers[0]!).toBe(true);
    copy.spec.containers[0]!.args.push('x');
    copy.metadata.labels.a = 'changed';
    expect(template.spec.containers[0]!.args).toEqual(['sh', '-c', 'exit 1']);
    expect(template.metadata.labels.a).toBe('2');
  });

  it('keeps a __proto__ key as an own property, not a prototype', () => {
    const labels = JSON.parse('{"__proto__": {"x": "y"}, "app": "a"}') as Record<string, unknown>;
    const copy = cloneJson(labels);
    expect(Object.keys(copy)).toEqual(['__proto__', 'app']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual(structuredClone(labels));
  });
});
