// local-path-provisioner's startup lines: its own notices through logrus (`--debug`, text formatter, no TTY) and
// the provisioner controller's through klog (sigs.k8s.io/sig-storage-lib-external-provisioner).
// - 1.22 (rancher/local-path-provisioner:v0.0.14, kind v0.11.1): the format of a v0.0.22 capture (search-index id
//   17112265324): `Applied config` with the config re-marshalled, `Provisioner started`, logrus's trailing space,
//   `controller.go:773] Starting provisioner controller rancher.io/local-path_<pod>_<uuid>!` and `controller.go:822]
//   Started …!` a tenth of a second later.
// - 1.35 (kindest/local-path-provisioner built from v0.0.32, kind v0.31.0 images/local-path-provisioner/Makefile):
//   the format of a v0.0.30 capture (id 30827240606): `storageClassConfigs":null` in the config, no trailing space,
//   structured klog `controller.go:824] "Starting provisioner controller" component="…"` and `controller.go:873`.
// The config is kind's local-path-config (`/var/local-path-provisioner`, const_storage.go).
// UNVERIFIED: that v0.0.14 (1.22) and v0.0.32 (1.35) print exactly the lines of v0.0.22 and v0.0.30 (same messages,
// same library line numbers); the provisioner logs nothing more until a claim is made.

import type { VersionProfile } from '../profiles/profile.ts';
import type { LogContext, LogLine } from './log-lines.ts';

const PATHS = '{\\"node\\":\\"DEFAULT_PATH_FOR_NON_LISTED_NODES\\",\\"paths\\":[\\"/var/local-path-provisioner\\"]}';

export function localPathProvisionerLines(profile: VersionProfile, ctx: LogContext): LogLine[] {
  const identity = `rancher.io/local-path_${ctx.podName}_${ctx.uuid}`;
  if (profile.id === '1.22') {
    const debug = { level: 'debug', trailingSpace: true };
    return [
      { afterUs: 120_000, logrus: debug, text: `Applied config: {\\"nodePathMap\\":[${PATHS}]}` },
      { afterUs: 121_000, logrus: debug, text: 'Provisioner started' },
      {
        afterUs: 142_016,
        klog: { severity: 'I', at: 'controller.go:773' },
        text: `Starting provisioner controller ${identity}!`,
      },
      {
        afterUs: 243_167,
        klog: { severity: 'I', at: 'controller.go:822' },
        text: `Started provisioner controller ${identity}!`,
      },
    ];
  }
  const debug = { level: 'debug', trailingSpace: false };
  return [
    {
      afterUs: 600_000,
      logrus: debug,
      text: `Applied config: {\\"nodePathMap\\":[${PATHS}],\\"storageClassConfigs\\":null}`,
    },
    { afterUs: 601_000, logrus: debug, text: 'Provisioner started' },
    {
      afterUs: 709_391,
      klog: { severity: 'I', at: 'controller.go:824' },
      text: `"Starting provisioner controller" component="${identity}"`,
    },
    {
      afterUs: 809_915,
      klog: { severity: 'I', at: 'controller.go:873' },
      text: `"Started provisioner controller" component="${identity}"`,
    },
  ];
}
