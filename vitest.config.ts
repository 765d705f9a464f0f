import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/api', 'apps/web/vitest.config.ts', 'tests/vitest.config.ts'],
  },
});
