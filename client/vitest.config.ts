import { defineConfig } from 'vitest/config';

// Component and unit tests; Vite's own transform handles TSX (automatic JSX runtime).
export default defineConfig({
  test: {
    name: 'client',
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Stockholm is where the reporting day is decided; pin it so date logic is explicit.
    env: { TZ: 'Europe/Stockholm' },
  },
});
