// The editor's markers on Korean pages: monaco-yaml's English messages reworded through t(), particles
// chosen from the field name or value, and never English when a message is not recognised.
import { describe, expect, it } from 'vitest';
import { localizeMarkerMessage } from '../../../../src/components/editor/yaml-messages.ts';

describe('localizeMarkerMessage', () => {
  it.each([
    ['Property backofLimit is not allowed.', 'backofLimit은 이 자리에 쓸 수 없는 필드다. 철자와 들여쓰기를 확인하자.'],
    [
      'Property restartPolicyy is not allowed.',
      'restartPolicyy는 이 자리에 쓸 수 없는 필드다. 철자와 들여쓰기를 확인하자.',
    ],
    ['Missing property "containers".', '필요한 필드 "containers"가 없다.'],
    ['Missing property "template".', '필요한 필드 "template"이 없다.'],
    ['Incorrect type. Expected "integer".', '값의 타입이 맞지 않는다. 정수라야 한다.'],
    ['Incorrect type. Expected "string".', '값의 타입이 맞지 않는다. 문자열이라야 한다.'],
    ['Incorrect type. Expected "array".', '값의 타입이 맞지 않는다. 배열(목록)이라야 한다.'],
    ['Incorrect type. Expected one of string, number.', '값의 타입이 맞지 않는다. 문자열, 숫자 중 하나여야 한다.'],
    [
      'Value is not accepted. Valid values: "OnFailure", "Never".',
      '허용되지 않는 값이다. 쓸 수 있는 값: "OnFailure", "Never".',
    ],
    ['Value must be "batch/v1".', '값은 "batch/v1"이라야 한다.'],
    ['Value must be "Job".', '값은 "Job"이라야 한다.'],
    ['Value is below the minimum of 0.', '값이 최솟값 0보다 작다.'],
    ['Map keys must be unique at line 5, column 3:\n\n  x: 1\n  ^', '같은 키가 두 번 나온다. 키는 한 번씩만 쓰자.'],
    [
      'All mapping items must start at the same column',
      '같은 맵의 키는 모두 같은 열에서 시작해야 한다. 들여쓰기를 확인하자.',
    ],
    ['Implicit map keys need to be followed by map values', '키 뒤에는 콜론(:)과 값이 와야 한다.'],
    ['Tabs are not allowed as indentation', '들여쓰기에 탭을 쓸 수 없다. 공백을 쓰자.'],
  ])('%s', (english, korean) => {
    expect(localizeMarkerMessage('ko', english, 'yaml-schema: kubernetes')).toBe(korean);
    expect(localizeMarkerMessage('en', english)).toBe(english);
  });

  it('turns an unknown message into a general Korean one by its source, never English', () => {
    expect(localizeMarkerMessage('ko', 'Something new from a later version', 'yaml-schema: x')).toBe(
      '값이 매니페스트의 형식에 맞지 않는다.',
    );
    expect(localizeMarkerMessage('ko', 'Something new from a later version', 'YAML')).toBe(
      'YAML로 읽을 수 없는 부분이다.',
    );
  });
});
