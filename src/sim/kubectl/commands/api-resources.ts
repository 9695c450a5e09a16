// `kubectl api-resources` (kubectl pkg/cmd/apiresources): NAME SHORTNAMES APIVERSION NAMESPACED KIND, sorted
// by group then name (or --sort-by name|kind, then name: sortableResource), filtered by --api-group, --namespaced,
// --verbs and --categories (apiresources.go RunAPIResources), laid out by the same tabwriter as tables.
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { apiResourcesDefinition } from '../definitions/api-resources.ts';
import type { Flags } from '../flags.ts';
import { KUBECTL_TABLE_OPTIONS, Tabwriter } from '../printers/tabwriter.ts';
import { RESOURCE_TYPES, servedVersion } from '../resources.ts';
import { minorOf } from '../version-minor.ts';

function runApiResources(flags: Flags, env: CommandEnv): ProgramResult {
  const sortBy = flags.string('sort-by');
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') throw new Error('--sort-by accepts only name or kind');
  const wanted = flags.changed('namespaced') ? flags.bool('namespaced') : undefined;
  const group = flags.changed('api-group') ? flags.string('api-group') : undefined;
  const verbs = flags.list('verbs');
  // The only category the simulated types belong to is `all`.
  const categories = flags.list('categories');
  const key = (t: (typeof RESOURCE_TYPES)[number]): string =>
    sortBy === 'name' ? t.resource : sortBy === 'kind' ? t.kindName : t.group;
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const types = [...RESOURCE_TYPES]
    .filter((t) => wanted === undefined || t.namespaced === wanted)
    .filter((t) => group === undefined || t.group === group)
    .filter((t) => verbs.every((v) => t.verbs.includes(v)))
    .filter((t) => categories.every((c) => c === 'all' && t.inAll))
    .sort((a, b) => compare(key(a), key(b)) || compare(a.resource, b.resource));
  const writer = new Tabwriter(KUBECTL_TABLE_OPTIONS);
  if (flags.string('output') === 'name') {
    for (const t of types) env.io.out(`${t.group ? `${t.resource}.${t.group}` : t.resource}\n`);
    return OK;
  }
  if (!flags.bool('no-headers')) writer.write('NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n');
  for (const t of types) {
    const version = servedVersion(t, minorOf(env));
    const apiVersion = t.group ? `${t.group}/${version}` : version;
    writer.write(`${t.resource}\t${t.shortNames.join(',')}\t${apiVersion}\t${t.namespaced}\t${t.kindName}\n`);
  }
  writer.flush();
  env.io.out(writer.output());
  return OK;
}

export const apiResourcesCommand: Command = {
  ...apiResourcesDefinition,
  run: runApiResources,
};
