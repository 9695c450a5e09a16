import { describe, expect, it } from 'vitest';
import {
  type CustomColumnsSpec,
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJsonPathExpression,
} from '../../../../../src/sim/kubectl/printers/output/custom-columns.ts';
import { job } from './fixtures.ts';

const jobs = [job('job-1', 0, { succeeded: 1 }), job('job-2', 5, { failed: 2 })];

function spec(text: string): CustomColumnsSpec {
  const parsed = parseCustomColumnsSpec(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.spec;
}

describe('-o custom-columns', () => {
  it('prints a header and one aligned row per object, <none> for missing values', () => {
    const s = spec('NAME:.metadata.name,SUCCEEDED:.status.succeeded,IMAGE:.spec.template.spec.containers[*].image');
    expect(printCustomColumns(s, jobs)).toEqual({
      ok: true,
      text: 'NAME    SUCCEEDED   IMAGE\njob-1   1           ubuntu\njob-2   <none>      ubuntu\n',
    });
  });

  it('accepts relaxed paths and joins several values with commas; maps print as Go does', () => {
    const s = spec('N:metadata.name,CMD:{.spec.template.spec.containers[0].command[*]},L:{metadata.labels}');
    expect(printCustomColumns(s, jobs.slice(0, 1))).toEqual({
      ok: true,
      text: 'N       CMD                   L\njob-1   /bin/bash,-c,exit 0   map[controller-uid:uid-job-1 job-name:job-1]\n',
    });
  });

  it('--no-headers drops the header; widths come from the rows alone (minimum 6)', () => {
    expect(printCustomColumns(spec('A:.metadata.name,B:.kind'), jobs, { noHeaders: true })).toEqual({
      ok: true,
      text: 'job-1   Job\njob-2   Job\n',
    });
    expect(printCustomColumns(spec('A:.kind,B:.kind'), [], {})).toEqual({ ok: true, text: 'A     B\n' });
  });

  it('escapes ESC and CR in cells (printers.EscapeTerminal)', () => {
    expect(printCustomColumns(spec('X:.x'), [{ x: 'a\x1b[31mb\rc' }])).toEqual({
      ok: true,
      text: 'X\na^[[31mb\\rc\n',
    });
  });

  it('rejects bad specs with kubectl messages', () => {
    expect(parseCustomColumnsSpec('')).toEqual({
      ok: false,
      error: 'custom-columns format specified but no custom columns given',
    });
    expect(parseCustomColumnsSpec('NAME:.metadata.name,STATUS')).toEqual({
      ok: false,
      error: 'unexpected custom-columns spec: STATUS, expected <header>:<json-path-expr>',
    });
    expect(parseCustomColumnsSpec('A:{.a}}')).toEqual({
      ok: false,
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    });
  });

  it('fails while printing after the header and earlier rows were written', () => {
    expect(printCustomColumns(spec('A:.a['), jobs)).toEqual({ ok: false, text: 'A\n', error: 'unterminated array' });
    const objects = [{ c: [1, 2] }, { c: [3] }];
    expect(printCustomColumns(spec('SECOND:.c[1]'), objects)).toEqual({
      ok: false,
      text: 'SECOND\n2\n',
      error: 'array index out of bounds: index 1, length 1',
    });
  });
});

describe('-o custom-columns-file', () => {
  it('reads headers and specs from two whitespace-separated lines and ignores --no-headers', () => {
    const parsed = parseCustomColumnsTemplate('NAME          FAILED\r\n{.metadata.name}   status.failed\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(printCustomColumns(parsed.spec, jobs, { noHeaders: true })).toEqual({
      ok: true,
      text: 'NAME    FAILED\njob-1   <none>\njob-2   2\n',
    });
  });

  it('reports malformed templates', () => {
    const expected =
      'Expected format is one line of space separated headers, one line of space separated column specs.';
    expect(parseCustomColumnsTemplate('')).toEqual({
      ok: false,
      error: `invalid template, missing header line. ${expected}`,
    });
    expect(parseCustomColumnsTemplate('NAME\n')).toEqual({
      ok: false,
      error: `invalid template, missing spec line. ${expected}`,
    });
    expect(parseCustomColumnsTemplate('A B\n.a\n')).toEqual({
      ok: false,
      error: "number of headers (2) and field specifications (1) don't match",
    });
  });
});

describe('RelaxedJSONPathExpression', () => {
  it('normalises the four accepted forms', () => {
    for (const path of ['metadata.name', '.metadata.name', '{metadata.name}', '{.metadata.name}']) {
      expect(relaxedJsonPathExpression(path)).toEqual({ ok: true, path: '{.metadata.name}' });
    }
    expect(relaxedJsonPathExpression('')).toEqual({ ok: true, path: '' });
  });
});
