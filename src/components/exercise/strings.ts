// UI strings of the exercise, prediction and quiz components, in both course languages. Kept beside the
// components (not in src/i18n/*.json, which the site frame owns) so the two can evolve without conflicts;
// the shape is the same (`{name}` placeholders), so moving them there later is mechanical.
export type UiLocale = 'en' | 'ko';

const en = {
  exercise: 'Exercise',
  goal: 'Goal',
  checks: 'What is checked',
  statePending: 'Not started',
  stateFailed: 'Not yet',
  statePassed: 'Done',
  checkOk: 'done',
  checkNotYet: 'not yet',
  hint: 'Show a hint ({used}/{total})',
  noMoreHints: 'No more hints ({used}/{total})',
  hints: 'Hints',
  solution: 'Show the solution',
  solutionNote: 'Running these steps adds to your cluster; nothing you did is undone.',
  prediction: 'Predict',
  quiz: 'Quick check',
  check: 'Check my answer',
  lockIn: 'Lock in my prediction',
  right: 'Right.',
  wrong: 'Not quite.',
  predictionAfter: 'Now run it and see.',
  chooseFirst: 'Choose an answer first.',
  tryAgain: 'Try again',
} as const;

export type UiKey = keyof typeof en;

const ko: Record<UiKey, string> = {
  exercise: '실습',
  goal: '목표',
  checks: '확인하는 항목',
  statePending: '시작 전',
  stateFailed: '아직',
  statePassed: '완료',
  checkOk: '완료',
  checkNotYet: '아직',
  hint: '힌트 보기 ({used}/{total})',
  noMoreHints: '힌트 없음 ({used}/{total})',
  hints: '힌트',
  solution: '풀이 보기',
  solutionNote: '이 단계를 실행하면 클러스터에 더해질 뿐, 지금까지 한 작업은 지워지지 않는다.',
  prediction: '예측',
  quiz: '확인 문제',
  check: '답 확인',
  lockIn: '예측 확정',
  right: '맞다.',
  wrong: '아니다.',
  predictionAfter: '이제 실행해서 확인해 보자.',
  chooseFirst: '먼저 답을 고르자.',
  tryAgain: '다시 풀기',
};

const STRINGS: Record<UiLocale, Record<UiKey, string>> = { en, ko };

export function ui(locale: UiLocale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function uiLocale(value: string | undefined): UiLocale {
  return value === 'ko' ? 'ko' : 'en';
}
