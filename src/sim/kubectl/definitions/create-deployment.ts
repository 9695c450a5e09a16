// `kubectl create deployment`'s definition (kubectl pkg/cmd/create/create_deployment.go at v0.22.0 and v0.35.0:
// deploymentLong, deploymentExample, Use, Aliases `deploy`, --image (StringSlice, required), --port and
// --replicas/-r (Int32), the shared create flags). v0.30.0 added the multi-container example and reworded the
// --image and --port usages.
import type { Command } from '../command.ts';
import { int, slice } from '../definition.ts';
import { CREATE_OBJECT_FLAGS } from './shared-flags.ts';

export const createDeploymentDefinition: Omit<Command, 'run'> = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  flags: [
    slice('image', 'Image names to run. A deployment can have multiple images set for multi-container pod.', {
      before: { '1.30': { usage: 'Image names to run.' } },
    }),
    int('port', 'The containerPort that this deployment exposes.', {
      defaultValue: '-1',
      helpType: 'int32',
      before: { '1.30': { usage: 'The port that this container exposes.' } },
    }),
    int('replicas', 'Number of replicas to create. Default is 1.', {
      shorthand: 'r',
      defaultValue: '1',
      helpType: 'int32',
    }),
    ...CREATE_OBJECT_FLAGS,
  ],
  doc: {
    use: 'create deployment NAME --image=image -- [COMMAND] [args...]',
    long: `
      Create a deployment with the specified name.`,
    examples: [
      `# Create a deployment named my-dep that runs the busybox image
      kubectl create deployment my-dep --image=busybox`,
      `# Create a deployment with a command
      kubectl create deployment my-dep --image=busybox -- date`,
      `# Create a deployment named my-dep that runs the nginx image with 3 replicas
      kubectl create deployment my-dep --image=nginx --replicas=3`,
      `# Create a deployment named my-dep that runs the busybox image and expose port 5701
      kubectl create deployment my-dep --image=busybox --port=5701`,
      {
        text: `# Create a deployment named my-dep that runs multiple containers
      kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
        since: '1.30',
      },
    ],
  },
};
