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

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  server: { fs: { allow: [repo] } },
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
