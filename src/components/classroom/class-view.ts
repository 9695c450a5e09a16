// Renders the teacher's class view: the students table (sortable), one student's drill-down (every exercise with
// the check's own feedback, and the quiz answers), the exercises-across-the-class table and one exercise's
// drill-down (every student). DOM built with createElement/textContent only: every name and answer comes from a
// student's file. The element (teacher-element.ts) owns state and storage; this file only draws it.

import type { ClassInfo } from '../../lib/classroom/class-link.ts';
import {
  type ImportedResult,
  type StudentSortKey,
  sortStudents,
  summariseExercises,
  summariseStudent,
} from '../../lib/classroom/class-summary.ts';
import { neutralText } from '../../lib/classroom/neutral-text.ts';
import {
  DETAIL_COLUMNS,
  detailCells,
  EXERCISE_COLUMNS,
  exerciseCells,
  exerciseTitle,
  QUESTION_COLUMNS,
  questionCells,
  STUDENT_COLUMNS,
  studentCells,
} from './class-cells.ts';
import type { LessonData } from './lesson-data.ts';
import { type ClassKey, type ClassLocale, cs } from './strings.ts';

export interface ClassViewState {
  locale: ClassLocale;
  lessons: readonly LessonData[];
  classInfo: ClassInfo;
  results: readonly ImportedResult[];
  sort: { key: StudentSortKey; direction: 'ascending' | 'descending' };
  openStudent?: string;
  /** `lesson/exercise` */
  openExercise?: string;
}

export interface ClassViewActions {
  sort(key: StudentSortKey): void;
  openStudent(hash: string | undefined): void;
  openExercise(key: string | undefined): void;
  removeStudent(hash: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function table(caption: string, headers: readonly string[], rows: readonly HTMLTableRowElement[]): HTMLElement {
  const wrap = el('div');
  wrap.className = 'table-wrap';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  const t = el('table');
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  t.createTHead().append(head);
  t.createTBody().append(...rows);
  wrap.append(t);
  return wrap;
}

function row(cells: readonly string[], first?: HTMLElement): HTMLTableRowElement {
  const tr = el('tr');
  for (const [index, text] of cells.entries()) {
    const cell = el(index === 0 ? 'th' : 'td');
    if (index === 0) {
      (cell as HTMLTableCellElement).scope = 'row';
      if (first) cell.append(first);
      else cell.textContent = text;
    } else {
      cell.textContent = text;
    }
    tr.append(cell);
  }
  return tr;
}

export function renderClassView(root: HTMLElement, state: ClassViewState, actions: ClassViewActions): void {
  const l = state.locale;
  const course = state.lessons;
  const summaries = sortStudents(
    state.results.map((r) => summariseStudent(r, state.classInfo, course)),
    state.sort.key,
    state.sort.direction,
    l,
  );
  const children: HTMLElement[] = [];

  // Students, sortable by every column (buttons in the headers; aria-sort says the current order).
  const students = el('table');
  students.dataset.students = '';
  students.append(el('caption', cs(l, 'studentsCaption')));
  const head = el('tr');
  for (const [key, label] of STUDENT_COLUMNS) {
    const th = el('th');
    th.scope = 'col';
    th.dataset.sortKey = key;
    if (state.sort.key === key) th.setAttribute('aria-sort', state.sort.direction);
    const button = el('button', cs(l, label));
    button.type = 'button';
    button.className = 'sort';
    button.addEventListener('click', () => actions.sort(key));
    th.append(button);
    head.append(th);
  }
  students.createTHead().append(head);
  students.createTBody().append(
    ...summaries.map((s) => {
      const open = el('button', s.student);
      open.type = 'button';
      open.className = 'link';
      open.dataset.openStudent = s.hash;
      open.setAttribute('aria-expanded', String(state.openStudent === s.hash));
      open.addEventListener('click', () => actions.openStudent(state.openStudent === s.hash ? undefined : s.hash));
      const tr = row(studentCells(s, l), open);
      tr.dataset.studentRow = s.hash;
      tr.dataset.flagged = String(s.flagged > 0);
      return tr;
    }),
  );
  const studentsWrap = el('div');
  studentsWrap.className = 'table-wrap';
  studentsWrap.tabIndex = 0;
  studentsWrap.setAttribute('role', 'region');
  studentsWrap.setAttribute('aria-label', cs(l, 'studentsCaption'));
  studentsWrap.append(students);
  children.push(studentsWrap);

  const opened = state.results.find((r) => r.hash === state.openStudent);
  if (opened) children.push(studentDetail(opened, state, actions));

  // Exercises across the class.
  const exercises = summariseExercises(state.results, state.classInfo, course);
  const exerciseRows = exercises.map((e) => {
    const key = `${e.lesson}/${e.exercise}`;
    const cells = exerciseCells(e, course, l);
    const open = el('button', cells[1]);
    open.type = 'button';
    open.className = 'link';
    open.dataset.openExercise = key;
    open.setAttribute('aria-expanded', String(state.openExercise === key));
    open.addEventListener('click', () => actions.openExercise(state.openExercise === key ? undefined : key));
    const tr = el('tr');
    for (const [index, text] of cells.entries()) {
      const cell = el(index === 1 ? 'th' : 'td');
      if (index === 1) {
        (cell as HTMLTableCellElement).scope = 'row';
        cell.append(open);
      } else {
        cell.textContent = text;
      }
      tr.append(cell);
    }
    tr.dataset.exerciseRow = key;
    return tr;
  });
  const exercisesWrap = table(
    cs(l, 'exercisesCaption'),
    EXERCISE_COLUMNS.map((k) => cs(l, k)),
    exerciseRows,
  );
  exercisesWrap.querySelector('table')!.dataset.exercises = '';
  children.push(exercisesWrap);
  if (state.openExercise) children.push(exerciseDetail(state.openExercise, state, actions));
  root.replaceChildren(...children);
}

function detailSection(heading: string, closeLabel: string, close: () => void, kind: string): HTMLElement {
  const section = el('section');
  section.className = 'detail';
  section.dataset[kind] = '';
  const h3 = el('h3', heading);
  h3.tabIndex = -1;
  const button = el('button', closeLabel);
  button.type = 'button';
  button.addEventListener('click', close);
  section.append(h3, button);
  return section;
}

function studentDetail(result: ImportedResult, state: ClassViewState, actions: ClassViewActions): HTMLElement {
  const l = state.locale;
  const { verdict } = result;
  const name = neutralText(verdict.student);
  const section = detailSection(
    cs(l, 'detailHeading', { name }),
    cs(l, 'closeDetail'),
    () => actions.openStudent(undefined),
    'studentDetail',
  );
  const meta = el(
    'p',
    `${cs(l, 'colFile')}: ${result.fileName} · ${cs(l, 'fileVersion', { v: verdict.version })} · ${cs(l, 'classIdLabel')}: ${verdict.classId}`,
  );
  meta.className = 'meta';
  section.append(meta);
  const rows = verdict.rows.map((r) => {
    const tr = row(detailCells(r, state.lessons, l));
    tr.dataset.exercise = r.exercise;
    tr.dataset.verdict = r.verdict;
    return tr;
  });
  const exercises = table(
    cs(l, 'detailHeading', { name }),
    DETAIL_COLUMNS.map((k) => cs(l, k)),
    rows,
  );
  exercises.querySelector('table')!.dataset.detailRows = '';
  section.append(exercises);
  section.append(el('h4', cs(l, 'questionsHeading')));
  if (verdict.questions.length === 0) {
    section.append(el('p', cs(l, 'noQuestions')));
  } else {
    const questions = table(
      cs(l, 'questionsHeading'),
      QUESTION_COLUMNS.map((k) => cs(l, k)),
      verdict.questions.map((q) => {
        const tr = row(questionCells(q, state.lessons, l));
        tr.dataset.question = q.id;
        tr.dataset.correct = String(q.correct);
        return tr;
      }),
    );
    questions.querySelector('table')!.dataset.questionRows = '';
    section.append(questions);
  }
  const remove = el('button', cs(l, 'removeStudent'));
  remove.type = 'button';
  remove.dataset.removeStudent = result.hash;
  remove.addEventListener('click', () => actions.removeStudent(result.hash));
  section.append(remove);
  return section;
}

function exerciseDetail(key: string, state: ClassViewState, actions: ClassViewActions): HTMLElement {
  const l = state.locale;
  const [lesson = '', exercise = ''] = key.split('/');
  const title = exerciseTitle(state.lessons, lesson, exercise);
  const section = detailSection(
    cs(l, 'exerciseDetailHeading', { name: title }),
    cs(l, 'closeDetail'),
    () => actions.openExercise(undefined),
    'exerciseDetail',
  );
  const columns: ClassKey[] = ['colStudent', ...DETAIL_COLUMNS.slice(2)];
  const rows = state.results.flatMap((result) =>
    result.verdict.rows
      .filter((r) => r.lesson === lesson && r.exercise === exercise)
      .map((r) => {
        const tr = row([neutralText(r.student), ...detailCells(r, state.lessons, l).slice(2)]);
        tr.dataset.verdict = r.verdict;
        return tr;
      }),
  );
  const wrap = table(
    cs(l, 'exerciseDetailHeading', { name: title }),
    columns.map((k) => cs(l, k)),
    rows,
  );
  wrap.querySelector('table')!.dataset.exerciseStudents = '';
  section.append(wrap);
  return section;
}
