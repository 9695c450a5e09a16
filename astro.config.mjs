// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// A static site: `astro build` writes dist/, which any static host or CDN serves.
export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
