import { describe, expect, it } from 'vitest';
import { parseFieldSelector } from '../../../../src/sim/kubectl/field-selector.ts';
import { createSession } from '../../../../src/sim/session.ts';
import { output as run } from '../../harness/session.ts';

describe('--field-selector', () => {
  it('parses =, == and != terms', () => {
    expect(parseFieldSelector('status.phase=Failed,metadata.name!=x,spec.nodeName==n')).toEqual({
      'status.phase': 'Failed',
      'metadata.name!': 'x',
      'spec.nodeName': 'n',
    });
  });

  it('filters pods by phase and events by involved object', () => {
    const session = createSession({ profile: '1.35', seed: 1 });
    run(session, 'kubectl create job ok --image=busybox -- true');
    run(session, 'kubectl create job bad --image=busybox -- false');
    run(session, 'sleep 8');
    const failed = run(session, 'kubectl get pods --field-selector status.phase=Failed -o name');
    expect(failed.stdout).toMatch(/^pod\/bad-\w{5}\n$/);
    const none = run(session, 'kubectl get pods --field-selector status.phase=Running');
    expect(none).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n' });
    const events = run(session, 'kubectl get events --field-selector involvedObject.name=ok -o name');
    expect(
      events.stdout
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('event/ok.')),
    ).toBe(true);
    expect(events.stdout).not.toBe('');
  });
});
