// `kubectl get -w`: the current list first (header + rows in one flush), then one row per watch event,
// each flushed on its own through the same RememberWidths tabwriter, so columns only ever widen and older
// rows are never re-aligned (spec §5.5). --output-watch-events prepends an EVENT column whose cells are padded to
// eight characters.
import type { Kind, KubeObject } from '../../api/types.ts';
import { type PrintTablesOptions, tableLines } from './print-tables.ts';
import { buildTable } from './tables.ts';
import { KUBECTL_TABLE_OPTIONS, Tabwriter } from './tabwriter.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/**
 * cli-runtime tableprinter.go formattedEventType: the EVENT cell is padded to eight characters, so the column is
 * 11 wide from the first row on (real capture: `EVENT      NAME …` / `ADDED      job-sample-job-b1ca7 …` /
 * `MODIFIED   …` / `DELETED    …`, kubectl get workloads -w --output-watch-events, 2024).
 */
const FORMATTED_EVENT_TYPE: Record<WatchEventType, string> = {
  ADDED: 'ADDED   ',
  MODIFIED: 'MODIFIED',
  DELETED: 'DELETED ',
};

export interface WatchPrinterOptions extends PrintTablesOptions {
  outputWatchEvents?: boolean;
}

export class WatchPrinter {
  private readonly kind: Kind;
  private readonly options: WatchPrinterOptions;
  private readonly writer = new Tabwriter(KUBECTL_TABLE_OPTIONS);
  private headerPrinted = false;

  constructor(kind: Kind, options: WatchPrinterOptions) {
    this.kind = kind;
    this.options = options;
  }

  /** The initial list. Prints nothing for an empty list (the header then comes with the first event). */
  printInitial(objects: KubeObject[], now: number): string {
    if (objects.length === 0) return '';
    return this.printRows(
      objects.map((o) => ({ type: 'ADDED' as const, object: o })),
      now,
    );
  }

  /** One watch event: one row (plus the header if nothing was printed yet). */
  printEvent(type: WatchEventType, object: KubeObject, now: number): string {
    return this.printRows([{ type, object }], now);
  }

  private printRows(events: Array<{ type: WatchEventType; object: KubeObject }>, now: number): string {
    const table = buildTable(
      this.kind,
      events.map((e) => e.object),
      { now, profile: this.options.profile, wide: this.options.wide === true },
    );
    const withHeader = !this.headerPrinted && !this.options.noHeaders;
    const lines = tableLines(table, { ...this.options, noHeaders: !withHeader }, this.options.showKind === true);
    const out = this.options.outputWatchEvents
      ? lines.map((line, i) => {
          const eventIndex = withHeader ? i - 1 : i;
          return `${eventIndex < 0 ? 'EVENT' : FORMATTED_EVENT_TYPE[events[eventIndex]!.type]}\t${line}`;
        })
      : lines;
    this.headerPrinted = true;
    for (const line of out) this.writer.write(`${line}\n`);
    this.writer.flush();
    return this.writer.take();
  }
}
