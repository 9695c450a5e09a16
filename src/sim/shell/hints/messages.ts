// Every learner hint's wording, in English and Korean. Hints are advice shown apart from the terminal's
// real output, so they may name the fix plainly.

export type Locale = 'en' | 'ko';

export interface HintMessages {
  koreanLayout(meant: string): string;
  didYouMean(typed: string, meant: string): string;
  unknownCommand(name: string, available: string): string;
  nameAsResourceType(name: string, kinds: string): string;
  logsOfJob(name: string): string;
  commandSubstitution(): string;
  background(): string;
  exitStaysOpen(): string;
  cdHomeOnly(): string;
  arithmetic(): string;
  compound(keyword: string): string;
}

const en: HintMessages = {
  koreanLayout: (meant) =>
    `This looks like \`${meant}\` typed with the Korean keyboard layout. Switch the input to English (the 한/영 key) and type it again.`,
  didYouMean: (typed, meant) => `\`${typed}\` is not a command. Did you mean \`${meant}\`?`,
  unknownCommand: (name, available) =>
    `\`${name}\` is not available in this terminal. Commands you can use: ${available} (type \`help\`).`,
  nameAsResourceType: (name, kinds) =>
    `\`${name}\` is the name of an object, not a resource type. Give the type first: ${kinds}.`,
  logsOfJob: (name) =>
    `\`${name}\` is a Job, not a pod. Logs belong to pods: try \`kubectl logs job/${name}\` or find the pod with \`kubectl get pods\`.`,
  commandSubstitution: () => 'Command substitution ($(...) and backquotes) is not supported in this terminal.',
  background: () => 'Background jobs (&) are not supported here; the command ran in the foreground.',
  exitStaysOpen: () => 'This terminal stays open; there is nowhere to exit to.',
  cdHomeOnly: () => 'This terminal only has your home directory; stay in it.',
  arithmetic: () => 'Arithmetic expansion $((...)) is not supported in this terminal; write the number itself.',
  compound: (keyword) =>
    `Shell loops and conditionals (\`${keyword}\`) are not supported in this terminal: type each command, or put the loop in a container's command (\`sh -c '...'\`).`,
};

const ko: HintMessages = {
  koreanLayout: (meant) =>
    `한글 자판으로 \`${meant}\`을(를) 입력한 것 같아요. 한/영 키로 영문 입력으로 바꾼 뒤 다시 입력해 보세요.`,
  didYouMean: (typed, meant) => `\`${typed}\`은(는) 명령어가 아니에요. \`${meant}\`을(를) 입력하려던 건가요?`,
  unknownCommand: (name, available) =>
    `\`${name}\`은(는) 이 터미널에서 쓸 수 없어요. 쓸 수 있는 명령어: ${available} (\`help\` 입력).`,
  nameAsResourceType: (name, kinds) =>
    `\`${name}\`은(는) 리소스 종류가 아니라 오브젝트 이름이에요. 종류를 먼저 쓰세요: ${kinds}.`,
  logsOfJob: (name) =>
    `\`${name}\`은(는) 파드가 아니라 잡이에요. 로그는 파드에 있어요: \`kubectl logs job/${name}\`을 입력하거나 \`kubectl get pods\`로 파드 이름을 찾아보세요.`,
  commandSubstitution: () => '이 터미널에서는 명령 치환($(...)과 백쿼트)을 지원하지 않아요.',
  background: () => '백그라운드 실행(&)은 지원하지 않아서 포그라운드로 실행했어요.',
  exitStaysOpen: () => '이 터미널은 닫히지 않아요.',
  cdHomeOnly: () => '이 터미널에는 홈 디렉터리만 있어요.',
  arithmetic: () => '이 터미널은 산술 확장 $((...))을 지원하지 않는다. 숫자를 직접 쓰자.',
  compound: (keyword) =>
    `이 터미널은 셸 반복문과 조건문(\`${keyword}\`)을 지원하지 않는다. 명령을 하나씩 입력하거나, 반복문을 컨테이너의 명령(\`sh -c '...'\`)에 넣자.`,
};

export const HINT_MESSAGES: Record<Locale, HintMessages> = { en, ko };
