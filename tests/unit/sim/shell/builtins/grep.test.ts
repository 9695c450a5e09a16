// GNU grep 3.11's behaviour, with expected outputs from its own test suite (tests/yesno, tests/context-0,
// tests/max-count-vs-context, tests/status, tests/empty, tests/options, tests/r-dot, tests/word-multi-file in
// git.savannah.gnu.org/cgit/grep.git) and texts from its source (src/grep.c, glibc getopt and regcomp).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrep } from '../../../../../src/sim/shell/builtins/grep.ts';
import { createFileSystem } from '../../../../../src/sim/shell/filesystem.ts';
import type { ProgramContext } from '../../../../../src/sim/shell/program.ts';
import { terminal } from '../../../harness/session.ts';
import { harness as shellHarness } from '../harness.ts';

function grep(
  argv: string[],
  {
    stdin = '',
    files = {},
    terminal = false,
  }: { stdin?: string; files?: Record<string, string>; terminal?: boolean } = {},
): { out: string; err: string; status: number } {
  const fs = createFileSystem({ files });
  let out = '';
  let err = '';
  const result = createGrep(fs)(
    argv,
    { stdin, out: (t) => (out += t), err: (t) => (err += t), hint: () => {}, stdoutIsTerminal: terminal },
    { fs } as unknown as ProgramContext,
  );
  if (!('exitCode' in result)) throw new Error('grep does not run in the foreground');
  return { out, err, status: result.exitCode };
}

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

describe('grep context (tests/context-0, tests/max-count-vs-context)', () => {
  const needle = [
    'needle',
    '1st line of context',
    '2nd line of context',
    '3rd line of context',
    'another needle',
    '5th line of context relative to first match',
    '6th line...',
    '',
  ].join('\n');

  it('-C 0 prints a group separator between non-adjacent matches', () => {
    expect(grep(['-C', '0', 'needle', 'in'], { files: { in: needle } })).toEqual({
      out: 'needle\n--\nanother needle\n',
      err: '',
      status: 0,
    });
  });

  it('-m1 -A5 prints five lines of trailing context, the second match among them', () => {
    expect(grep(['-m1', '-A5', 'needle', 'in'], { files: { in: needle } })).toEqual({
      out: 'needle\n1st line of context\n2nd line of context\n3rd line of context\nanother needle\n5th line of context relative to first match\n',
      err: '',
      status: 0,
    });
  });
});

// tests/yesno: `{ grep -F -n -b $opts yes; echo "?$?"; } < yesno.txt | tr '\n' '/'`.
describe('grep -C, -v, -o, -m together (tests/yesno)', () => {
  const yesno = [
    '[A01 no ]',
    '[B02 no ]',
    '[C03 yes]',
    '[D04 yes]',
    '[E05 yes]',
    '[F06 no ]',
    '[G07 no ]',
    '[H08 yes]',
    '[I09 yes]',
    '[J10 no ]',
    '[K11 no ]',
    '[L12 no ]',
    '[M13 yes]',
    '[N14 yes]',
    '',
  ].join('\n');
  // The test's own definitions and table, verbatim (shell syntax: NAME='…'; and '<opts>' "$A$B…").
  const DEFINITIONS = `
   A='1:0:[A01 no ]/';    rA='1-0-[A01 no ]/'; XA='X[A01 no ]/';
  B='2:10:[B02 no ]/';   rB='2-10-[B02 no ]/'; XB='X[B02 no ]/';
  C='3:20:[C03 yes]/';   rC='3-20-[C03 yes]/'; XC='X[C03 yes]/';   c='3:25:yes/';   rc='3-25-yes/'
  D='4:30:[D04 yes]/';   rD='4-30-[D04 yes]/'; XD='X[D04 yes]/';   d='4:35:yes/';   rd='4-35-yes/'
  E='5:40:[E05 yes]/';   rE='5-40-[E05 yes]/'; XE='X[E05 yes]/';   e='5:45:yes/';   re='5-45-yes/'
  F='6:50:[F06 no ]/';   rF='6-50-[F06 no ]/'; XF='X[F06 no ]/';
  G='7:60:[G07 no ]/';   rG='7-60-[G07 no ]/'; XG='X[G07 no ]/';
  H='8:70:[H08 yes]/';   rH='8-70-[H08 yes]/'; XH='X[H08 yes]/';   h='8:75:yes/';   rh='8-75-yes/'
  I='9:80:[I09 yes]/';   rI='9-80-[I09 yes]/'; XI='X[I09 yes]/';   i='9:85:yes/';   ri='9-85-yes/'
 J='10:90:[J10 no ]/';  rJ='10-90-[J10 no ]/'; XJ='X[J10 no ]/';
K='11:100:[K11 no ]/'; rK='11-100-[K11 no ]/'; XK='X[K11 no ]/';
L='12:110:[L12 no ]/'; rL='12-110-[L12 no ]/'; XL='X[L12 no ]/';
M='13:120:[M13 yes]/'; rM='13-120-[M13 yes]/'; XM='X[M13 yes]/'; m='13:125:yes/'; rm='13-125-yes/'
N='14:130:[N14 yes]/'; rN='14-130-[N14 yes]/'; XN='X[N14 yes]/'; n='14:135:yes/'; rn='14-135-yes/'
# Group separators.
s='--/'
S='XYZ/'
# Exit statuses.
z0='?0/'
z1='?1/'
z2='?2/'
`;
  const TABLE = String.raw`
  ''                "$C$D$E$H$I$M$N$z0" \
  '-o'              "$c$d$e$h$i$m$n$z0" \
  '-C,1'            "$rB$C$D$E$rF$rG$H$I$rJ$s$rL$M$N$z0" \
  '-C,1,-o'         "$c$d$e$h$i$s$m$n$z0" \
  '-C,1,-o,--group=XYZ' "$c$d$e$h$i$S$m$n$z0" \
  '-C,1,-o,--no-gr' "$c$d$e$h$i$m$n$z0" \
  '-C,4,-1'         "$rB$C$D$E$rF$rG$H$I$rJ$s$rL$M$N$z0" \
  '-C,1,--group=XYZ' "$rB$C$D$E$rF$rG$H$I$rJ$S$rL$M$N$z0" \
  '-C,1,--no-gr'    "$rB$C$D$E$rF$rG$H$I$rJ$rL$M$N$z0" \
  '-m,4'            "$C$D$E$H$z0$XI$XJ$XK$XL$XM$XN" \
  '-m,4,-o'         "$c$d$e$h$z0$XI$XJ$XK$XL$XM$XN" \
  '-m,4,-C,1'       "$rB$C$D$E$rF$rG$H$rI$z0$XI$XJ$XK$XL$XM$XN" \
  '-m,4,-C,1,-o'    "$c$d$e$h$z0$XI$XJ$XK$XL$XM$XN" \
  '-m,5'            "$C$D$E$H$I$z0$XJ$XK$XL$XM$XN" \
  '-m,5,-o'         "$c$d$e$h$i$z0$XJ$XK$XL$XM$XN" \
  '-m,5,-C,1,-o'    "$c$d$e$h$i$z0$XJ$XK$XL$XM$XN" \
  '-m,6'            "$C$D$E$H$I$M$z0$XN" \
  '-m,6,-o'         "$c$d$e$h$i$m$z0$XN" \
  '-m,6,-C,1'       "$rB$C$D$E$rF$rG$H$I$rJ$s$rL$M$rN$z0$XN" \
  '-m,6,-C,1,-o'    "$c$d$e$h$i$s$m$z0$XN" \
  '-v'              "$A$B$F$G$J$K$L$z0" \
  '-v,-o'           "$z0" \
  '-v,-C,1'         "$A$B$rC$s$rE$F$G$rH$rI$J$K$L$rM$z0" \
  '-v,-C,1,-o'      "$rc$s$re$rh$ri$rm$z0" \
  '-v,-C,1,--group=XYZ' "$A$B$rC$S$rE$F$G$rH$rI$J$K$L$rM$z0" \
  '-v,-C,1,--no-gr' "$A$B$rC$rE$F$G$rH$rI$J$K$L$rM$z0" \
  '-4,-1'           "$rB$C$D$E$rF$rG$H$I$rJ$s$rL$M$N$z0" \
  '-4,-v,-1'        "$A$B$rC$s$rE$F$G$rH$rI$J$K$L$rM$z0" \
  '-m,1,-v'         "$A$z0$XB$XC$XD$XE$XF$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,1,-v,-o'      "$z0$XB$XC$XD$XE$XF$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,1,-v,-C,1'    "$A$rB$z0$XB$XC$XD$XE$XF$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,1,-v,-C,1,-o' "$z0$XB$XC$XD$XE$XF$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,2,-v'         "$A$B$z0$XC$XD$XE$XF$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,2,-v,-o'      "$z0$XC$XD$XE$XF$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,3,-v'         "$A$B$F$z0$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,3,-v,-o'      "$z0$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,3,-v,-C,1'    "$A$B$rC$s$rE$F$rG$z0$XG$XH$XI$XJ$XK$XL$XM$XN" \
  '-m,3,-v,-C,1,-o' "$rc$s$re$z0$XG$XH$XI$XJ$XK$XL$XM$XN" \
`;
  const vars = new Map([...DEFINITIONS.matchAll(/(\w+)='([^']*)'/g)].map((d) => [d[1]!, d[2]!]));
  // The X lines (what a later reader of the same stdin sees after -m) are dropped: pipes here are not shared.
  const cases = [...TABLE.matchAll(/'([^']*)'\s+"([^"]*)"/g)].map((t) => [
    t[1]!,
    t[2]!.replace(/\$(\w+)/g, (_, name: string) => (name.startsWith('X') ? '' : vars.get(name)!)),
  ]);
  it.each(cases)('grep -F -n -b %s yes', (opts, expected) => {
    const r = grep(['-F', '-n', '-b', ...(opts === '' ? [] : opts.split(',')), 'yes'], { stdin: yesno });
    expect(`${r.out}?${r.status}\n`.replaceAll('\n', '/')).toBe(expected);
    expect(r.err).toBe('');
  });
});

/** Shell words as bash splits a line: '…' literal, "…" and bare words with $NAME / ${NAME} expanded, \x is x. */
function shellWords(line: string, vars: Map<string, string>): string[] {
  const words: string[] = [];
  const expand = (text: string): string =>
    text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a?: string, b?: string) => vars.get((a ?? b)!) ?? '');
  for (const m of line.matchAll(/(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|((?:[^\s'"\\]|\\.)+))+/g)) {
    let word = '';
    for (const part of m[0].matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|((?:[^\s'"\\]|\\.)+)/g)) {
      if (part[1] !== undefined) word += part[1];
      else if (part[2] !== undefined) word += expand(part[2].replace(/\\([$`"\\])/g, '$1'));
      else word += expand(part[3]!).replace(/\\(.)/g, '$1');
    }
    words.push(word);
  }
  return words;
}

describe('grep options together (tests/foad1)', () => {
  const script = readFileSync(new URL('../../../../fixtures/gnu-grep-foad1.sh', import.meta.url), 'utf8');
  const vars = new Map([
    ['CB', '\x1b[01;31m\x1b[K'],
    ['CE', '\x1b[m\x1b[K'],
  ]);
  const cases: Array<[string, string, string, string[]]> = [];
  for (const line of script.replace(/\\\n\s*/g, ' ').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const assignment = /^(\w+)=(.*)$/.exec(line);
    if (assignment) {
      vars.set(assignment[1]!, shellWords(assignment[2]!, vars)[0]!);
      continue;
    }
    const [command, input, expected, ...args] = shellWords(line, vars);
    expect(command).toBe('grep_test');
    const argv = args.filter((a) => a !== '2>/dev/null');
    cases.push([argv.join(' '), input!, expected!, argv]);
  }

  it('reads all 60 cases', () => {
    expect(cases).toHaveLength(60);
  });

  it.each(cases)('grep %s', (_, input, expected, argv) => {
    const r = grep(argv, { stdin: input.replaceAll('/', '\n') });
    expect(r.out.replaceAll('\n', '/')).toBe(expected);
  });
});

describe('grep exit status (tests/status, tests/empty, tests/options)', () => {
  const missing = 'grep: MMMMMMMM.MMM: No such file or directory\n';

  it('0 on a match, 1 on none, 2 on a missing file even with -s', () => {
    expect(grep(['-E', '-e', 'abc'], { stdin: 'abcd\n' }).status).toBe(0);
    expect(grep(['-E', '-e', 'zbc'], { stdin: 'abcd\n' }).status).toBe(1);
    expect(grep(['-E', '-e', 'abc', 'MMMMMMMM.MMM'])).toEqual({ out: '', err: missing, status: 2 });
    expect(grep(['-E', '-s', '-e', 'abc', 'MMMMMMMM.MMM'])).toEqual({ out: '', err: '', status: 2 });
    expect(grep(['-E', '-s', 'abc', '-', 'MMMMMMMM.MMM'], { stdin: 'abcd\n' })).toEqual({
      out: '(standard input):abcd\n',
      err: '',
      status: 2,
    });
  });

  it('-q exits 0 at the first match, before or after an error', () => {
    expect(grep(['-E', '-q', '-s', 'abc', 'MMMMMMMM.MMM', '-'], { stdin: 'abcd\n' })).toEqual({
      out: '',
      err: '',
      status: 0,
    });
    expect(grep(['-E', '-q', 'abc', 'MMMMMMMM.MMM', '-'], { stdin: 'abcd\n' })).toEqual({
      out: '',
      err: missing,
      status: 0,
    });
  });

  it('empty patterns and -f of an empty file', () => {
    const files = { empty: '' };
    for (const m of ['-E', '-F']) {
      expect(grep([m, '-e', ''], { stdin: '\n' })).toEqual({ out: '\n', err: '', status: 0 });
      expect(grep([m, '-f', 'empty'], { stdin: 'abcd\n', files }).status).toBe(1);
      expect(grep([m, '-f', 'empty', '-e', 'abcd'], { stdin: 'abcd\n', files }).status).toBe(0);
      expect(grep([m, '-e', ''], { stdin: 'abcd\n' }).status).toBe(0);
    }
    for (const opts of [
      ['-E', '-w'],
      ['-E', '-x'],
      ['-E', '-w', '-x'],
      ['-F', '-w'],
      ['-F', '-x'],
      ['-F', '-w', '-x'],
    ]) {
      expect(grep([...opts, '-e', ''], { stdin: '\n' }).status).toBe(0);
      expect(grep([...opts, '-f', 'empty'], { stdin: 'abcd\n', files }).status).toBe(1);
      expect(grep([...opts, '-f', 'empty', '-e', ''], { stdin: 'abcd\n', files }).status).toBe(1);
    }
  });

  it('-E intervals, -G escaped intervals, -F literal text, two anchored patterns', () => {
    expect(grep(['-E', '-e', 'c{3}'], { stdin: 'abababccccccd\n' }).status).toBe(0);
    expect(grep(['-G', '-e', 'c\\{3\\}'], { stdin: 'abababccccccd\n' }).status).toBe(0);
    expect(grep(['-F', '-e', 'c\\{3\\}'], { stdin: 'abababccccccd\n' }).status).toBe(1);
    expect(grep(['-e', '^hello', '-e', 'hello$'], { stdin: 'abchelloabc\n' }).status).toBe(1);
  });
});

describe('grep usage errors (src/grep.c, glibc getopt_long and regcomp texts)', () => {
  const cases: Array<[string[], string]> = [
    [['-A', 'x', 'a'], 'grep: x: invalid context length argument\n'],
    [['-C', '-1', 'a'], 'grep: -1: invalid context length argument\n'],
    [['--after-context=2x', 'a'], 'grep: 2x: invalid context length argument\n'],
    [['-m', 'many', 'a'], 'grep: invalid max count\n'],
    [['-k', 'a'], `grep: invalid option -- 'k'\n${USAGE}`],
    [['-A'], `grep: option requires an argument -- 'A'\n${USAGE}`],
    [['--frobnicate', 'a'], `grep: unrecognized option '--frobnicate'\n${USAGE}`],
    [['--count=3', 'a'], `grep: option '--count' doesn't allow an argument\n${USAGE}`],
    [['a', '--context'], `grep: option '--context' requires an argument\n${USAGE}`],
    [
      ['--co', 'a'],
      `grep: option '--co' is ambiguous; possibilities: '--context' '--color' '--colour' '--count'\n${USAGE}`,
    ],
    [['-E', '-F', 'a'], 'grep: conflicting matchers specified\n'],
    [[], USAGE],
    [['-f', 'nope', 'a'], 'grep: nope: No such file or directory\n'],
    [['['], 'grep: Invalid regular expression\n'],
    [['a['], 'grep: Invalid regular expression\n'],
    [['[^'], 'grep: Invalid regular expression\n'],
    [['[a'], 'grep: Unmatched [, [^, [:, [., or [=\n'],
    [['[['], 'grep: Unmatched [, [^, [:, [., or [=\n'],
    [['-E', '(a'], 'grep: Unmatched ( or \\(\n'],
    [['\\(a'], 'grep: Unmatched ( or \\(\n'],
    [['a\\)'], 'grep: Unmatched ) or \\)\n'],
    [['a\\{1'], 'grep: Unmatched \\{\n'],
    [['a\\{2,1\\}'], 'grep: Invalid content of \\{\\}\n'],
    [['[[:nope:]]'], 'grep: Invalid character class name\n'],
    [['[:space:]'], 'grep: character class syntax is [[:space:]], not [:space:]\n'],
    [['[z-a]'], 'grep: Invalid range end\n'],
    [['a\\'], 'grep: Trailing backslash\n'],
    [['\\(a\\)\\2'], 'grep: Invalid back reference\n'],
  ];
  it.each(cases)('grep %j', (argv, err) => {
    expect(grep(argv, { stdin: 'a\n' })).toEqual({ out: '', err, status: 2 });
  });

  it('--color=WHEN that is no WHEN prints the help, as grep.c does', () => {
    const r = grep(['--color=sometimes', 'a'], { stdin: 'a\n' });
    expect(r.status).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'Usage: grep [OPTION]... PATTERNS [FILE]...',
      'Search for PATTERNS in each FILE.',
    ]);
  });
});

describe('grep over files', () => {
  const files = { 'a/1': 'aa bb cc\n', 'a/2': 'bb dd ff\n', 'a/3': 'ff gg hh\n', 'a/4': 'bb xx zz\n' };

  it('-r names the files below a directory; -w matches whole words (tests/word-multi-file)', () => {
    expect(grep(['-rw', 'bb', 'a'], { files })).toEqual({
      out: 'a/1:aa bb cc\na/2:bb dd ff\na/4:bb xx zz\n',
      err: '',
      status: 0,
    });
    expect(grep(['-w', 'bb', 'a/1', 'a/2', 'a/3', 'a/4'], { files }).out).toBe(
      'a/1:aa bb cc\na/2:bb dd ff\na/4:bb xx zz\n',
    );
  });

  it('-r with no operand searches the working directory without "./" (tests/r-dot)', () => {
    expect(grep(['-r', 'aaa'], { files: { a: 'aaa\n', b: 'bbb\n' } }).out).toBe('a:aaa\n');
    expect(grep(['-r', 'aaa', 'a', 'b'], { files: { a: 'aaa\n', b: 'bbb\n' } }).out).toBe('a:aaa\n');
  });

  it('a directory without -r is an error; -r on one file prints no name', () => {
    expect(grep(['bb', 'a'], { files })).toEqual({ out: '', err: 'grep: a: Is a directory\n', status: 2 });
    expect(grep(['-r', 'bb', 'a/1'], { files }).out).toBe('aa bb cc\n');
  });

  it('-c, -l, -L, -H, -h, --label, -Z', () => {
    expect(grep(['-c', 'bb', 'a/1', 'a/3'], { files }).out).toBe('a/1:1\na/3:0\n');
    expect(grep(['-l', 'bb', 'a/1', 'a/3', 'a/4'], { files }).out).toBe('a/1\na/4\n');
    expect(grep(['-L', 'bb', 'a/1', 'a/3', 'a/4'], { files })).toEqual({ out: 'a/3\n', err: '', status: 0 });
    expect(grep(['-H', 'bb', 'a/1'], { files }).out).toBe('a/1:aa bb cc\n');
    expect(grep(['-h', 'bb', 'a/1', 'a/2'], { files }).out).toBe('aa bb cc\nbb dd ff\n');
    expect(grep(['-H', '--label=pods', 'x'], { stdin: 'x\n' }).out).toBe('pods:x\n');
    expect(grep(['-lZ', 'bb', 'a/1'], { files }).out).toBe('a/1\0');
    expect(grep(['-HZ', '-n', 'bb', 'a/1'], { files }).out).toBe('a/1\x001:aa bb cc\n');
  });

  it('a group separator between the groups of two files', () => {
    const two = { x: 'a\nb\n', y: 'c\na\n' };
    expect(grep(['-A1', 'a', 'x', 'y'], { files: two }).out).toBe('x:a\nx-b\n--\ny:a\n');
  });
});

describe('grep in the learner shell', () => {
  it('kubectl describe pod | grep -A5 Events: the Events line and the five after it', () => {
    const { session, run } = terminal('1.35');
    const job =
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pi\nspec:\n  template:\n    spec:\n      containers:\n      - name: pi\n        image: busybox\n        command: ["sh", "-c", "exit 0"]\n      restartPolicy: Never\n';
    session.fs.write('job.yaml', job);
    run('kubectl apply -f job.yaml');
    run('sleep 30');
    const pod = run('kubectl get pods -o name').stdout.trim();
    const describe = run(`kubectl describe ${pod}`).stdout.split('\n');
    const at = describe.indexOf('Events:');
    expect(at).toBeGreaterThan(0);
    expect(run(`kubectl describe ${pod} | grep -A5 Events`)).toEqual({
      stdout: `${describe.slice(at, at + 6).join('\n')}\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(run(`kubectl describe ${pod} | grep -inA2 events`).stdout).toBe(
      `${describe
        .slice(at, at + 3)
        .map((line, k) => `${at + 1 + k}${k === 0 ? ':' : '-'}${line}`)
        .join('\n')}\n`,
    );
  });

  it('filters a running watch with leading context, live', () => {
    const h = shellHarness();
    h.type('kubectl get pods -w | grep -n -B1 -- -2');
    const chunks: string[] = [];
    h.shell.onOutput((c) => chunks.push(c.text));
    h.clock.advanceBy(15_000);
    expect(chunks.join('')).toBe('2-pod-1   Running\n3:pod-2   Running\n');
    h.shell.interrupt();
  });

  it('-m1 ends a watch: grep exits after its match, the watch dies of SIGPIPE at its next row', () => {
    const h = shellHarness();
    h.type('kubectl get pods -w | grep -m1 -- -2; echo "status $?"');
    const chunks: string[] = [];
    h.shell.onOutput((c) => chunks.push(c.text));
    h.clock.advanceBy(10_000);
    expect(chunks.join('')).toBe('pod-2   Running\n');
    expect(h.shell.busy).toBe(true);
    h.clock.advanceBy(5_000);
    expect(h.shell.busy).toBe(false);
    expect(chunks.join('')).toBe('pod-2   Running\nstatus 0\n');
  });

  it('--color=auto colours a live filter on the terminal, not into a pipe; warnings come at once', () => {
    const h = shellHarness();
    h.type("kubectl get pods -w | grep -E --color=auto '*pod-2'");
    const chunks: string[] = [];
    h.shell.onOutput((c) => chunks.push(c.text));
    h.clock.advanceBy(10_000);
    expect(chunks.join('')).toBe('\x1b[01;31m\x1b[Kpod-2\x1b[m\x1b[K   Running\n');
    h.shell.interrupt();
    expect(h.records.at(-1)?.stderr).toBe('grep: warning: * at start of expression\n');
    h.type('kubectl get pods -w | grep --color=auto -- -2 > out.txt');
    h.clock.advanceBy(10_000);
    h.shell.interrupt();
    expect(h.fs.read('out.txt')).toBe('pod-2   Running\n');
  });

  it('-q ends a watch the same way, silently', () => {
    const h = shellHarness();
    h.type('kubectl get pods -w | grep -q -- -1; echo $?');
    h.clock.advanceBy(10_000);
    expect(h.shell.busy).toBe(false);
    expect(h.records.at(-1)?.stdout ?? '').toContain('0\n');
  });
});

describe('grep pattern warnings (gnulib dfa.c; captures of Debian grep 3.8-5)', () => {
  it("no warning for a backslash before an ordinary character (Debian drops upstream's), which matches it", () => {
    expect(grep(['\\d'], { stdin: 'd\n1\n' })).toEqual({ out: 'd\n', err: '', status: 0 });
    for (const argv of [['\\/'], ['\\]'], ['\\}'], ['-E', 'a\\ b'], ['x\\-'], ['a\\.b\\*\\[x]*'], ['\\-x']]) {
      expect(grep(argv, { stdin: 'x\n' }).err, argv.join(' ')).toBe('');
    }
  });

  it('warns about a repetition at the start of an extended expression, which matches as if absent', () => {
    expect(grep(['-E', '*a'], { stdin: 'a\n' })).toEqual({
      out: 'a\n',
      err: 'grep: warning: * at start of expression\n',
      status: 0,
    });
    expect(grep(['-E', 'x|+a'], { stdin: 'a\n' }).err).toBe('grep: warning: + at start of expression\n');
    expect(grep(['*a'], { stdin: '*a\na\n' })).toEqual({ out: '*a\n', err: '', status: 0 });
  });
});

describe('grep pattern syntax', () => {
  it('ERE: an unmatched ) and a { that starts no interval are ordinary characters', () => {
    expect(grep(['-E', 'a)'], { stdin: 'a)\n' }).out).toBe('a)\n');
    expect(grep(['-E', 'a{x'], { stdin: 'a{x\n' }).out).toBe('a{x\n');
  });

  it('bracket expressions: classes, a leading ], a literal backslash', () => {
    expect(grep(['-o', '[[:digit:]]\\+'], { stdin: 'pod-42 age 7d\n' }).out).toBe('42\n7\n');
    expect(grep(['-c', '[]x]'], { stdin: ']\nx\ny\n' }).out).toBe('2\n');
    expect(grep(['[\\]'], { stdin: 'a\\b\nab\n' }).out).toBe('a\\b\n');
  });
});

describe('grep -r with --include, --exclude, --exclude-dir (tests/include-exclude)', () => {
  const files = { 'x/a': 'aaa\n', 'x/b': 'bbb\n', 'x/dir/d': 'ddd\n' };
  const sorted = (argv: string[], f: Record<string, string> = files) =>
    grep(argv, { files: f }).out.split('\n').filter(Boolean).sort().join('\n');
  const notA = 'x/b:bbb\nx/dir/d:ddd';
  const notDir = 'x/a:aaa\nx/b:bbb';

  it.each([
    [['--exclude=a*'], notA],
    [['--exclude=Rumpelstiltskin', '--include=a*', '--exclude=a*'], notA],
    [['--exclude=[ab]'], 'x/dir/d:ddd'],
    [['--exclude=*d'], notDir],
    [['--exclude-dir=dir'], notDir],
    [['--exclude-dir=dir/'], notDir],
    [['--include=a'], 'x/a:aaa'],
    [['--include=a*'], 'x/a:aaa'],
  ])('grep -r %j . x', (opts, expected) => {
    expect(sorted(['-r', ...opts, '.', 'x'])).toBe(expected);
  });

  it('--exclude-dir=. does not leave out the working directory itself; stdin is never excluded', () => {
    expect(grep(['-r', '--exclude-dir=.', '^aaa$'], { files: { a: 'aaa\n', b: 'bbb\n', 'dir/d': 'ddd\n' } }).out).toBe(
      'a:aaa\n',
    );
    expect(grep(['--exclude=-', '^aaa$', '-'], { stdin: 'aaa\n' }).out).toBe('aaa\n');
  });

  it('an excluded directory operand is skipped in silence', () => {
    for (const exclude of ['x', 'x*']) {
      expect(grep(['-rl', `--exclude-dir=${exclude}`, '.', 'x'], { files })).toEqual({ out: '', err: '', status: 1 });
    }
    for (const exclude of ['x', 'x*', './x', './x*']) {
      expect(grep(['-rl', `--exclude-dir=${exclude}`, '.', './x'], { files }).out).toBe('');
    }
  });
});

describe('grep -T (tests/initial-tab) and separators across inputs', () => {
  it('a tab after the prefixes, line numbers as wide as the file size allows', () => {
    const files = { in: 'x\n\n', in1: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n', empty: '' };
    expect(grep(['-T', '^', 'in'], { files }).out).toBe('x\n\n');
    expect(grep(['-T', '^', 'in', 'empty'], { files }).out).toBe('in:\tx\nin:\n');
    expect(grep(['-Tn', 'a', 'in1', 'empty'], { files }).out).toBe('in1: 1:\ta\n');
  });

  it("a group separator before a later input's first group, even on its first line", () => {
    expect(grep(['-A1', 'a', 'x', 'y'], { files: { x: 'a\nb\n', y: 'a\n' } }).out).toBe('x:a\nx-b\n--\ny:a\n');
  });
});

describe('grep -d ACTION (--directories, gnulib argmatch)', () => {
  const files = { 'x/a': 'aaa\n', b: 'aaa\n' };

  it('read (an error for a directory), skip (silence), recurse (-r), prefixes of them', () => {
    expect(grep(['-d', 'read', 'aaa', 'x', 'b'], { files })).toEqual({
      out: 'b:aaa\n',
      err: 'grep: x: Is a directory\n',
      status: 2,
    });
    expect(grep(['-d', 'skip', 'aaa', 'x', 'b'], { files })).toEqual({ out: 'b:aaa\n', err: '', status: 0 });
    expect(grep(['--directories=rec', 'aaa', 'x', 'b'], { files }).out).toBe('x/a:aaa\nb:aaa\n');
    expect(grep(['-r', '-d', 's', 'aaa', 'x', 'b'], { files }).out).toBe('b:aaa\n');
  });

  it('an invalid or ambiguous ACTION lists the valid ones and exits 1 (ARGMATCH_DIE is usage (EXIT_FAILURE))', () => {
    const valid = "Valid arguments are:\n  - 'read'\n  - 'recurse'\n  - 'skip'\n";
    expect(grep(['-d', 'jump', 'a'], { files })).toEqual({
      out: '',
      err: `grep: invalid argument 'jump' for '--directories'\n${valid}${USAGE}`,
      status: 1,
    });
    expect(grep(['-dre', 'a'], { files }).err).toBe(
      `grep: ambiguous argument 're' for '--directories'\n${valid}${USAGE}`,
    );
  });
});

describe('grep takes the longest match, as POSIX does', () => {
  it('-o prints the longest alternative at a position, whatever their order', () => {
    expect(grep(['-oE', 'Runn|Running'], { stdin: 'pod-1 Running\n' }).out).toBe('Running\n');
    expect(grep(['-o', 'a\\|ab\\|abc'], { stdin: 'abcd\n' }).out).toBe('abc\n');
    expect(grep(['-oE', '(a|ab)c'], { stdin: 'abc\n' }).out).toBe('abc\n');
  });
});

describe('grep -z (tests/z-anchor-newline)', () => {
  it('anchors hold at the ends of a NUL-ended line, and brackets do not match its newline', () => {
    for (const pattern of ['^[a-b]*$', 'a[a-b]*$', '^[a-b]*b', '^[ab]*$', 'a[ab]*$', '^[ab]*b']) {
      expect(grep(['-z', pattern, 'in'], { files: { in: 'a\nb\0' } }), pattern).toEqual({
        out: '',
        err: '',
        status: 1,
      });
    }
  });

  it('prints the selected lines with their NUL', () => {
    expect(grep(['-z', 'b'], { stdin: 'a\nb\0c\0' })).toEqual({ out: 'a\nb\0', err: '', status: 0 });
  });
});

describe('grep on a file with a NUL byte (src/grep.c: binary files)', () => {
  const files = { f: 'a\0\nb a\n' };

  it('reports a match on stderr instead of printing lines; -c still counts them', () => {
    expect(grep(['a', 'f'], { files })).toEqual({ out: '', err: 'grep: f: binary file matches\n', status: 0 });
    expect(grep(['-c', 'a', 'f'], { files })).toEqual({ out: '2\n', err: '', status: 0 });
    expect(grep(['-l', 'a', 'f'], { files })).toEqual({ out: 'f\n', err: '', status: 0 });
  });

  it('-a prints it as text, -I (--binary-files=without-match) passes over it', () => {
    expect(grep(['-a', 'a', 'f'], { files }).out).toBe('a\0\nb a\n');
    expect(grep(['-I', 'a', 'f'], { files })).toEqual({ out: '', err: '', status: 1 });
    expect(grep(['--binary-files=text', 'b', 'f'], { files }).out).toBe('b a\n');
  });
});

describe('grep reports every invalid pattern, with FILE:LINE for -f (tests/filename-lineno.pl)', () => {
  const unmatched = 'Unmatched [, [^, [:, [., or [=';
  const err = (...where: string[]) => where.map((w) => `grep: ${w}${unmatched}\n`).join('');

  it.each([
    ['invalid-re', ['-f', 'g'], { g: '1\n2\n3\n4[[\n' }, err('g:4: ')],
    [
      'invalid-re-2-files',
      ['-f', 'g', '-f', 'h'],
      { g: '1\n2[[\n3\n4[[\n', h: '5\n6\n7[[\n' },
      err('g:2: ', 'g:4: ', 'h:3: '),
    ],
    [
      'invalid-re-2-files2',
      ['-f', 'g', '-f', 'h'],
      { g: '1[[\n2\n3[[\n4\n', h: '5[[\n6[[\n7\n' },
      err('g:1: ', 'g:3: ', 'h:1: ', 'h:2: '),
    ],
    [
      'invalid-re-line-numbers',
      ['-f', 'g', '-f', 'h'],
      { g: '1[[\n\n3[[\n\n5[[\n', h: '1[[\n\n\n4[[\n\n6[[\n' },
      err('g:1: ', 'g:3: ', 'g:5: ', 'h:4: ', 'h:6: '),
    ],
    ['invalid-re-2e', ['-e', '1[[', '-e', '2[['], {}, err('', '')],
  ])('%s', (_, argv, files, expected) => {
    expect(grep(argv as string[], { files: files as Record<string, string> })).toEqual({
      out: '',
      err: expected,
      status: 2,
    });
  });

  it('an unmatched ) is fine in -E, an error in -G and -P', () => {
    expect(grep(['-E', ')'], { stdin: '' }).status).toBe(1);
    expect(grep(['-E', '.*)'], { stdin: '' }).status).toBe(1);
    expect(grep(['-G', '\\)'])).toEqual({ out: '', err: 'grep: Unmatched ) or \\)\n', status: 2 });
    expect(grep(['-G', 'a.*\\)'])).toEqual({ out: '', err: 'grep: Unmatched ) or \\)\n', status: 2 });
    expect(grep(['-P', ')'])).toEqual({ out: '', err: 'grep: unmatched closing parenthesis\n', status: 2 });
    expect(grep(['-P', 'a.*)'])).toEqual({ out: '', err: 'grep: unmatched closing parenthesis\n', status: 2 });
  });
});

describe("captures of Debian's GNU grep 3.8-5 (tests/fixtures/grep-debian-captures.txt)", () => {
  const CAPTURE_FILES = {
    'pods.txt': 'NAME    READY   STATUS\njob-1   0/1     Completed\njob-2   0/1     Error\njob-2b  0/1     Error\n',
    'd.txt':
      'Name: x\nEvents:\n  Type Reason\n  ---- ------\n  Normal Scheduled\n  Normal Pulled\n  Normal Created\n  Normal Started\nEnd\n',
    'x/a': 'aaa\n',
    'x/b': 'bbb\n',
    'x/dir/d': 'ddd\n',
    // No newline at its end.
    'nl.txt': 'foo bar\nfoobar\nbar foo\nxfoo\n\nfoo\nend',
  };
  const text = readFileSync(new URL('../../../../fixtures/grep-debian-captures.txt', import.meta.url), 'utf8');
  const cases = text
    .split(/^=== grep /m)
    .slice(1)
    .map((block) => {
      const newline = block.indexOf('\n');
      const [out, err] = block.slice(newline + 1).split('\n--stderr\n') as [string, string];
      return [block.slice(0, newline), out, err.replace(/\n+$/, '')] as const;
    });

  it('holds 113 commands', () => {
    expect(cases).toHaveLength(113);
  });

  it.each(cases)('grep %s', (line, out, err) => {
    const argv = shellWords(line, new Map());
    const r = grep(argv, { stdin: CAPTURE_FILES['pods.txt'], files: CAPTURE_FILES });
    // As bash's $(…) shows it; a -r walk's order is the directory's (unspecified), so those lines are sorted.
    const sortIfWalk = (s: string) => (argv.some((a) => /^-\w*r/.test(a)) ? s.split('\n').sort().join('\n') : s);
    expect(sortIfWalk(`${r.out.replaceAll('\0', '')}?${r.status}`)).toBe(sortIfWalk(out));
    expect(r.err.replace(/\n+$/, '')).toBe(err);
  });
});
