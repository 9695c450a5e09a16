// The commands whose output lesson 6 shows, in the order the prose runs them (outputs.json is generated).
import { applyCommand } from '../../lib/apply-command.ts';
import type { Pod } from '../../sim/api/types.ts';
import type { ScriptStep } from '../outputs.ts';
import { RENDER_YAML } from './manifests.ts';

export const steps: ScriptStep[] = [
  { id: 'apply', command: applyCommand('job.yaml', RENDER_YAML) },
  { id: 'sleep-4', command: 'sleep 4' },
  { id: 'pods-4', command: 'kubectl get pods' },
  { id: 'sleep-10', command: 'sleep 10' },
  { id: 'jobs-14', command: 'kubectl get jobs' },
  {
    id: 'logs-3',
    command: (session) => {
      const pod = session.cluster.api.list<Pod>('Pod', 'default').find((p) => p.metadata.name.startsWith('render-3-'));
      return `kubectl logs ${pod?.metadata.name ?? 'render-3-xxxxx'}`;
    },
  },
  { id: 'wait', command: 'kubectl wait --for=condition=complete job/render --timeout=2m' },
  { id: 'pods-done', command: 'kubectl get pods' },
  { id: 'indexes', command: 'kubectl get job render -o jsonpath=\'{.status.completedIndexes}{"\\n"}\'' },
  { id: 'describe', command: 'kubectl describe job render' },
];
