// `npm run bench`: prints the numbers behind the performance budgets. Not a test: it measures and prints.
//   simulator:  `kubectl get pods` with 1,000 pods; one simulated hour of 100 failing Jobs; heap after 10,000 commands
//   site:       lesson page JS/CSS weight (gzip) before interaction; navigation → ready terminal; Enter → output
//               (needs a built site: `npm run build` first; skipped with --sim-only)
import { benchSimulator } from './bench/simulator.ts';

const simOnly = process.argv.includes('--sim-only');

await benchSimulator();
if (!simOnly) {
  const { benchSite } = await import('./bench/site.ts');
  await benchSite();
}
