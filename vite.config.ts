import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const SHARED = /node_modules|src[\\/]web[\\/](components|lib|api|router|session)[\\/]/;

/**
 * The dashboard. Built into dist/web, which the server serves at `/` with an SPA fallback.
 * In development (`npx vite --config vite.config.ts`) API calls go to the server on :3000.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Fewer, larger files for each screen: over HTTP/1.1 a browser fetches six at a time, and
        // left alone the bundler makes dozens of tiny shared chunks, each another round trip.
        codeSplitting: {
          groups: [
            // Everything the first script needs (the app's frame and the account screens), in that one script.
            { name: 'index', tags: ['$initial'], priority: 3 },
            // The dashboard's frame and the overview, with all they import: every area renders
            // inside the dashboard, so its code is always there first and can hold what they share.
            { name: 'dashboard', test: /src[\\/]web[\\/]dashboard\.tsx$/, priority: 2 },
            // The overview's analytics likewise, asked for together with the dashboard on `/`.
            {
              name: 'analytics',
              test: /src[\\/]web[\\/]analytics[\\/]analytics-dashboard\.tsx$/,
              priority: 2,
            },
            // Libraries and shared dashboard parts, one file per set of screens that use them
            // (sets under 20 kB merged into a neighbour).
            // Stylesheets stay with the screen that imports them (the dashboard's come with it).
            {
              name: 'shared',
              test: (id) => SHARED.test(id) && !id.endsWith('.css'),
              priority: 1,
              entriesAware: true,
              entriesAwareMergeThreshold: 20_000,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
