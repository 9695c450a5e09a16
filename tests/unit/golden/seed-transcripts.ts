// The seed tutorial's two transcripts (../shared/seed/jobs-tutorial.ko.md), real captures from a 1.22 cluster.
// Each step: seconds since the section's first command, the command, and what the terminal showed.

export interface SeedStep {
  at: number;
  command: string;
  output: string;
}

export const SEED_SECTION_1: SeedStep[] = [
  { at: 0, command: 'kubectl create job hello-world --image=hello-world', output: 'job.batch/hello-world created\n' },
  {
    at: 9,
    command: 'kubectl get all',
    output: `NAME                       READY   STATUS      RESTARTS   AGE
pod/hello-world--1-mfcbk   0/1     Completed   0          7s

NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   28d

NAME                    COMPLETIONS   DURATION   AGE
job.batch/hello-world   1/1           3s         9s
`,
  },
  {
    at: 10,
    command: 'kubectl logs hello-world--1-mfcbk',
    output: `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`,
  },
];

export const SEED_SECTION_2: SeedStep[] = [
  {
    at: 0,
    command: 'kubectl create job job-1 --image=ubuntu -- /bin/bash -c "exit 0"',
    output: 'job.batch/job-1 created\n',
  },
  {
    at: 11,
    command: 'kubectl get jobs',
    output: `NAME    COMPLETIONS   DURATION   AGE
job-1   1/1           10s        11s
`,
  },
  {
    at: 50,
    command: 'kubectl create job job-2 --image=ubuntu -- /bin/bash -c "exit 1"',
    output: 'job.batch/job-2 created\n',
  },
  {
    at: 63,
    command: 'kubectl get job,pod',
    output: `NAME              COMPLETIONS   DURATION   AGE
job.batch/job-1   1/1           10s        63s
job.batch/job-2   0/1           13s        13s

NAME                 READY   STATUS      RESTARTS   AGE
pod/job-1--1-6stfq   0/1     Completed   0          63s
pod/job-2--1-2cb8l   0/1     Error       0          9s
pod/job-2--1-d8457   0/1     Error       0          13s
`,
  },
];
