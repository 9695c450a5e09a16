// local-path-provisioner's startup lines: its own notices through logrus (`--debug`, text formatter, no TTY) and
// the provisioner controller's through klog (sigs.k8s.io/sig-storage-lib-external-provisioner).
// - 1.22 (rancher/local-path-provisioner:v0.0.14, kind v0.11.1): its source (rancher/local-path-provisioner tag
//   v0.0.14): provisioner.go `logrus.Debugf("Applied config: %v", json.Marshal(configData))` (ConfigData has
//   nodePathMap only), main.go `logrus.Debug("Provisioner started")`, logrus v0.11.0's text formatter (a space
//   after every key=value, so a trailing one), and the vendored controller.go:773 `Starting provisioner controller
//   %s!` / :822 `Started …!` (klog v1, to stderr). A capture of v0.0.22 (same logrus and library versions) shows
//   exactly these lines a tenth of a second apart: search-index id 17112265324.
// - 1.35 (kindest/local-path-provisioner built from v0.0.32, kind v0.31.0 images/local-path-provisioner/Makefile):
//   v0.0.32's ConfigData also marshals `storageClassConfigs` (no omitempty: null), logrus v1.9.3 writes no trailing
//   space, and the vendored sig-storage-lib-external-provisioner v11.0.1 logs structured klog at controller.go:838
//   and :887. The format (and spacing) of a v0.0.30 capture (id 30827240606, the same lines at :824/:873 of v10).
// The config is kind's local-path-config (`/var/local-path-provisioner`, const_storage.go). The provisioner logs
// nothing more until a claim is made.

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
      klog: { severity: 'I', at: 'controller.go:838' },
      text: `"Starting provisioner controller" component="${identity}"`,
    },
    {
      afterUs: 809_915,
      klog: { severity: 'I', at: 'controller.go:887' },
      text: `"Started provisioner controller" component="${identity}"`,
    },
  ];
}
