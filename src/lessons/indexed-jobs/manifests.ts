// Lesson 6's file: the editor's starting text (also in the MDX front matter `files`).

/** job.yaml: five chapters, rendered two at a time, each pod picking its chapter by JOB_COMPLETION_INDEX. */
export const RENDER_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: render
spec:
  completions: 5
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: render
        image: busybox
        command:
        - sh
        - -c
        - |
          set -- intro setup build test release
          shift $JOB_COMPLETION_INDEX
          echo "rendering chapter $JOB_COMPLETION_INDEX: $1"
          sleep 5
`;
