// Interface text of the manifest editor, per lesson locale. Kept here until the site's i18n module
// (src/i18n) offers a place for component strings.

export interface EditorLabels {
  edit: string;
  loading: string;
  reset: string;
  apply: string;
  editorLabel: (file: string) => string;
  help: string;
  loadFailed: string;
  resetDone: string;
  applied: string;
}

const en: EditorLabels = {
  edit: 'Edit',
  loading: 'Loading editor…',
  reset: 'Reset file',
  apply: 'Apply',
  editorLabel: (file) => `Editor for ${file}`,
  help: 'In the editor, Tab indents. To leave it by keyboard, press Ctrl+M (macOS: Ctrl+Shift+M): Tab then moves focus out of the editor until you press Ctrl+M again. F8 goes to the next problem, Ctrl+Space suggests fields, Alt+F1 opens accessibility help.',
  loadFailed: 'The editor could not be loaded. You can still edit the file in the text box.',
  resetDone: 'File reset to the lesson version.',
  applied: 'Wrote the file in the terminal and sent kubectl apply.',
};

const ko: EditorLabels = {
  edit: '편집',
  loading: '편집기 불러오는 중…',
  reset: '파일 되돌리기',
  apply: '적용',
  editorLabel: (file) => `${file} 편집기`,
  help: '편집기에서 Tab은 들여쓰기다. 키보드로 편집기를 벗어나려면 Ctrl+M(macOS: Ctrl+Shift+M)을 누르자. 다시 누를 때까지 Tab이 편집기 밖으로 포커스를 옮긴다. F8은 다음 문제로 가고, Ctrl+Space는 필드를 제안하고, Alt+F1은 접근성 도움말을 연다.',
  loadFailed: '편집기를 불러오지 못했습니다. 아래 텍스트 상자에서 파일을 편집할 수 있습니다.',
  resetDone: '파일을 레슨 원본으로 되돌렸습니다.',
  applied: '터미널에 파일을 쓰고 kubectl apply를 보냈습니다.',
};

export function editorLabels(lang: string | undefined): EditorLabels {
  return lang?.toLowerCase().startsWith('ko') ? ko : en;
}
