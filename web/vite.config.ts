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
    chunkSizeWarningLimit: 800,
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
