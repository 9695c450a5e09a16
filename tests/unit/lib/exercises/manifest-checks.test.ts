// The YAML lessons' check builders against real sessions, and the lessons' editors against the files the shell
// starts with (the shell's job.yaml and the editor must show the same file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRONJOB_YAML, TTL_YAML } from '../../../../src/lessons/deadlines-and-cleanup/index.ts';
import { BROKEN_YAML, FIXED_YAML } from '../../../../src/lessons/final-challenge/index.ts';
import { clusterIn } from '../../../../src/lessons/lesson.ts';
import { FATAL_START_YAML, FATAL_YAML } from '../../../../src/lessons/pod-failure-policy/index.ts';
import { LESSONS } from '../../../../src/lessons/registry.ts';
import { CRASH_YAML } from '../../../../src/lessons/restart-policy/index.ts';
import { applyCommand } from '../../../../src/lib/apply-command.ts';
import { contextOf } from '../../../../src/lib/exercises/context.ts';
import {
  cronJobMadeJobs,
  jobCleanedUp,
  jobFailurePolicyRule,
  jobHasNoPods,
  jobRestartPolicy,
  jobSucceededDiagnosed,
  podOfJobRestarted,
} from '../../../../src/lib/exercises/manifest-checks.ts';
import type { Check } from '../../../../src/lib/exercises/types.ts';
import { createSession, type Session } from '../../../../src/sim/session.ts';
import { typeLines } from '../../harness/session.ts';

function session(): Session {
  return createSession({ profile: '1.35', seed: 5 });
}
const run = (s: Session, check: Check) => check.run(contextOf(s));

describe('manifest checks', () => {
  it('restartPolicy: names what was applied and that the job must be recreated', () => {
    const s = session();
    expect(run(s, jobRestartPolicy('crash', 'Never', 'job.yaml')).feedback?.en).toContain('no job named crash');
    typeLines(s, applyCommand('job.yaml', CRASH_YAML));
    const outcome = run(s, jobRestartPolicy('crash', 'Never', 'job.yaml'));
    expect(outcome.ok).toBe(false);
    expect(outcome.feedback?.en).toContain('restartPolicy: OnFailure, not Never');
    expect(outcome.feedback?.en).toContain('kubectl delete job crash');
    expect(run(s, jobRestartPolicy('crash', 'OnFailure', 'job.yaml')).ok).toBe(true);
  });

  it('OnFailure: restarts counted, then the pod is deleted when the job gives up', () => {
    const s = session();
    typeLines(s, applyCommand('job.yaml', CRASH_YAML));
    expect(run(s, podOfJobRestarted('crash', 1)).ok).toBe(false);
    s.advanceBy(20_000);
    expect(run(s, podOfJobRestarted('crash', 1)).ok).toBe(true);
    expect(run(s, jobHasNoPods('crash')).feedback?.en).toMatch(/still has crash-\w{5}/);
    typeLines(s, 'kubectl get pods');
    s.advanceBy(120_000);
    expect(run(s, jobHasNoPods('crash')).ok).toBe(true);
    // The pod is gone, but what the learner saw still counts.
    expect(run(s, podOfJobRestarted('crash', 1)).ok).toBe(true);
  });

  it('podFailurePolicy: first matching rule decides', () => {
    const s = session();
    typeLines(s, applyCommand('fatal.yaml', FATAL_START_YAML));
    expect(run(s, jobFailurePolicyRule('fatal', 'FailJob', 42, 'fatal.yaml')).feedback?.en).toContain(
      'has no podFailurePolicy',
    );
    typeLines(s, 'kubectl delete job fatal');
    typeLines(s, applyCommand('fatal.yaml', FATAL_YAML));
    expect(run(s, jobFailurePolicyRule('fatal', 'FailJob', 42, 'fatal.yaml')).ok).toBe(true);
    expect(run(s, jobFailurePolicyRule('fatal', 'Ignore', 42, 'fatal.yaml')).feedback?.en).toContain(
      'first matches a rule with action FailJob',
    );
    expect(run(s, jobFailurePolicyRule('fatal', 'Ignore', 3, 'fatal.yaml')).feedback?.en).toContain('No rule');
  });

  it('TTL: passes only when the controller deleted the finished job, not the learner', () => {
    const s = session();
    expect(run(s, jobCleanedUp('short-lived', 'ttl.yaml')).ok).toBe(false);
    typeLines(s, applyCommand('ttl.yaml', TTL_YAML));
    s.advanceBy(10_000);
    expect(run(s, jobCleanedUp('short-lived', 'ttl.yaml')).feedback?.en).toContain('deleted 30 s after it finishes');
    s.advanceBy(30_000);
    expect(run(s, jobCleanedUp('short-lived', 'ttl.yaml')).ok).toBe(true);

    const by = session();
    typeLines(by, applyCommand('ttl.yaml', TTL_YAML));
    typeLines(by, 'kubectl delete job short-lived');
    expect(run(by, jobCleanedUp('short-lived', 'ttl.yaml')).feedback?.en).toContain('You deleted short-lived yourself');
  });

  it('CronJob: counts the jobs it made', () => {
    const s = session();
    typeLines(s, applyCommand('cronjob.yaml', CRONJOB_YAML));
    expect(run(s, cronJobMadeJobs('tick', '*/1 * * * *', 2, 'cronjob.yaml')).feedback?.en).toContain('made 0 job(s)');
    s.advanceBy(150_000);
    expect(run(s, cronJobMadeJobs('tick', '*/1 * * * *', 2, 'cronjob.yaml')).ok).toBe(true);
    expect(run(s, cronJobMadeJobs('tick', '0 * * * *', 1, 'cronjob.yaml')).ok).toBe(false);
  });

  it('final challenge: each symptom gets its own diagnosis', () => {
    const check = jobSucceededDiagnosed('report', 'report.yaml');
    const s = session();
    typeLines(s, applyCommand('report.yaml', BROKEN_YAML));
    expect(run(s, check).feedback?.en).toContain('The API server refused report');
    expect(run(s, check).feedback?.en).toContain('restartPolicy');
    typeLines(s, applyCommand('report.yaml', BROKEN_YAML.replace('restartPolicy: Always', 'restartPolicy: Never')));
    s.advanceBy(20_000);
    expect(run(s, check).feedback?.en).toMatch(/ImagePullBackOff|ErrImagePull/);
    typeLines(s, 'kubectl delete job report');
    typeLines(s, applyCommand('report.yaml', FIXED_YAML.replace('exit 0', 'exti 0')));
    s.advanceBy(20_000);
    expect(run(s, check).feedback?.en).toContain('exited with 127');
    typeLines(s, 'kubectl delete job report');
    typeLines(s, applyCommand('report.yaml', FIXED_YAML));
    s.advanceBy(20_000);
    expect(run(s, check).ok).toBe(true);
  });
});

const root = new URL('../../../../', import.meta.url);
const YAML_LESSONS = [
  'restart-policy',
  'pod-failure-policy',
  'indexed-jobs',
  'deadlines-and-cleanup',
  'final-challenge',
];

describe.each(YAML_LESSONS)('lesson %s', (slug) => {
  it.each(['en', 'ko'] as const)('%s: every ManifestEditor shows a file the shell starts with', (locale) => {
    const mdx = readFileSync(new URL(`src/content/lessons/${locale}/${slug}.mdx`, root), 'utf8');
    const files = clusterIn(LESSONS[slug]!.cluster, locale).files;
    const editors = [...mdx.matchAll(/<ManifestEditor file="([^"]+)"( content=)?/g)];
    expect(editors.length).toBeGreaterThan(0);
    for (const [, file, content] of editors) {
      // No content: ManifestEditor.astro shows the module's starting file, so the two cannot differ.
      expect(content, `${file} in ${locale}/${slug}.mdx gives its own content`).toBeUndefined();
      expect(files[file!], `${file} is a starting file of src/lessons/${slug}/index.ts`).toBeTypeOf('string');
    }
  });
});
