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

// Two projects, one run (`vitest run`, one summary line): components and the kit in real Chromium (`*.test.ts`), and
// the pure modules beside them, with no Lit and no DOM, in Node (`*.node.test.ts`), where a stray `document` or
// `window` fails the test instead of passing unnoticed.
const NODE_TESTS = 'src/**/*.node.test.ts';

export default defineConfig({
  resolve: {
    // Tests run against the core's source, so a change in core is tested here without a rebuild.
    alias: [
      { find: /^@ijm\/core\/(.+)$/, replacement: fileURLToPath(new URL('../core/src/$1/index.ts', import.meta.url)) },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          include: ['src/**/*.test.ts'],
          // Long journeys (the self-check's professional-mode test, screen after screen by real clicks) took 15 s, browser mode's
          // default limit, when `npm test` ran every package at once on this 2-core machine; alone they take 3 s.
          testTimeout: 45_000,
          exclude: [NODE_TESTS],
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
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: [NODE_TESTS],
          environment: 'node',
        },
      },
    ],
  },
});
