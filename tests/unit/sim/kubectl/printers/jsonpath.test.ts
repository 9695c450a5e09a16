import { describe, expect, it } from 'vitest';
import { jsonPathTemplateError, printJsonPath } from '../../../../../src/sim/kubectl/printers/output/jsonpath.ts';
import { listOf } from '../../../../../src/sim/kubectl/printers/output/list.ts';
import { job } from './fixtures.ts';

const text = (template: string, data: unknown, allowMissingKeys = false): string => {
  const r = printJsonPath(template, data, { allowMissingKeys });
  if (!r.ok) throw new Error(r.error);
  return r.text;
};

const execError = (template: string, data: unknown, allowMissingKeys = false): string => {
  const r = printJsonPath(template, data, { allowMissingKeys });
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.text)}`);
  // The Go error alone: strip kubectl's wrapping around it.
  const m = /^error executing jsonpath .*?: Error executing template: (.*)\. Printing more information/s.exec(r.error);
  return m ? m[1]! : r.error;
};

// Cases from k8s.io/client-go/util/jsonpath/jsonpath_test.go (TestTypesInput, TestStructInput, TestJSONInput,
// TestKubernetes, TestEmptyRange, TestNestedRanges), with their expected outputs.
const types = {
  bools: [true, false, true, false],
  integers: [1, 2, 3, 4],
  floats: [1.0, 2.2, 3.3, 4.0],
  strings: ['one', 'two', 'three', 'four'],
  interfaces: [true, 'one', 1, 1.1],
  maps: [
    { name: 'one', value: 1 },
    { name: 'two', value: 2.02 },
    { name: 'three', value: 3.03 },
    { name: 'four', value: 4.04 },
  ],
};

describe('jsonpath: upstream TestTypesInput', () => {
  const cases: Array<[string, string]> = [
    ['{ .bools }', '[true,false,true,false]'],
    ['{ .bools[0] }', 'true'],
    ['{ .bools[-1] }', 'false'],
    ['{ .bools[0:2] }', 'true false'],
    ['{ .bools[:2] }', 'true false'],
    ['{ .bools[:4:2] }', 'true true'],
    ['{ .integers }', '[1,2,3,4]'],
    ['{ .integers[-2] }', '3'],
    ['{ .integers[:4:2] }', '1 3'],
    ['{ .floats }', '[1,2.2,3.3,4]'],
    ['{ .floats[-2] }', '3.3'],
    ['{ .floats[:4:2] }', '1 3.3'],
    ['{ .strings }', '["one","two","three","four"]'],
    ['{ .strings[:4:2] }', 'one three'],
    ['{ .interfaces }', '[true,"one",1,1.1]'],
    ['{ .interfaces[0:2] }', 'true one'],
    ['{ .maps[0] }', '{"name":"one","value":1}'],
    ['{ .maps[-2] }', '{"name":"three","value":3.03}'],
    ['{ .maps[::2] }', '{"name":"one","value":1} {"name":"three","value":3.03}'],
    ['{ .maps[1::2] }', '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
  ];
  for (const [template, expected] of cases) {
    it(template, () => expect(text(template, types)).toBe(expected));
  }
});

const store = {
  Name: 'jsonpath',
  Book: [
    { Category: 'reference', Author: 'Nigel Rees', Title: 'Sayings of the Centurey', Price: 8.95 },
    { Category: 'fiction', Author: 'Evelyn Waugh', Title: 'Sword of Honour', Price: 12.99 },
    { Category: 'fiction', Author: 'Herman Melville', Title: 'Moby Dick', Price: 8.99 },
  ],
  Bicycle: [
    { Color: 'red', Price: 19.95, IsNew: true },
    { Color: 'green', Price: 20.01, IsNew: false },
  ],
  Labels: { engieer: 10, 'web/html': 15, 'k8s-app': 20 },
  Employees: { jason: 'manager', dan: 'clerk' },
};

describe('jsonpath: upstream TestStructInput', () => {
  const cases: Array<[string, unknown, string]> = [
    ['hello jsonpath', null, 'hello jsonpath'],
    ['{..}', [1, 2, 3], '[1,2,3]'],
    ['{[?(@<5)]}', [2, 6, 3, 7], '2 3'],
    ['{"{"}', null, '{'],
    ['{[1,3,4]}', [0, 1, 2, 3, 4], '1 3 4'],
    ['{[0:2]}', ['Monday', 'Tudesday'], 'Monday Tudesday'],
    ['hello {.Name}', store, 'hello jsonpath'],
    ['{$.Labels.web/html}', store, '15'],
    ['{$.Employees.jason}', store, 'manager'],
    ['{.Labels.k8s-app}', store, '20'],
    ['{.Bicycle[*].Color}', store, 'red green'],
    ['{.Book[*].Author}', store, 'Nigel Rees Evelyn Waugh Herman Melville'],
    // Go orders map fields randomly here; we print them in sorted key order.
    ['{range .Bicycle[*]}{ "{" }{ @.* }{ "} " }{end}', store, '{red true 19.95} {green false 20.01} '],
    // Upstream's input is a struct (Book before Bicycle); as a map, keys are visited in sorted order.
    ['{..Price}', store, '19.95 20.01 8.95 12.99 8.99'],
    ['{...Price}', store, '19.95 20.01 8.95 12.99 8.99'],
    [
      '{range .Bicycle[*]}{ @ }{ " " }{end}',
      store,
      '{"Color":"red","IsNew":true,"Price":19.95} {"Color":"green","IsNew":false,"Price":20.01} ',
    ],
    ['{.Book[-1:]}', store, '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'],
    ['{..Book[2]}', store, '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'],
    ['{.Bicycle[?(@.IsNew==true)]}', store, '{"Color":"red","IsNew":true,"Price":19.95}'],
  ];
  for (const [template, data, expected] of cases) {
    it(template, () => expect(text(template, data)).toBe(expected));
  }

  it('missing keys print nothing when allowed', () => expect(text('{.hello}', store, true)).toBe(''));

  it('fails like upstream', () => {
    expect(execError('{hello}', store)).toBe('unrecognized identifier hello');
    expect(execError('{.hello}', store)).toBe('hello is not found');
    expect(execError('{.Labels[0]}', store)).toBe('map[string]interface {} is not array or slice');
    expect(execError('{.Book[?(@.Price<>10)]}', store)).toBe('unrecognized filter operator <>');
    expect(execError('{range .Labels.*}{@}{end}{end}', store)).toBe('not in range, nothing to end');
  });

  it('rejects more than one recursive descent in a row', () => {
    expect(printJsonPath('{....Price}', store)).toEqual({
      ok: false,
      error: 'error parsing jsonpath {....Price}, invalid multiple recursive descent',
    });
  });
});

const nodes = {
  kind: 'List',
  items: [
    {
      kind: 'None',
      metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] },
    },
    {
      kind: 'None',
      metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
      status: {
        capacity: { cpu: '8' },
        ready: false,
        addresses: [
          { type: 'LegacyHostIP', address: '127.0.0.2' },
          { type: 'another', address: '127.0.0.3' },
        ],
      },
    },
  ],
  users: [
    { name: 'myself', user: {} },
    { name: 'e2e', user: { username: 'admin', password: 'secret' } },
  ],
};

describe('jsonpath: upstream TestJSONInput / TestKubernetes / ranges', () => {
  const points = [
    { id: 'i1', x: 4, y: -5 },
    { id: 'i2', x: -2, y: -5, z: 1 },
    { id: 'i3', x: 8, y: 3 },
    { id: 'i4', x: -6, y: -1 },
    { id: 'i5', x: 0, y: 2, z: 1 },
    { id: 'i6', x: 1, y: 4 },
  ];
  it('exists filter and bracket key', () => {
    expect(text('{[?(@.z)].id}', points)).toBe('i2 i5');
    expect(text("{[0]['id']}", points)).toBe('i1');
  });

  const cases: Array<[string, string]> = [
    ['{range .items[*]}{.metadata.name}, {end}{.kind}', '127.0.0.1, 127.0.0.2, List'],
    ['{range .items[*]}{.metadata.name}{"\\t"}{end}', '127.0.0.1\t127.0.0.2\t'],
    ['{.items[*].status.addresses[*].address}', '127.0.0.1 127.0.0.2 127.0.0.3'],
    ['{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}', '127.0.0.1, 127.0.0.2, 127.0.0.3, '],
    ['{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    ["{.items[*]['metadata.name', 'status.capacity']}", '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
    [
      '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}',
      '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] ',
    ],
    ['{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['{.items[0].metadata.labels.kubernetes\\.io/hostname}', '127.0.0.1'],
    ['{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', 'None'],
    ['{.items[?(@..ready==true)].metadata.name}', '127.0.0.1'],
    // Sorted map order stands in for Go's random one.
    ['{..name}', '127.0.0.1 127.0.0.2 myself e2e'],
  ];
  for (const [template, expected] of cases) {
    it(template, () => expect(text(template, nodes)).toBe(expected));
  }

  it('empty ranges, nested or not, print nothing', () => {
    const empty = { items: [] };
    expect(text('{range .items[*]}{.metadata.name}{end}', empty, true)).toBe('');
    expect(
      text(
        '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}',
        empty,
        true,
      ),
    ).toBe('');
  });

  it('resumes after the matching end of nested ranges', () => {
    const pods = {
      items: [
        { metadata: { name: 'pod1' }, spec: { containers: [{ name: 'foo' }, { name: 'bar' }] } },
        { metadata: { name: 'pod2' }, spec: { containers: [{ name: 'baz' }] } },
      ],
    };
    expect(
      text('{range .items[*]}{.metadata.name}{":"}{range .spec.containers[*]}{.name}{","}{end}{"\\n"}{end}done', pods),
    ).toBe('pod1:foo,bar,\npod2:baz,\ndone');
  });
});

describe('jsonpath: kubectl get -o jsonpath', () => {
  const a = job('job-1', 0, { succeeded: 1 });
  const b = job('job-2', 5, { failed: 2 });
  const list = listOf([a, b]);

  it('prints the usual one-liners exactly', () => {
    expect(text('{.metadata.name}', a)).toBe('job-1');
    expect(text('{.items[*].metadata.name}', list)).toBe('job-1 job-2');
    expect(text('{range .items[*]}{.metadata.name}{"\\t"}{.status.succeeded}{"\\n"}{end}', list, true)).toBe(
      'job-1\t1\njob-2\t\n',
    );
    expect(text('{.metadata.labels}', a)).toBe('{"controller-uid":"uid-job-1","job-name":"job-1"}');
    expect(text('{.spec.template.spec.containers[0].command}', a)).toBe('["/bin/bash","-c","exit 0"]');
    expect(text('{.items[?(@.status.failed>1)].metadata.name}', list, true)).toBe('job-2');
    expect(text('{.items[?(@.status.succeeded)].metadata.name}', list)).toBe('job-1');
    expect(text('{$.kind} {.metadata.resourceVersion}|', list)).toBe('List |');
  });

  it('takes the template literally: -o jsonpath=.x prints .x', () => {
    expect(text('.items[*].metadata.name', list)).toBe('.items[*].metadata.name');
  });

  it('prints null as <nil>, numbers and bools as Go does', () => {
    expect(text('{.a} {.b} {.c} {.d} {.e}', { a: null, b: 1e6, c: 1234567.5, d: false, e: 0.000012 })).toBe(
      '<nil> 1000000 1.2345675e+06 false 1.2e-05',
    );
    expect(text('{2.0} {-3} {true}', {})).toBe('2 -3 true');
  });

  it('ignores missing keys by default (--allow-missing-template-keys=true)', () => {
    expect(printJsonPath('{.foo}x', a)).toEqual({ ok: true, text: 'x' });
  });

  it('wraps execution errors with the template and a %#v dump of the data', () => {
    expect(printJsonPath('{.items[0].metadata.name}', listOf([]))).toEqual({
      ok: false,
      error:
        'error executing jsonpath "{.items[0].metadata.name}": Error executing template: array index out of bounds: ' +
        'index 0, length 0. Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{.items[0].metadata.name}\n' +
        '\tobject given to jsonpath engine was:\n' +
        '\t\tmap[string]interface {}{"apiVersion":"v1", "items":[]interface {}{}, "kind":"List", ' +
        '"metadata":map[string]interface {}{"resourceVersion":""}}\n\n\n',
    });
    const small = { kind: 'Job', metadata: { name: 'x', labels: null }, spec: { n: 2, s: ['a\tb'] } };
    expect(printJsonPath('{range .x}{"\\n"}{end}', small, { allowMissingKeys: false })).toEqual({
      ok: false,
      error:
        'error executing jsonpath "{range .x}{\\"\\\\n\\"}{end}": Error executing template: x is not found. ' +
        'Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{range .x}{"\\n"}{end}\n' +
        '\tobject given to jsonpath engine was:\n' +
        '\t\tmap[string]interface {}{"kind":"Job", "metadata":map[string]interface {}{"labels":interface {}(nil), ' +
        '"name":"x"}, "spec":map[string]interface {}{"n":2, "s":[]interface {}{"a\\tb"}}}\n\n\n',
    });
  });

  it('reports parse errors as genericclioptions does', () => {
    const cases: Array<[string, string]> = [
      ['{.a', 'unclosed action'],
      ['{.a[0}', 'unterminated array'],
      ['{.a[x]}', 'invalid array index x'],
      ['{#}', "unrecognized character in action: U+0023 '#'"],
      ['{.a[?(@.b=="x"}', 'unterminated filter'],
      ['{"abc}', 'unterminated quoted string'],
      ['{"\\q"}', 'unquote string "\\q" error invalid syntax'],
      ['{1.2.3}', 'cannot parse number 1.2.3'],
    ];
    for (const [template, message] of cases) {
      expect(jsonPathTemplateError(template)).toBe(`error parsing jsonpath ${template}, ${message}`);
    }
    expect(printJsonPath('', a)).toEqual({ ok: false, error: 'template format specified but no template given' });
  });

  it('-o jsonpath-as-json prints each result group as an indented JSON array', () => {
    expect(printJsonPath('{.items[*].metadata.name}', list, { asJson: true })).toEqual({
      ok: true,
      text: '[\n    "job-1",\n    "job-2"\n]\n',
    });
    expect(printJsonPath('{.metadata.labels}', a, { asJson: true })).toEqual({
      ok: true,
      text: '[\n    {\n        "controller-uid": "uid-job-1",\n        "job-name": "job-1"\n    }\n]\n',
    });
  });

  it('slices, unions and filters report Go errors', () => {
    expect(execError('{.items[5]}', list)).toBe('array index out of bounds: index 5, length 2');
    expect(execError('{.items[0:5]}', list)).toBe('array index out of bounds: index 4, length 2');
    expect(execError('{.items[::0]}', list)).toBe('step must be > 0');
    expect(execError('{.kind[?(@.a)]}', list)).toBe('List is not array or slice and cannot be filtered');
    expect(execError('{.items[?(@.status.succeeded==1.0)]}', list, true)).toBe('incompatible types for comparison');
    expect(execError('{.items[?(@.metadata==1)]}', list)).toBe('invalid type for comparison');
    expect(text('{.items[-1:].metadata.name} {.items[2:2]}', list)).toBe('job-2 ');
  });
});
