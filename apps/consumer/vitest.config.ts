import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/install.ts'],
    // Each test bundles an entry with a real bundler, then opens it in Chromium.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
