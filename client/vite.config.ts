import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and the live socket come from a server on port 3000; in production
// the server serves dist/ itself, so everything stays same-origin and cookies just work.
const backend = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/socket.io': { target: backend, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
