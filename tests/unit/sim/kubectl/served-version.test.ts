// The API version `kubectl api-resources` lists per server version: HorizontalPodAutoscaler is autoscaling/v1 on
// 1.22 (real 1.21/1.22 captures: `horizontalpodautoscalers   hpa   autoscaling/v1   true   HorizontalPodAutoscaler`
// beside `cronjobs   cj   batch/v1`), autoscaling/v2 once that went GA (1.23).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

describe('kubectl api-resources: the preferred version', () => {
  it.each([
    ['1.22', 'autoscaling/v1'],
    ['1.35', 'autoscaling/v2'],
  ] as const)('%s lists horizontalpodautoscalers as %s', (profile, version) => {
    const line = terminal(profile).run('kubectl api-resources --api-group=autoscaling --no-headers').stdout.trimEnd();
    expect(line.split(/\s+/)).toEqual(['horizontalpodautoscalers', 'hpa', version, 'true', 'HorizontalPodAutoscaler']);
  });
});
