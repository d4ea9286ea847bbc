// Turns data/hotlines/hotlines.csv (the research data, verbatim) and data/hotlines/hotline-entries.json (its structure:
// which numbers, entries and labels) into src/hotlines/generated/hotlines.ts. Every text the JSON adds must appear in
// its CSV row, numbers must dial what they display, and web addresses must be https; anything else stops the build.
// Run: `pnpm exec tsx scripts/generate-hotlines.ts` from packages/core. A test fails when the output is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  confidenceSchema,
  type Hotline,
  type HotlineContact,
  type HotlineCountry,
  type HotlineProvenance,
  hotlineCountrySchema,
  hotlineProvenanceSchema,
} from '../src/hotlines/schema.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CSV_PATH = join(packageDir, 'data/hotlines/hotlines.csv');
export const ENTRIES_PATH = join(packageDir, 'data/hotlines/hotline-entries.json');
export const OUTPUT_PATH = join(packageDir, 'src/hotlines/generated/hotlines.ts');

const CSV_COLUMNS = [
  'country',
  'iso3',
  'service_name',
  'number',
  'sms_chat_web',
  'hours',
  'languages',
  'operator',
  'scope',
  'confidence',
  'sources',
  'notes',
] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const optionalText = z.optional(z.nullable(z.string().check(z.minLength(1))));
const curatedSchema = z.strictObject({
  $comment: z.optional(z.string()),
  countries: z.record(
    z.string(),
    z.strictObject({
      iso2: z.string().check(z.regex(/^[A-Z]{2}$/)),
      entries: z.array(
        z.strictObject({
          serviceName: z.optional(z.string()),
          contacts: z.array(
            z.strictObject({
              channel: z.enum(['call', 'sms', 'whatsapp']),
              display: z.string(),
              dial: z.string(),
              label: z.optional(z.string()),
              needsCheck: z.optional(z.boolean()),
            }),
          ),
          web: z.optional(
            z.array(
              z.strictObject({ url: z.string(), label: z.optional(z.string()), needsCheck: z.optional(z.boolean()) }),
            ),
          ),
          email: z.optional(z.array(z.string())),
          otherChannels: z.optional(z.array(z.string())),
          hours: optionalText,
          languages: optionalText,
          operator: optionalText,
          scope: optionalText,
        }),
      ),
      emergency: z.optional(
        z.array(z.strictObject({ display: z.string(), dial: z.string(), label: z.optional(z.string()) })),
      ),
    }),
  ),
});
type Curated = z.infer<typeof curatedSchema>;

export interface HotlineData {
  readonly countries: readonly HotlineCountry[];
  readonly provenance: Readonly<Record<string, HotlineProvenance>>;
}

const NANP = new Set(['USA', 'CAN']);
const digits = (s: string) => s.replace(/\D/g, '');
const notStated = (s: string) => /^not stated\b/i.test(s.trim());

/** Builds and validates the directory; throws one error listing every problem found. */
export function buildHotlines(csvText: string, curatedJson: unknown): HotlineData {
  const problems: string[] = [];
  const [header, ...body] = parseCsv(csvText);
  if (JSON.stringify(header) !== JSON.stringify(CSV_COLUMNS))
    throw new Error(`hotlines.csv columns changed: ${JSON.stringify(header)}`);
  const rows = new Map<string, CsvRow>();
  for (const cells of body) {
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, (cells[i] ?? '').trim()])) as CsvRow;
    if (rows.has(row.iso3)) problems.push(`${row.iso3}: two CSV rows`);
    rows.set(row.iso3, row);
  }
  const curated: Curated = z.parse(curatedSchema, curatedJson);

  for (const iso3 of rows.keys()) if (!curated.countries[iso3]) problems.push(`${iso3}: in the CSV, not in the JSON`);
  const iso2s = new Set<string>();
  const countries: HotlineCountry[] = [];
  const provenance: Record<string, HotlineProvenance> = {};

  for (const [iso3, country] of Object.entries(curated.countries)) {
    const row = rows.get(iso3);
    if (!row) {
      problems.push(`${iso3}: in the JSON, not in the CSV`);
      continue;
    }
    if (iso2s.has(country.iso2)) problems.push(`${iso3}: alpha-2 ${country.iso2} used twice`);
    iso2s.add(country.iso2);
    const rowText = Object.values(row).join('\n').toLowerCase();
    const numberText = `${row.number}\n${row.sms_chat_web}`;
    const inRow = (what: string, text: string | undefined) => {
      if (text !== undefined && !rowText.includes(text.toLowerCase()))
        problems.push(`${iso3}: ${what} ${JSON.stringify(text)} is not in the CSV row`);
    };
    const confidence = z.safeParse(confidenceSchema, row.confidence);
    if (!confidence.success) {
      problems.push(`${iso3}: confidence ${JSON.stringify(row.confidence)}`);
      continue;
    }
    const low = confidence.data === 'low';

    const checkDial = (display: string, dial: string, where: string) => {
      if (!numberText.includes(display))
        problems.push(`${iso3}: ${where} ${JSON.stringify(display)} is not in the CSV`);
      if (digits(dial) !== digits(display) || !/^\+?[0-9]+$/.test(dial))
        problems.push(`${iso3}: ${where} dial ${dial} does not match ${display}`);
      const international = display.trim().startsWith('+') || (NANP.has(iso3) && /^1-/.test(display));
      if (dial.startsWith('+') !== international)
        problems.push(`${iso3}: ${where} ${dial}: a + prefix only where the source gives the country code`);
    };
    // A field left out takes its CSV column, unless the column says the fact is not stated; null drops it.
    const fact = (column: 'hours' | 'languages' | 'operator' | 'scope', value: string | null | undefined) => {
      if (value === null) return undefined;
      if (value === undefined) return row[column] === '' || notStated(row[column]) ? undefined : row[column];
      if (notStated(value)) problems.push(`${iso3}: ${column} ${JSON.stringify(value)} is not a fact; use null`);
      inRow(column, value);
      return value;
    };

    const entries = country.entries.map((entry, index): Hotline => {
      const serviceName = entry.serviceName ?? row.service_name;
      inRow('service name', serviceName);
      const contacts = entry.contacts.map((c): HotlineContact => {
        checkDial(c.display, c.dial, c.channel);
        inRow('label', c.label);
        return {
          channel: c.channel,
          display: c.display,
          dial: c.dial,
          tel: `tel:${c.dial}`,
          international: c.dial.startsWith('+'),
          ...(c.label ? { label: c.label } : {}),
          needsCheck: low || c.needsCheck === true,
        };
      });
      const web = (entry.web ?? []).map((w) => {
        let url: URL | undefined;
        try {
          url = new URL(w.url);
        } catch {
          problems.push(`${iso3}: web address ${JSON.stringify(w.url)} is not a URL`);
        }
        if (url && url.protocol !== 'https:') problems.push(`${iso3}: web address ${w.url} is not https`);
        if (url) inRow('web host', url.hostname.replace(/^www\./, ''));
        inRow('web label', w.label);
        return { url: w.url, ...(w.label ? { label: w.label } : {}), needsCheck: low || w.needsCheck === true };
      });
      for (const email of entry.email ?? []) inRow('email', email);
      for (const other of entry.otherChannels ?? []) inRow('other channel', other);
      const facts = {
        hours: fact('hours', entry.hours),
        languages: fact('languages', entry.languages),
        operator: fact('operator', entry.operator),
        scope: fact('scope', entry.scope),
      };
      return {
        id: `${iso3}-${index + 1}`,
        country: iso3,
        serviceName,
        contacts,
        web,
        email: entry.email ?? [],
        otherChannels: entry.otherChannels ?? [],
        ...Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)),
        confidence: confidence.data,
        needsCheck: low,
      };
    });
    const emergency = (country.emergency ?? []).map((e) => {
      checkDial(e.display, e.dial, 'emergency number');
      inRow('label', e.label);
      return { display: e.display, dial: e.dial, tel: `tel:${e.dial}`, ...(e.label ? { label: e.label } : {}) };
    });
    const built = {
      country: iso3,
      iso2: country.iso2,
      name: row.country,
      confidence: confidence.data,
      entries,
      emergency,
    };
    const parsed = z.safeParse(hotlineCountrySchema, built);
    if (!parsed.success) problems.push(`${iso3}: ${z.prettifyError(parsed.error)}`);
    countries.push(built);

    const sources = row.sources
      .split(/\s;\s/)
      .map((s) => s.trim())
      .filter(Boolean);
    const prov = { sources, ...(row.notes ? { notes: row.notes } : {}) };
    if (!z.safeParse(hotlineProvenanceSchema, prov).success) problems.push(`${iso3}: no sources`);
    provenance[iso3] = prov;
  }
  if (problems.length > 0) throw new Error(`Hotline data is invalid:\n- ${problems.join('\n- ')}`);
  return { countries, provenance };
}

export function readSources(): { csvText: string; curatedJson: unknown } {
  return {
    csvText: readFileSync(CSV_PATH, 'utf8'),
    curatedJson: JSON.parse(readFileSync(ENTRIES_PATH, 'utf8')),
  };
}

export function render(data: HotlineData): string {
  return `// Generated by scripts/generate-hotlines.ts from data/hotlines/. Do not edit: change the data and run the generator.
import type { HotlineCountry, HotlineProvenance } from '../schema.js';

/** Countries with their hotlines, best first, and emergency numbers where the source gives them. */
export const HOTLINE_COUNTRIES: readonly HotlineCountry[] = ${JSON.stringify(data.countries)};

/** Where each country's facts come from, kept apart so that a widget showing numbers need not ship them. */
export const HOTLINE_PROVENANCE: Readonly<Record<string, HotlineProvenance>> = ${JSON.stringify(data.provenance)};
`;
}

function format(source: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(
    process.execPath,
    [biome, 'format', `--stdin-file-path=${relative(packageDir, OUTPUT_PATH)}`],
    {
      cwd: packageDir,
      input: source,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { csvText, curatedJson } = readSources();
  const data = buildHotlines(csvText, curatedJson);
  writeFileSync(OUTPUT_PATH, format(render(data)));
  const entries = data.countries.reduce((n, c) => n + c.entries.length, 0);
  console.log(`Wrote ${relative(packageDir, OUTPUT_PATH)}: ${data.countries.length} countries, ${entries} entries.`);
}
