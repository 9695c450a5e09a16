// GNU tee 9.1 against captures of Debian 12's /usr/bin/tee (tests/fixtures/tee-debian-captures.json), then tee
// behind a running `kubectl get -w`: a line filter, so each row reaches the screen and the file as it comes.
import { describe, expect, it } from 'vitest';
import { kubectlShown } from '../../../../../src/lib/exercises/kubectl-output.ts';
import { terminal } from '../../../harness/session.ts';
import { itMatchesCaptures } from './debian-captures.ts';

describe('tee, as Debian 12 coreutils 9.1 prints it', () => {
  itMatchesCaptures('tee');
});

describe('tee behind a watch', () => {
  it('shows and saves what kubectl printed, still as kubectl’s rows', () => {
    const direct = terminal('1.35');
    direct.run('kubectl run a --image=nginx');
    const expected = direct.run('timeout 5 kubectl get pods -w');
    const { run, session } = terminal('1.35');
    run('kubectl run a --image=nginx');
    expect(run('timeout 5 kubectl get pods -w | tee -a pods.txt')).toEqual({ ...expected, exitCode: 0 });
    expect(session.fs.read('pods.txt')).toBe(expected.stdout);
    expect(kubectlShown(session.records.at(-1)!)[0]!.stdout).toBe(expected.stdout);
  });
});
