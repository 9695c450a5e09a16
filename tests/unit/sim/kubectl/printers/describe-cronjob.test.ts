// Issue 11 item 4: `kubectl describe cronjob` per version, whole output against a real capture. The capture (a
// public study note, Aug 2023; kubectl before 1.30, CronJob controller with the old `status:` wording as 1.22's)
// of the manifest below, 29 s after its fourth Job was created. Per version, from describe.go describeCronJob /
// describeJobTemplate / DescribePodTemplate: identical fields on 1.22 and 1.35 (the `Time Zone:` line only came
// with kubernetes/kubernetes#136663, after 1.35), plus `Node-Selectors`/`Tolerations` in the pod template from
// kubectl 1.30; the SawCompletedJob wording per docs/spec-corrections.md (CronJob events).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../../src/sim/session.ts';
import { compareTranscripts } from '../../../golden/transcript-compare.ts';
import { recordOf } from '../../../harness/session.ts';

const MANIFEST = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cron-job-echo
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: cron-job-echo
              image: busybox:latest
              imagePullPolicy: IfNotPresent
              command:
                - /bin/sh
                - -c
                - date; echo Hello from the Kubernetes cluster
          restartPolicy: OnFailure
`;

const CAPTURE = `Name:                          cron-job-echo
Namespace:                     default
Labels:                        <none>
Annotations:                   <none>
Schedule:                      * * * * *
Concurrency Policy:            Allow
Suspend:                       False
Successful Job History Limit:  3
Failed Job History Limit:      1
Starting Deadline Seconds:     <unset>
Selector:                      <unset>
Parallelism:                   <unset>
Completions:                   <unset>
Pod Template:
  Labels:  <none>
  Containers:
   cron-job-echo:
    Image:      busybox:latest
    Port:       <none>
    Host Port:  <none>
    Command:
      /bin/sh
      -c
      date; echo Hello from the Kubernetes cluster
    Environment:     <none>
    Mounts:          <none>
  Volumes:           <none>
Last Schedule Time:  Fri, 25 Aug 2023 19:11:00 +0800
Active Jobs:         <none>
Events:
  Type    Reason            Age    From                Message
  ----    ------            ----   ----                -------
  Normal  SuccessfulCreate  3m29s  cronjob-controller  Created job cron-job-echo-28216028
  Normal  SawCompletedJob   3m26s  cronjob-controller  Saw completed job: cron-job-echo-28216028, status: Complete
  Normal  SuccessfulCreate  2m29s  cronjob-controller  Created job cron-job-echo-28216029
  Normal  SawCompletedJob   2m27s  cronjob-controller  Saw completed job: cron-job-echo-28216029, status: Complete
  Normal  SuccessfulCreate  89s    cronjob-controller  Created job cron-job-echo-28216030
  Normal  SawCompletedJob   86s    cronjob-controller  Saw completed job: cron-job-echo-28216030, status: Complete
  Normal  SuccessfulCreate  29s    cronjob-controller  Created job cron-job-echo-28216031
  Normal  SawCompletedJob   26s    cronjob-controller  Saw completed job: cron-job-echo-28216031, status: Complete
  Normal  SuccessfulDelete  26s    cronjob-controller  Deleted job cron-job-echo-28216028
`;

/** Job names carry the scheduled minute and Last Schedule Time the cluster's date and zone: numbered in order. */
function normalise(text: string): string {
  const minutes = [...new Set(text.match(/cron-job-echo-\d{8}/g) ?? [])];
  let out = text;
  minutes.forEach((name, i) => {
    out = out.replaceAll(name, `cron-job-echo-job${i}`);
  });
  return out.replace(/^(Last Schedule Time: +).*$/m, '$1<time>');
}

function describeAfterFourRuns(profile: '1.22' | '1.35'): string {
  const session = createSession({ profile, seed: 1, files: { 'cron-job-echo.yaml': MANIFEST } });
  const run = (line: string) => recordOf(session, line);
  expect(run('kubectl apply -f cron-job-echo.yaml').stdout).toBe('cronjob.batch/cron-job-echo created\n');
  // The clock starts on a minute: the fourth Job is created 4 minutes on; the capture was taken 29 s later.
  run('sleep 269');
  const out = run('kubectl describe cronjobs cron-job-echo');
  expect(out.stderr).toBe('');
  return out.stdout;
}

describe('kubectl describe cronjob (issue 11 item 4)', () => {
  it('1.22 prints what the real capture shows', () => {
    expect(compareTranscripts(normalise(describeAfterFourRuns('1.22')), normalise(CAPTURE))).toBeUndefined();
  });

  it('1.35 adds Node-Selectors and Tolerations to the template and says condition:', () => {
    const expected = CAPTURE.replace(
      '  Volumes:           <none>\n',
      '  Volumes:           <none>\n  Node-Selectors:    <none>\n  Tolerations:       <none>\n',
    ).replaceAll(', status: Complete', ', condition: Complete');
    expect(compareTranscripts(normalise(describeAfterFourRuns('1.35')), normalise(expected))).toBeUndefined();
  });
});
