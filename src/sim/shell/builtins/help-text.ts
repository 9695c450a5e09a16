// `help`: this terminal's own list of commands (bash's `help` would list bash builtins, which is no use here).

import type { Locale } from '../hints/messages.ts';

const en = `Commands in this terminal:
  kubectl ...        talk to the cluster (get, describe, create, apply, logs, delete, wait, ...)
  ls, cat, rm, touch list, show, remove and create files (cat <<EOF > job.yaml writes one)
  echo, grep, wc, head, tail, date, pwd
  sleep N            let N seconds pass (the clock jumps forward)
  timeout N CMD      run CMD for at most N seconds (e.g. timeout 30 kubectl get pods -w)
  history, clear, help
Ctrl-C stops a running command; Tab completes commands, resources, names and files.
`;

const ko = `이 터미널에서 쓸 수 있는 명령어:
  kubectl ...        클러스터에 요청 (get, describe, create, apply, logs, delete, wait, ...)
  ls, cat, rm, touch 파일 목록, 내용 보기, 삭제, 만들기 (cat <<EOF > job.yaml 로 파일 작성)
  echo, grep, wc, head, tail, date, pwd
  sleep N            N초가 지나게 함 (시계가 바로 앞으로 감)
  timeout N CMD      CMD를 최대 N초 동안 실행 (예: timeout 30 kubectl get pods -w)
  history, clear, help
Ctrl-C는 실행 중인 명령을 멈추고, Tab은 명령어·리소스·이름·파일을 자동 완성해요.
`;

export const HELP_TEXT: Record<Locale, string> = { en, ko };
