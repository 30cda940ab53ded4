import { defineConfig } from 'vitest/config';

// Unit specs of pure server code; everything touching the database is tested black-box in tests/.
export default defineConfig({
  test: { name: 'server', include: ['src/**/*.spec.ts'], env: { TZ: 'Europe/Stockholm' } },
});
