// kubectl's learner hints (src/sim/kubectl: a command or flag the simulator does not run, Go templates, explain
// beyond the course's schema, a client-side JSON patch) speak the learner's language: the session's locale reaches
// kubectl through ProgramContext.locale, and the texts live in src/i18n/{en,ko}.json. kubectl's own output and
// errors stay as real kubectl prints them, in English, in both.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/session.ts';

function hintsOf(
  locale: 'en' | 'ko',
  line: string,
): { hint: string; stdout: string; stderr: string; exitCode: number } {
  const session = createSession({ profile: '1.35', seed: 3, locale });
  let hint = '';
  session.shell.onOutput((chunk) => {
    if (chunk.stream === 'hint') hint += chunk.text;
  });
  session.shell.submit(line);
  const record = session.records.at(-1)!;
  return { hint, stdout: record.stdout, stderr: record.stderr, exitCode: record.exitCode };
}

describe('kubectl hints in the learner’s language', () => {
  it('a real command the simulator does not run', () => {
    expect(hintsOf('ko', 'kubectl proxy')).toEqual({
      hint:
        '이 시뮬레이터는 잡, 파드, 크론잡, 디플로이먼트, 레플리카셋을 다룬다(create, get, describe, logs, wait, delete, apply, run, explain, ' +
        'label, annotate, patch, scale, rollout status/restart/history/undo, cluster-info, config, top, auth can-i). `kubectl proxy`는 실제 kubectl 명령어지만 여기서는 시뮬레이션하지 않는다.\n',
      stdout: '',
      stderr: '',
      exitCode: 1,
    });
    expect(hintsOf('en', 'kubectl proxy').hint).toBe(
      'This simulator covers Jobs, Pods, CronJobs, Deployments and ReplicaSets (create, get, describe, logs, wait, delete, apply, run, explain, ' +
        'label, annotate, patch, scale, rollout status/restart/history/undo, cluster-info, config, top, auth can-i). `kubectl proxy` is a real kubectl command that is not simulated here.\n',
    );
  });

  it('a real flag whose effect is not simulated, and Go templates', () => {
    expect(hintsOf('ko', 'kubectl get jobs --as bob').hint).toBe(
      '`--as`는 `kubectl get`의 실제 플래그지만 그 효과는 여기서 시뮬레이션하지 않는다. 이 플래그 없이 다시 실행하자.\n',
    );
    const template = hintsOf('ko', "kubectl get jobs -o go-template='{{.kind}}'");
    expect(template.hint).toBe(
      'Go 템플릿(-o go-template, -o template, -o jsonpath 없이 쓴 --template)은 여기서 시뮬레이션하지 않는다. ' +
        "대신 -o jsonpath='{.status.succeeded}'나 -o custom-columns=NAME:.metadata.name을 써 보자.\n",
    );
    expect(template.exitCode).toBe(1);
    expect(hintsOf('en', "kubectl get jobs -o go-template='{{.kind}}'").hint).toBe(
      'Go templates (-o go-template, -o template, --template without -o jsonpath) are not simulated here; ' +
        "try -o jsonpath='{.status.succeeded}' or -o custom-columns=NAME:.metadata.name instead.\n",
    );
  });
});
