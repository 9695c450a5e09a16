// Where each klog line kubectl prints for the simulated commands comes from, per kubectl version: the file:line
// klog puts in the header and the text. Sources, at the tags the profiles emulate:
// - kubectl 1.22.17: kubectl v0.22.17 pkg/cmd/util/helpers.go:116 (CheckErr → fatal: from -v=6 on `klog.FatalDepth(2, msg)`, which prints an F line, dumps every
//   goroutine's stack and exits 255), pkg/cmd/apply/apply.go:392 (V(4) "Running apply post-processor
//   function"); client-go v0.22.17 tools/clientcmd/loader.go:372 (`klog.V(6).Infoln("Config loaded from file: ",
//   filename)`: Infoln puts a space between operands, hence two).
// - kubectl 1.35.0: client-go v0.35.0 loader.go:405 (the same Infoln), features/envvar.go:172 (V(1) InfoS "Feature
//   gate default state" for each client-go gate, when the first REST client is made), pkg/cmd/apply/apply.go:546;
//   helpers.go's fatal only calls klog.Fatal from -v=99 on, so errors print as without -v.
// Captures agree: loader.go:372 and helpers.go:116 (1.22, `kubectl delete -f … -v=7`), loader.go:405 and the
// envvar.go:172 lines (kubectl v1.35.3 `get pods -v=7`). Neither version prints cmd.go's V(5) "kubectl command
// headers turned on": 1.22 logs it while building the command tree, before the flags set the verbosity (captures
// of 1.22.2 and 1.22.7 at -v=9 start with loader.go), and 1.35's cmd.go no longer logs it (the 1.35.3 capture
// starts with loader.go too; 1.32-1.34 captures show it as cmd.go:527).
import type { VersionProfile } from '../../profiles/profile.ts';

export interface KlogSources {
  configLoaded: string;
  /** client-go's feature gates (1.35): name and default, logged in the order Go's map ranging gives. */
  featureGates?: { source: string; gates: ReadonlyArray<readonly [string, boolean]> };
  /** CheckErr's klog.FatalDepth from -v=6 (1.22); none when only -v=99 turns it on. */
  fatal?: string;
  applyPostProcessor: string;
}

const SOURCES: Readonly<Record<VersionProfile['id'], KlogSources>> = {
  '1.22': {
    configLoaded: 'loader.go:372',
    fatal: 'helpers.go:116',
    applyPostProcessor: 'apply.go:392',
  },
  '1.35': {
    configLoaded: 'loader.go:405',
    // client-go v0.35.0 features/known_features.go defaultVersionedKubernetesFeatureGates at 1.35. Go ranges over
    // the map in a random order each run; shown sorted by name.
    featureGates: {
      source: 'envvar.go:172',
      gates: [
        ['ClientsAllowCBOR', false],
        ['ClientsPreferCBOR', false],
        ['InOrderInformers', true],
        ['InOrderInformersBatchProcess', true],
        ['InformerResourceVersion', true],
        ['WatchListClient', true],
      ],
    },
    applyPostProcessor: 'apply.go:546',
  },
};

export function klogSources(profile: VersionProfile): KlogSources {
  return SOURCES[profile.id];
}
