// Lesson 8's file: a Job with three mistakes (the editor's starting text, also in the front matter `files`),
// and one fixed version for the solution test.

export const BROKEN_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Always
      containers:
      - name: report
        image: busybox:1.37.1
        command: ["sh", "-c", "echo building report; exti 0"]
`;

export const FIXED_YAML = BROKEN_YAML.replace('restartPolicy: Always', 'restartPolicy: Never')
  .replace('busybox:1.37.1', 'busybox:1.37')
  .replace('exti 0', 'exit 0');
