// Fails when a bundler could drop an element's registration: in the library build (dist/, for bundlers), every
// `defineElement(...)` call must sit in its own define module, which `sideEffects` lists, never in a shared chunk,
// which it does not (tsup's code splitting once moved them there, and an app's build defined nothing).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const problems = [];
for (const file of readdirSync(dist).filter((name) => name.endsWith('.js')))
  if (readFileSync(join(dist, file), 'utf8').includes('defineElement("ijm-'))
    problems.push(`dist/${file} registers an element, but only dist/define/*.js may`);
const defines = readdirSync(join(dist, 'define')).filter((name) => name.endsWith('.js'));
for (const file of defines) {
  const tag = `ijm-${file.replace(/\.js$/, '')}`;
  if (!readFileSync(join(dist, 'define', file), 'utf8').includes(`defineElement("${tag}"`))
    problems.push(`dist/define/${file} does not register <${tag}> itself`);
}
const { sideEffects } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
if (!sideEffects.includes('./dist/define/*.js')) problems.push('package.json sideEffects must list ./dist/define/*.js');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`✓ ${defines.length} define modules each register their own element; no shared chunk registers one`);
