import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../src/sim/api/types.ts';
import { fromKoreanLayout } from '../../../../src/sim/shell/hints/korean-layout.ts';
import { closestWord } from '../../../../src/sim/shell/hints/near-miss.ts';
import { harness } from './harness.ts';

const job1 = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'job-1' } } as unknown as Job;

describe('hints', () => {
  it('maps the Korean 2-set layout back to QWERTY keys', () => {
    expect(fromKoreanLayout('ㅏㅕㅠㄷㅊ시 ㅎㄷㅅ ㅔㅐㅇㄴ')).toBe('kubectl get pods');
    expect(fromKoreanLayout('싣')).toBe('tle');
    expect(fromKoreanLayout('ㅣㅐㅎㄴ 잡-1')).toBe('logs wkq-1');
    expect(fromKoreanLayout('ㅒ뭬')).toBe('Oanp');
  });

  it('suggests near-miss commands', () => {
    const known = ['kubectl', 'ls', 'cat'];
    expect(
      ['kubeclt', 'kubect', 'kubctl', 'kubetcl', 'Kubectl', 'sl', 'dog'].map((w) => closestWord(w, known)),
    ).toEqual(['kubectl', 'kubectl', 'kubectl', 'kubectl', 'kubectl', 'ls', undefined]);
  });

  it('shows the hints on their own stream, in English and Korean', () => {
    const en = harness();
    expect(en.type('ㅏㅕㅠㄷㅊ싣 get pods', 'kubeclt get pods')).toBe(
      [
        '$ ㅏㅕㅠㄷㅊ싣 get pods',
        'bash: ㅏㅕㅠㄷㅊ싣: command not found',
        '# hint: This looks like `kubectl get pods` typed with the Korean keyboard layout. Switch the input to English (the 한/영 key) and type it again.',
        '$ kubeclt get pods',
        'bash: kubeclt: command not found',
        '# hint: `kubeclt` is not a command. Did you mean `kubectl`?',
        '',
      ].join('\n'),
    );
    expect(en.records.map((r) => r.stderr)).toEqual([
      'bash: ㅏㅕㅠㄷㅊ싣: command not found\n',
      'bash: kubeclt: command not found\n',
    ]);
    const ko = harness({ locale: 'ko' });
    expect(ko.type('ㅏㅕㅠㄷㅊ시 ㅎㄷㅅ ㅔㅐㅇㄴ')).toBe(
      '$ ㅏㅕㅠㄷㅊ시 ㅎㄷㅅ ㅔㅐㅇㄴ\nbash: ㅏㅕㅠㄷㅊ시: command not found\n# hint: 한글 자판으로 `kubectl get pods`를 입력한 것 같다. 한/영 키로 영문 입력으로 바꾼 뒤 다시 입력해 보자.\n',
    );
  });

  it('explains a name used as a resource type after kubectl’s error', () => {
    const h = harness({ objects: [job1] });
    expect(h.type('kubectl get job-1', 'kubectl get job-9')).toBe(
      [
        '$ kubectl get job-1',
        `error: the server doesn't have a resource type "job-1"`,
        '# hint: `job-1` is the name of an object, not a resource type. Give the type first: `kubectl get job job-1`.',
        '$ kubectl get job-9',
        `error: the server doesn't have a resource type "job-9"`,
        '',
      ].join('\n'),
    );
  });
});
