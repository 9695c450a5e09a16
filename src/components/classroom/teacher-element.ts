// <jl-teacher>: the teacher page's two tools. (1) A form that makes a class link (validated with the same schema
// the join page uses). (2) An importer for results files (file picker, drag and drop, pasted text): each file is
// parsed and replayed in a worker with a time limit, and the verdicts fill a table that exports as CSV.
// Everything from a file reaches the page through textContent only.
//
// Markup contract (teacher.astro): data-locale, data-lessons (JSON: LessonData[]); form[data-create] with
// input[name=name|due|seed], input[name=lesson] checkboxes; [data-link-output] with input[data-link],
// button[data-copy-link], a[data-open-link]; [data-form-error]; input[type=file][data-files]; [data-drop];
// textarea[data-paste] + button[data-paste-button]; ul[data-messages]; table[data-results] with tbody;
// button[data-csv]; button[data-clear].
import { classInfoSchema, encodeClassFragment, randomClassId, randomSeed } from '../../lib/classroom/class-link.ts';
import { toCsv } from '../../lib/classroom/csv.ts';
import { MAX_RESULTS_BYTES } from '../../lib/classroom/results-schema.ts';
import type { ResultRow, RowNote } from '../../lib/classroom/verify.ts';
import type { TerminalConfig } from '../terminal/terminal-element.ts';
import { copyText, downloadText } from './download.ts';
import type { LessonData } from './lesson-data.ts';
import { type ClassKey, type ClassLocale, classLocale, cs, formatDuration } from './strings.ts';
import type { VerifyRequest } from './verify.worker.ts';
import VerifyWorker from './verify.worker.ts?worker';

/** A file whose replay takes longer is refused (and its worker stopped). */
const VERIFY_TIMEOUT_MS = 20_000;

const NOTE_KEYS: Record<RowNote, ClassKey> = {
  'claimed-passed-failed-replay': 'noteClaimedPassedFailedReplay',
  'times-differ': 'noteTimesDiffer',
  'unknown-lesson': 'noteUnknownLesson',
  'profile-differs': 'noteProfileDiffers',
  'seed-differs': 'noteSeedDiffers',
  'log-order': 'noteLogOrder',
  'log-range': 'noteLogRange',
  'not-in-class': 'noteNotInClass',
};

const PROBLEM_KEYS: Record<string, ClassKey> = {
  'too-large': 'refusedTooLarge',
  'not-json': 'refusedNotJson',
  'wrong-format': 'refusedWrongFormat',
  'forbidden-key': 'refusedForbiddenKey',
  invalid: 'refusedInvalid',
};

type WorkerAnswer = { kind: 'rows'; rows: ResultRow[] } | { kind: 'refused'; problem: string; where?: string };

class TeacherElement extends HTMLElement {
  private locale: ClassLocale = 'en';
  private lessons: LessonData[] = [];
  private configs: Record<string, TerminalConfig> = {};
  private rows: ResultRow[] = [];
  private queue: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    this.locale = classLocale(this.dataset.locale);
    this.lessons = JSON.parse(this.dataset.lessons ?? '[]') as LessonData[];
    this.configs = Object.fromEntries(this.lessons.map((l) => [l.slug, l.config]));
    const seed = this.querySelector<HTMLInputElement>('input[name="seed"]');
    if (seed && seed.value === '') seed.value = String(randomSeed());
    this.querySelector<HTMLFormElement>('form[data-create]')?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.createLink(e.currentTarget as HTMLFormElement);
    });
    this.querySelector('[data-copy-link]')?.addEventListener(
      'click',
      (e) => void this.copyLink(e.currentTarget as HTMLButtonElement),
    );
    const files = this.querySelector<HTMLInputElement>('input[data-files]');
    files?.addEventListener('change', () => {
      this.importFiles([...(files.files ?? [])]);
      files.value = '';
    });
    const drop = this.querySelector<HTMLElement>('[data-drop]');
    drop?.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.dataset.over = 'true';
    });
    drop?.addEventListener('dragleave', () => delete drop.dataset.over);
    drop?.addEventListener('drop', (e) => {
      e.preventDefault();
      delete drop.dataset.over;
      this.importFiles([...(e.dataTransfer?.files ?? [])]);
    });
    this.querySelector('[data-paste-button]')?.addEventListener('click', () => {
      const area = this.querySelector<HTMLTextAreaElement>('textarea[data-paste]');
      if (!area || area.value.trim() === '') return;
      const text = area.value;
      area.value = '';
      this.enqueue('(text)', async () => text);
    });
    this.querySelector('[data-csv]')?.addEventListener('click', () => this.exportCsv());
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      this.rows = [];
      this.renderRows();
    });
    this.renderRows();
  }

  // ---- class link ------------------------------------------------------------------------------------------

  private createLink(form: HTMLFormElement): void {
    const data = new FormData(form);
    const seedText = String(data.get('seed') ?? '').trim();
    const due = String(data.get('due') ?? '');
    const candidate = {
      id: randomClassId(),
      name: String(data.get('name') ?? ''),
      lessons: data.getAll('lesson').map(String),
      seed: /^\d{1,10}$/.test(seedText) ? Number(seedText) : -1,
      ...(due ? { due } : {}),
    };
    const parsed = classInfoSchema.safeParse(candidate);
    const error = this.querySelector<HTMLElement>('[data-form-error]');
    const output = this.querySelector<HTMLElement>('[data-link-output]');
    if (!parsed.success) {
      if (error) {
        error.hidden = false;
        error.textContent = cs(this.locale, 'formInvalid');
      }
      if (output) output.hidden = true;
      return;
    }
    if (error) error.hidden = true;
    const url = new URL(`/${this.locale}/class/`, location.href);
    url.hash = encodeClassFragment(parsed.data);
    const field = this.querySelector<HTMLInputElement>('input[data-link]');
    const open = this.querySelector<HTMLAnchorElement>('a[data-open-link]');
    if (field) field.value = url.href;
    if (open) open.href = url.href;
    if (output) output.hidden = false;
    field?.focus();
    field?.select();
  }

  private async copyLink(button: HTMLButtonElement): Promise<void> {
    const field = this.querySelector<HTMLInputElement>('input[data-link]');
    if (!field) return;
    const ok = await copyText(field.value);
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (status) status.textContent = cs(this.locale, ok ? 'copied' : 'copyFailed');
    if (!ok) field.select();
    button.blur();
    button.focus();
  }

  // ---- results ---------------------------------------------------------------------------------------------

  private importFiles(files: File[]): void {
    for (const file of files) {
      if (file.size > MAX_RESULTS_BYTES) {
        this.message(cs(this.locale, 'refusedTooLarge', { name: file.name }), true);
        continue;
      }
      this.enqueue(file.name, () => file.text());
    }
  }

  /** Files are checked one after another: replays are CPU-bound, and the table order follows the order given. */
  private enqueue(name: string, read: () => Promise<string>): void {
    this.queue = this.queue.then(async () => {
      let text: string;
      try {
        text = await read();
      } catch {
        this.message(cs(this.locale, 'refusedRead', { name }), true);
        return;
      }
      this.message(cs(this.locale, 'checking', { name }), false);
      const answer = await this.verify(text);
      if (answer === 'timeout') {
        this.message(cs(this.locale, 'refusedTimeout', { name, s: VERIFY_TIMEOUT_MS / 1000 }), true);
      } else if (answer.kind === 'refused') {
        const key = PROBLEM_KEYS[answer.problem] ?? 'refusedInvalid';
        const where = answer.where ? ` (${answer.where})` : '';
        this.message(cs(this.locale, key, { name, where }), true);
      } else {
        this.rows.push(...answer.rows);
        this.renderRows();
        this.message(cs(this.locale, 'checked', { name, n: answer.rows.length }), false);
      }
    });
  }

  private verify(text: string): Promise<WorkerAnswer | 'timeout'> {
    return new Promise((resolve) => {
      const worker = new VerifyWorker();
      const timer = setTimeout(() => {
        worker.terminate();
        resolve('timeout');
      }, VERIFY_TIMEOUT_MS);
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        clearTimeout(timer);
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = () => {
        clearTimeout(timer);
        worker.terminate();
        resolve({ kind: 'refused', problem: 'invalid' });
      };
      const request: VerifyRequest = { text, configs: this.configs };
      worker.postMessage(request);
    });
  }

  private message(text: string, problem: boolean): void {
    const list = this.querySelector<HTMLUListElement>('ul[data-messages]');
    if (!list) return;
    const item = document.createElement('li');
    item.textContent = text;
    if (problem) item.dataset.refused = 'true';
    list.append(item);
  }

  private lessonTitle(slug: string): string {
    return this.lessons.find((l) => l.slug === slug)?.title ?? slug;
  }

  private renderRows(): void {
    const table = this.querySelector<HTMLTableElement>('table[data-results]');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    table.hidden = this.rows.length === 0;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-csv], [data-clear]')) {
      button.hidden = this.rows.length === 0;
    }
    body.replaceChildren(
      ...this.rows.map((row) => {
        const tr = document.createElement('tr');
        tr.dataset.verdict = row.verdict;
        tr.dataset.exercise = row.exercise;
        const cells: [string, string?][] = [
          [row.student],
          [row.className],
          [this.lessonTitle(row.lesson)],
          [row.exercise],
          [cs(this.locale, row.claimed === 'passed' ? 'passed' : 'notPassed')],
          [cs(this.locale, row.verdict), 'verdict'],
          [formatDuration(row.time)],
          [String(row.hintsUsed)],
          [row.notes.map((n) => cs(this.locale, NOTE_KEYS[n])).join(' '), 'note'],
        ];
        for (const [index, [text, kind]] of cells.entries()) {
          const cell = document.createElement(index === 0 ? 'th' : 'td');
          if (index === 0) cell.scope = 'row';
          cell.textContent = text;
          if (kind) cell.dataset.kind = kind;
          tr.append(cell);
        }
        return tr;
      }),
    );
  }

  private exportCsv(): void {
    const l = this.locale;
    const header = [
      'colStudent',
      'colClass',
      'colLesson',
      'colExercise',
      'colClaimed',
      'colReplay',
      'colTime',
      'colHints',
      'colNote',
    ] as const;
    const rows = this.rows.map((row) => [
      row.student,
      row.className,
      row.lesson,
      row.exercise,
      row.claimed,
      row.verdict,
      Math.round(row.time / 1000),
      row.hintsUsed,
      row.notes.join(' '),
    ]);
    const head = header.map((k) => (k === 'colTime' ? `${cs(l, k)} (s)` : cs(l, k)));
    downloadText('jobs-lab-results.csv', toCsv([head, ...rows]), 'text/csv;charset=utf-8');
  }
}

if (!customElements.get('jl-teacher')) customElements.define('jl-teacher', TeacherElement);
