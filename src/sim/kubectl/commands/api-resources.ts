// `kubectl api-resources` (kubectl pkg/cmd/apiresources): NAME SHORTNAMES APIVERSION NAMESPACED KIND, sorted
// by group then name, laid out by the same tabwriter as tables.
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { boolFlag, type Flags, stringFlag } from '../flags.ts';
import { apiResourcesHelp } from '../help/api-resources.ts';
import { KUBECTL_TABLE_OPTIONS, Tabwriter } from '../printers/tabwriter.ts';
import { RESOURCE_TYPES } from '../resources.ts';

function runApiResources(flags: Flags, env: CommandEnv): ProgramResult {
  const wanted = flags.changed('namespaced') ? flags.bool('namespaced') : undefined;
  const types = [...RESOURCE_TYPES]
    .filter((t) => wanted === undefined || t.namespaced === wanted)
    .sort((a, b) => (a.group === b.group ? a.resource.localeCompare(b.resource) : a.group.localeCompare(b.group)));
  const writer = new Tabwriter(KUBECTL_TABLE_OPTIONS);
  if (flags.string('output') === 'name') {
    for (const t of types) env.io.out(`${t.group ? `${t.resource}.${t.group}` : t.resource}\n`);
    return OK;
  }
  if (!flags.bool('no-headers')) writer.write('NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n');
  for (const t of types) {
    const apiVersion = t.group ? `${t.group}/${t.version}` : t.version;
    writer.write(`${t.resource}\t${t.shortNames.join(',')}\t${apiVersion}\t${t.namespaced}\t${t.kindName}\n`);
  }
  writer.flush();
  env.io.out(writer.output());
  return OK;
}

export const apiResourcesCommand: Command = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  flags: [
    boolFlag('namespaced'),
    boolFlag('no-headers'),
    stringFlag('output', 'o'),
    stringFlag('api-group'),
    boolFlag('cached'),
  ],
  help: apiResourcesHelp,
  run: runApiResources,
};
