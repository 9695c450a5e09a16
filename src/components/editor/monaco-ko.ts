// Monaco's own Korean message table (monaco-editor/nls/lang/ko) is written in 합니다체 with "을(를)" after
// every key name. The few of its messages a learner of this course meets (Ctrl+M's announcement, the
// accessibility help, the F8 problem widget, Monaco's default screen-reader hint should an editor lack the
// site's own label) are rewritten here in the course's voice
// (해라체, docs/course-site.md), keyed by Monaco's own text so a Monaco upgrade that changes one leaves it as
// Monaco wrote it (tests/unit/components/editor/monaco-ko.test.ts notices). Placeholders stay Monaco's ({0} is a key
// such as Alt+F1), so no particle follows one: "{0} 키로".

/** Monaco's Korean text → the course's. */
export const MONACO_KO_IN_COURSE_VOICE: Readonly<Record<string, string>> = {
  ' {0}을(를) 사용하여 접근성 도움말을 엽니다.': ' 접근성 도움말은 {0} 키로 연다.',
  '{0}을(를) 눌러 접근성 도움말 보기': '접근성 도움말: {0} 키',
  '{0}을(를) 사용하여 접근성 보기에서 이를 검사합니다.': '{0} 키로 접근성 보기에서 살펴볼 수 있다.',
  '현재 키 바인딩을 통해 트리거할 수 없는 접근성 보기 열기 명령을 통해 접근성 보기에서 이를 검사합니다.':
    '접근성 보기 열기 명령으로 접근성 보기에서 살펴볼 수 있다(지금은 이 명령에 키 바인딩이 없다).',
  '{0} 화면 읽기 프로그램 최적화 모드를 사용하도록 설정하려면 {1}을(를) 사용합니다.':
    '{0} 화면 읽기 프로그램 최적화 모드를 켜려면 {1} 키를 누른다.',
  '{0} 화면 읽기 프로그램 최적화 모드를 사용하도록 설정하려면 {1}을(를) 사용하여 빠른 선택을 열고 화면 읽기 프로그램 접근성 모드 토글 명령을 실행합니다(이 명령은 현재 키보드를 통해 트리거할 수 없음).':
    '{0} 화면 읽기 프로그램 최적화 모드를 켜려면 {1} 키로 빠른 선택을 열고 화면 읽기 프로그램 접근성 모드 토글 명령을 실행한다(이 명령에는 지금 키 바인딩이 없다).',
  '{0} {1}을(를) 사용하여 키 바인딩 편집기에 액세스하여 화면 읽기 프로그램 접근성 모드 토글 명령에 대한 키 바인딩을 할당하고 실행하세요.':
    '{0} {1} 키로 키 바인딩 편집기를 열어 화면 읽기 프로그램 접근성 모드 토글 명령에 키 바인딩을 지정하고 실행하자.',
  '현재 편집기에 액세스할 수 없습니다.': '지금은 편집기에 접근할 수 없다.',
  '이제 <Tab> 키를 누르면 포커스가 다음 포커스 가능한 요소로 이동합니다.':
    '이제 <Tab> 키를 누르면 포커스가 다음 요소로 이동한다.',
  '이제 <Tab> 키를 누르면 탭 문자가 삽입됩니다.': '이제 <Tab> 키를 누르면 탭 문자가 들어간다.',
  '읽기 전용 편집기에서는 편집할 수 없습니다.': '읽기 전용 편집기에서는 편집할 수 없다.',
  '문제 {1}개 중 {0}개': '문제 {1}개 중 {0}번째',
};

declare global {
  // Monaco's message table (monaco-editor/esm/vs/nls.js), filled by the language module before Monaco loads.
  var _VSCODE_NLS_MESSAGES: string[] | undefined;
}

/** Rewrites the loaded Korean table in place; Monaco reads it as its modules load, so call this before them. */
export function putMonacoKoreanInCourseVoice(messages: string[] | undefined = globalThis._VSCODE_NLS_MESSAGES): void {
  if (!messages) return;
  for (let i = 0; i < messages.length; i++) {
    const ours = MONACO_KO_IN_COURSE_VOICE[messages[i] ?? ''];
    if (ours !== undefined) messages[i] = ours;
  }
}

/** Monaco's Korean table, in the course's voice. */
export async function loadMonacoKorean(): Promise<void> {
  await import('monaco-editor/nls/lang/ko');
  putMonacoKoreanInCourseVoice();
}
