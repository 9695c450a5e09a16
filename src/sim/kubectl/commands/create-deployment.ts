// `kubectl create deployment NAME --image=IMG [--image=…] [--replicas=N] [--port=P] -- [COMMAND] [args…]` (alias
// `deploy`; kubectl pkg/cmd/create/create_deployment.go, the same object at v0.22.0 and v0.35.0): --image is a
// cobra-required StringSlice; createDeployment builds labels and selector app=NAME, replicas, one container per
// image named after the image (buildPodSpec: last path segment, tag and digest cut, `_`/`.` made `-` plus five
// random characters), the command after `--` on every container, --port as the first container's containerPort;
// Validate refuses several images with a command; API errors are wrapped as `failed to create deployment: …`;
// prints `deployment.apps/NAME created`.

import { Random } from '../../random.ts';
import type { Command, CommandEnv } from '../command.ts';
import { createDeploymentDefinition } from '../definitions/create-deployment.ts';
import type { Flags } from '../flags.ts';
import { outputFormatOrThrow } from '../output-format.ts';
import { createAndPrint, nameFromCommandArgs } from './create-object.ts';
import { parseDryRun } from './dry-run.ts';

/**
 * buildPodSpec's container name. sanitizeAndUniquify's suffix is utilrand.String(5), random in kubectl: here drawn
 * from a stream seeded by the image, so a replayed session names the container the same (UNVERIFIED by nature).
 */
export function containerNameForImage(image: string): string {
  let name = image.split('/').at(-1) ?? image;
  if (name.includes(':')) name = name.split(':')[0]!;
  if (name.includes('@')) name = name.split('@')[0]!;
  if (/[_.]/.test(name)) {
    let seed = 0;
    for (const ch of image) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) >>> 0;
    name = `${name.replaceAll('_', '-').replaceAll('.', '-')}-${new Random(seed).suffix(5)}`;
  }
  return name;
}

function build(name: string, images: readonly string[], replicas: number, port: number, command: string[]) {
  const labels = { app: name };
  const containers: Array<Record<string, unknown>> = images.map((image) => ({
    name: containerNameForImage(image),
    image,
    ...(command.length > 0 ? { command } : {}),
    resources: {},
  }));
  if (port >= 0 && containers.length > 0) containers[0]!.ports = [{ containerPort: port }];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { ...labels } } as Record<string, unknown>,
    spec: {
      replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { labels: { ...labels } } as Record<string, unknown>, spec: { containers } },
    },
  };
}

/**
 * `--dry-run=client -o yaml`: Go's encoder writes the empty strategy struct (`strategy: {}`), each ObjectMeta's zero
 * creationTimestamp as null on 1.22's kubectl (not on 1.35's), and `status: {}`.
 */
function clientView(obj: ReturnType<typeof build>, env: CommandEnv): Record<string, unknown> {
  const copy = structuredClone(obj);
  const nullStamp = env.profile.dryRunNullCreationTimestamp;
  const metadata = nullStamp ? { creationTimestamp: null, ...copy.metadata } : copy.metadata;
  const template = copy.spec.template;
  const templateMeta = nullStamp ? { creationTimestamp: null, ...template.metadata } : template.metadata;
  return {
    ...copy,
    metadata,
    spec: { ...copy.spec, strategy: {}, template: { ...template, metadata: templateMeta } },
    status: {},
  };
}

function runCreateDeployment(flags: Flags, env: CommandEnv, path: string): ReturnType<NonNullable<Command['run']>> {
  // cobra's ValidateRequiredFlags runs before Run.
  if (!flags.changed('image')) throw new Error('required flag(s) "image" not set');
  const name = nameFromCommandArgs(flags, path);
  const command = flags.positionals.slice(1);
  const images = flags.list('image');
  const format = outputFormatOrThrow(flags, env.ctx.fs);
  const dryRun = parseDryRun(flags.string('dry-run'));
  if (images.length > 1 && command.length > 0) throw new Error('cannot specify multiple --image options and command');
  const deployment = build(name, images, flags.int('replicas'), flags.int('port'), command);
  if (flags.bool('save-config')) {
    deployment.metadata.annotations = {
      'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(deployment)}\n`,
    };
  }
  if (env.namespaceExplicit) deployment.metadata.namespace = env.namespace;
  return createAndPrint(flags, env, format, dryRun, {
    object: deployment,
    clientView: clientView(deployment, env),
    resource: 'deployment.apps',
    namespaced: true,
    wrapError: 'failed to create deployment',
  });
}

export const createDeploymentCommand: Command = {
  ...createDeploymentDefinition,
  run: runCreateDeployment,
};
