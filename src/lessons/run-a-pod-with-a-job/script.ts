// The commands whose output lesson 1 shows, in the order the prose runs them (outputs.json is generated).
import type { Pod } from '../../sim/api/types.ts';
import type { ScriptStep } from '../outputs.ts';

export const steps: ScriptStep[] = [
  { id: 'create', command: 'kubectl create job hello-world --image=hello-world' },
  { id: 'get-all-early', command: 'kubectl get all' },
  { id: 'sleep', command: 'sleep 10' },
  { id: 'get-all', command: 'kubectl get all' },
  {
    id: 'logs',
    command: (session) => {
      const pod = session.cluster.api
        .list<Pod>('Pod', 'default')
        .find((p) => p.metadata.name.startsWith('hello-world-'));
      return `kubectl logs ${pod?.metadata.name ?? 'job/hello-world'}`;
    },
  },
  { id: 'logs-job', command: 'kubectl logs job/hello-world' },
  { id: 'run', command: 'kubectl run hello-once --image=hello-world --restart=OnFailure' },
  { id: 'run-sleep', command: 'sleep 5' },
  { id: 'run-get-all', command: 'kubectl get all' },
];
