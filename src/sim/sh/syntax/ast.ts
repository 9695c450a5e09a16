// The syntax tree of the small POSIX shell (plus the bash extensions learners type) that container commands
// run in. Words keep their raw text; words.ts splits them into parts (quotes, $VAR, $(…), $((…))).

export type WordPart =
  | { type: 'lit'; text: string; quoted: boolean }
  | { type: 'param'; name: string; op: ParamOp | undefined; arg: Word | undefined; quoted: boolean }
  | { type: 'length'; name: string; quoted: boolean }
  | { type: 'cmdsub'; source: string; quoted: boolean }
  | { type: 'arith'; source: string; quoted: boolean }
  | { type: 'tilde'; quoted: false };

/** `${x:-y}` family, `${x#p}` family, bash's `${x/a/b}` and `${x:off:len}`. */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | '/' | '//' | ':';

export interface Word {
  raw: string;
  parts: WordPart[];
}

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '>|' | '<<<' | '<<' | '<<-';

export interface Redirect {
  fd: number | undefined;
  op: RedirectOp;
  /** For `<<`/`<<-`: the delimiter as typed (the body is in `heredoc`). */
  target: Word;
  /** For `<<`/`<<-`: the here-document, its body read from the lines after the redirection's line. */
  heredoc?: Heredoc;
}

/** A here-document: the body is filled in when the lexer reaches the lines after the `<<` (heredoc.ts). */
export interface Heredoc extends HeredocSpec {
  /** As typed (tabs stripped for `<<-`), each line newline-terminated; expanded when the command reads it. */
  body: string;
}

/** A here-document's delimiter: its body is the lines after the one with the `<<`, up to `delimiter`. */
export interface HeredocSpec {
  delimiter: string;
  /** `<<'EOF'` / `<<"EOF"` / `<<\EOF`: the body is taken literally (no expansion). */
  quoted: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines and the delimiter line. */
  stripTabs: boolean;
}

export interface Assignment {
  name: string;
  value: Word;
  append: boolean;
}

export interface SimpleCommand {
  type: 'simple';
  line: number;
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface IfCommand {
  type: 'if';
  branches: Array<{ condition: CommandList; body: CommandList }>;
  elseBody: CommandList | undefined;
  redirects: Redirect[];
}

export interface LoopCommand {
  type: 'while' | 'until';
  condition: CommandList;
  body: CommandList;
  redirects: Redirect[];
}

export interface ForCommand {
  type: 'for';
  variable: string;
  /** undefined = `for x; do` (iterates "$@"). */
  items: Word[] | undefined;
  body: CommandList;
  redirects: Redirect[];
}

export interface ArithForCommand {
  type: 'arith-for';
  line: number;
  init: string;
  condition: string;
  update: string;
  body: CommandList;
  redirects: Redirect[];
}

export interface CaseCommand {
  type: 'case';
  subject: Word;
  arms: Array<{ patterns: Word[]; body: CommandList }>;
  redirects: Redirect[];
}

export interface GroupCommand {
  type: 'group' | 'subshell';
  body: CommandList;
  redirects: Redirect[];
}

export interface ArithCommand {
  type: 'arith';
  line: number;
  source: string;
  redirects: Redirect[];
}

/** bash `[[ … ]]`: the words between the brackets, operators kept as plain strings. */
export interface CondCommand {
  type: 'cond';
  line: number;
  items: Array<{ word: Word; operator: boolean }>;
  redirects: Redirect[];
}

export interface FunctionDefinition {
  type: 'function';
  name: string;
  body: Command;
  redirects: Redirect[];
}

export type Command =
  | SimpleCommand
  | IfCommand
  | LoopCommand
  | ForCommand
  | ArithForCommand
  | CaseCommand
  | GroupCommand
  | ArithCommand
  | CondCommand
  | FunctionDefinition;

export interface Pipeline {
  negated: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }>;
  background: boolean;
}

export interface CommandList {
  items: AndOr[];
}
