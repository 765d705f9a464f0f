import { defineConfig } from 'vitest/config';

// The suite drives real server processes on loopback and PostgreSQL at 127.0.0.1:5432 (or
// TEST_DATABASE_URL). Files run one at a time: each one loads the machine on purpose.
export default defineConfig({
  test: {
    name: 'reliability',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    globalSetup: ['../../apps/api/test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
