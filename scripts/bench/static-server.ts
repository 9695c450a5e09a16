// A minimal static file server over dist/ for the bench (no astro preview: only one may run per project). It
// answers as the CDN the site is deployed to would (docs/bench.md "The bench's server"): every file read and
// gzip-compressed once at start (an edge cache), sent with its Content-Length and, when the browser accepts it,
// Content-Encoding gzip; connections are kept alive. A CDN's work is not on the learner's machine, so the bench's
// server should not spend the shared cores' time on file system calls and streams per request either.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing (fonts and images are compressed formats already, or small). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);

interface Entry {
  type: string;
  body: Buffer;
  gzip?: Buffer;
}

/** Every file under `root` by its URL path; a folder's index.html under the folder's path with a final slash. */
function readAll(root: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const name of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const file = join(name.parentPath, name.name);
    const path = `/${relative(root, file).split(sep).join('/')}`;
    const ext = extname(file);
    const body = readFileSync(file);
    const entry: Entry = { type: TYPES[ext] ?? 'application/octet-stream', body };
    if (COMPRESSIBLE.has(ext) && body.length > 1024) entry.gzip = gzipSync(body);
    files.set(path, entry);
    if (name.name === 'index.html') files.set(path.slice(0, -'index.html'.length), entry);
  }
  return files;
}

export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const files = readAll(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const entry = files.get(path) ?? files.get(`${path}/`);
    if (!entry) {
      res.writeHead(404, { 'content-length': 0 }).end();
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? entry.gzip : undefined;
    const body = gzip ?? entry.body;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
