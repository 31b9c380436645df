import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from '../electron/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

// The same policy is sent as a header by the Electron protocol handler; the meta tag
// covers the browser-tab build. Dev mode skips it because Vite's HMR client is inline.


function contentSecurityPolicy(): Plugin {
  return {
    name: 'crosscheck-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * The article parse worker has no `document`. micromark's entity decoder picks, for browsers,
 * a build that decodes with a DOM element; it gets its plain build instead, the one Node's
 * resolution (no "browser" condition) gives. In the page's bundle too: the dev server
 * serves the worker's modules through the page's plugins.
 */
function noDomBuilds(): Plugin {
  const NO_DOM = new Set(['decode-named-character-reference']);
  const require = createRequire(import.meta.url);
  return {
    name: 'crosscheck-no-dom-builds',
    enforce: 'pre',
    resolveId(source) {
      return NO_DOM.has(source) ? require.resolve(source) : null;
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy(), noDomBuilds()],
  server: { fs: { allow: [repo] } },
  worker: { plugins: () => [noDomBuilds()] },
  build: {
    // RENDERER_OUT lets a second build (a benchmark, a parallel check) leave dist/ alone.
    outDir: process.env.RENDERER_OUT ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // The timing report is advice for plugin authors, not a problem of this build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
});
