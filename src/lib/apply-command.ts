// What the Apply button types into the terminal: the file written by a here-document, then `kubectl apply -f`.
// The write goes through the shell (not straight into its FileSystem) so it lands in the session's input log:
// a reload or another tab replays the log and gets the same file and the same
// cluster, and the learner sees exactly what was saved and applied.

/** A delimiter that no line of the content equals, so the here-document cannot end early. */
export function hereDocDelimiter(content: string): string {
  const lines = new Set(content.split('\n'));
  let delimiter = 'EOF';
  for (let n = 1; lines.has(delimiter); n++) delimiter = `EOF${n}`;
  return delimiter;
}

/**
 * `cat <<'EOF' > FILE` … `EOF` then `kubectl apply -f FILE`. The quoted delimiter keeps `$VAR` and `$(…)` in a
 * manifest's command literal, as the editor shows them. A missing final newline is added (a here-document
 * ends every line with one).
 */
export function applyCommand(file: string, content: string): string {
  const body = content.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const delimiter = hereDocDelimiter(body);
  return [
    `cat <<'${delimiter}' > ${file}`,
    ...(body ? body.split('\n') : []),
    delimiter,
    `kubectl apply -f ${file}`,
  ].join('\n');
}
