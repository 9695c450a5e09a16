// `npm run bench`: measures the performance targets (issue 12) and prints each figure with ✓ or ✗ against its
// target. A benchmark, not a test; the method is described in docs/bench.md.
//   simulator:  a simulated hour of 100 failing Jobs; 1,000 Jobs advancing 60 s; `kubectl get pods` over 1,000 pods
//   site:       needs a built site (`npm run build` first; skipped with --sim-only, alone with --site-only)
import { benchSimulator } from './bench/simulator.ts';

const simOnly = process.argv.includes('--sim-only');
const siteOnly = process.argv.includes('--site-only');

let ok = siteOnly ? true : await benchSimulator();
if (!simOnly) {
  const { benchSite } = await import('./bench/site.ts');
  ok = (await benchSite()) && ok;
}
console.log(ok ? 'all targets met' : 'some targets missed (✗ above)');
