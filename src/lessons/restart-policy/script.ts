// The commands whose output lesson 4 shows, in the order the prose runs them (outputs.json is generated).
// Apply is typed as the editor's Apply button types it (here-document, then kubectl apply).
import { applyCommand } from '../../lib/apply-command.ts';
import type { Pod } from '../../sim/api/types.ts';
import type { Session } from '../../sim/session.ts';
import type { ScriptStep } from '../outputs.ts';
import { CRASH_YAML, NEVER_YAML } from './exercises.ts';

export const steps: ScriptStep[] = [
  { id: 'apply', command: applyCommand('job.yaml', CRASH_YAML) },
  { id: 'sleep-3', command: 'sleep 3' },
  { id: 'pods-3', command: 'kubectl get pods' },
  { id: 'sleep-2', command: 'sleep 2' },
  { id: 'pods-5', command: 'kubectl get pods' },
  { id: 'sleep-15', command: 'sleep 15' },
  { id: 'pods-20', command: 'kubectl get pods' },
  { id: 'logs-previous', command: (s) => `kubectl logs ${podName(s, 'crash')} --previous` },
  { id: 'wait', command: 'kubectl wait --for=condition=failed job/crash --timeout=2m' },
  { id: 'pods-deleting', command: 'kubectl get pods' },
  { id: 'sleep-after', command: 'sleep 2' },
  { id: 'pods-after', command: 'kubectl get pods' },
  { id: 'describe', command: 'kubectl describe job crash' },
  { id: 'never-apply', command: applyCommand('never.yaml', NEVER_YAML) },
  { id: 'never-wait', command: 'kubectl wait --for=condition=failed job/crash-never --timeout=3m' },
  { id: 'never-pods', command: 'kubectl get pods -l job-name=crash-never' },
];

function podName(session: Session, job: string): string {
  const pod = session.cluster.api.list<Pod>('Pod', 'default').find((p) => p.metadata.labels?.['job-name'] === job);
  return pod?.metadata.name ?? `${job}-xxxxx`;
}
