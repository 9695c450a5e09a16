// The commands whose output lesson 7 shows, in the order the prose runs them (outputs.json is generated).
import { applyCommand } from '../../lib/apply-command.ts';
import type { ScriptStep } from '../outputs.ts';
import { CRONJOB_YAML, DEADLINE_YAML, TTL_YAML } from './manifests.ts';

export const steps: ScriptStep[] = [
  { id: 'deadline-apply', command: applyCommand('deadline.yaml', DEADLINE_YAML) },
  { id: 'sleep-25', command: 'sleep 25' },
  { id: 'deadline-get', command: 'kubectl get job,pods' },
  { id: 'deadline-wait', command: 'kubectl wait --for=condition=failed job/slow --timeout=2m' },
  { id: 'deadline-describe', command: 'kubectl describe job slow' },
  { id: 'ttl-apply', command: applyCommand('ttl.yaml', TTL_YAML) },
  { id: 'ttl-sleep-10', command: 'sleep 10' },
  { id: 'ttl-get', command: 'kubectl get jobs' },
  { id: 'ttl-sleep-30', command: 'sleep 30' },
  { id: 'ttl-gone', command: 'kubectl get jobs' },
  { id: 'cron-apply', command: applyCommand('cronjob.yaml', CRONJOB_YAML) },
  { id: 'cron-sleep', command: 'sleep 150' },
  { id: 'cron-get', command: 'kubectl get cronjobs,jobs' },
];
