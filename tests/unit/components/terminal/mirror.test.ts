// The transcript mirror (src/components/terminal/mirror.ts): text is queued and put in the DOM at the flush the
// terminal schedules after the next frame; the log stays complete and in order, and clear() drops queued text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranscriptMirror } from '../../../../src/components/terminal/mirror.ts';

/** The few DOM calls the mirror makes, on plain objects (the unit tests run in Node, without a DOM). */
class FakeElement {
  children: FakeElement[] = [];
  texts: string[] = [];
  dataset: Record<string, string> = {};
  parent: FakeElement | undefined;
  get textContent(): string {
    return this.texts.join('') + this.children.map((c) => c.textContent).join('');
  }
  get childElementCount(): number {
    return this.children.length;
  }
  get firstElementChild(): FakeElement | undefined {
    return this.children[0];
  }
  append(child: FakeElement | string): void {
    if (typeof child === 'string') this.texts.push(child);
    else {
      child.parent = this;
      this.children.push(child);
    }
  }
  remove(): void {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
  }
  replaceChildren(): void {
    this.children = [];
    this.texts = [];
  }
}

function setup() {
  vi.stubGlobal('document', { createElement: () => new FakeElement() });
  const root = new FakeElement();
  const flushes: (() => void)[] = [];
  const mirror = new TranscriptMirror(root as unknown as HTMLElement, (run) => flushes.push(run));
  const lines = () => root.children.map((line) => [line.dataset.kind, line.textContent]);
  const runFlushes = () => {
    for (const run of flushes.splice(0)) run();
  };
  return { mirror, root, flushes, lines, runFlushes };
}

afterEach(() => vi.unstubAllGlobals());

describe('TranscriptMirror', () => {
  it('queues writes and puts them in the DOM, in order, at one scheduled flush', () => {
    const { mirror, flushes, lines, runFlushes } = setup();
    mirror.write('$ kubectl get jobs\n', 'input');
    mirror.write('No resources found in default namespace.\n');
    mirror.write('first hint\nsecond', 'hint');
    expect(lines()).toEqual([]);
    expect(flushes).toHaveLength(1);
    runFlushes();
    expect(lines()).toEqual([
      ['input', '$ kubectl get jobs'],
      ['output', 'No resources found in default namespace.'],
      ['hint', 'first hint'],
      ['hint', 'second'],
    ]);
  });

  it('leaves colour and other CSI sequences out (1.22 kubectl cluster-info colours its lines)', () => {
    const { mirror, lines, runFlushes } = setup();
    mirror.write('\x1b[0;32mCoreDNS\x1b[0m is running at \x1b[0;33mhttps://127.0.0.1:1\x1b[0m\n\x1b[2K');
    runFlushes();
    expect(lines()).toEqual([['output', 'CoreDNS is running at https://127.0.0.1:1']]);
  });

  it('continues an open line across writes and flushes, and keeps blank lines', () => {
    const { mirror, lines, runFlushes } = setup();
    mirror.write('par');
    runFlushes();
    mirror.write('tial\n\nnext\n');
    runFlushes();
    expect(lines()).toEqual([
      ['output', 'partial'],
      ['output', '\u00a0'],
      ['output', 'next'],
    ]);
  });

  it('a burst longer than the log keeps only its last 1,000 lines, in order, and costs no DOM work for the rest', () => {
    const { mirror, root, lines, runFlushes } = setup();
    mirror.write('$ kubectl logs kindnet-x\n', 'input');
    runFlushes();
    const created = vi.fn(() => new FakeElement());
    vi.stubGlobal('document', { createElement: created });
    mirror.write(`${Array.from({ length: 4_000 }, (_, i) => `line ${i}`).join('\n')}\n`);
    mirror.write(`${Array.from({ length: 1_000 }, (_, i) => `more ${i}`).join('\n')}\nprompt`);
    runFlushes();
    expect(root.childElementCount).toBe(1_000);
    expect(created).toHaveBeenCalledTimes(1_000);
    expect(lines()[0]).toEqual(['output', 'more 1']);
    expect(lines()[998]).toEqual(['output', 'more 999']);
    expect(lines()[999]).toEqual(['output', 'prompt']);
    // Cut inside one write: the kept part starts after the cut's newline.
    const second = setup();
    second.mirror.write(`${Array.from({ length: 1_500 }, (_, i) => `n${i}`).join('\n')}\n`);
    second.runFlushes();
    expect(second.lines()).toHaveLength(1_000);
    expect(second.lines()[0]).toEqual(['output', 'n500']);
  });

  it('clear() drops text still queued; a write after it is flushed alone', () => {
    const { mirror, lines, runFlushes } = setup();
    mirror.write('old\n');
    runFlushes();
    mirror.write('queued before clear\n');
    mirror.clear();
    mirror.write('after\n');
    runFlushes();
    expect(lines()).toEqual([['output', 'after']]);
  });

  it('flush() puts queued text in the DOM at once, and the scheduled flush then finds nothing', () => {
    const { mirror, lines, runFlushes } = setup();
    mirror.write('now\n');
    mirror.flush();
    expect(lines()).toEqual([['output', 'now']]);
    runFlushes();
    expect(lines()).toEqual([['output', 'now']]);
  });

  it('keeps the last 1,000 lines', () => {
    const { mirror, lines, runFlushes } = setup();
    mirror.write(Array.from({ length: 1005 }, (_, i) => `line ${i}\n`).join(''));
    runFlushes();
    expect(lines()).toHaveLength(1000);
    expect(lines()[0]).toEqual(['output', 'line 5']);
  });
});
