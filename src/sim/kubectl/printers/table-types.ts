// The server-side printing model (metav1.Table): column definitions plus one row of cells per object.
// The API server computes cells (pkg/printers/internalversion/printers.go); kubectl only lays them out
// (print-tables.ts). Spec §0.1, §5.
import type { Kind, KubeObject } from '../../api/types.ts';
import type { VersionProfile } from '../../profiles/profile.ts';

export interface ColumnDefinition {
  /** As the server names it ("Nominated Node"); kubectl upper-cases it for the header. */
  name: string;
  /** 0 = always shown; 1 = only with -o wide. */
  priority: 0 | 1;
}

export interface TableRow {
  /** Cells for the visible columns only (wide cells present only when generated with wide). */
  cells: string[];
  object: KubeObject;
}

export interface Table {
  kind: Kind;
  columns: ColumnDefinition[];
  rows: TableRow[];
}

export interface GenerateOptions {
  /** Virtual time in epoch ms: every AGE/DURATION is relative to it. */
  now: number;
  profile: VersionProfile;
  /** -o wide: priority-1 columns too. */
  wide: boolean;
}

/** Columns kubectl shows: priority 0, plus priority 1 under -o wide (cli-runtime tableprinter). */
export function visibleColumns(columns: ColumnDefinition[], wide: boolean): ColumnDefinition[] {
  return columns.filter((c) => wide || c.priority === 0);
}

/** printers.go layoutContainerCells: names and images joined by ",". */
export function layoutContainerCells(containers: Array<{ name: string; image: string }>): [string, string] {
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(',')];
}
