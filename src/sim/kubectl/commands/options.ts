// `kubectl options` (kubectl pkg/cmd/options/options.go, v0.22.0 and v0.35.0): Run calls cmd.Usage(), whose
// template (templates.UseOptionsTemplates → OptionsUsageTemplate) lists the flags every command inherits; its
// help template is empty, so `kubectl options --help` and `kubectl help options` print nothing. Arguments are
// ignored (cobra's legacyArgs accepts any for a command without subcommands). The root help leaves `options`
// out of its groups (cmd.go filters it) but names it in its footer.
import { type Command, OK } from '../command.ts';
import { globalFlagsFor, homeOf } from '../definitions/global-flags.ts';
import { renderOptions } from '../help/layout.ts';

export const optionsCommand: Command = {
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  flags: [],
  helpText: () => '',
  run: (_flags, env) => {
    const inherited = globalFlagsFor(env.profile, homeOf(env.ctx.fs)).filter((f) => !f.hidden);
    env.io.out(renderOptions(inherited, env.profile));
    return OK;
  },
};
