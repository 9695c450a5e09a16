// Glue between the editor's `manifest-change` event and the shell's FileSystem
// (src/sim/shell/program.ts), so `kubectl apply -f job.yaml` reads what the learner typed.

/** The part of the shell's FileSystem the editor needs. */
export interface WritableFiles {
  write(path: string, content: string): void;
}

export interface ManifestChangeDetail {
  file: string;
  content: string;
}

/** Writes one manifest into a FileSystem-like object. */
export function writeManifest(fs: WritableFiles, detail: ManifestChangeDetail): void {
  fs.write(detail.file, detail.content);
}

/**
 * Keeps `fs` in step with every manifest editor under `root`: listens for `manifest-change`.
 * Returns a function that stops listening.
 */
export function syncManifestsInto(fs: WritableFiles, root: EventTarget = document): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<ManifestChangeDetail>).detail;
    if (detail && typeof detail.file === 'string' && typeof detail.content === 'string') writeManifest(fs, detail);
  };
  root.addEventListener('manifest-change', listener);
  return () => root.removeEventListener('manifest-change', listener);
}
