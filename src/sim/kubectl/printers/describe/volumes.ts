// describe.go describeVolumes and its print*VolumeSource helpers (kubectl pkg/describe/describe.go, tags
// kubernetes-1.22.0 and kubernetes-1.35.0) for the volume sources a course pod can carry: hostPath, emptyDir,
// secret, configMap, persistentVolumeClaim, downwardAPI and projected (the service-account token volume).
// Other sources print `<unknown>` as describe's default arm does.
//
// Projected Secret/ConfigMap sources changed in kubectl 1.33 (commit 3e68cbc2c, PR kubernetes#129457): before,
// describe printed the *bool itself (`SecretOptionalName:` / `ConfigMapOptional:`, so `<nil>` when unset);
// since, `Optional: false|true` (profile.describeProjectedOptional; docs/spec-corrections.md).
import type { VersionProfile } from '../../../profiles/profile.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.ts';

type Volume = Record<string, unknown> & { name?: string };

interface ProjectedSource {
  secret?: { name?: string; optional?: boolean };
  configMap?: { name?: string; optional?: boolean };
  downwardAPI?: unknown;
  serviceAccountToken?: { expirationSeconds?: number };
}

interface DownwardItem {
  path?: string;
  fieldRef?: { fieldPath?: string };
  resourceFieldRef?: { resource?: string };
}

/**
 * Go's `%v` of a *bool (kubectl <1.33 projected sources): `<nil>` when unset, else the pointer's address.
 * An address differs on every run; a fixed heap-like one stands for it.
 */
function goBoolPointer(value: boolean | undefined): string {
  return value === undefined ? '<nil>' : '0xc0004a2e58';
}

/** `%v` of a value the API server stores as given (paths, names, quantities, media). */
function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function printProjected(projected: { sources?: ProjectedSource[] }, w: PrefixWriter, newOptional: boolean): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const source of projected.sources ?? []) {
    if (source.secret) {
      const optional = newOptional
        ? `    Optional:\t${source.secret.optional === true}\n`
        : `    SecretOptionalName:\t${goBoolPointer(source.secret.optional)}\n`;
      w.write(LEVEL_2, `SecretName:\t${text(source.secret.name)}\n${optional}`);
    } else if (source.downwardAPI) {
      w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
    } else if (source.configMap) {
      const optional = newOptional
        ? `    Optional:\t${source.configMap.optional === true}\n`
        : `    ConfigMapOptional:\t${goBoolPointer(source.configMap.optional)}\n`;
      w.write(LEVEL_2, `ConfigMapName:\t${text(source.configMap.name)}\n${optional}`);
    } else if (source.serviceAccountToken) {
      w.write(LEVEL_2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 0}\n`);
    }
  }
}

/** One volume's lines after its name; false when describe has no arm for its source. */
function printVolumeSource(volume: Volume, w: PrefixWriter, profile: VersionProfile): boolean {
  if (volume.hostPath) {
    const h = volume.hostPath as { path?: string; type?: string };
    w.write(
      LEVEL_2,
      `Type:\tHostPath (bare host directory volume)\n    Path:\t${text(h.path)}\n    HostPathType:\t${h.type === undefined ? '<none>' : h.type}\n`,
    );
  } else if (volume.emptyDir) {
    const e = volume.emptyDir as { medium?: string; sizeLimit?: string | number };
    // describe prints SizeLimit only when it is > 0.
    const sizeLimit =
      e.sizeLimit !== undefined && !/^0+([a-zA-Z]*)$/.test(String(e.sizeLimit)) ? e.sizeLimit : '<unset>';
    w.write(
      LEVEL_2,
      `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${text(e.medium)}\n    SizeLimit:\t${sizeLimit}\n`,
    );
  } else if (volume.secret) {
    const s = volume.secret as { secretName?: string; optional?: boolean };
    w.write(
      LEVEL_2,
      `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${text(s.secretName)}\n    Optional:\t${s.optional === true}\n`,
    );
  } else if (volume.configMap) {
    const c = volume.configMap as { name?: string; optional?: boolean };
    w.write(
      LEVEL_2,
      `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${text(c.name)}\n    Optional:\t${c.optional === true}\n`,
    );
  } else if (volume.persistentVolumeClaim) {
    const p = volume.persistentVolumeClaim as { claimName?: string; readOnly?: boolean };
    w.write(
      LEVEL_2,
      `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${text(p.claimName)}\n    ReadOnly:\t${p.readOnly === true}\n`,
    );
  } else if (volume.downwardAPI) {
    w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of ((volume.downwardAPI as { items?: DownwardItem[] }).items ?? []) as DownwardItem[]) {
      if (item.fieldRef) w.write(LEVEL_3, `${text(item.fieldRef.fieldPath)} -> ${text(item.path)}\n`);
      if (item.resourceFieldRef) w.write(LEVEL_3, `${text(item.resourceFieldRef.resource)} -> ${text(item.path)}\n`);
    }
  } else if (volume.projected) {
    printProjected(volume.projected as { sources?: ProjectedSource[] }, w, profile.describeProjectedOptional);
  } else {
    return false;
  }
  return true;
}

export function describeVolumes(
  volumes: Volume[] | undefined,
  w: PrefixWriter,
  space: string,
  profile: VersionProfile,
): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const volume of volumes) {
    w.write(LEVEL_1, `${space.length > 0 ? ' ' : ''}${volume.name ?? ''}:\n`);
    if (!printVolumeSource(volume, w, profile)) w.write(LEVEL_1, '<unknown>\n');
  }
}
