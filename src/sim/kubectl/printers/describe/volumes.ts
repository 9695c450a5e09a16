// describe.go describeVolumes for the volume sources a Job's pods use (projected service-account token,
// emptyDir, configMap, secret); other sources print `<unknown>` as describe does for unhandled types.
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter } from './prefix-writer.ts';

type Volume = Record<string, unknown> & { name?: string };

interface ProjectedSource {
  secret?: { name?: string; optional?: boolean };
  configMap?: { name?: string; optional?: boolean };
  downwardAPI?: unknown;
  serviceAccountToken?: { expirationSeconds?: number };
}

export function describeVolumes(volumes: Volume[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const volume of volumes) {
    w.write(LEVEL_1, `${space.length > 0 ? ' ' : ''}${volume.name ?? ''}:\n`);
    if (volume.emptyDir) {
      const e = volume.emptyDir as { medium?: string; sizeLimit?: string };
      w.write(
        LEVEL_2,
        `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${e.medium ?? ''}\n    SizeLimit:\t${e.sizeLimit ?? '<unset>'}\n`,
      );
    } else if (volume.secret) {
      const s = volume.secret as { secretName?: string; optional?: boolean };
      w.write(
        LEVEL_2,
        `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${s.secretName ?? ''}\n    Optional:\t${s.optional === true}\n`,
      );
    } else if (volume.configMap) {
      const c = volume.configMap as { name?: string; optional?: boolean };
      w.write(
        LEVEL_2,
        `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${c.name ?? ''}\n    Optional:\t${c.optional === true}\n`,
      );
    } else if (volume.projected) {
      w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const source of ((volume.projected as { sources?: ProjectedSource[] }).sources ?? []) as ProjectedSource[]) {
        if (source.secret) {
          w.write(
            LEVEL_2,
            `SecretName:\t${source.secret.name ?? ''}\n    Optional:\t${source.secret.optional === true}\n`,
          );
        } else if (source.downwardAPI) {
          w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
        } else if (source.configMap) {
          w.write(
            LEVEL_2,
            `ConfigMapName:\t${source.configMap.name ?? ''}\n    ConfigMapOptional:\t${source.configMap.optional === undefined ? '<nil>' : source.configMap.optional}\n`,
          );
        } else if (source.serviceAccountToken) {
          w.write(LEVEL_2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 0}\n`);
        }
      }
    } else {
      w.write(LEVEL_1, '<unknown>\n');
    }
  }
}
