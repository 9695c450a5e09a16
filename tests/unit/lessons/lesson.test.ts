// A lesson module's cluster as each locale's page boots it. The terminal's fingerprint (the key stored progress
// is replayed under) must stay what it was when profile, seed and files were front matter, or every learner's
// saved work would be dropped: the hashes below are those of the pages built from the front matter.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { terminalConfigOf } from '../../../src/components/terminal/terminal-config.ts';
import { clusterIn } from '../../../src/lessons/lesson.ts';
import { LESSONS } from '../../../src/lessons/registry.ts';

/** sha256 (first 16 hex digits) of data-config's fingerprint on /{locale}/lessons/{slug}/ before the move. */
const FINGERPRINTS: Record<string, { en: string; ko: string }> = {
  'deadlines-and-cleanup': { en: 'c3812037abcb4de6', ko: 'c3812037abcb4de6' },
  'exit-codes': { en: '899594a8bce215b1', ko: '899594a8bce215b1' },
  'final-challenge': { en: 'd4107025f81a34ed', ko: 'd4107025f81a34ed' },
  'indexed-jobs': { en: 'e761afae2cd14a03', ko: 'e761afae2cd14a03' },
  'pod-failure-policy': { en: '613e217722749885', ko: 'f1dceaa025bf2ab7' },
  'restart-policy': { en: '3481bbefe5dff3fd', ko: '9939d79233068098' },
  'retries-and-backoff-limit': { en: 'bcd130293a31a376', ko: 'bcd130293a31a376' },
  'run-a-pod-with-a-job': { en: '64e4848f6dcc3e38', ko: '64e4848f6dcc3e38' },
};
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('clusterIn', () => {
  it('gives each locale its own text of a translated file and the shared text of the others', () => {
    const cluster = {
      profile: '1.35' as const,
      seed: 3,
      files: { 'a.yaml': 'shared\n', 'b.yaml': { en: '# English\n', ko: '# 한국어\n' } },
    };
    expect(clusterIn(cluster, 'en')).toEqual({
      profile: '1.35',
      seed: 3,
      setup: [],
      files: { 'a.yaml': 'shared\n', 'b.yaml': '# English\n' },
    });
    expect(clusterIn(cluster, 'ko').files).toEqual({ 'a.yaml': 'shared\n', 'b.yaml': '# 한국어\n' });
    expect(Object.keys(clusterIn(cluster, 'ko').files)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('keeps epoch and setup as written', () => {
    const setup = [{ command: 'kubectl create job warm-up --image=busybox' }];
    const cluster = clusterIn({ profile: '1.22', seed: 0, epoch: '2026-01-12T09:00:00Z', setup }, 'en');
    expect(cluster).toEqual({ profile: '1.22', seed: 0, epoch: '2026-01-12T09:00:00Z', setup, files: {} });
    expect(terminalConfigOf('x', 'en', cluster).session.epoch).toBe(Date.parse('2026-01-12T09:00:00Z'));
  });
});

describe.each(Object.entries(LESSONS))('lesson %s', (slug, lesson) => {
  it.each(['en', 'ko'] as const)('%s page keeps the fingerprint it had with front matter', (locale) => {
    const config = terminalConfigOf(slug, locale, clusterIn(lesson.cluster, locale));
    expect(hash(config.fingerprint)).toBe(FINGERPRINTS[slug]?.[locale]);
  });
});
