import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '@ijm/browser-testing';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import {
  allowRequests,
  blockRequests,
  goOffline,
  pasteText,
  pointerClick,
  pressKey,
  typeText,
} from './src/test/commands.js';

export default defineConfig({
  resolve: {
    // Tests run against the core's source, so a change in core is tested here without a rebuild.
    alias: [
      { find: /^@ijm\/core\/(.+)$/, replacement: fileURLToPath(new URL('../core/src/$1/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['src/**/*.test.ts'],
    // A real HTTP intake server with scripted answers, for the form widgets' transport tests.
    globalSetup: ['src/test/intake-server.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        // Debian's Chromium (found by `npm test`), never a downloaded build.
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { goOffline, pointerClick, typeText, pressKey, pasteText, blockRequests, allowRequests },
    },
  },
});
