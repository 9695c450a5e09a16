// Forgeries: every exercise of every lesson is tried the ways a learner could fake it, built from the lesson's
// reference solution and expected outputs (outputs.json and what the solution prints): (1) printed with
// echo/cat/printf/here-doc, (2) the same beside read-only kubectl sent to /dev/null, (3) the object made the wrong
// way a learner would try for that exercise (ANOTHER_WAY), (4) a manual delete or create instead of a controller. None may pass at any
// moment; the reference solution still passes (solutions.test.ts). Checks read kubectl's own bytes on screen
// (shell records) and the API server's audit trail, so printed text and look-alike objects cannot satisfy them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRONJOB_YAML, DEADLINE_YAML, TTL_YAML } from '../../../../src/lessons/deadlines-and-cleanup/index.ts';
import { FIXED_YAML } from '../../../../src/lessons/final-challenge/index.ts';
import { RENDER_YAML } from '../../../../src/lessons/indexed-jobs/index.ts';
import { FATAL_YAML, FLAKY_YAML } from '../../../../src/lessons/pod-failure-policy/index.ts';
import { LESSONS } from '../../../../src/lessons/registry.ts';
import { CRASH_YAML, NEVER_YAML } from '../../../../src/lessons/restart-policy/index.ts';
import { JOB_3_MANIFEST } from '../../../../src/lessons/retries-and-backoff-limit/index.ts';
import { applyCommand } from '../../../../src/lib/apply-command.ts';
import { contextOf } from '../../../../src/lib/exercises/context.ts';
import { evaluate } from '../../../../src/lib/exercises/evaluate.ts';
import type { Exercise } from '../../../../src/lib/exercises/types.ts';
import type { Pod } from '../../../../src/sim/api/types.ts';
import { createSession, type Session } from '../../../../src/sim/session.ts';

const outputs = import.meta.glob<{ steps: Record<string, { output: string }> }>(
  '../../../../src/lessons/*/outputs.json',
  {
    eager: true,
    import: 'default',
  },
);

/** The lesson's read-only kubectl commands (what a forger would run to look busy). */
const READ_ONLY = [
  'kubectl get all',
  'kubectl get jobs',
  'kubectl get pods',
  'kubectl get job,pod',
  'kubectl get cronjobs,jobs',
  'kubectl describe jobs',
  'kubectl describe pods',
];

interface Attempt {
  session: Session;
  passed: boolean;
}

/** Types the command(s) and evaluates after every line: passing at any moment counts (the page keeps a pass). */
function typeAndWatch(slug: string, exercise: Exercise, commands: readonly string[]): Attempt {
  const settings = LESSONS[slug]!.cluster;
  const session = createSession({ profile: settings.profile, seed: settings.seed });
  let passed = false;
  for (const command of commands) {
    for (const line of command.split('\n')) {
      if (session.shell.busy) session.shell.interrupt();
      session.shell.submit(line);
      if (evaluate(exercise, contextOf(session)).state === 'passed') passed = true;
    }
  }
  return { session, passed };
}

/** Everything the lesson shows as expected output: outputs.json plus what the reference solution printed. */
function expectedText(slug: string, exercise: Exercise): string {
  const file = Object.entries(outputs).find(([path]) => path.includes(`/${slug}/`))?.[1];
  const fromFile = Object.values(file?.steps ?? {}).map((s) => s.output);
  const settings = LESSONS[slug]!.cluster;
  const session = createSession({ profile: settings.profile, seed: settings.seed });
  let printed = '';
  session.shell.onOutput((chunk) => {
    if (chunk.stream !== 'hint') printed += chunk.text;
  });
  for (const step of exercise.solution) {
    for (const line of step.command.split('\n')) {
      if (session.shell.busy) session.shell.interrupt();
      session.shell.submit(line);
    }
  }
  return [...fromFile, printed].join('\n').replace(/\nEOF\n/g, '\n');
}

const hereDoc = (body: string, before = ''): string => `${before}cat <<'EOF'\n${body.replace(/\n+$/, '')}\nEOF`;
const printfOf = (body: string): string =>
  `printf '%s\\n' ${body
    .split('\n')
    .map((l) => `'${l.replace(/'/g, `'\\''`)}'`)
    .join(' ')}`;
const echoes = (body: string): string[] => body.split('\n').map((l) => `echo '${l.replace(/'/g, `'\\''`)}'`);
const quietly = READ_ONLY.map((c) => `${c} >/dev/null 2>&1; `).join('');

interface AnotherWay {
  what: string;
  commands: string[];
  /** The feedback the failing check gives (it names what it saw). */
  feedback: RegExp;
}

/** Changes one line of a manifest (the change a learner might make instead of the one asked for). */
const edited = (yaml: string, from: string | RegExp, to: string): string => {
  const out = yaml.replace(from, to);
  if (out === yaml) throw new Error(`no ${String(from)} in the manifest`);
  return out;
};
const job3 = (from: string, to: string) => edited(JOB_3_MANIFEST, from, to);
const created = (name: string, field: string) => new RegExp(`^${name} was created with spec\\.${field}`);

/**
 * Variant (3) for every exercise: the object made the wrong way a learner would plausibly try (another image,
 * command, restart policy, limit, rule, a look-alike object of another name or kind), then the expected outputs
 * printed. Each names the check that catches it.
 */
const ANOTHER_WAY: Readonly<Record<string, readonly AnotherWay[]>> = {
  'hello-world-job': [
    {
      what: 'a busybox job named hello-world that echoes the expected line',
      commands: [
        "kubectl create job hello-world --image=busybox -- echo 'Hello from Docker!'",
        'sleep 10',
        'kubectl get all',
        'kubectl logs job/hello-world',
      ],
      feedback: created('hello-world', 'template\\.spec\\.containers\\[0\\]\\.image = "busybox"'),
    },
    {
      what: 'a bare pod from kubectl run instead of a job',
      commands: [
        'kubectl run hello-world --image=hello-world',
        'sleep 10',
        'kubectl get all',
        'kubectl logs hello-world',
      ],
      feedback: /^There is no job named hello-world/,
    },
    {
      what: 'a job of another name',
      commands: [
        'kubectl create job hello --image=hello-world',
        'sleep 10',
        'kubectl get all',
        'kubectl logs job/hello',
      ],
      feedback: /^There is no job named hello-world/,
    },
  ],
  'run-on-failure': [
    {
      what: 'a job named hello-once instead of kubectl run',
      commands: ['kubectl create job hello-once --image=hello-world', 'kubectl get all'],
      feedback: /^Type the kubectl run command with --restart=OnFailure/,
    },
    {
      what: 'hello-once run with --restart=Never, then a failing second run with OnFailure',
      commands: [
        'kubectl run hello-once --image=hello-world --restart=Never',
        'kubectl run hello-once --image=hello-world --restart=OnFailure',
        'kubectl get all',
      ],
      feedback: /^Type the kubectl run command with --restart=OnFailure/,
    },
    {
      what: 'the right command for another pod, and hello-once from busybox',
      commands: [
        'kubectl run other --image=hello-world --restart=OnFailure',
        'kubectl run hello-once --image=busybox',
        'kubectl get all',
      ],
      feedback: /^Type the kubectl run command with --restart=OnFailure/,
    },
  ],
  'job-1-exit-0': [
    {
      what: 'job-1 from busybox',
      commands: ['kubectl create job job-1 --image=busybox -- sh -c "exit 0"', 'sleep 15', 'kubectl get jobs'],
      feedback: created('job-1', 'template\\.spec\\.containers\\[0\\]\\.image = "busybox"'),
    },
    {
      what: 'job-1 running true instead of exit 0',
      commands: ['kubectl create job job-1 --image=ubuntu -- true', 'sleep 15', 'kubectl get jobs'],
      feedback: created('job-1', 'template\\.spec\\.containers\\[0\\]\\.command'),
    },
  ],
  'job-2-exit-1': [
    {
      what: 'job-2 exiting with 2',
      commands: ['kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 2"', 'sleep 30', 'kubectl get job,pod'],
      feedback: created('job-2', 'template\\.spec\\.containers\\[0\\]\\.command\\[2\\] = "exit 2"'),
    },
    {
      what: 'job-2 from busybox running false',
      commands: ['kubectl create job job-2 --image=busybox -- false', 'sleep 30', 'kubectl get job,pod'],
      feedback: created('job-2', 'template\\.spec\\.containers\\[0\\]\\.image = "busybox"'),
    },
  ],
  'job-2-gives-up': [
    {
      what: 'job-2 from busybox',
      commands: [
        'kubectl create job job-2 --image=busybox -- sh -c "exit 1"',
        'kubectl wait --for=condition=failed job/job-2 --timeout=15m',
        'kubectl describe job job-2',
      ],
      feedback: created('job-2', 'template\\.spec\\.containers\\[0\\]\\.image = "busybox"'),
    },
    {
      what: 'job-2 with backoffLimit 1, to fail sooner',
      commands: [
        job3('backoffLimit: 2', 'backoffLimit: 1').replaceAll('job-3', 'job-2'),
        'kubectl wait --for=condition=failed job/job-2 --timeout=15m',
        'kubectl describe job job-2',
      ],
      feedback: /^job-2 has 2 pod\(s\) in Error, exactly 7 wanted/,
    },
  ],
  'backoff-limit-2': [
    {
      what: 'job-3 from kubectl create job (backoffLimit 6)',
      commands: [
        'kubectl create job job-3 --image=ubuntu -- /bin/bash -c "exit 1"',
        'kubectl wait --for=condition=failed job/job-3 --timeout=2m',
        'kubectl describe job job-3',
      ],
      feedback: /^job-3 exists with backoffLimit 6, not 2/,
    },
    {
      what: 'backoffLimit misspelt (backofLimit)',
      commands: [
        job3('backoffLimit: 2', 'backofLimit: 2'),
        'kubectl wait --for=condition=failed job/job-3 --timeout=2m',
        'kubectl describe job job-3',
      ],
      feedback:
        /^Your last kubectl apply -f - was refused: ".*unknown field "spec\.backofLimit"", so nothing was created\. There is no job named job-3/,
    },
    {
      what: 'job-3 from busybox',
      commands: [
        job3('image: ubuntu', 'image: busybox').replace('["/bin/bash", "-c", "exit 1"]', '["sh", "-c", "exit 1"]'),
        'kubectl wait --for=condition=failed job/job-3 --timeout=2m',
        'kubectl describe job job-3',
      ],
      feedback: created('job-3', 'template\\.spec\\.containers\\[0\\]\\.image = "busybox"'),
    },
  ],
  'on-failure-restarts': [
    {
      what: 'job.yaml with restartPolicy: Never',
      commands: [applyCommand('job.yaml', edited(CRASH_YAML, 'OnFailure', 'Never')), 'sleep 12', 'kubectl get pods'],
      feedback: created('crash', 'template\\.spec\\.restartPolicy = "Never"'),
    },
    {
      what: 'crash from kubectl create job',
      commands: ['kubectl create job crash --image=busybox -- sh -c "exit 1"', 'sleep 12', 'kubectl get pods'],
      feedback: created('crash', 'backoffLimit = 6'),
    },
  ],
  'on-failure-gives-up': [
    {
      what: 'job.yaml with backoffLimit 1, to give up sooner',
      commands: [
        applyCommand('job.yaml', edited(CRASH_YAML, 'backoffLimit: 3', 'backoffLimit: 1')),
        'kubectl wait --for=condition=failed job/crash --timeout=2m',
        'kubectl get pods',
        'kubectl describe job crash',
      ],
      feedback: created('crash', 'backoffLimit = 1'),
    },
    {
      what: 'crash from kubectl create job (restartPolicy Never, backoffLimit 0)',
      commands: [
        'kubectl create job crash --image=busybox -- sh -c "exit 1"',
        'kubectl wait --for=condition=failed job/crash --timeout=2m',
        'kubectl describe job crash',
      ],
      feedback: created('crash', 'backoffLimit = 6'),
    },
  ],
  'never-new-pods': [
    {
      what: 'crash-never from kubectl create job (backoffLimit 6)',
      commands: [
        'kubectl create job crash-never --image=busybox -- sh -c "exit 1"',
        'kubectl wait --for=condition=failed job/crash-never --timeout=5m',
        'kubectl get pods -l job-name=crash-never',
      ],
      feedback: created('crash-never', 'backoffLimit = 6'),
    },
    {
      what: 'never.yaml with backoffLimit 2',
      commands: [
        applyCommand('never.yaml', edited(NEVER_YAML, 'backoffLimit: 3', 'backoffLimit: 2')),
        'kubectl wait --for=condition=failed job/crash-never --timeout=3m',
        'kubectl get pods -l job-name=crash-never',
      ],
      feedback: created('crash-never', 'backoffLimit = 2'),
    },
  ],
  'fail-fast': [
    {
      what: 'backoffLimit 0 instead of a FailJob rule',
      commands: [
        applyCommand(
          'fatal.yaml',
          edited(FATAL_YAML, / {2}podFailurePolicy:\n(?: {4}.*\n)+/, '').replace('backoffLimit: 6', 'backoffLimit: 0'),
        ),
        'sleep 10',
        'kubectl describe job fatal',
      ],
      feedback: /^fatal as applied has no podFailurePolicy/,
    },
    {
      what: 'the rule, with a container that prints the event text and exits 42 at once',
      commands: [
        applyCommand(
          'fatal.yaml',
          edited(FATAL_YAML, `"echo 'config: missing field url'; exit 42"`, '"echo matching FailJob rule; exit 42"'),
        ),
        'sleep 10',
        'kubectl describe job fatal',
      ],
      feedback: created('fatal', 'template\\.spec\\.containers\\[0\\]\\.command\\[2\\]'),
    },
  ],
  'ignore-flaky': [
    {
      what: 'a higher backoffLimit instead of an Ignore rule',
      commands: [
        applyCommand(
          'flaky.yaml',
          edited(FLAKY_YAML, / {2}podFailurePolicy:\n(?: {4}.*\n)+/, '').replace('backoffLimit: 0', 'backoffLimit: 20'),
        ),
        'kubectl wait --for=condition=complete job/flaky --timeout=5m',
      ],
      feedback: /^flaky as applied has no podFailurePolicy/,
    },
    {
      what: 'the rule, with a script that no longer fails',
      commands: [
        applyCommand('flaky.yaml', edited(FLAKY_YAML, /command: \[.*\]/, 'command: ["sh", "-c", "echo uploaded"]')),
        'kubectl wait --for=condition=complete job/flaky --timeout=5m',
      ],
      feedback: created('flaky', 'template\\.spec\\.containers\\[0\\]\\.command\\[2\\]'),
    },
  ],
  'five-completions': [
    {
      what: 'render without completionMode: Indexed',
      commands: [
        applyCommand('job.yaml', edited(RENDER_YAML, '  completionMode: Indexed\n', '')),
        'sleep 14',
        'kubectl get jobs',
        'kubectl wait --for=condition=complete job/render --timeout=2m',
      ],
      feedback: /^render was applied with completionMode NonIndexed, completions 5, parallelism 2/,
    },
    {
      what: 'render with parallelism 5',
      commands: [
        applyCommand('job.yaml', edited(RENDER_YAML, 'parallelism: 2', 'parallelism: 5')),
        'sleep 4',
        'kubectl get jobs',
        'kubectl wait --for=condition=complete job/render --timeout=2m',
      ],
      feedback: /^render was applied with completionMode Indexed, completions 5, parallelism 5/,
    },
    {
      what: 'render with its pods’ sleep removed (to finish sooner)',
      commands: [
        applyCommand('job.yaml', edited(RENDER_YAML, '          sleep 5\n', '')),
        'sleep 4',
        'kubectl get jobs',
        'kubectl wait --for=condition=complete job/render --timeout=2m',
      ],
      feedback: created('render', 'template\\.spec\\.containers\\[0\\]\\.command\\[2\\]'),
    },
  ],
  'index-3-log': [
    {
      what: 'the logs of another job that echoes the line',
      commands: [
        applyCommand('job.yaml', RENDER_YAML),
        "kubectl create job fake --image=busybox -- echo 'rendering chapter 3: test'",
        'kubectl wait --for=condition=complete job/render --timeout=2m',
        'kubectl logs job/fake',
      ],
      feedback: /^kubectl logs job\/fake printed the expected text, but it is not the output this exercise asks about/,
    },
    {
      what: 'a bare pod named like render’s index-3 pod',
      commands: [
        applyCommand('job.yaml', RENDER_YAML),
        "kubectl run render-3-zzzzz --image=busybox --restart=Never -- echo 'rendering chapter 3: test'",
        'kubectl wait --for=condition=complete job/render --timeout=2m',
        'kubectl logs render-3-zzzzz',
      ],
      feedback: /^kubectl logs render-3-zzzzz printed the expected text, but it is not the output/,
    },
    {
      what: 'an Indexed look-alike whose index 3 prints the line, read by the index label alone',
      commands: [
        applyCommand('job.yaml', RENDER_YAML),
        applyCommand(
          'fake.yaml',
          edited(RENDER_YAML, 'name: render', 'name: fake').replace(
            'echo "rendering chapter $JOB_COMPLETION_INDEX: $1"',
            'echo "rendering chapter 3: test"',
          ),
        ),
        'kubectl wait --for=condition=complete job/render job/fake --timeout=2m',
        'kubectl logs -l batch.kubernetes.io/job-completion-index=3',
      ],
      feedback: /^kubectl logs -l batch\.kubernetes\.io\/job-completion-index=3 printed the expected text, but/,
    },
  ],
  deadline: [
    {
      what: 'deadline.yaml with activeDeadlineSeconds 1',
      commands: [
        applyCommand('deadline.yaml', edited(DEADLINE_YAML, 'activeDeadlineSeconds: 20', 'activeDeadlineSeconds: 1')),
        'kubectl wait --for=condition=failed job/slow --timeout=2m',
        'kubectl describe job slow',
      ],
      feedback: created('slow', 'activeDeadlineSeconds = 1'),
    },
    {
      what: 'slow from kubectl create job (no deadline)',
      commands: ['kubectl create job slow --image=busybox -- sleep 600', 'sleep 60', 'kubectl describe job slow'],
      feedback: created('slow', 'activeDeadlineSeconds = \\(not set\\)'),
    },
  ],
  ttl: [
    {
      what: 'ttl.yaml with ttlSecondsAfterFinished 0',
      commands: [
        applyCommand('ttl.yaml', edited(TTL_YAML, 'ttlSecondsAfterFinished: 30', 'ttlSecondsAfterFinished: 0')),
        'sleep 10',
        'kubectl get jobs',
      ],
      feedback: created('short-lived', 'ttlSecondsAfterFinished = 0'),
    },
    {
      what: 'short-lived from kubectl create job',
      commands: ['kubectl create job short-lived --image=busybox -- echo done', 'sleep 10', 'kubectl get jobs'],
      feedback: created('short-lived', 'ttlSecondsAfterFinished = \\(not set\\)'),
    },
  ],
  cronjob: [
    {
      what: 'an hourly tick with jobs made from it by hand',
      commands: [
        applyCommand('cronjob.yaml', edited(CRONJOB_YAML, '"*/1 * * * *"', '"0 * * * *"')),
        'kubectl create job tick-1 --from=cronjob/tick',
        'kubectl create job tick-2 --from=cronjob/tick',
        'sleep 20',
        'kubectl get cronjobs,jobs',
      ],
      feedback: /^tick was created with spec\.schedule = "0 \* \* \* \*"/,
    },
    {
      what: 'the right tick, with its jobs made by hand before the schedule fired',
      commands: [
        applyCommand('cronjob.yaml', CRONJOB_YAML),
        'kubectl create job tick-1 --from=cronjob/tick',
        'kubectl create job tick-2 --from=cronjob/tick',
        'sleep 10',
        'kubectl get cronjobs,jobs',
      ],
      feedback: /^tick has made 0 job\(s\) itself; jobs you create from it with kubectl create job --from do not count/,
    },
    {
      what: 'tick from ubuntu',
      commands: [applyCommand('cronjob.yaml', edited(CRONJOB_YAML, 'image: busybox', 'image: ubuntu')), 'sleep 150'],
      feedback: created('tick', 'jobTemplate\\.spec\\.template\\.spec\\.containers\\[0\\]\\.image = "ubuntu"'),
    },
  ],
  'fix-report': [
    {
      what: 'report from kubectl create job',
      commands: [
        'kubectl create job report --image=busybox -- true',
        'kubectl wait --for=condition=complete job/report --timeout=1m',
      ],
      feedback: created('report', 'backoffLimit = 6'),
    },
    {
      what: 'report.yaml with the failing command replaced by true',
      commands: [
        applyCommand('report.yaml', edited(FIXED_YAML, /command: \[.*\]/, 'command: ["true"]')),
        'kubectl wait --for=condition=complete job/report --timeout=1m',
      ],
      feedback: created('report', 'template\\.spec\\.containers\\[0\\]\\.command'),
    },
    {
      what: 'report.yaml running ubuntu instead of fixing the busybox tag',
      commands: [
        applyCommand('report.yaml', edited(FIXED_YAML, 'busybox:1.37', 'ubuntu')),
        'kubectl wait --for=condition=complete job/report --timeout=1m',
      ],
      feedback: /^report runs ubuntu: report.yaml's job runs busybox/,
    },
  ],
};

describe.each(Object.entries(LESSONS))('lesson %s: forgeries fail', (slug, lesson) => {
  describe.each(lesson.exercises.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
    const body = expectedText(slug, exercise);
    it('(1) expected outputs printed by cat/printf/echo/here-doc, no kubectl', () => {
      expect(typeAndWatch(slug, exercise, [hereDoc(body)]).passed).toBe(false);
      expect(typeAndWatch(slug, exercise, [printfOf(body)]).passed).toBe(false);
      expect(typeAndWatch(slug, exercise, echoes(body)).passed).toBe(false);
    });
    it('(2) the same next to read-only kubectl on the same line, its output sent to /dev/null', () => {
      expect(typeAndWatch(slug, exercise, [hereDoc(body, quietly)]).passed).toBe(false);
      expect(typeAndWatch(slug, exercise, [`${quietly}${printfOf(body)}`]).passed).toBe(false);
    });
    it('(3) the object made another way (its own wrong command, file or spec) plus the printed text', () => {
      const attempts = ANOTHER_WAY[exercise.id];
      expect(attempts, `no made-another-way forgery for ${exercise.id}`).toBeDefined();
      for (const attempt of attempts!) {
        const tried = typeAndWatch(slug, exercise, [...attempt.commands, hereDoc(body)]);
        expect(tried.passed, attempt.what).toBe(false);
        expect(evaluate(exercise, contextOf(tried.session)).feedback?.en, attempt.what).toMatch(attempt.feedback);
      }
    });
  });
});

describe('(4) manual delete instead of the controller', () => {
  it('ttl: a job without ttlSecondsAfterFinished deleted with kubectl delete jobs --all', () => {
    const exercise = LESSONS['deadlines-and-cleanup']!.exercises.find((e) => e.id === 'ttl')!;
    const noTtl = TTL_YAML.replace(/^\s*ttlSecondsAfterFinished:.*\n/m, '');
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('ttl.yaml', noTtl),
      'sleep 10',
      'kubectl get jobs',
      'kubectl delete jobs --all',
      'sleep 30',
      'kubectl get jobs',
    ]);
    expect(attempt.passed).toBe(false);
    const feedback = evaluate(exercise, contextOf(attempt.session)).feedback!;
    expect(feedback.en).toMatch(/ttlSecondsAfterFinished|deleted short-lived yourself|did not delete it/);
  });
  it('ttl: the lesson’s job deleted by hand before its TTL', () => {
    const exercise = LESSONS['deadlines-and-cleanup']!.exercises.find((e) => e.id === 'ttl')!;
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('ttl.yaml', TTL_YAML),
      'sleep 10',
      'kubectl get jobs',
      'kubectl delete job short-lived',
    ]);
    expect(attempt.passed).toBe(false);
  });
  it('restart-policy: the crash-looping pod deleted by hand instead of by the job controller', () => {
    const exercise = LESSONS['restart-policy']!.exercises.find((e) => e.id === 'on-failure-gives-up')!;
    const attempt = typeAndWatch('restart-policy', exercise, [
      applyCommand('job.yaml', CRASH_YAML.replace('backoffLimit: 3', 'backoffLimit: 100')),
      'sleep 30',
      'kubectl get pods',
      'kubectl delete pods --all',
      'kubectl delete jobs --all',
      applyCommand('job.yaml', CRASH_YAML),
      'sleep 5',
      'kubectl delete pods --all',
      'kubectl get pods',
    ]);
    expect(attempt.passed).toBe(false);
  });
});

describe('(4) manual delete instead of the controller: deadline, job controller, CronJob controller', () => {
  const find = (slug: string, id: string) => LESSONS[slug]!.exercises.find((e) => e.id === id)!;
  it('deadline: slow deleted by hand instead of stopped by activeDeadlineSeconds', () => {
    const exercise = find('deadlines-and-cleanup', 'deadline');
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('deadline.yaml', DEADLINE_YAML),
      'sleep 5',
      'kubectl delete job slow',
      'sleep 60',
      'kubectl describe job slow',
    ]);
    expect(attempt.passed).toBe(false);
    expect(evaluate(exercise, contextOf(attempt.session)).feedback?.en).toMatch(/^There is no job named slow/);
  });
  it('on-failure-gives-up: the job deleted by hand (its pod goes with it) instead of giving up', () => {
    const exercise = find('restart-policy', 'on-failure-gives-up');
    const attempt = typeAndWatch('restart-policy', exercise, [
      applyCommand('job.yaml', CRASH_YAML),
      'sleep 15',
      'kubectl delete job crash',
      'sleep 5',
      'kubectl get pods',
    ]);
    expect(attempt.passed).toBe(false);
  });
  it('on-failure-gives-up: the pod deleted by hand while the job is still retrying', () => {
    const exercise = find('restart-policy', 'on-failure-gives-up');
    const attempt = typeAndWatch('restart-policy', exercise, [
      applyCommand('job.yaml', CRASH_YAML),
      'sleep 15',
      'kubectl delete pods --all',
      'kubectl get pods',
    ]);
    expect(attempt.passed).toBe(false);
  });
  it('cronjob: jobs made and deleted by hand instead of by the CronJob controller', () => {
    const exercise = find('deadlines-and-cleanup', 'cronjob');
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('cronjob.yaml', CRONJOB_YAML.replace('"*/1 * * * *"', '"0 0 1 1 *"')),
      'kubectl delete cronjob tick',
      applyCommand('cronjob.yaml', CRONJOB_YAML),
      'kubectl create job tick-100 --from=cronjob/tick',
      'kubectl create job tick-200 --from=cronjob/tick',
      'kubectl create job tick-300 --from=cronjob/tick',
      'sleep 15',
      'kubectl get cronjobs,jobs',
      'kubectl delete job tick-100',
    ]);
    expect(attempt.passed).toBe(false);
    expect(evaluate(exercise, contextOf(attempt.session)).feedback?.en).toMatch(
      /^tick has made 0 job\(s\) itself; jobs you create from it with kubectl create job --from do not count/,
    );
  });
  it('cronjob: the controller’s own history clean-up does not undo what it made', () => {
    const exercise = find('deadlines-and-cleanup', 'cronjob');
    const attempt = typeAndWatch('deadlines-and-cleanup', exercise, [
      applyCommand('cronjob.yaml', CRONJOB_YAML),
      'sleep 330',
      'kubectl get cronjobs,jobs',
    ]);
    expect(attempt.passed).toBe(true);
    const audit = attempt.session.cluster.server.audit.entries;
    const deleted = audit.filter((e) => e.kind === 'Job' && e.verb === 'delete' && e.actor === 'cronjob-controller');
    expect(deleted.length).toBeGreaterThan(0);
    expect(evaluate(exercise, contextOf(attempt.session)).state).toBe('passed');
  });
});

describe('known forgeries from issue 8', () => {
  const find = (slug: string, id: string) => LESSONS[slug]!.exercises.find((e) => e.id === id)!;
  it('hello-world: a busybox job named hello-world plus kubectl logs; echo Hello from Docker!', () => {
    const exercise = find('run-a-pod-with-a-job', 'hello-world-job');
    const attempt = typeAndWatch('run-a-pod-with-a-job', exercise, [
      'kubectl create job hello-world --image=busybox -- true',
      'sleep 10',
      'kubectl get all',
      'kubectl logs job/hello-world; echo Hello from Docker!',
    ]);
    expect(attempt.passed).toBe(false);
  });
  it('index-3-log: kubectl logs x; echo rendering chapter 3: test', () => {
    const exercise = find('indexed-jobs', 'index-3-log');
    const attempt = typeAndWatch('indexed-jobs', exercise, [
      ...exercise.solution.slice(0, -1).map((s) => s.command),
      'kubectl logs x; echo rendering chapter 3: test',
    ]);
    expect(attempt.passed).toBe(false);
    expect(evaluate(exercise, contextOf(attempt.session)).feedback?.en).toMatch(/printed by echo, not by kubectl/);
  });
  it('final challenge: kubectl create job report --image=busybox -- true', () => {
    const exercise = find('final-challenge', 'fix-report');
    const attempt = typeAndWatch('final-challenge', exercise, [
      'kubectl create job report --image=busybox -- true',
      'kubectl wait --for=condition=complete job/report --timeout=1m',
    ]);
    expect(attempt.passed).toBe(false);
    expect(evaluate(exercise, contextOf(attempt.session)).feedback?.en).toMatch(/report was created with spec\./);
  });
});

describe('honest ways other than the reference solution still pass', () => {
  const find = (slug: string, id: string) => LESSONS[slug]!.exercises.find((e) => e.id === id)!;
  const setup = [
    applyCommand('job.yaml', RENDER_YAML),
    'kubectl wait --for=condition=complete job/render --timeout=2m',
  ];
  it.each([
    [
      'the index label alone (render is the only Indexed job)',
      ['kubectl logs -l batch.kubernetes.io/job-completion-index=3'],
    ],
    [
      'the selector written with --selector=',
      ['kubectl logs --selector=job-name=render,batch.kubernetes.io/job-completion-index=3'],
    ],
  ])('index-3-log: %s', (_what, commands) => {
    const exercise = find('indexed-jobs', 'index-3-log');
    expect(typeAndWatch('indexed-jobs', exercise, [...setup, ...commands]).passed).toBe(true);
  });
  it('index-3-log: the pod by its name, through grep', () => {
    const exercise = find('indexed-jobs', 'index-3-log');
    const first = typeAndWatch('indexed-jobs', exercise, setup);
    const pod = first.session.cluster.api
      .list<Pod>('Pod', 'default')
      .find((p) => p.metadata.name.startsWith('render-3-'))!.metadata.name;
    first.session.shell.submit(`kubectl logs pod/${pod} | grep chapter`);
    expect(evaluate(exercise, contextOf(first.session)).state).toBe('passed');
  });
  it('hello-world: the logs by the job-name label', () => {
    const exercise = find('run-a-pod-with-a-job', 'hello-world-job');
    const attempt = typeAndWatch('run-a-pod-with-a-job', exercise, [
      'kubectl create job hello-world --image=hello-world',
      'sleep 10',
      'kubectl get all',
      'kubectl logs -l job-name=hello-world --tail=30',
    ]);
    expect(attempt.passed).toBe(true);
  });
});

describe('property: printed lines never pass a check', () => {
  const all = Object.entries(LESSONS).flatMap(([slug, l]) => l.exercises.map((e) => [slug, e] as const));
  const expected = all.map(([slug, e]) => expectedText(slug, e).split('\n'));
  it('random lines from the expected outputs, printed any way, pass no check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('echo', 'printf', 'heredoc'),
        fc.boolean(),
        (which, picks, how, withKubectl) => {
          const [slug, exercise] = all[which]!;
          const lines = expected[which]!;
          const body = picks.map((p) => lines[p % lines.length]!).join('\n');
          const printed = how === 'echo' ? echoes(body) : how === 'printf' ? [printfOf(body)] : [hereDoc(body)];
          const prefix = withKubectl ? quietly : '';
          const commands = printed.map((c) => prefix + c);
          const { session } = typeAndWatch(slug, exercise, commands);
          const results = evaluate(exercise, contextOf(session)).results;
          return results.every((r) => !r.ok || !/^(saw-|ran:)/.test(r.id));
        },
      ),
      { numRuns: 60, seed: 8 },
    );
  });
});
