// Astro integration: after `astro build`, copies the Content-Security-Policy that Astro put into every page's
// <meta http-equiv> into dist/_headers (public/_headers is the template: hosts such as Netlify and Cloudflare
// Pages read that file; others ignore it and the meta tag still applies). A header also covers what comes before
// the meta tag in <head> and allows directives a meta tag cannot carry (frame-ancestors).
// See docs/architecture.md, "Security headers".
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Only in a header: who may frame the site (a meta tag cannot say it). */
const HEADER_ONLY = "frame-ancestors 'self'";

/** The policy as one header value: directives joined by `; `, without Astro's stray spaces. */
export function headerPolicy(metaContent: string): string {
  const directives = metaContent
    .replaceAll('&#39;', "'")
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, HEADER_ONLY].join('; ');
}

/**
 * `template` (public/_headers) with the policy added: under the `/*` rule when every page has the same policy
 * (one rule, whatever the host's path matching), else one rule per page.
 */
export function headersFile(template: string, policies: Map<string, string>): string {
  const distinct = new Set(policies.values());
  const trimmed = template.replace(/\s+$/, '');
  const lines = trimmed ? trimmed.split('\n') : [];
  if (distinct.size === 1) {
    const [policy] = distinct;
    const all = lines.findIndex((line) => line.trim() === '/*');
    const header = `  Content-Security-Policy: ${policy}`;
    if (all === -1) lines.push(...(lines.length > 0 ? [''] : []), '/*', header);
    else lines.splice(all + 1, 0, header);
  } else {
    for (const [path, policy] of [...policies].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(...(lines.length > 0 ? [''] : []), path, `  Content-Security-Policy: ${policy}`);
  }
  return `${lines.join('\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'jobs-lab:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const policies = new Map<string, string>();
        for (const entry of entries) {
          if (!entry.isFile() || entry.name !== 'index.html') continue;
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const meta = html.match(META);
          if (!meta) throw new Error(`security-headers: ${file} has no Content-Security-Policy meta tag`);
          const rel = relative(root, entry.parentPath).split(sep).join('/');
          policies.set(rel ? `/${rel}/` : '/', headerPolicy(meta[1]!));
        }
        let template = '';
        try {
          template = await readFile(join(root, '_headers'), 'utf8');
        } catch {
          // No template: the file holds the policy alone.
        }
        await writeFile(join(root, '_headers'), headersFile(template, policies));
        logger.info(
          `_headers: Content-Security-Policy for ${policies.size} pages (${new Set(policies.values()).size} distinct)`,
        );
      },
    },
  };
}
