import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, ROOT_REDIRECT_SCRIPT, THEME_INIT_SCRIPT } from '../../../src/build/inline-scripts.ts';
import { headerPolicy, headersFile } from '../../../src/build/security-headers.ts';

describe('security headers', () => {
  it('hashes each inline script as CSP hash sources', () => {
    const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
    expect(inlineScriptHashes()).toEqual([sha(THEME_INIT_SCRIPT), sha(ROOT_REDIRECT_SCRIPT)]);
  });

  it('turns the meta policy into one header value with frame-ancestors', () => {
    expect(
      headerPolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-x'; style-src 'self' ;"),
    ).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-x'; style-src 'self'; frame-ancestors 'self'",
    );
  });

  it('adds the policy under the /* rule of the template when every page shares it', () => {
    const template = '# comment\n/*\n  X-Content-Type-Options: nosniff\n';
    const policies = new Map([
      ['/', 'P'],
      ['/en/', 'P'],
    ]);
    expect(headersFile(template, policies)).toBe(
      '# comment\n/*\n  Content-Security-Policy: P\n  X-Content-Type-Options: nosniff\n',
    );
  });

  it('writes one rule per page when pages differ', () => {
    const policies = new Map([
      ['/en/', 'B'],
      ['/', 'A'],
    ]);
    expect(headersFile('', policies)).toBe('/\n  Content-Security-Policy: A\n\n/en/\n  Content-Security-Policy: B\n');
  });
});
