import { chromiumArgs, chromiumPath } from '@ijm/browser-testing';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Two projects, one run: the wrappers in a React page in real Chromium (`*.test.tsx`), and server rendering in Node
// (`*.node.test.tsx`), where an access to `window` or `document` at import time fails the test.
// The wrappers import @ijm/widgets as an app does, from its build (turbo builds it before these tests).
const NODE_TESTS = 'src/**/*.node.test.tsx';

export default defineConfig({
  // Pre-bundled before the first test, so that discovering them mid-run never reloads the page.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', '@lit/react'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          include: ['src/**/*.test.tsx'],
          exclude: [NODE_TESTS],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              // Debian's Chromium (found by `npm test`), never a downloaded build.
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: [NODE_TESTS],
          environment: 'node',
          // The first import transforms every wrapper and the widgets' library build: under a full parallel
          // `npm test` that took over 5 s (vitest's default) on this 2-core machine, alone 0.5 s.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
