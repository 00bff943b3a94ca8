// The portal is static files: built into dist/ with relative paths, so the ledger indexer (or any
// web server) can serve it from any path.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 }
});
