// `kubectl help …` is cobra's default help command (spf13/cobra command.go InitDefaultHelpCmd): the help of the
// command path it names, on stdout, exit 0; an unknown topic gets "Unknown help topic" (Go's %#q of the words) and
// the root usage from kubectl's usage template, on stderr, exit 0.
import { describe, expect, it } from 'vitest';
import { terminal } from '../../harness/session.ts';

const ROOT_USAGE = `Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

describe.each(['1.22', '1.35'] as const)('kubectl help on %s', (profile) => {
  const { run } = terminal(profile);

  it.each([
    ['help', 'kubectl'],
    ['help get', 'kubectl get --help'],
    ['help get pods', 'kubectl get --help'],
    ['help create job', 'kubectl create job --help'],
    ['help create nosuch', 'kubectl create --help'],
    ['help logs', 'kubectl logs -h'],
  ])('kubectl %s prints what `%s` prints', (topic, same) => {
    const got = run(`kubectl ${topic}`);
    expect(got).toEqual({ ...run(same), exitCode: 0 });
    expect(got.stdout.length).toBeGreaterThan(100);
  });

  it('an unknown topic: the words back-quoted, then the root usage, on stderr, exit 0', () => {
    expect(run('kubectl help nosuch')).toEqual({
      stdout: '',
      stderr: `Unknown help topic [\`nosuch\`]\n${ROOT_USAGE}`,
      exitCode: 0,
    });
    expect(run('kubectl help no such').stderr).toBe(`Unknown help topic [\`no\` \`such\`]\n${ROOT_USAGE}`);
  });
});
