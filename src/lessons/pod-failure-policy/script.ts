// The commands whose output lesson 5 shows, in the order the prose runs them (outputs.json is generated).
import { applyCommand } from '../../lib/apply-command.ts';
import type { ScriptStep } from '../outputs.ts';
import { DICE_YAML, FATAL_YAML, FLAKY_YAML } from './manifests.ts';

export const steps: ScriptStep[] = [
  { id: 'apply', command: applyCommand('job.yaml', DICE_YAML) },
  { id: 'wait', command: 'kubectl wait --for=condition=failed job/dice --timeout=5m' },
  { id: 'pods', command: 'kubectl get pods' },
  {
    id: 'exit-codes',
    command:
      'kubectl get pods -l job-name=dice --sort-by=.metadata.creationTimestamp -o custom-columns=POD:.metadata.name,EXIT:.status.containerStatuses[0].state.terminated.exitCode',
  },
  { id: 'describe', command: 'kubectl describe job dice' },
  { id: 'fatal-apply', command: applyCommand('fatal.yaml', FATAL_YAML) },
  { id: 'fatal-sleep', command: 'sleep 10' },
  { id: 'fatal-jobs', command: 'kubectl get job fatal' },
  { id: 'flaky-apply', command: applyCommand('flaky.yaml', FLAKY_YAML) },
  { id: 'flaky-wait', command: 'kubectl wait --for=condition=complete job/flaky --timeout=5m' },
  { id: 'flaky-pods', command: 'kubectl get pods -l job-name=flaky' },
];
