// Lesson 5's files: the editors' starting texts (also in the MDX front matter `files`) and the solutions.

/** job.yaml: a script that fails three ways, and a policy for each. */
export const DICE_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: dice
spec:
  backoffLimit: 2
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        containerName: dice
        operator: In
        values: [2]
    - action: Ignore
      onExitCodes:
        operator: In
        values: [3]
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: dice
        image: busybox
        command: ["sh", "-c", "code=$((RANDOM % 3 + 1)); echo rolled $code; exit $code"]
`;

const FATAL_BODY = (policy: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: fatal
spec:
  backoffLimit: 6
${policy}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "echo 'config: missing field url'; exit 42"]
`;

export const FATAL_START_YAML = FATAL_BODY('  # exit 42 means the input is wrong: retrying cannot help.\n');
/** The Korean lesson's fatal.yaml: the same file with its comment in Korean. */
export const FATAL_START_YAML_KO = FATAL_BODY(
  '  # 종료 코드 42는 입력이 잘못되었다는 뜻이다. 다시 시도해도 소용없다.\n',
);
export const FATAL_YAML = FATAL_BODY(`  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        operator: In
        values: [42]
`);

const FLAKY_BODY = (policy: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: flaky
spec:
  backoffLimit: 0
${policy}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
        command: ["sh", "-c", "if [ $((RANDOM % 2)) -eq 0 ]; then echo 'connection reset'; exit 3; fi; echo uploaded"]
`;

export const FLAKY_START_YAML = FLAKY_BODY(
  '  # exit 3 means a network hiccup: try again, it is not the job’s fault.\n',
);
/** The Korean lesson's flaky.yaml. */
export const FLAKY_START_YAML_KO = FLAKY_BODY(
  '  # 종료 코드 3은 네트워크가 잠깐 끊겼다는 뜻이다. 잡의 잘못이 아니니 다시 시도하자.\n',
);
export const FLAKY_YAML = FLAKY_BODY(`  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes:
        operator: In
        values: [3]
`);
