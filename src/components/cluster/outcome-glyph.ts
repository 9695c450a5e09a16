// The glyph that ends a pod's bar (and its legend entry): the outcome is readable without colour.
import type { PodOutcome } from './pod-history.ts';

export const OUTCOME_GLYPH: Record<PodOutcome, string> = {
  succeeded: '✓',
  failed: '✗',
  running: '▸',
  deleted: '⊘',
};
