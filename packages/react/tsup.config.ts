import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One module per wrapper (`@ijm/react/tier-badge`), plus the index and the two shared modules they import. Each is
// transpiled on its own (`bundle: false`): the index re-exports the wrapper modules themselves, so an app that imports
// both `@ijm/react` and `@ijm/react/tier-badge` gets one `TierBadge`, and no chunk of ours ever imports a define module
// that the app did not ask for. React, @lit/react and @ijm/widgets stay the app's (dependencies and peers are external).
const entry = readdirSync('src')
  .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
  .map((file) => `src/${file}`);

export default defineConfig({
  entry,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  bundle: false,
  sourcemap: true,
  dts: true,
  clean: true,
});
