import { defineConfig } from 'vite';

// Relative asset paths: the built page works wherever it is served from (a static server, a sub-path).
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
