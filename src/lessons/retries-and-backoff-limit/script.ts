// The commands whose output lesson 3 shows, in the order the prose runs them (outputs.json is generated).
import type { ScriptStep } from '../outputs.ts';
import { JOB_3_MANIFEST } from './exercises.ts';

export const steps: ScriptStep[] = [
  { id: 'job-2-create', command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"' },
  { id: 'sleep-75', command: 'sleep 75' },
  { id: 'pods-75', command: 'kubectl get pods' },
  { id: 'sleep-240', command: 'sleep 240' },
  { id: 'pods-315', command: 'kubectl get pods' },
  { id: 'wait', command: 'kubectl wait --for=condition=failed job/job-2 --timeout=15m' },
  { id: 'job-pod', command: 'kubectl get job,pod' },
  { id: 'describe', command: 'kubectl describe job job-2' },
  { id: 'job-3-apply', command: JOB_3_MANIFEST },
  { id: 'job-3-wait', command: 'kubectl wait --for=condition=failed job/job-3 --timeout=2m' },
  { id: 'job-3-pods', command: 'kubectl get pods -l job-name=job-3' },
  { id: 'job-3-describe', command: 'kubectl describe job job-3' },
];
