import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The admin UI, built into `dist/web` and served by the API server at `/`. `npm run dev:web` proxies
 * the API to a server on :3000. The browser pre-check bundles the server's validator: `node:buffer`
 * maps to a small shim over the `buffer` package.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      'node:buffer': here('src/shims/node-buffer.ts'),
    },
  },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // The libraries' chunk is one file on purpose (~800 kB raw, ~200 kB as served with Brotli).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // The libraries every page needs in one file: the first load fetches a few files, not ~25
        // (six connections per host over HTTP/1.1 made each extra wave cost ~100 ms).
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@mui|@emotion|@tanstack|i18next|react-i18next|openapi-fetch|@babel[\\/]runtime|stylis|hoist-non-react-statics|react-is|prop-types|clsx|@popperjs|react-transition-group)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/ims': 'http://127.0.0.1:3000',
      '/oauth': 'http://127.0.0.1:3000',
      '/openapi.json': 'http://127.0.0.1:3000',
    },
  },
  worker: { format: 'es' },
});
