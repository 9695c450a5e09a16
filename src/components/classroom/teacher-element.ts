// <jl-teacher>: the teacher page. (1) A form that makes a class link (validated with the same schema the join
// page uses), shown with a QR code and a short class code; classes made here are kept (IndexedDB) because their
// seeds decide whether a file belongs to the class. (2) An importer for results files and class files (file
// picker, drag and drop, pasted text): each results file is parsed and replayed in a worker with a time limit,
// kept per class until the teacher removes it (the same file twice is recognised by its hash), and shown in the
// class view (class-view.ts), which exports as CSV. Everything from a file reaches the page through textContent.
//
// Markup contract (teacher.astro): data-locale, data-lessons (JSON: LessonData[]); form[data-create] with
// input[name=name|due|seed], input[name=lesson] checkboxes; [data-link-output] with input[data-link],
// button[data-copy-link], a[data-open-link], [data-qr], [data-code]; [data-form-error]; input[type=file][data-files];
// [data-drop]; textarea[data-paste] + button[data-paste-button]; ul[data-messages]; select[data-class-select];
// [data-class-info]; [data-no-results]; [data-class-view]; [data-class-actions] with button[data-csv-students],
// button[data-csv-exercises], button[data-csv], button[data-export-class], button[data-clear].
//
// Size: over 400 lines because it is one page's controller (link form, importer, class list, CSV/export actions)
// bound to the markup contract above; its logic lives in src/lib/classroom/.
import { encodeClassCode } from '../../lib/classroom/class-code.ts';
import {
  CLASS_FILE_FORMAT,
  type ClassFile,
  MAX_CLASS_FILE_BYTES,
  parseClassFile,
} from '../../lib/classroom/class-file.ts';
import {
  type ClassInfo,
  classInfoSchema,
  encodeClassFragment,
  randomClassId,
  randomSeed,
} from '../../lib/classroom/class-link.ts';
import { type StudentSortKey, summariseExercises, summariseStudent } from '../../lib/classroom/class-summary.ts';
import { MAX_RESULTS_BYTES } from '../../lib/classroom/results-schema.ts';
import type { FileVerdict } from '../../lib/classroom/verify.ts';
import { isQuotaError } from '../../lib/quota-error.ts';
import type { TerminalConfig } from '../../lib/terminal-config.ts';
import { detailCsv, exercisesCsv, studentsCsv } from './class-cells.ts';
import { renderClassView } from './class-view.ts';
import { copyText, downloadText } from './download.ts';
import type { LessonData } from './lesson-data.ts';
import { type ClassKey, type ClassLocale, classLocale, cs } from './strings.ts';
import {
  fileHash,
  noteSeenClass,
  readClasses,
  readResults,
  readSeenClasses,
  removeResults,
  type StoredResult,
  saveClass,
  saveResults,
  type TeacherClass,
} from './teacher-store.ts';
import type { VerifyRequest } from './verify.worker.ts';
import VerifyWorker from './verify.worker.ts?worker';

/** A file whose replay takes longer is refused (and its worker stopped). */
const VERIFY_TIMEOUT_MS = 20_000;
const MB = 1024 * 1024;

const PROBLEM_KEYS: Record<string, ClassKey> = {
  'too-large': 'refusedTooLargeMb',
  'not-json': 'refusedNotJson',
  'wrong-format': 'refusedWrongFormat',
  'forbidden-key': 'refusedForbiddenKey',
  invalid: 'refusedInvalid',
};

type WorkerAnswer = { kind: 'verdict'; verdict: FileVerdict } | { kind: 'refused'; problem: string; where?: string };

class TeacherElement extends HTMLElement {
  private locale: ClassLocale = 'en';
  private lessons: LessonData[] = [];
  private configs: Record<string, TerminalConfig> = {};
  private queue: Promise<void> = Promise.resolve();
  private made: TeacherClass[] = [];
  private seen: ClassInfo[] = [];
  private current: string | undefined;
  private results: StoredResult[] = [];
  private sort: { key: StudentSortKey; direction: 'ascending' | 'descending' } = {
    key: 'student',
    direction: 'ascending',
  };
  private openStudent: string | undefined;
  private openExercise: string | undefined;

  connectedCallback(): void {
    this.locale = classLocale(this.dataset.locale);
    this.lessons = JSON.parse(this.dataset.lessons ?? '[]') as LessonData[];
    this.configs = Object.fromEntries(this.lessons.map((l) => [l.slug, l.config]));
    const seed = this.querySelector<HTMLInputElement>('input[name="seed"]');
    if (seed && seed.value === '') seed.value = String(randomSeed());
    this.querySelector<HTMLFormElement>('form[data-create]')?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.createLink(e.currentTarget as HTMLFormElement);
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
      this.enqueue('(text)', text);
    });
    this.querySelector<HTMLSelectElement>('select[data-class-select]')?.addEventListener('change', (e) => {
      void this.selectClass((e.currentTarget as HTMLSelectElement).value);
    });
    this.querySelector('[data-csv-students]')?.addEventListener('click', () => this.download('students'));
    this.querySelector('[data-csv-exercises]')?.addEventListener('click', () => this.download('exercises'));
    this.querySelector('[data-csv]')?.addEventListener('click', () => this.download('detail'));
    this.querySelector('[data-export-class]')?.addEventListener('click', () => this.exportClass());
    this.querySelector('[data-clear]')?.addEventListener('click', () => void this.removeClass());
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.made = await readClasses();
      this.seen = await readSeenClasses();
    } catch (error) {
      this.message(cs(this.locale, isQuotaError(error) ? 'storageFull' : 'storageFailed'), true);
    }
    const first = this.made.at(-1)?.id ?? this.seen.at(-1)?.id;
    await this.selectClass(first);
    this.dataset.ready = 'true';
  }

  // ---- class link ------------------------------------------------------------------------------------------

  private async createLink(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const seedText = String(data.get('seed') ?? '').trim();
    const due = String(data.get('due') ?? '');
    const lessons = data.getAll('lesson').map(String);
    const seed = /^\d{1,10}$/.test(seedText) ? Number(seedText) : -1;
    const course = [...this.lessons].sort((a, b) => a.order - b.order).map((l) => l.slug);
    const random = crypto.getRandomValues(new Uint16Array(1))[0]!;
    const code = encodeClassCode(lessons, seed, course, random);
    const candidate = {
      id: code?.id ?? randomClassId(),
      name: String(data.get('name') ?? ''),
      lessons,
      seed,
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
    const codeOut = this.querySelector<HTMLElement>('[data-code]');
    if (codeOut) codeOut.textContent = code?.code ?? cs(this.locale, 'codeUnavailable');
    const qr = this.querySelector<HTMLElement>('[data-qr]');
    if (qr) {
      // uqr is loaded only here, when a link exists to draw.
      const { qrSvg } = await import('./qr-code.ts');
      qr.replaceChildren(qrSvg(url.href, cs(this.locale, 'qrLabel')));
    }
    if (output) output.hidden = false;
    const made: TeacherClass = { ...parsed.data, createdAt: Date.now(), ...(code ? { code: code.code } : {}) };
    this.made = [...this.made.filter((c) => c.id !== made.id), made];
    try {
      await saveClass(made);
    } catch (error) {
      this.message(cs(this.locale, isQuotaError(error) ? 'storageFull' : 'storageFailed'), true);
    }
    await this.selectClass(made.id);
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

  // ---- classes -----------------------------------------------------------------------------------------------

  private classInfo(id: string | undefined): ClassInfo | undefined {
    return this.made.find((c) => c.id === id) ?? this.seen.find((c) => c.id === id);
  }

  private async selectClass(id: string | undefined): Promise<void> {
    this.current = id;
    this.openStudent = undefined;
    this.openExercise = undefined;
    try {
      this.results = id ? await readResults(id) : [];
    } catch {
      this.results = [];
    }
    this.render();
  }

  // ---- import ------------------------------------------------------------------------------------------------

  private importFiles(files: File[]): void {
    for (const file of files) {
      if (file.size > MAX_CLASS_FILE_BYTES) {
        this.message(cs(this.locale, 'refusedTooLargeMb', { name: file.name, mb: MAX_RESULTS_BYTES / MB }), true);
        continue;
      }
      this.queue = this.queue.then(async () => {
        let text: string;
        try {
          text = await file.text();
        } catch {
          this.message(cs(this.locale, 'refusedRead', { name: file.name }), true);
          return;
        }
        await this.importText(file.name, text);
      });
    }
  }

  private enqueue(name: string, text: string): void {
    this.queue = this.queue.then(() => this.importText(name, text));
  }

  /** A class file (its results files are checked one by one) or a results file. */
  private async importText(name: string, text: string): Promise<void> {
    const classFile = text.includes(CLASS_FILE_FORMAT) ? parseClassFile(text) : undefined;
    if (classFile === 'invalid') {
      this.message(cs(this.locale, 'classFileInvalid', { name }), true);
      return;
    }
    if (classFile) {
      this.message(cs(this.locale, 'classFileImported', { name, n: classFile.files.length }), false);
      if (classFile.class && !this.made.some((c) => c.id === classFile.class?.id)) {
        const made: TeacherClass = { ...classFile.class, createdAt: Date.now() };
        this.made.push(made);
        await saveClass(made).catch(() => undefined);
      }
      for (const inner of classFile.files) await this.importResults(inner.name, inner.text);
      return;
    }
    await this.importResults(name, text);
  }

  /** Files are checked one after another: replays are CPU-bound, and the table order follows the order given. */
  private async importResults(name: string, text: string): Promise<void> {
    if (new TextEncoder().encode(text).length > MAX_RESULTS_BYTES) {
      this.message(cs(this.locale, 'refusedTooLargeMb', { name, mb: MAX_RESULTS_BYTES / MB }), true);
      return;
    }
    this.message(cs(this.locale, 'checking', { name }), false);
    const answer = await this.verify(text);
    if (answer === 'timeout') {
      this.message(cs(this.locale, 'refusedTimeout', { name, s: VERIFY_TIMEOUT_MS / 1000 }), true);
      return;
    }
    if (answer.kind === 'refused') {
      const key = PROBLEM_KEYS[answer.problem] ?? 'refusedInvalid';
      const where = answer.where ? ` (${answer.where})` : '';
      this.message(cs(this.locale, key, { name, where, mb: MAX_RESULTS_BYTES / MB }), true);
      return;
    }
    const { verdict } = answer;
    const hash = await fileHash(text);
    const classId = verdict.classId;
    let stored: StoredResult[];
    try {
      stored = await readResults(classId);
    } catch {
      stored = classId === this.current ? this.results : [];
    }
    const student = verdict.student;
    if (stored.some((r) => r.hash === hash)) {
      this.message(cs(this.locale, 'duplicateFile', { name, student }), false);
      await this.selectClass(classId);
      return;
    }
    // A newer file from the same student replaces the earlier one (students export again after more work).
    const earlier = stored.find((r) => r.verdict.student === student);
    if (earlier) this.message(cs(this.locale, 'replacedFile', { name, student }), false);
    const next = [
      ...stored.filter((r) => r !== earlier),
      { hash, fileName: name, importedAt: Date.now(), verdict, text },
    ];
    try {
      await saveResults(classId, next);
      if (!this.made.some((c) => c.id === classId)) await noteSeenClass(verdict.declaredClass);
    } catch (error) {
      this.message(cs(this.locale, isQuotaError(error) ? 'storageFull' : 'storageFailed'), true);
    }
    if (!this.classInfo(classId)) this.seen.push(verdict.declaredClass);
    this.message(cs(this.locale, 'checked', { name, n: verdict.rows.length }), false);
    this.current = classId;
    this.results = next;
    this.render();
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
      const teacherClasses = this.made.map(({ createdAt: _c, code: _k, ...info }) => info);
      const request: VerifyRequest = { text, configs: this.configs, teacherClasses };
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

  // ---- class view ------------------------------------------------------------------------------------------

  private render(): void {
    const l = this.locale;
    const select = this.querySelector<HTMLSelectElement>('select[data-class-select]');
    const known = [...this.made, ...this.seen.filter((s) => !this.made.some((m) => m.id === s.id))];
    if (select) {
      select.replaceChildren(
        ...known.map((c) => {
          const option = document.createElement('option');
          option.value = c.id;
          const made = this.made.some((m) => m.id === c.id);
          option.textContent = `${c.name} (${cs(l, made ? 'classMadeHere' : 'classFromFiles')})`;
          option.selected = c.id === this.current;
          return option;
        }),
      );
      select.disabled = known.length === 0;
    }
    const info = this.classInfo(this.current);
    const made = this.made.find((c) => c.id === this.current);
    const infoBox = this.querySelector<HTMLElement>('[data-class-info]');
    if (infoBox) {
      infoBox.hidden = !info;
      infoBox.textContent = info
        ? [
            `${cs(l, 'classIdLabel')}: ${info.id}`,
            made ? `${cs(l, 'seedLabel')}: ${made.seed}` : cs(l, 'noteClassUnknown'),
            made?.code ? `${cs(l, 'codeLabel')}: ${made.code}` : '',
          ]
            .filter(Boolean)
            .join(' · ')
        : '';
      infoBox.dataset.known = String(Boolean(made));
    }
    const view = this.querySelector<HTMLElement>('[data-class-view]');
    const empty = this.querySelector<HTMLElement>('[data-no-results]');
    const actions = this.querySelector<HTMLElement>('[data-class-actions]');
    const has = Boolean(info) && this.results.length > 0;
    if (empty) empty.hidden = !info || has;
    if (actions) actions.hidden = !has;
    if (!view) return;
    view.hidden = !has;
    if (!has || !info) {
      view.replaceChildren();
      return;
    }
    renderClassView(
      view,
      {
        locale: l,
        lessons: this.lessons,
        classInfo: info,
        results: this.results,
        sort: this.sort,
        ...(this.openStudent ? { openStudent: this.openStudent } : {}),
        ...(this.openExercise ? { openExercise: this.openExercise } : {}),
      },
      {
        sort: (key) => {
          this.sort =
            this.sort.key === key
              ? { key, direction: this.sort.direction === 'ascending' ? 'descending' : 'ascending' }
              : { key, direction: 'ascending' };
          this.render();
          this.querySelector<HTMLButtonElement>(`th[data-sort-key="${key}"] button`)?.focus();
        },
        openStudent: (hash) => {
          this.openStudent = hash;
          this.render();
          this.querySelector<HTMLElement>('[data-student-detail] h3')?.focus();
        },
        openExercise: (key) => {
          this.openExercise = key;
          this.render();
          this.querySelector<HTMLElement>('[data-exercise-detail] h3')?.focus();
        },
        removeStudent: (hash) => void this.removeStudent(hash),
      },
    );
  }

  private async removeStudent(hash: string): Promise<void> {
    const result = this.results.find((r) => r.hash === hash);
    if (!result || !this.current) return;
    if (!window.confirm(cs(this.locale, 'confirmRemoveStudent', { name: result.verdict.student }))) return;
    this.results = this.results.filter((r) => r.hash !== hash);
    this.openStudent = undefined;
    await saveResults(this.current, this.results).catch(() => undefined);
    this.render();
  }

  private async removeClass(): Promise<void> {
    const info = this.classInfo(this.current);
    if (!info || !this.current) return;
    if (!window.confirm(cs(this.locale, 'confirmRemoveClass', { name: info.name }))) return;
    await removeResults(this.current).catch(() => undefined);
    this.seen = this.seen.filter((c) => c.id !== this.current);
    await this.selectClass(this.made.some((c) => c.id === this.current) ? this.current : this.made.at(-1)?.id);
  }

  private download(kind: 'students' | 'exercises' | 'detail'): void {
    const info = this.classInfo(this.current);
    if (!info) return;
    const l = this.locale;
    const text =
      kind === 'students'
        ? studentsCsv(
            this.results.map((r) => summariseStudent(r, info, this.lessons)),
            l,
          )
        : kind === 'exercises'
          ? exercisesCsv(summariseExercises(this.results, info, this.lessons), this.lessons, l)
          : detailCsv(
              this.results.flatMap((r) => r.verdict.rows),
              this.lessons,
              l,
            );
    downloadText(`jobs-lab-${info.id}-${kind}.csv`, text, 'text/csv;charset=utf-8');
  }

  private exportClass(): void {
    const made = this.made.find((c) => c.id === this.current);
    if (!this.current) return;
    const file: ClassFile = {
      format: CLASS_FILE_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      ...(made
        ? {
            class: {
              id: made.id,
              name: made.name,
              lessons: made.lessons,
              seed: made.seed,
              ...(made.due ? { due: made.due } : {}),
            },
          }
        : {}),
      files: this.results.map((r) => ({ name: r.fileName, text: r.text })),
    };
    downloadText(`jobs-lab-class-${this.current}.json`, `${JSON.stringify(file)}\n`, 'application/json');
  }
}

if (!customElements.get('jl-teacher')) customElements.define('jl-teacher', TeacherElement);
