// The store's indexes (informer-style) must answer exactly what listing the namespace and filtering gave:
// same objects, same etcd key order (namespace, then name), through adds, changes and removals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../src/sim/api/store.ts';
import { byLabel, byUid } from '../../../../src/sim/api/store-indexes.ts';
import type { Pod } from '../../../../src/sim/api/types.ts';

function pod(namespace: string, name: string, owner: string | undefined, app: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      namespace,
      name,
      uid: `${namespace}-${name}`,
      labels: { app },
      ...(owner
        ? { ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: owner, uid: owner, controller: true }] }
        : {}),
    },
    spec: { containers: [] },
    status: {},
  } as unknown as Pod;
}

const names = (pods: Pod[]) => pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`);

describe('store indexes', () => {
  it('list is in key order across namespaces, including names that compare differently as "ns/name" strings', () => {
    const store = new Store();
    for (const [ns, name] of [
      ['a-b', 'x'],
      ['a', 'z'],
      ['a', 'b'],
      ['b', 'a'],
    ] as const)
      store.put(pod(ns, name, undefined, 'x'));
    expect(names(store.list('Pod'))).toEqual(['a/b', 'a/z', 'a-b/x', 'b/a']);
    expect(names(store.list('Pod', 'a'))).toEqual(['a/b', 'a/z']);
  });

  it('equals list-and-filter after any sequence of puts and removes', () => {
    const op = fc.record({
      remove: fc.boolean(),
      ns: fc.constantFrom('default', 'team', 'team-a'),
      name: fc.constantFrom('p-1', 'p-2', 'p-10', 'q', 'job-1-abcde'),
      owner: fc.option(fc.constantFrom('u1', 'u2'), { nil: undefined }),
      app: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const store = new Store();
        for (const o of ops) {
          if (o.remove) store.remove('Pod', o.ns, o.name);
          else store.put(pod(o.ns, o.name, o.owner, o.app));
        }
        const all = store.list<Pod>('Pod');
        const sorted = [...all].sort((x, y) =>
          x.metadata.namespace! < y.metadata.namespace!
            ? -1
            : x.metadata.namespace! > y.metadata.namespace!
              ? 1
              : x.metadata.name < y.metadata.name
                ? -1
                : 1,
        );
        expect(names(all)).toEqual(names(sorted));
        for (const ns of ['default', 'team', 'team-a']) {
          const inNs = all.filter((p) => p.metadata.namespace === ns);
          expect(names(store.list('Pod', ns))).toEqual(names(inNs));
          for (const uid of ['u1', 'u2']) {
            const owned = inNs.filter((p) => p.metadata.ownerReferences?.[0]?.uid === uid);
            expect(names(store.byIndex('Pod', 'controller', byUid(ns, uid)))).toEqual(names(owned));
            expect(names(store.byIndex('Pod', 'owner', byUid(ns, uid)))).toEqual(names(owned));
          }
          for (const app of ['a', 'b']) {
            const labelled = inNs.filter((p) => p.metadata.labels?.app === app);
            expect(names(store.byIndex('Pod', 'label', byLabel(ns, 'app', app)))).toEqual(names(labelled));
          }
        }
      }),
    );
  });
});
