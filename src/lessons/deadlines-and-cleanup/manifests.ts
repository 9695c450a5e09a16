// Lesson 7's files: the editors' starting texts (also in the MDX front matter `files`).

/** deadline.yaml: a job that would run for 10 minutes, allowed 20 seconds. */
export const DEADLINE_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: slow
spec:
  activeDeadlineSeconds: 20
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: slow
        image: busybox
        command: ["sh", "-c", "echo working; sleep 600"]
`;

/** ttl.yaml: a quick job that removes itself 30 seconds after it finishes. */
export const TTL_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: short-lived
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "echo done"]
`;

/** cronjob.yaml: a Job every minute. */
export const CRONJOB_YAML = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tick
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: tick
            image: busybox
            command: ["date"]
`;
