// Turns the seed site's icon names into src/icons/<name>.ts (one module per icon, path data only) and
// src/icons/index.ts, from two pinned npm packages: lucide-static for the generic shapes and simple-icons for brand
// marks. It also writes THIRD-PARTY-NOTICES.md (sources, the name → icon table, the licences), which the package ships.
//
// Run from packages/widgets: `pnpm generate:icons`. It fetches the two tarballs with `npm pack` (the npm registry, no
// other host) into a temporary folder, or reads them from `--cache DIR` (kept there for the next run), checks each
// against the integrity pinned below, and stops on anything it does not expect: a missing icon, a viewBox other than
// 0 0 24 24, an SVG element or attribute it cannot turn into path data. The packages are not dependencies: the icons
// are committed as data, so installing or building @ijm/widgets never needs them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageDir, 'src/icons');
const noticePath = join(packageDir, 'THIRD-PARTY-NOTICES.md');

/** The two sources, pinned: a new version is a deliberate change of this table (and a look at the generated diff). */
export const SOURCES = {
  lucide: {
    package: 'lucide-static',
    version: '1.62.0',
    licence: 'ISC',
    integrity: 'sha512-WBZA/m2PvkFpMGHDtsBck5P2A9G4ehLlYu4GwwICcmEm1BvYVgj00lCDxKRWLlbMlOibLaiwdQ88G5pHkSWgwA==',
  },
  simpleIcons: {
    package: 'simple-icons',
    version: '16.37.0',
    licence: 'CC0-1.0',
    integrity: 'sha512-8mCJIhpMYOL9g13GW59EiL3sVXJnTEKGCTZFaekl9UQ3Qo0SwVjnLaJ82QiaH8BKBdouEDzrHMXIWh8cBIy48A==',
  },
};

const lucide = (icon, why) => ({ source: 'lucide', icon, why });
const brand = (icon, why) => ({ source: 'simpleIcons', icon, why });
const none = (why) => ({ source: undefined, why });

/**
 * Every name of the seed site's icon set, in its own order, and what draws it. `why` says why a choice is not the
 * obvious one. Names the seed site has but we leave out are listed with `none`: `<ijm-icon>` says why when asked.
 */
export const SEED_ICONS = {
  shield: lucide('shield'),
  'arrow-simple-alt-top': lucide(
    'circle-chevron-up',
    'the "alt" arrows as chevrons in a circle, apart from arrow-simple-*',
  ),
  'arrow-simple-alt-left': lucide('circle-chevron-left'),
  'arrow-simple-alt-right': lucide('circle-chevron-right'),
  'arrow-simple-alt-bottom': lucide('circle-chevron-down'),
  facebook: brand('facebook'),
  instagram: brand('instagram'),
  linkedin: none(
    'Simple Icons removed the LinkedIn logo in version 14 for legal reasons (its issue 11372), and Lucide 1 has no brand icons; nothing is drawn rather than a made-up mark',
  ),
  medium: brand('medium'),
  pinterest: brand('pinterest'),
  rss: brand('rss', "Simple Icons' filled feed symbol, so that it matches the brand marks beside it in a follow row"),
  'search-alt': lucide('text-search', 'a second search symbol, apart from search'),
  twitter: brand(
    'x',
    'Simple Icons removed the Twitter bird in version 11 and lists Twitter as another name of X: the X mark',
  ),
  x: brand('x'),
  'video-play': lucide('circle-play'),
  'arrow-long-right': lucide('move-right'),
  'arrow-long-left': lucide('move-left'),
  'arrow-long-top': lucide('move-up'),
  'arrow-long-bottom': lucide('move-down'),
  'arrow-simple-right': lucide('chevron-right'),
  'arrow-simple-left': lucide('chevron-left'),
  'arrow-simple-bottom': lucide('chevron-down'),
  'arrow-simple-top': lucide('chevron-up'),
  'speaker-down': lucide('volume-1'),
  plus: lucide('plus'),
  minus: lucide('minus'),
  cloud: lucide('cloud'),
  pin: lucide('map-pin'),
  camera: lucide('camera'),
  globe: lucide('globe'),
  cart: lucide('shopping-cart'),
  rotate: lucide('rotate-cw'),
  star: lucide('star'),
  edit: lucide('pencil'),
  'arrow-top': lucide('arrow-up'),
  'arrow-right': lucide('arrow-right'),
  'arrow-left': lucide('arrow-left'),
  'arrow-bottom': lucide('arrow-down'),
  check: lucide('check'),
  search: lucide('search'),
  close: lucide('x'),
  square: lucide('square'),
  'speaker-up': lucide('volume-2'),
  'speaker-mute': lucide('volume-x'),
  return: lucide('undo-2', 'an arrow that turns back'),
  play: lucide('play'),
  pause: lucide('pause'),
  love: lucide('heart'),
  readio: none("a glyph of the seed site's own, not a shape of a public icon set: left out"),
  hb: none("a glyph of the seed site's own, not a shape of a public icon set: left out"),
};

// ---------------------------------------------------------------------------------------------------------------------
// Lucide's SVG elements as path data. Every icon is drawn with the same stroke (2, round caps and joins, no fill), so the
// elements of one icon join into a single path with one subpath each: the picture is the same, and the data smaller.

/** A number as short as SVG reads it: no float noise, no trailing zeros. */
const num = (value) => `${Number(value.toFixed(3))}`;

function numbersOf(attributes, names, element) {
  return names.map((name) => {
    const value = Number(attributes[name]);
    if (!Number.isFinite(value)) throw new Error(`<${element}> has no numeric ${name}: ${JSON.stringify(attributes)}`);
    return value;
  });
}

function points(list, element) {
  const values = String(list ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (values.length < 4 || values.length % 2 !== 0 || values.some((value) => !Number.isFinite(value)))
    throw new Error(`<${element}> has unreadable points: ${list}`);
  const pairs = [];
  for (let i = 0; i < values.length; i += 2) pairs.push(`${num(values[i])} ${num(values[i + 1])}`);
  return `M${pairs[0]}L${pairs.slice(1).join(' ')}`;
}

function ellipse(cx, cy, rx, ry) {
  // Two half-arcs: one arc cannot start and end at the same point.
  return `M${num(cx - rx)} ${num(cy)}a${num(rx)} ${num(ry)} 0 1 0 ${num(2 * rx)} 0a${num(rx)} ${num(ry)} 0 1 0 ${num(-2 * rx)} 0`;
}

function rect(attributes) {
  const read = (name, fallback) => {
    const value = attributes[name] === undefined ? fallback : Number(attributes[name]);
    if (value !== undefined && !Number.isFinite(value)) throw new Error(`<rect> has no numeric ${name}`);
    return value;
  };
  const [x, y, width, height] = [read('x', 0), read('y', 0), read('width'), read('height')];
  if (width === undefined || height === undefined) throw new Error(`<rect> needs a width and a height`);
  // SVG's rules: a missing rx or ry takes the other's value, and neither exceeds half the side.
  let rx = read('rx');
  let ry = read('ry');
  rx ??= ry ?? 0;
  ry ??= rx;
  rx = Math.min(rx, width / 2);
  ry = Math.min(ry, height / 2);
  if (rx === 0 || ry === 0) return `M${num(x)} ${num(y)}h${num(width)}v${num(height)}h${num(-width)}z`;
  const h = num(width - 2 * rx);
  const v = num(height - 2 * ry);
  const arc = (dx, dy) => `a${num(rx)} ${num(ry)} 0 0 1 ${num(dx)} ${num(dy)}`;
  return `M${num(x + rx)} ${num(y)}h${h}${arc(rx, ry)}v${v}${arc(-rx, ry)}h-${h}${arc(-rx, -ry)}v-${v}${arc(rx, -ry)}z`;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;

/**
 * A path whose first command is a relative moveto (`m`), rewritten to start with an absolute one: SVG reads a leading
 * `m` as absolute, but once the path follows another element's in one `d`, it would move from where that one ended.
 * The pairs after the first are implicit linetos, relative to it: they keep that meaning behind an explicit `l`.
 */
export function absoluteStart(d) {
  const match = new RegExp(`^m\\s*(${NUMBER})[\\s,]*(${NUMBER})[\\s,]*`).exec(d);
  if (match === null) return d;
  const rest = d.slice(match[0].length);
  return `M${match[1]} ${match[2]}${/^[-+.\d]/.test(rest) ? `l${rest}` : rest}`;
}

const GEOMETRY = {
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
};

/** One Lucide element (from icon-nodes.json) as path data; anything but plain geometry stops the generator. */
export function elementToPath([element, attributes]) {
  const allowed = GEOMETRY[element];
  if (allowed === undefined) throw new Error(`cannot turn <${element}> into path data`);
  const extra = Object.keys(attributes).filter((name) => !allowed.includes(name));
  // A `fill` on one element (Lucide has a few filled dots) would be lost in a single stroked path.
  if (extra.length > 0) throw new Error(`<${element}> has ${extra.join(', ')}, which one stroked path cannot keep`);
  switch (element) {
    case 'path':
      return absoluteStart(attributes.d.trim());
    case 'circle': {
      const [cx, cy, r] = numbersOf(attributes, ['cx', 'cy', 'r'], element);
      return ellipse(cx, cy, r, r);
    }
    case 'ellipse': {
      const [cx, cy, rx, ry] = numbersOf(attributes, ['cx', 'cy', 'rx', 'ry'], element);
      return ellipse(cx, cy, rx, ry);
    }
    case 'rect':
      return rect(attributes);
    case 'line': {
      const [x1, y1, x2, y2] = numbersOf(attributes, ['x1', 'y1', 'x2', 'y2'], element);
      return `M${num(x1)} ${num(y1)}L${num(x2)} ${num(y2)}`;
    }
    case 'polyline':
      return points(attributes.points, element);
    default:
      return `${points(attributes.points, element)}z`;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Reading the packages.

/** The unpacked package folder of a source: from the cache when its tarball is there and intact, else `npm pack`. */
function unpack(source, cacheDir) {
  const tarball = join(cacheDir, `${source.package}-${source.version}.tgz`);
  if (!existsSync(tarball)) {
    const packed = spawnSync('npm', ['pack', `${source.package}@${source.version}`, '--pack-destination', cacheDir], {
      cwd: cacheDir,
      encoding: 'utf8',
    });
    if (packed.status !== 0) throw new Error(`npm pack ${source.package}@${source.version} failed:\n${packed.stderr}`);
  }
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== source.integrity)
    throw new Error(`${tarball} is not the pinned ${source.package}@${source.version} (integrity ${integrity})`);
  const dir = join(cacheDir, `${source.package}-${source.version}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar failed on ${tarball}:\n${untar.stderr}`);
  const unpacked = join(dir, 'package');
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  if (manifest.version !== source.version || manifest.license !== source.licence)
    throw new Error(
      `${source.package}: expected ${source.version} (${source.licence}), found ${manifest.version} (${manifest.license})`,
    );
  return unpacked;
}

function lucideIcon(dir, name) {
  const nodes = JSON.parse(readFileSync(join(dir, 'icon-nodes.json'), 'utf8'))[name];
  if (nodes === undefined) throw new Error(`lucide-static has no icon "${name}"`);
  // The drawing attributes live on each icon's <svg>: check they are the ones <ijm-icon> draws with.
  const svgText = readFileSync(join(dir, 'icons', `${name}.svg`), 'utf8');
  for (const attribute of [
    'viewBox="0 0 24 24"',
    'fill="none"',
    'stroke="currentColor"',
    'stroke-width="2"',
    'stroke-linecap="round"',
    'stroke-linejoin="round"',
  ])
    if (!svgText.includes(attribute)) throw new Error(`lucide-static "${name}" lacks ${attribute}`);
  return { d: nodes.map(elementToPath).join(''), fill: false, title: name };
}

function simpleIcon(dir, slug) {
  const file = join(dir, 'icons', `${slug}.svg`);
  if (!existsSync(file)) throw new Error(`simple-icons has no icon "${slug}"`);
  const svgText = readFileSync(file, 'utf8');
  const match =
    /^<svg role="img" viewBox="0 0 24 24" xmlns="http:\/\/www\.w3\.org\/2000\/svg"><title>([^<]*)<\/title><path d="([^"]+)"\/><\/svg>\s*$/.exec(
      svgText,
    );
  if (match === null)
    throw new Error(`simple-icons "${slug}" is not one path in a 24×24 box: ${svgText.slice(0, 200)}`);
  const data = JSON.parse(readFileSync(join(dir, 'data', 'simple-icons.json'), 'utf8'));
  const entries = Array.isArray(data) ? data : data.icons;
  const entry = entries.find((icon) => (icon.slug ?? '') === slug);
  if (entry === undefined) throw new Error(`simple-icons data has no entry for "${slug}"`);
  return { d: match[2], fill: true, title: match[1], entry };
}

// ---------------------------------------------------------------------------------------------------------------------
// Writing.

/** `arrow-simple-alt-top` → `iconArrowSimpleAltTop`. */
export const exportName = (name) => `icon${name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())}`;

function sourceLine(name, choice) {
  const source = SOURCES[choice.source];
  const who = choice.source === 'lucide' ? "Lucide's" : "Simple Icons'";
  return `\`${name}\`: ${who} "${choice.icon}" (${source.package} ${source.version}, ${source.licence})`;
}

const HEADER =
  '// Generated by scripts/generate-icons.mjs: do not edit. Change its table and run `pnpm generate:icons` in packages/widgets.';

function iconModule(name, choice, drawn) {
  const why = choice.why ? ` ${choice.why[0].toUpperCase()}${choice.why.slice(1)}.` : '';
  return `${HEADER}
// Sources and licences: THIRD-PARTY-NOTICES.md in @ijm/widgets.
import type { IconData } from '../kit/icon.js';

/** ${sourceLine(name, choice)}.${why} */
export const ${exportName(name)}: IconData = ${JSON.stringify({ name, d: drawn.d, ...(drawn.fill ? { fill: true } : {}) })};
`;
}

function indexModule(drawnNames, unavailable) {
  const lucide = SOURCES.lucide;
  const simple = SOURCES.simpleIcons;
  return `${HEADER}
/*! @ijm/widgets icons: Lucide (${lucide.package} ${lucide.version}), ISC licence, copyright Lucide Icons and Contributors, some shapes from Feather (MIT, copyright Cole Bemis); brand marks from Simple Icons (${simple.package} ${simple.version}), CC0 1.0, trademarks of their owners. Texts: THIRD-PARTY-NOTICES.md in @ijm/widgets. */
// Every icon of the seed site's set, each also importable alone as \`@ijm/widgets/icons/<name>\`. Importing names from
// here keeps only those in a bundle: each is a plain object that nothing else refers to (but \`seedIcons\`).
import type { IconData } from '../kit/icon.js';
${drawnNames.map((name) => `import { ${exportName(name)} } from './${name}.js';`).join('\n')}

export { ${drawnNames.map(exportName).join(', ')} };

/** Every icon here, in the seed site's order: \`registerIcons(...seedIcons)\` makes them all available by name. */
export const seedIcons: readonly IconData[] = [${drawnNames.map(exportName).join(', ')}];

/** Names of the seed site's set that have no icon here, with why: \`<ijm-icon>\` gives the reason when asked for one. */
export const unavailableIcons: Readonly<Record<string, string>> = ${JSON.stringify(unavailable)};
`;
}

function notice(drawn, unavailable, lucideDir) {
  const lucide = SOURCES.lucide;
  const simple = SOURCES.simpleIcons;
  const rows = Object.entries(SEED_ICONS).map(([name, choice]) => {
    if (choice.source === undefined) return `| \`${name}\` | none | ${choice.why} |`;
    const who = choice.source === 'lucide' ? `Lucide \`${choice.icon}\`` : `Simple Icons \`${choice.icon}\``;
    return `| \`${name}\` | ${who} | ${choice.why ?? ''} |`;
  });
  const brands = [...new Set(Object.values(drawn).flatMap((icon) => (icon.entry ? [icon.entry] : [])))].map(
    (entry) =>
      `- ${entry.title}: source ${entry.source}${entry.guidelines ? `; brand guidelines ${entry.guidelines}` : ''}${entry.license ? `; licence ${entry.license.type ?? entry.license.url}` : ''}`,
  );
  return `# Third-party notices

Generated by \`scripts/generate-icons.mjs\`; do not edit by hand.

The icons of \`<ijm-icon>\`, \`<ijm-follow-links>\` and \`@ijm/widgets/icons\` are path data taken from two npm packages,
pinned and checked against their registry integrity:

| package | version | licence | integrity |
| --- | --- | --- | --- |
| ${lucide.package} | ${lucide.version} | ${lucide.licence} | \`${lucide.integrity}\` |
| ${simple.package} | ${simple.version} | ${simple.licence} | \`${simple.integrity}\` |

Only the path data is kept (Lucide's elements joined into one path per icon; Simple Icons' single path as it is), in
a 24×24 box, drawn in \`currentColor\`. No icon font, no file fetched from another site.

## Which icon draws each name of the seed site's set

| name | drawn by | note |
| --- | --- | --- |
${rows.join('\n')}

${Object.keys(unavailable).length} of the names have no icon, and \`<ijm-icon>\` draws nothing for them.

## Lucide (${lucide.package} ${lucide.version})

The licence as the package ships it:

\`\`\`
${readFileSync(join(lucideDir, 'LICENSE'), 'utf8').trim()}
\`\`\`

## Simple Icons (${simple.package} ${simple.version})

Released under CC0 1.0 Universal (public domain dedication): no notice is required, and this one is a courtesy. The
marks remain trademarks of their owners; Simple Icons asks its users to follow each brand's guidelines (see the
package's DISCLAIMER.md). The brands used here:

${brands.join('\n')}
`;
}

function format(files) {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(process.execPath, [biome, 'check', '--write', ...files], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome check failed: ${result.stderr}${result.stdout}`);
}

function main() {
  const cacheFlag = process.argv.indexOf('--cache');
  const cacheDir = cacheFlag > 0 ? process.argv[cacheFlag + 1] : mkdtempSync(join(tmpdir(), 'ijm-icons-'));
  if (cacheDir === undefined) throw new Error('--cache needs a folder');
  mkdirSync(cacheDir, { recursive: true });
  const lucideDir = unpack(SOURCES.lucide, cacheDir);
  const simpleDir = unpack(SOURCES.simpleIcons, cacheDir);

  const drawn = {};
  const unavailable = {};
  for (const [name, choice] of Object.entries(SEED_ICONS)) {
    if (choice.source === undefined) unavailable[name] = choice.why;
    else if (choice.source === 'lucide') drawn[name] = lucideIcon(lucideDir, choice.icon);
    else drawn[name] = simpleIcon(simpleDir, choice.icon);
  }

  // The folder holds generated modules only: start it afresh so that a name taken out of the table goes too.
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (file.endsWith('.ts')) rmSync(join(outDir, file));
  const written = [];
  for (const [name, icon] of Object.entries(drawn)) {
    const file = join(outDir, `${name}.ts`);
    writeFileSync(file, iconModule(name, SEED_ICONS[name], icon));
    written.push(file);
  }
  const index = join(outDir, 'index.ts');
  writeFileSync(index, indexModule(Object.keys(drawn), unavailable));
  written.push(index);
  format(written.map((file) => relative(packageDir, file)));
  writeFileSync(noticePath, notice(drawn, unavailable, lucideDir));
  if (cacheFlag < 0) rmSync(cacheDir, { recursive: true, force: true });
  console.log(
    `Wrote ${Object.keys(drawn).length} icons to ${relative(packageDir, outDir)}/ (${Object.keys(unavailable).join(', ')} left out) and ${relative(packageDir, noticePath)}.`,
  );
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) main();
