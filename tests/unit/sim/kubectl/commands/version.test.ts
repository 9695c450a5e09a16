// `kubectl version` per profile. The layouts come from kubectl's pkg/cmd/version/version.go (v0.22.17 and
// v0.35.7: `fmt.Fprintln` after yaml.Marshal / json.MarshalIndent, no Kustomize field before 1.24) and from real
// captures of `kubectl version -o json` / `-o yaml` against 1.33 and 1.34 servers (Killercoda's CKAD playground,
// an upgrade write-up): the server's emulation and min-compatibility fields, their place after `minor` in JSON,
// sorted keys in YAML, the empty line after YAML. The version strings are the profiles' builds (profiles/*.ts).
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../harness/session.ts';

const info122 = (date: string) =>
  `version.Info{Major:"1", Minor:"22", GitVersion:"v1.22.17", GitCommit:"a7736eaf34d823d7652415337ac0ad06db9d8c89", GitTreeState:"clean", BuildDate:"${date}", GoVersion:"go1.16.15", Compiler:"gc", Platform:"linux/amd64"}`;

describe('kubectl version on 1.22 (no Kustomize line or field)', () => {
  it('prints the Go structs by default', () => {
    expect(terminal('1.22').run('kubectl version')).toEqual({
      stdout: `Client Version: ${info122('2022-12-08T10:15:02Z')}\nServer Version: ${info122('2022-12-08T10:08:09Z')}\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('--short prints the two git versions only', () => {
    expect(terminal('1.22').run('kubectl version --short').stdout).toBe(
      'Client Version: v1.22.17\nServer Version: v1.22.17\n',
    );
  });

  it('-o yaml has no kustomizeVersion and ends with an empty line', () => {
    expect(terminal('1.22').run('kubectl version --client -o yaml').stdout).toBe(
      [
        'clientVersion:',
        '  buildDate: "2022-12-08T10:15:02Z"',
        '  compiler: gc',
        '  gitCommit: a7736eaf34d823d7652415337ac0ad06db9d8c89',
        '  gitTreeState: clean',
        '  gitVersion: v1.22.17',
        '  goVersion: go1.16.15',
        '  major: "1"',
        '  minor: "22"',
        '  platform: linux/amd64',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('kubectl version with arguments', () => {
  it('1.35 refuses them (Validate: "extra arguments: %v", since v0.24.0); 1.22 ignores them', () => {
    expect(terminal('1.35').run('kubectl version extra a')).toEqual({
      stdout: '',
      stderr: 'error: extra arguments: [extra a]\n',
      exitCode: 1,
    });
    expect(terminal('1.22').run('kubectl version --short extra').stdout).toBe(
      'Client Version: v1.22.17\nServer Version: v1.22.17\n',
    );
  });
});

describe('kubectl version on 1.35', () => {
  it('prints the client, Kustomize and server versions', () => {
    expect(terminal('1.35').run('kubectl version').stdout).toBe(
      'Client Version: v1.35.0\nKustomize Version: v5.7.1\nServer Version: v1.35.0\n',
    );
  });

  it('-o json: the server carries the emulation and min-compatibility versions after minor', () => {
    expect(terminal('1.35').run('kubectl version -o json').stdout).toBe(`{
  "clientVersion": {
    "major": "1",
    "minor": "35",
    "gitVersion": "v1.35.0",
    "gitCommit": "66452049f3d692768c39c797b21b793dce80314e",
    "gitTreeState": "clean",
    "buildDate": "2025-12-17T12:41:36Z",
    "goVersion": "go1.25.5",
    "compiler": "gc",
    "platform": "linux/amd64"
  },
  "kustomizeVersion": "v5.7.1",
  "serverVersion": {
    "major": "1",
    "minor": "35",
    "emulationMajor": "1",
    "emulationMinor": "35",
    "minCompatibilityMajor": "1",
    "minCompatibilityMinor": "34",
    "gitVersion": "v1.35.0",
    "gitCommit": "66452049f3d692768c39c797b21b793dce80314e",
    "gitTreeState": "clean",
    "buildDate": "2025-12-17T12:32:06Z",
    "goVersion": "go1.25.5",
    "compiler": "gc",
    "platform": "linux/amd64"
  }
}
`);
  });

  it('-o yaml: sorted keys, then an empty line', () => {
    expect(terminal('1.35').run('kubectl version -o yaml').stdout).toBe(
      [
        'clientVersion:',
        '  buildDate: "2025-12-17T12:41:36Z"',
        '  compiler: gc',
        '  gitCommit: 66452049f3d692768c39c797b21b793dce80314e',
        '  gitTreeState: clean',
        '  gitVersion: v1.35.0',
        '  goVersion: go1.25.5',
        '  major: "1"',
        '  minor: "35"',
        '  platform: linux/amd64',
        'kustomizeVersion: v5.7.1',
        'serverVersion:',
        '  buildDate: "2025-12-17T12:32:06Z"',
        '  compiler: gc',
        '  emulationMajor: "1"',
        '  emulationMinor: "35"',
        '  gitCommit: 66452049f3d692768c39c797b21b793dce80314e',
        '  gitTreeState: clean',
        '  gitVersion: v1.35.0',
        '  goVersion: go1.25.5',
        '  major: "1"',
        '  minCompatibilityMajor: "1"',
        '  minCompatibilityMinor: "34"',
        '  minor: "35"',
        '  platform: linux/amd64',
        '',
        '',
      ].join('\n'),
    );
  });
});
