import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The suites start real servers (PostgreSQL, SMTP, the service itself): one file at a time on a 2-core machine.
    fileParallelism: false,
  },
});
