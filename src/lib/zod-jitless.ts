// Imported first by every module that defines zod schemas for the browser. zod probes `new Function('')` once to
// decide whether to compile fast parsers; under the site's Content-Security-Policy (no 'unsafe-eval', issue 15)
// that probe is refused and reported as a CSP violation even though zod catches it. Jitless mode skips the probe
// and parses with the ordinary (interpreted) path. One global setting shared by zod/mini and astro/zod.
import { config } from 'zod/mini';

config({ jitless: true });
