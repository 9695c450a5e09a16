// Entry of monaco-yaml's web worker, bundled by Vite through `?worker`. Importing it from our own file
// (instead of `monaco-yaml/yaml.worker.js?worker`) is monaco-yaml's documented workaround for Vite.
import 'monaco-yaml/yaml.worker.js';
