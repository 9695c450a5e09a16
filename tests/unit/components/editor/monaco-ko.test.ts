// Monaco's Korean messages that a learner meets are in the course's voice: each rewritten message still exists
// in the Monaco version in use (an upgrade that changes one shows here), keeps Monaco's placeholders, and
// reads in 해라체 without "을(를)".
import { describe, expect, it } from 'vitest';
import {
  MONACO_KO_IN_COURSE_VOICE,
  putMonacoKoreanInCourseVoice,
} from '../../../../src/components/editor/monaco-ko.ts';

await import('monaco-editor/nls/lang/ko');
const table = [...(globalThis._VSCODE_NLS_MESSAGES ?? [])];
const placeholders = (text: string) => [...text.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();

describe("Monaco's Korean messages in the course's voice", () => {
  it('rewrites only messages the Monaco table has, keeping their placeholders', () => {
    expect(table.length).toBeGreaterThan(1000);
    for (const [monaco, ours] of Object.entries(MONACO_KO_IN_COURSE_VOICE)) {
      expect(table, monaco).toContain(monaco);
      expect(placeholders(ours), monaco).toEqual(placeholders(monaco));
      expect(ours, monaco).not.toMatch(/니다|세요|\((?:을|를|이|가|은|는|으)\)/);
    }
  });

  it('replaces them in the loaded table and leaves the rest as Monaco wrote it', () => {
    const messages = [...table];
    putMonacoKoreanInCourseVoice(messages);
    const i = table.indexOf(' {0}을(를) 사용하여 접근성 도움말을 엽니다.');
    expect(messages[i]).toBe(' 접근성 도움말은 {0} 키로 연다.');
    expect(messages.filter((m, j) => m !== table[j])).toHaveLength(
      table.filter((m) => Object.hasOwn(MONACO_KO_IN_COURSE_VOICE, m)).length,
    );
  });
});
