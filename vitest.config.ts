import { defineConfig } from 'vitest/config';

// One `vitest run` from the root runs every package's tests.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'client', 'tests'],
  },
});
