// `kubectl describe` (kubectl pkg/describe/describe.go): resolves the objects (by name, by name prefix as
// kubectl does, or all of a type) and hands each to the describer, separated by a blank line.
// TODO(printers): describers for job/pod/cronjob come from src/sim/kubectl/printers/describe once they land;
// until then this prints only the Name/Namespace header.

import type { KubeObject } from '../../api/types.ts';
import type { ProgramResult } from '../../shell/program.ts';
import { type Command, type CommandEnv, OK } from '../command.ts';
import { ExitError, formatError } from '../errors.ts';
import { boolFlag, type Flags, stringFlag } from '../flags.ts';
import { parseLabelSelector } from '../label-selector.ts';
import { parseResourceArgs } from '../resources.ts';
import { getObject, listObjects } from './get.ts';

function describeObject(obj: KubeObject): string {
  const ns = obj.metadata.namespace ? `Namespace:    ${obj.metadata.namespace}\n` : '';
  return `Name:         ${obj.metadata.name}\n${ns}`;
}

function runDescribe(flags: Flags, env: CommandEnv, path: string): ProgramResult {
  if (flags.positionals.length === 0) {
    throw new Error(
      `You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n`,
    );
  }
  const { types, refs } = parseResourceArgs(flags.positionals);
  const selector = flags.changed('selector') ? parseLabelSelector(flags.string('selector')) : undefined;
  const namespace = flags.bool('all-namespaces') ? undefined : env.namespace;
  const objects: KubeObject[] = [];
  const errors: unknown[] = [];
  for (const type of types) objects.push(...listObjects(env, type, namespace, selector));
  for (const ref of refs) {
    try {
      objects.push(getObject(env, ref.type, env.namespace, ref.name));
    } catch (e) {
      // describe.go: a missing exact name falls back to objects whose name starts with it.
      const prefixed = listObjects(env, ref.type, env.namespace, undefined).filter((o) =>
        o.metadata.name.startsWith(ref.name),
      );
      if (prefixed.length > 0) objects.push(...prefixed);
      else errors.push(e);
    }
  }
  env.io.out(objects.map(describeObject).join('\n\n'));
  if (types.length > 0 && objects.length === 0 && errors.length === 0) {
    env.io.err(`No resources found in ${env.namespace} namespace.\n`);
  }
  if (errors.length > 0) {
    for (const e of errors) env.io.err(formatError(e, env.profile));
    throw new ExitError(1);
  }
  void path;
  return OK;
}

export const describeCommand: Command = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  flags: [
    stringFlag('selector', 'l'),
    boolFlag('all-namespaces', 'A'),
    boolFlag('show-events'),
    { name: 'filename', shorthand: 'f', kind: 'stringSlice' },
  ],
  run: runDescribe,
};
