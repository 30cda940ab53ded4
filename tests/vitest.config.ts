import { defineConfig } from 'vitest/config';

// Black-box tests: the built server as a real process, on real PostgreSQL, with real clients.
export default defineConfig({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: two files at a time, each with its own server and database.
    maxWorkers: 2,
    // Runs after the fast unit projects, which share the default group.
    sequence: { groupOrder: 1 },
    env: { TZ: 'Europe/Stockholm' },
  },
});
