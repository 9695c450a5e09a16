// The editor → shell FileSystem glue: manifest-change events land in the file system.
import { describe, expect, it } from 'vitest';
import { syncManifestsInto, writeManifest } from '../../../../src/components/editor/file-system.ts';

function memoryFs() {
  const files = new Map<string, string>();
  return { files, write: (path: string, content: string) => void files.set(path, content) };
}

describe('manifest editor file-system glue', () => {
  it('writeManifest writes the file', () => {
    const fs = memoryFs();
    writeManifest(fs, { file: 'job.yaml', content: 'kind: Job\n' });
    expect(fs.files.get('job.yaml')).toBe('kind: Job\n');
  });

  it('syncManifestsInto follows manifest-change events until stopped', () => {
    const fs = memoryFs();
    const root = new EventTarget();
    const stop = syncManifestsInto(fs, root);
    root.dispatchEvent(new CustomEvent('manifest-change', { detail: { file: 'job.yaml', content: 'a' } }));
    expect(fs.files.get('job.yaml')).toBe('a');
    // Malformed details are ignored rather than written.
    root.dispatchEvent(new CustomEvent('manifest-change', { detail: { file: 'job.yaml' } }));
    expect(fs.files.get('job.yaml')).toBe('a');
    stop();
    root.dispatchEvent(new CustomEvent('manifest-change', { detail: { file: 'job.yaml', content: 'b' } }));
    expect(fs.files.get('job.yaml')).toBe('a');
  });
});
