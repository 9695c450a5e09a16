// A command as bash prints it back in job lines (`[1]+  Done                    sleep 30`): bash rebuilds the text
// from the parsed command (print_cmd.c make_command_string), so extra blanks go and redirections are written
// `> file`, `2>&1`. Simple commands, pipelines and `&&`/`||` lists are printed as bash does; compound commands
// (which bash spreads over several indented lines) are written on one line.

import type { AndOr, Command, CommandList, Pipeline, Redirect } from './ast.ts';

export function andOrText(andOr: AndOr): string {
  let text = pipelineText(andOr.first);
  for (const link of andOr.rest) text += ` ${link.op} ${pipelineText(link.pipeline)}`;
  return text;
}

function pipelineText(pipeline: Pipeline): string {
  return (pipeline.negated ? '! ' : '') + pipeline.commands.map(commandText).join(' | ');
}

function listText(list: CommandList): string {
  return list.items.map((item) => `${andOrText(item)}${item.background ? ' &' : ';'}`).join(' ');
}

function commandText(command: Command): string {
  const redirects = command.redirects.map(redirectText);
  switch (command.type) {
    case 'simple':
      return [
        ...command.assignments.map((a) => `${a.name}${a.append ? '+=' : '='}${a.value.raw}`),
        ...command.words.map((w) => w.raw),
        ...redirects,
      ].join(' ');
    case 'group':
      return withRedirects(`{ ${listText(command.body)} }`, redirects);
    case 'subshell':
      return withRedirects(`( ${listText(command.body).replace(/;$/, '')} )`, redirects);
    case 'for': {
      const items = command.items ? ` in ${command.items.map((w) => w.raw).join(' ')}` : '';
      return withRedirects(`for ${command.variable}${items}; do ${listText(command.body)} done`, redirects);
    }
    case 'while':
    case 'until':
      return withRedirects(
        `${command.type} ${listText(command.condition)} do ${listText(command.body)} done`,
        redirects,
      );
    case 'if': {
      const [first, ...rest] = command.branches;
      let text = first ? `if ${listText(first.condition)} then ${listText(first.body)}` : 'if';
      for (const branch of rest) text += ` elif ${listText(branch.condition)} then ${listText(branch.body)}`;
      if (command.elseBody) text += ` else ${listText(command.elseBody)}`;
      return withRedirects(`${text} fi`, redirects);
    }
    case 'arith':
      return withRedirects(`((${command.source}))`, redirects);
    case 'arith-for':
      return withRedirects(
        `for ((${command.init};${command.condition};${command.update})); do ${listText(command.body)} done`,
        redirects,
      );
    case 'cond':
      return withRedirects(`[[ ${command.items.map((item) => item.word.raw).join(' ')} ]]`, redirects);
    case 'case':
      return withRedirects(
        `case ${command.subject.raw} in ${command.arms
          .map((arm) => `${arm.patterns.map((p) => p.raw).join(' | ')}) ${listText(arm.body)};`)
          .join(' ')} esac`,
        redirects,
      );
    case 'function':
      return `${command.name} () ${commandText(command.body)}`;
  }
}

function withRedirects(text: string, redirects: string[]): string {
  return [text, ...redirects].join(' ');
}

/** print_cmd.c print_redirection: `> file`, `2> file`, `>> file`; duplications `2>&1` stay joined. */
function redirectText(r: Redirect): string {
  const fd = r.fd === undefined ? '' : String(r.fd);
  if (r.op === '>&' || r.op === '<&' || r.op === '<<' || r.op === '<<-') return `${fd}${r.op}${r.target.raw}`;
  return `${fd}${r.op} ${r.target.raw}`;
}
