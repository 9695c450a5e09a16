// Editor drafts in the progress store, and the Apply command that puts a file into the replayable log.
import { describe, expect, it } from 'vitest';
import { saveDraft, storedDraft } from '../../../../src/components/editor/lesson-files.ts';
import { applyCommand, hereDocDelimiter } from '../../../../src/lib/apply-command.ts';
import { STORAGE_KEY } from '../../../../src/lib/progress/schema.ts';
import { createProgressStore, type StorageLike } from '../../../../src/lib/progress/store.ts';
import { createSession, replaySession } from '../../../../src/sim/session.ts';

function memory(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const key = { lesson: 'l4', fingerprint: 'fp' };
const ORIGINAL = 'kind: Job\n';

describe('editor drafts in the progress store', () => {
  it('reads progress saved before `files` existed', () => {
    const old = {
      version: 1,
      lessons: {
        l4: { cluster: 'fp', history: [], inputs: [], elapsed: 0, exercises: {}, completed: false, updatedAt: 1 },
      },
    };
    const store = createProgressStore(memory({ [STORAGE_KEY]: JSON.stringify(old) }));
    expect(store.problem).toBeUndefined();
    expect(storedDraft(store, key, 'job.yaml')).toBeUndefined();
  });

  it('saves a draft, keeps other files, and forgets it when it is the lesson version again', () => {
    const storage = memory();
    const store = createProgressStore(storage);
    saveDraft(store, key, 'job.yaml', 'kind: Job # edited\n', ORIGINAL);
    saveDraft(store, key, 'cron.yaml', 'kind: CronJob\n', 'x');
    expect(storedDraft(store, key, 'job.yaml')).toBe('kind: Job # edited\n');
    // A new store over the same storage = a reload.
    expect(storedDraft(createProgressStore(storage), key, 'job.yaml')).toBe('kind: Job # edited\n');
    saveDraft(store, key, 'job.yaml', ORIGINAL, ORIGINAL);
    expect(storedDraft(store, key, 'job.yaml')).toBeUndefined();
    expect(storedDraft(store, key, 'cron.yaml')).toBe('kind: CronJob\n');
    saveDraft(store, key, 'cron.yaml', 'x', 'x');
    expect(store.lesson('l4')?.files).toBeUndefined();
  });

  it('does not create a lesson entry for an unchanged file, nor restore drafts of other cluster settings', () => {
    const store = createProgressStore(memory());
    saveDraft(store, key, 'job.yaml', ORIGINAL, ORIGINAL);
    expect(store.lesson('l4')).toBeUndefined();
    saveDraft(store, key, 'job.yaml', 'changed\n', ORIGINAL);
    expect(storedDraft(store, { ...key, fingerprint: 'other' }, 'job.yaml')).toBeUndefined();
  });
});

describe('Apply command', () => {
  it('picks a delimiter that no line equals', () => {
    expect(hereDocDelimiter('a\nb')).toBe('EOF');
    expect(hereDocDelimiter('EOF\nEOF1\n')).toBe('EOF2');
  });

  it('writes the file literally through the shell and applies it; replaying the log rebuilds the same cluster', () => {
    const manifest = [
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: dollar',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '      - name: c',
      '        image: busybox',
      '        command: ["sh", "-c", "echo $((1 + 1)) $HOME"]',
      '',
    ].join('\n');
    const options = { profile: '1.35', seed: 3, files: { 'job.yaml': 'lesson version\n' } } as const;
    const session = createSession(options);
    for (const line of applyCommand('job.yaml', manifest).split('\n')) session.shell.submit(line);
    expect(session.fs.read('job.yaml')).toBe(manifest);
    session.advanceBy(20_000);
    const records = session.records.map((r) => `${r.line} → ${r.stdout}${r.stderr}`);
    expect(records.at(-1)).toBe('kubectl apply -f job.yaml → job.batch/dollar created\n');

    const { session: again, mismatches } = replaySession(options, session.log);
    expect(mismatches).toBe(0);
    expect(again.fs.read('job.yaml')).toBe(manifest);
    expect(JSON.stringify(again.cluster.api.list('Pod', 'default'))).toBe(
      JSON.stringify(session.cluster.api.list('Pod', 'default')),
    );
  });
});
