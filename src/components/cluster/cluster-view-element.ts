// <jl-cluster-view>: the lesson's cluster beside its terminal. It follows the live simulator session (the
// terminal's `jobs-lab:session` event): store watch events and clock ticks schedule one repaint right after the
// next animation frame (the terminal's output goes first), so the view is never more than two frames behind.
// Each Job is a block with kubectl's STATUS/COMPLETIONS/DURATION cells, its true conditions, its pods and its
// timeline.
//
// Many Jobs (issue 12: 100 failing Jobs after `sleep 3600`, 700 pods) must not freeze the page. A Chromium trace
// showed each repaint as one long task: building every changed block, then style and layout of all of them, the
// off-screen ones included. So a repaint rebuilds changed blocks for a few ms only, the ones in view first, and
// continues in the next frames; blocks are swapped in place (not the whole list); and off-screen blocks skip style,
// layout and paint (`content-visibility: auto` in ClusterView.astro).
//
// Test contract (issue 9): [data-cluster-view] on this element; per Job [data-job][data-completions]; per pod
// [data-pod][data-status]; per pod bar [data-pod-bar][data-pod][data-created] and [data-finished] once finished.

import { postBackground } from '../../lib/after-paint.ts';
import type { Session } from '../../sim/session.ts';
import { JUMP_END_EVENT, SESSION_EVENT } from '../terminal/events.ts';
import { type ClusterModel, clusterModel, gapsOf, type JobModel, type PodRow, timelineRows } from './cluster-model.ts';
import { type ClusterLabels, clusterLabels, type RawLabels } from './labels.ts';
import { attachPodHistory, type PodHistory, type PodRecord } from './pod-history.ts';
import { renderTimeline, secondsSince } from './timeline-svg.ts';

/** Real time one repaint spends building blocks before it leaves the rest to the next frame. */
const BUILD_BUDGET_MS = 6;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

class ClusterView extends HTMLElement {
  private labels!: ClusterLabels;
  private session: Session | undefined;
  private history: PodHistory | undefined;
  private off: (() => void)[] = [];
  private frame = 0;
  private lastSecond = -1;
  /** What each block last showed, so an unchanged Job is not rebuilt every second. */
  private shown = new Map<string, string>();
  private width = 0;
  private resize: ResizeObserver | undefined;
  /** Keys of the blocks in (or near) the scroll area's view: rebuilt first. */
  private readonly visible = new Set<string>();
  private seen: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.labels = clusterLabels(JSON.parse(this.dataset.labels ?? '{}') as RawLabels);
    const onSession = (event: Event) => this.follow((event as CustomEvent<{ session?: Session }>).detail.session);
    document.addEventListener(SESSION_EVENT, onSession);
    this.resize = new ResizeObserver(() => {
      const width = this.body().clientWidth;
      if (Math.abs(width - this.width) < 8) return;
      this.width = width;
      this.shown.clear();
      this.schedule();
    });
    this.resize.observe(this);
    this.seen = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.key ?? '';
          if (entry.isIntersecting) this.visible.add(key);
          else this.visible.delete(key);
        }
      },
      { root: this.body(), rootMargin: '50% 0px' },
    );
    const terminal = document.querySelector<HTMLElement & { simulatorSession?: Session }>('jl-terminal');
    if (terminal?.simulatorSession) this.follow(terminal.simulatorSession);
    this.off.push(() => document.removeEventListener(SESSION_EVENT, onSession));
    // A clock jump in slices: one drawing at its end instead of one per frame (see JUMP_END_EVENT).
    const onJumpEnd = () => {
      if (!this.deferred) return;
      this.deferred = false;
      this.schedule();
    };
    document.addEventListener(JUMP_END_EVENT, onJumpEnd);
    this.off.push(() => document.removeEventListener(JUMP_END_EVENT, onJumpEnd));
  }

  private deferred = false;

  disconnectedCallback(): void {
    this.unfollow();
    for (const off of this.off) off();
    this.off = [];
    this.resize?.disconnect();
    this.seen?.disconnect();
  }

  private unfollow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.task?.();
    this.task = undefined;
  }

  private follow(session: Session | undefined): void {
    if (!session || session === this.session) return;
    for (const off of this.sessionOff) off();
    this.session = session;
    this.history = attachPodHistory(session);
    const { store, clock } = session.cluster;
    this.sessionOff = [
      this.history.subscribe(() => this.schedule()),
      store.watch('Job', () => this.schedule()),
      clock.onTick((now) => {
        // DURATION, AGE-like cells and running bars change with the second.
        const second = Math.floor(now / 1000);
        if (second !== this.lastSecond) this.schedule();
      }),
    ];
    this.shown.clear();
    this.schedule();
  }

  private sessionOff: (() => void)[] = [];

  private schedule(): void {
    // Called on every pod and Job change: during a jump (thousands of them) only the first one looks at the page.
    if (this.frame || this.task || this.deferred) return;
    if (document.querySelector('jl-terminal[data-jumping]')) {
      this.deferred = true;
      return;
    }
    // Drawn in a task after the next frame, not inside it: a command that changes the cluster (`create job`)
    // schedules this during its Enter, before xterm asks for its frame, and a repaint in that frame ran first and
    // delayed the command's output by its length (issue 12: output in the keystroke's frame). The view is one
    // frame later instead; a hidden tab still draws nothing (no frame, no task). The task is at background
    // priority (as afterPaint's): a timer queued from that frame ran before the tasks already waiting after it.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.task = postBackground(() => {
        this.task = undefined;
        this.render();
      });
    });
  }

  /** Cancels the posted draw. */
  private task: (() => void) | undefined;

  private body(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-cluster-body]') ?? this;
  }

  private render(): void {
    if (!this.session || !this.history) return;
    this.lastSecond = Math.floor(this.session.cluster.clock.now() / 1000);
    const model = clusterModel(this.session, this.history);
    const body = this.body();
    this.width = this.width || body.clientWidth || 480;
    this.dataset.state = model.jobs.length + model.loose.pods.length + model.loose.bars.length > 0 ? 'live' : 'empty';
    const blocks: { key: string; signature: string; build: () => HTMLElement }[] = model.jobs.map((job) => ({
      key: `job:${job.namespace}/${job.name}`,
      signature: JSON.stringify([job, model.now >= (job.end?.at ?? Number.POSITIVE_INFINITY) ? 0 : model.now]),
      build: () => this.jobBlock(job, model),
    }));
    if (model.loose.pods.length > 0 || model.loose.bars.length > 0) {
      blocks.push({
        key: 'loose',
        signature: JSON.stringify([model.loose, model.now]),
        build: () => this.looseBlock(model),
      });
    }
    const list = body.querySelector<HTMLElement>('[data-cluster-jobs]') ?? body;
    const existing = new Map<string, HTMLElement>();
    for (const child of list.children) existing.set((child as HTMLElement).dataset.key ?? '', child as HTMLElement);
    // Changed blocks in view first, then the others in order, each while the frame's budget lasts; a block not
    // rebuilt keeps what it showed (a new one waits as an empty placeholder) and the next frame goes on.
    const changed = blocks.filter((block) => !existing.has(block.key) || this.shown.get(block.key) !== block.signature);
    changed.sort((a, b) => Number(this.visible.has(b.key)) - Number(this.visible.has(a.key)));
    const started = performance.now();
    const rebuilt = new Map<string, HTMLElement>();
    let pending = false;
    for (const block of changed) {
      if (rebuilt.size > 0 && performance.now() - started > BUILD_BUDGET_MS) {
        pending = true;
        break;
      }
      const built = block.build();
      built.dataset.key = block.key;
      this.shown.set(block.key, block.signature);
      rebuilt.set(block.key, built);
    }
    const next = blocks.map((block) => rebuilt.get(block.key) ?? existing.get(block.key) ?? placeholder(block.key));
    this.place(list, next);
    const empty = this.querySelector<HTMLElement>('[data-cluster-empty]');
    const waiting = this.querySelector<HTMLElement>('[data-cluster-waiting]');
    if (waiting) waiting.hidden = true;
    if (empty) empty.hidden = next.length > 0;
    if (pending) this.schedule();
  }

  /**
   * Makes `list`'s children exactly `next`, in order, touching only what differs (a replaced block, a new one, a
   * removed one), so unchanged blocks keep their layout instead of being taken out and put back.
   */
  private place(list: HTMLElement, next: HTMLElement[]): void {
    const keep = new Set(next);
    for (const child of [...list.children]) {
      if (!keep.has(child as HTMLElement)) {
        this.seen?.unobserve(child);
        child.remove();
      }
    }
    let cursor = list.firstElementChild;
    for (const element of next) {
      if (element === cursor) {
        cursor = cursor.nextElementSibling;
        continue;
      }
      list.insertBefore(element, cursor);
      this.seen?.observe(element);
    }
  }

  private jobBlock(job: JobModel, model: ClusterModel): HTMLElement {
    const l = this.labels;
    const head = h('h3', {}, job.name);
    const cells = h('dl', { class: 'cells' });
    const cell = (name: string, value: string) => cells.append(h('div', {}, h('dt', {}, name), h('dd', {}, value)));
    if (job.status !== undefined) cell('STATUS', job.status);
    cell('COMPLETIONS', job.completions);
    cell('DURATION', job.duration || '—');
    const conditions = job.conditions.map((c) => (c.reason ? `${c.type} (${c.reason})` : c.type)).join(', ');
    const counted = job.restartPolicy === 'OnFailure' ? job.failed + sumRestarts(job.bars) : job.failed;
    const max = job.restartPolicy === 'OnFailure' ? Math.max(job.backoffLimit, 1) : job.backoffLimit + 1;
    const meterId = `cv-meter-${job.namespace}-${job.name}`;
    const article = h(
      'article',
      {
        class: 'job',
        'data-job': job.name,
        'data-completions': job.completions,
        ...(job.status !== undefined ? { 'data-job-status': job.status } : {}),
      },
      head,
      ...(job.cronJob ? [h('p', { class: 'from' }, l.raw('fromCronJob', { name: job.cronJob }))] : []),
      cells,
      h('p', { class: 'conditions' }, `${l.raw('conditions')}: ${conditions || l.raw('none')}`),
      h(
        'p',
        { class: 'backoff' },
        h('label', { for: meterId }, l.raw('backoff', { limit: job.backoffLimit })),
        ' ',
        meter(meterId, counted, max),
        ` ${counted}/${max}`,
      ),
      this.podTable(job.pods),
      this.timeline(job.name, { ...job }, model),
    );
    return article;
  }

  private looseBlock(model: ClusterModel): HTMLElement {
    return h(
      'section',
      { class: 'job loose' },
      h('h3', {}, this.labels.raw('loose')),
      this.podTable(model.loose.pods),
      this.timeline(
        this.labels.raw('loose'),
        { indexed: false, deadline: undefined, end: undefined, bars: model.loose.bars, created: model.began },
        model,
      ),
    );
  }

  private podTable(pods: PodRow[]): HTMLElement {
    const table = h(
      'table',
      { class: 'pods' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'NAME'),
          h('th', { scope: 'col' }, 'STATUS'),
          h('th', { scope: 'col' }, 'RESTARTS'),
          h('th', { scope: 'col' }, this.labels.raw('exitCode')),
        ),
      ),
    );
    const body = h('tbody');
    for (const pod of pods) {
      body.append(
        h(
          'tr',
          { 'data-pod': pod.name, 'data-status': pod.status },
          h('th', { scope: 'row' }, pod.name),
          h('td', {}, pod.status),
          h('td', {}, pod.restarts),
          h('td', {}, pod.exitCode === undefined ? '—' : String(pod.exitCode)),
        ),
      );
    }
    table.append(body);
    return table;
  }

  private timeline(
    name: string,
    job: Pick<JobModel, 'indexed' | 'deadline' | 'end' | 'bars'> & { created: number },
    model: ClusterModel,
  ): HTMLElement {
    const l = this.labels;
    const svg = renderTimeline(job, model.now, model.began, Math.max(200, this.width - 16), l);
    // The text alternative: the same facts as sentences, for screen readers (the SVG is aria-hidden).
    const alt = h('ul', { class: 'visually-hidden' });
    for (const bar of job.bars) alt.append(h('li', {}, l.barTitle(bar, model.began)));
    for (const row of timelineRows(job.bars, job.indexed, model.now)) {
      for (const gap of gapsOf(row)) {
        alt.append(h('li', {}, l.raw('alt.gap', { n: gap.seconds, before: gap.after.name, after: gap.before.name })));
      }
    }
    if (job.deadline) {
      alt.append(h('li', {}, l.raw('alt.deadline', { t: secondsSince(model.began, job.deadline.at) })));
    }
    if (job.end) {
      alt.append(h('li', {}, l.raw('alt.end', { type: job.end.type, t: secondsSince(model.began, job.end.at) })));
    }
    return h('figure', { class: 'timeline-figure' }, h('figcaption', {}, l.raw('timeline', { name })), svg, alt);
  }
}

/** Where a new block goes until a frame has time to build it. */
function placeholder(key: string): HTMLElement {
  const element = document.createElement('article');
  element.className = 'job';
  element.dataset.key = key;
  return element;
}

function meter(id: string, value: number, max: number): HTMLMeterElement {
  const m = h('meter', { id, min: '0', max: String(max), value: String(Math.min(value, max)) });
  return m;
}

function sumRestarts(bars: PodRecord[]): number {
  return bars.filter((b) => b.deleted === undefined).reduce((n, b) => n + b.restarts.length, 0);
}

if (!customElements.get('jl-cluster-view')) customElements.define('jl-cluster-view', ClusterView);
