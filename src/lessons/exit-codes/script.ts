// The commands whose output lesson 2 shows, in the order the prose runs them (outputs.json is generated).
import type { ScriptStep } from '../outputs.ts';

export const steps: ScriptStep[] = [
  { id: 'job-1-create', command: 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"' },
  { id: 'job-1-get-early', command: 'kubectl get jobs' },
  { id: 'job-1-sleep', command: 'sleep 15' },
  { id: 'job-1-get', command: 'kubectl get jobs' },
  { id: 'job-2-create', command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
  { id: 'job-2-sleep', command: 'sleep 30' },
  { id: 'job-2-get', command: 'kubectl get job,pod' },
  { id: 'job-2-sleep-more', command: 'sleep 30' },
  { id: 'job-2-get-pods', command: 'kubectl get pods -l job-name=job-2' },
  { id: 'job-2-describe', command: 'kubectl describe job job-2' },
];
