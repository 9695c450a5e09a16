// Particles after words filled in at run time: the reading of numbers, Latin names and Hangul decides.
import { describe, expect, it } from 'vitest';
import { withParticle } from '../../../src/i18n/particles.ts';
import { interpolate } from '../../../src/i18n/t.ts';

describe('withParticle', () => {
  it.each([
    ['2', '이', '2가'],
    ['1', '이', '1이'],
    ['10', '을', '10을'],
    ['30', '으로', '30으로'],
    ['1', '으로', '1로'],
    ['5', '은', '5는'],
    ['0', '과', '0과'],
    ['job-1', '이', 'job-1이'],
    ['busybox', '을', 'busybox를'],
    ['busybox:1.37.1', '를', 'busybox:1.37.1을'],
    ['OnFailure', '과', 'OnFailure와'],
    ['Never', '으로', 'Never로'],
    ['backoffLimit', '는', 'backoffLimit은'],
    ['podFailurePolicy', '은', 'podFailurePolicy는'],
    ['Pending', '가', 'Pending이'],
    ['Complete', '이', 'Complete가'],
    ['kubectl', '으로', 'kubectl로'],
    ['sleep', '를', 'sleep을'],
    ['FailJob', '이', 'FailJob이'],
    ['TTL', '을', 'TTL을'],
    ['TTL', '으로', 'TTL로'],
    ['PID', '가', 'PID가'],
    ['SIGTERM', '을', 'SIGTERM을'],
    ['파드', '이', '파드가'],
    ['잡', '가', '잡이'],
    ['레이블', '으로', '레이블로'],
    ['`kubectl`', '을', '`kubectl`을'],
    ['jobTemplate', '으로', 'jobTemplate으로'],
    ['job-3', '은', 'job-3은'],
    ['render-0', '과', 'render-0과'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(withParticle(word, particle)).toBe(expected);
  });
});

describe('interpolate', () => {
  it('adds the particle the value takes, or the particle alone', () => {
    expect(interpolate('{n|이} 필요하다', { n: 2 })).toBe('2가 필요하다');
    expect(interpolate('{n|이} 필요하다', { n: 3 })).toBe('3이 필요하다');
    expect(interpolate('`{cmd}`{cmd:을} 입력하자', { cmd: 'ls' })).toBe('`ls`를 입력하자');
  });

  it('leaves a placeholder without a value, or with an unknown particle, as written', () => {
    expect(interpolate('{n|이} 필요하다')).toBe('{n|이} 필요하다');
    expect(interpolate('{n|의}', { n: 2 })).toBe('{n|의}');
  });
});
