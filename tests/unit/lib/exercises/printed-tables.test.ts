import { describe, expect, it } from 'vitest';
import { parseDescribeJobs, parseTables, rowsIn } from '../../../../src/lib/exercises/printed-tables.ts';

const seedGetAll = `NAME                       READY   STATUS      RESTARTS   AGE
pod/hello-world--1-mfcbk   0/1     Completed   0          7s

NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   28d

NAME                    COMPLETIONS   DURATION   AGE
job.batch/hello-world   1/1           3s         9s
`;

describe('parseTables', () => {
  it('reads several kinds with prefixes (get all)', () => {
    const rows = parseTables(seedGetAll);
    expect(rows.map((r) => [r.kind, r.name])).toEqual([
      ['pod', 'hello-world--1-mfcbk'],
      ['service', 'kubernetes'],
      ['job', 'hello-world'],
    ]);
    expect(rows[2]!.columns).toEqual({ NAME: 'job.batch/hello-world', COMPLETIONS: '1/1', DURATION: '3s', AGE: '9s' });
    expect(rows[1]!.columns['PORT(S)']).toBe('443/TCP');
  });

  it('tells the kind of an unprefixed table from its columns, with empty cells by position', () => {
    const rows = parseTables(
      'NAME    STATUS    COMPLETIONS   DURATION   AGE\njob-1   Running   0/1                      0s\n',
    );
    expect(rows).toEqual([
      {
        kind: 'job',
        name: 'job-1',
        columns: { NAME: 'job-1', STATUS: 'Running', COMPLETIONS: '0/1', DURATION: '', AGE: '0s' },
        source: 'table',
      },
    ]);
  });

  it('keeps RESTARTS cells with spaces whole', () => {
    const rows = parseTables(
      'NAME      READY   STATUS   RESTARTS     AGE\nx-abcde   0/1     Error    1 (3s ago)   9s\n',
    );
    expect(rows[0]!.columns.RESTARTS).toBe('1 (3s ago)');
    expect(rows[0]!.kind).toBe('pod');
  });

  it('ignores text that is not a table (logs, errors)', () => {
    expect(parseTables('\nHello from Docker!\nThis message shows\n')).toEqual([]);
    expect(parseTables('Error from server (NotFound): jobs.batch "x" not found\n')).toEqual([]);
  });
});

describe('parseDescribeJobs', () => {
  const describe122 =
    'Name:           job-2\nNamespace:      default\nCompletions:    1\nPods Statuses:  1 Running / 0 Succeeded / 2 Failed\nEvents:\n  Type    Reason            Age   From            Message\n  Normal  SuccessfulCreate  13s   job-controller  Created pod: job-2--1-d8457\n';
  it('turns Pods Statuses into COMPLETIONS and counts (1.22 wording)', () => {
    expect(parseDescribeJobs(describe122)).toEqual([
      {
        kind: 'job',
        name: 'job-2',
        columns: { SUCCEEDED: '0', FAILED: '2', ACTIVE: '1', EVENTS: 'SuccessfulCreate', COMPLETIONS: '0/1' },
        source: 'describe',
      },
    ]);
  });
  it('reads the modern Active (Ready) wording and the backoff limit', () => {
    const text =
      'Name:             job-3\nCompletions:      1\nBackoff Limit:    2\nPods Statuses:    0 Active (0 Ready) / 0 Succeeded / 3 Failed\n';
    const [row] = rowsIn(text);
    expect(row!.columns).toMatchObject({ FAILED: '3', ACTIVE: '0', COMPLETIONS: '0/1', 'BACKOFF LIMIT': '2' });
  });
});
