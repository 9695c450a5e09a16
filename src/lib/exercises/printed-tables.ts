// Reads what kubectl printed back into rows, so a check can ask "did the learner *see* COMPLETIONS 1/1 for
// job-1?" rather than only "is it so in the cluster?". Handles `get` tables (one or several kinds, kind
// prefixes such as `job.batch/job-1`, sections separated by blank lines, `-w` rows without a header) and the
// parts of `describe job` that say the same thing (`Pods Statuses: … 1 Succeeded`).

export interface SeenRow {
  /** Lower-case singular kind: `job`, `pod`, `service`, `cronjob`, or '' when it cannot be told. */
  kind: string;
  name: string;
  /** Header name (as printed, upper case) → cell text. */
  columns: Record<string, string>;
  /** Where the row came from: a table or a describe block. */
  source: 'table' | 'describe';
}

interface Header {
  names: string[];
  starts: number[];
}

/** A header line is upper-case column names separated by 2+ spaces, starting with NAME (or NAMESPACE). */
function parseHeader(line: string): Header | undefined {
  if (!/^(NAME|NAMESPACE)\s/.test(line) && line.trim() !== 'NAME') return undefined;
  if (/[a-z]/.test(line)) return undefined;
  const names: string[] = [];
  const starts: number[] = [];
  const pattern = /\S+(?: \S+)*/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    names.push(match[0]);
    starts.push(match.index);
  }
  return { names, starts };
}

/** Cells by the header's column starts (kubectl aligns every cell under its header); 2+-space split otherwise. */
function splitRow(line: string, header: Header): string[] | undefined {
  const aligned = header.starts.every((start, i) => i === 0 || line[start - 1] === ' ' || line.length < start);
  if (aligned) {
    return header.starts.map((start, i) => line.slice(start, header.starts[i + 1] ?? line.length).trim());
  }
  // `get -w` rows after the first batch may be wider than the header (widths only grow): fall back.
  const cells = line.trim().split(/\s{2,}/);
  return cells.length === header.names.length ? cells : undefined;
}

/** `job.batch/job-1` → job; `pod/x` → pod; `cronjob.batch/x` → cronjob. */
function splitKind(name: string): { kind: string; name: string } | undefined {
  const slash = name.indexOf('/');
  if (slash < 0) return undefined;
  return { kind: name.slice(0, slash).split('.')[0]!.toLowerCase(), name: name.slice(slash + 1) };
}

/** Without a kind prefix, the columns say which kind a table lists. */
function kindFromColumns(names: readonly string[]): string {
  const has = (n: string) => names.includes(n);
  if (has('COMPLETIONS')) return 'job';
  if (has('SCHEDULE')) return 'cronjob';
  if (has('RESTARTS')) return 'pod';
  if (has('CLUSTER-IP')) return 'service';
  if (has('REASON') && has('OBJECT')) return 'event';
  return '';
}

export function parseTables(stdout: string): SeenRow[] {
  const rows: SeenRow[] = [];
  let header: Header | undefined;
  let tableKind = '';
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      header = undefined;
      continue;
    }
    const next = parseHeader(line);
    if (next) {
      header = next;
      tableKind = kindFromColumns(next.names);
      continue;
    }
    if (!header) continue;
    const cells = splitRow(line, header);
    if (!cells) continue;
    const columns: Record<string, string> = {};
    header.names.forEach((n, i) => {
      columns[n] = cells[i] ?? '';
    });
    const nameCell = columns[header.names.includes('NAME') ? 'NAME' : header.names[0]!] ?? '';
    const prefixed = splitKind(nameCell);
    rows.push({
      kind: prefixed?.kind ?? tableKind,
      name: prefixed?.name ?? nameCell,
      columns,
      source: 'table',
    });
  }
  return rows;
}

/**
 * `kubectl describe job` blocks as rows with the columns `get jobs` would show: COMPLETIONS from
 * `Completions:` and the Succeeded count in `Pods Statuses:`; plus SUCCEEDED/FAILED/ACTIVE counts and the
 * Warning/Normal event reasons seen (EVENTS, space-separated), which only describe shows.
 */
export function parseDescribeJobs(stdout: string): SeenRow[] {
  const rows: SeenRow[] = [];
  // Several objects are separated by a blank line followed by `Name:`; each block starts at `Name:`.
  const blocks = stdout.split(/\n(?=Name:\s)/);
  for (const block of blocks) {
    const name = /^Name:\s+(\S+)/m.exec(block)?.[1];
    const statuses = /^Pods Statuses:\s+(.*)$/m.exec(block)?.[1];
    if (!name || statuses === undefined) continue;
    const count = (pattern: RegExp): string => pattern.exec(statuses)?.[1] ?? '0';
    const completions = /^Completions:\s+(\S+)/m.exec(block)?.[1] ?? '<unset>';
    const columns: Record<string, string> = {
      SUCCEEDED: count(/(\d+) Succeeded/),
      FAILED: count(/(\d+) Failed/),
      ACTIVE: count(/(\d+) (?:Running|Active)/),
      EVENTS: [...block.matchAll(/^\s+(?:Normal|Warning)\s+(\S+)/gm)].map((m) => m[1]).join(' '),
    };
    const backoff = /^Backoff Limit:\s+(\d+)/m.exec(block)?.[1];
    if (backoff !== undefined) columns['BACKOFF LIMIT'] = backoff;
    if (completions !== '<unset>') columns.COMPLETIONS = `${columns.SUCCEEDED}/${completions}`;
    rows.push({ kind: 'job', name, columns, source: 'describe' });
  }
  return rows;
}

/** Every row a command's output showed, from tables and describe blocks alike. */
export function rowsIn(stdout: string): SeenRow[] {
  return [...parseTables(stdout), ...parseDescribeJobs(stdout)];
}
