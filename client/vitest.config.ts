import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'client',
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Stockholm is where the reporting day is decided; pin it so date logic is explicit.
    env: { TZ: 'Europe/Stockholm' },
  },
});
