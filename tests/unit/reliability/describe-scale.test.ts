// Issue 15 item 8: `kubectl describe jobs` and `kubectl get` over 2,000 Jobs stay linear (it listed every event per Job: 18 s).
// Linear is asserted by counting work (one listing of the namespace's events per command), not by timing:
// timing belongs to `npm run bench`, and a loaded machine turned a 4 s limit red.
import { expect, it } from 'vitest';
import { createSession } from '../../../src/sim/session.ts';

it('describes 2,000 Jobs (with their events) in linear time', () => {
  const session = createSession({ profile: '1.35', seed: 1 });
  for (let i = 0; i < 2000; i++) session.shell.submit(`kubectl create job j${i} --image=busybox -- true`);
  session.advanceBy(1000);
  let out = '';
  session.shell.onOutput((chunk) => {
    out += chunk.text;
  });
  const list = session.cluster.api.list.bind(session.cluster.api);
  let eventListings = 0;
  session.cluster.api.list = ((kind: string, ...rest: unknown[]) => {
    if (kind === 'Event') eventListings++;
    return (list as (...args: unknown[]) => unknown)(kind, ...rest);
  }) as typeof session.cluster.api.list;
  session.shell.submit('kubectl describe jobs');
  expect(out.match(/^Name: {13}j\d+$/gm)).toHaveLength(2000);
  // Each Job's own events only (SuccessfulCreate, Completed), not its neighbours'.
  expect(out.match(/SuccessfulCreate/g)).toHaveLength(2000);
  expect(eventListings).toBe(1);
}, 60_000);

// The other half of item 8: `kubectl get` over the same 2,000 Jobs (and their pods) lists each kind once per
// command, not once per row (the printers' columns read what the listing returned).
it('gets 2,000 Jobs and their pods with one listing per kind', () => {
  const session = createSession({ profile: '1.35', seed: 1 });
  for (let i = 0; i < 2000; i++) session.shell.submit(`kubectl create job j${i} --image=busybox -- true`);
  session.advanceBy(1000);
  let out = '';
  session.shell.onOutput((chunk) => {
    out += chunk.text;
  });
  const list = session.cluster.api.list.bind(session.cluster.api);
  const listings = new Map<string, number>();
  session.cluster.api.list = ((kind: string, ...rest: unknown[]) => {
    listings.set(kind, (listings.get(kind) ?? 0) + 1);
    return (list as (...args: unknown[]) => unknown)(kind, ...rest);
  }) as typeof session.cluster.api.list;
  session.shell.submit('kubectl get jobs');
  expect(out.match(/^j\d+ +\w+ +\d\/1 /gm)).toHaveLength(2000);
  expect(Math.max(...listings.values())).toBe(1);
  listings.clear();
  out = '';
  session.shell.submit('kubectl get pods');
  expect(out.match(/^j\d+-\w+ +\d\/1 /gm)).toHaveLength(2000);
  expect(Math.max(...listings.values())).toBe(1);
}, 60_000);
