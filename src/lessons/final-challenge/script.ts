// The commands whose output lesson 8 shows: only the first symptom; the rest is the learner's to find.
import { applyCommand } from '../../lib/apply-command.ts';
import type { ScriptStep } from '../outputs.ts';
import { BROKEN_YAML } from './manifests.ts';

export const steps: ScriptStep[] = [{ id: 'apply', command: applyCommand('report.yaml', BROKEN_YAML) }];
