// Simulator throughput numbers for `npm run bench` (printed, not asserted).
import { performance } from 'node:perf_hooks';
import { createSession } from '../../src/sim/session.ts';

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** `kubectl get pods` with 1,000 pods in the namespace (1,000 Jobs whose pods sleep for an hour). */
function getPodsWith1000(): void {
  const session = createSession({ profile: '1.35', seed: 7 });
  for (let i = 0; i < 1000; i++) {
    session.shell.submit(`kubectl create job many-${i} --image=busybox -- sleep 3600`);
  }
  session.advanceBy(30_000);
  const pods = session.cluster.store.count('Pod');
  let out = '';
  const stop = session.shell.onOutput((chunk) => {
    out += chunk.text;
  });
  const runs = 5;
  const start = performance.now();
  for (let i = 0; i < runs; i++) session.shell.submit('kubectl get pods');
  const elapsed = (performance.now() - start) / runs;
  stop();
  console.log(`kubectl get pods with ${pods} pods: ${ms(elapsed)} per command (${out.length / runs} bytes of output)`);
}

/** One simulated hour of 100 Jobs whose containers exit 1 (restartPolicy Never, backoffLimit 6). */
function hourOf100FailingJobs(): void {
  const session = createSession({ profile: '1.35', seed: 11 });
  for (let i = 0; i < 100; i++) {
    session.shell.submit(`kubectl create job fail-${i} --image=busybox -- sh -c "exit 1"`);
  }
  const start = performance.now();
  session.advanceBy(3_600_000);
  const elapsed = performance.now() - start;
  const pods = session.cluster.store.count('Pod');
  const events = session.cluster.store.count('Event');
  console.log(`one simulated hour of 100 failing Jobs: ${ms(elapsed)} (${pods} pods, ${events} events at the end)`);
}

/** Heap after 10,000 commands in one session: must stay bounded. */
function heapAfter10000Commands(): void {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const session = createSession({ profile: '1.35', seed: 3 });
  const commands = [
    'kubectl get pods',
    'kubectl get jobs',
    'kubectl get all',
    'kubectl describe job demo',
    'kubectl logs job/demo',
    'ls',
    'kubectl get pods -o yaml',
    'kubeclt get pods',
  ];
  session.shell.submit('kubectl create job demo --image=busybox -- sh -c "echo hi; exit 0"');
  session.advanceBy(20_000);
  const start = performance.now();
  let heapAt5000 = 0;
  for (let i = 0; i < 10_000; i++) {
    session.shell.submit(commands[i % commands.length]!);
    if (i % 100 === 0) session.advanceBy(1000);
    if (i === 5000) {
      collectGarbage();
      heapAt5000 = process.memoryUsage().heapUsed - before;
    }
  }
  const elapsed = performance.now() - start;
  collectGarbage();
  const after = process.memoryUsage().heapUsed - before;
  console.log(
    `heap after 10,000 commands: ${mib(after)} (after 5,000: ${mib(heapAt5000)}; ${ms(elapsed / 10_000)} per command; session kept alive: ${session.log.length} log entries)`,
  );
}

export async function benchSimulator(): Promise<void> {
  console.log('# simulator');
  getPodsWith1000();
  hourOf100FailingJobs();
  heapAfter10000Commands();
}
