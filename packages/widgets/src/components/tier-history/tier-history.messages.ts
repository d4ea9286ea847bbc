import { type Catalog, plural } from '@ijm/core/i18n';
import type { Citation, Review, Tier } from '@ijm/core/tiers';
import { tierNames } from '../../kit/tier-names.js';

export interface TierHistoryMessages {
  [key: string]: string | ((...args: never[]) => string);
  /** A tier's full name, as in `<ijm-tier-badge>`. */
  tier: (tier: Tier) => string;
  /** A band's label beside the chart, when the chart is wide. */
  band: (tier: Tier) => string;
  /** A band's label when the chart is narrow (under 480 px). */
  bandShort: (tier: Tier) => string;
  notKnown: string;
  caption: (country: string, from: number, to: number) => string;
  /** `known` of `total` report years have a placement. */
  summary: (known: number, total: number) => string;
  latest: (tier: string, year: number) => string;
  /** `years`: the unknown years as ranges, e.g. `2001–2006, 2009`. */
  gaps: (years: string) => string;
  keyboardHint: string;
  /** The report a placement comes from, cited in full: title, year and publisher. */
  report: (year: number) => string;
  /** The same report, named briefly, for a point's accessible name. */
  reportShort: (year: number) => string;
  /** `report`: `report` or `reportShort`. Every known placement cites it first, inferred ones too. */
  sourced: (report: string) => string;
  /** `reasoning` (English, as the research notes are) is missing in a point's name and until the sources chunk loads. */
  inferred: (reasoning: string | undefined) => string;
  /** `note` (English, as the research notes are) is missing in a point's name and until the sources chunk loads. */
  review: (confidence: Review['confidence'], note: string | undefined) => string;
  /** Put before the evidence held for a placement, listed in words. */
  evidence: string;
  /** A news report (or press release) among the evidence, before its outlet and year. */
  newsReport: string;
  /** A CIA World Factbook edition among the evidence. */
  edition: (year: number) => string;
  /** How a tier was read from a source that does not state it for that year. */
  derivation: (derivation: NonNullable<Citation['derivation']>) => string;
  evidenceFailed: string;
  /** `provenance`: the sentences of `sourced`, `inferred` and `review`, joined. */
  pointLabel: (year: number, tier: string, provenance: string) => string;
  showTable: string;
  hideTable: string;
  tableCaption: (country: string, from: number, to: number) => string;
  columnYear: string;
  columnTier: string;
  columnSource: string;
  legendLabel: string;
  legendGap: string;
  legendHighlight: string;
  sources: string;
  sourcesIntro: string;
  sourcesLoading: string;
  sourcesFailed: string;
  inferredCount: (count: number) => string;
  loading: string;
  loadFailed: string;
  countryNeeded: string;
  unknownCountry: (input: string) => string;
  notAYear: (input: string) => string;
  outOfRange: (from: number, to: number, first: number, last: number) => string;
  reversed: (from: number, to: number) => string;
}

const en: Catalog<TierHistoryMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    tier: tierNames.en,
    band: (tier) =>
      ({ '1': 'Tier 1', '2': 'Tier 2', '2WL': 'Watch List', '3': 'Tier 3', special: 'Special Case' })[tier],
    bandShort: (tier) => ({ '1': 'T1', '2': 'T2', '2WL': 'T2WL', '3': 'T3', special: 'SC' })[tier],
    notKnown: 'Not known',
    caption: (country, from, to) => `${country}: Trafficking in Persons Report tier, ${from}–${to}`,
    summary: (known, total) => `Tier known for ${known} of ${total} report years.`,
    latest: (tier, year) => `Latest known: ${tier} (${year}).`,
    gaps: (years) => `Not known: ${years}.`,
    keyboardHint: 'Use the arrow keys, Home and End to move between years.',
    report: (year) => `${year} Trafficking in Persons Report, US Department of State`,
    reportShort: (year) => `${year} TIP Report`,
    sourced: (report) => `Source: ${report}`,
    inferred: (reasoning) =>
      reasoning === undefined ? 'Inferred, not stated by a source' : `Inferred, not stated by a source: ${reasoning}`,
    review: (confidence, note) =>
      `Flagged for review (${confidence} confidence)${note === undefined ? '' : `: ${note}`}`,
    evidence: 'Evidence:',
    newsReport: 'news report',
    edition: (year) => `${year} edition`,
    derivation: (derivation) =>
      ({
        prev: "tier read from the next year's report",
        consec: 'tier read from a count of consecutive years',
        absent: 'absent from a complete list',
      })[derivation],
    evidenceFailed: 'The evidence could not be loaded.',
    pointLabel: (year, tier, provenance) => `${year}: ${tier}. ${provenance}`,
    showTable: 'Show as table',
    hideTable: 'Hide table',
    tableCaption: (country, from, to) => `${country}: tier in each report, ${from}–${to}`,
    columnYear: 'Report year',
    columnTier: 'Tier',
    columnSource: 'Source',
    legendLabel: 'Key',
    legendGap: 'Not known',
    legendHighlight: 'Highlighted year',
    sources: 'Sources',
    sourcesIntro:
      "Placements published in the US State Department's Trafficking in Persons Report, as compiled in these sources:",
    sourcesLoading: 'Loading the sources…',
    sourcesFailed: 'The list of sources could not be loaded.',
    inferredCount: (count) =>
      plural('en', count, {
        one: 'One placement here is inferred, not stated by a source; the table gives the reasoning.',
        other: '{count} placements here are inferred, not stated by a source; the table gives the reasoning.',
      }),
    loading: 'Loading the tier history…',
    loadFailed: 'The tier data could not be loaded.',
    countryNeeded: 'No country given. Set the country attribute to an ISO code such as MYS, or an English name.',
    unknownCountry: (input) =>
      `“${input}” is not a country we know. Use an ISO code such as MYS or MY, or an English name.`,
    notAYear: (input) => `“${input}” is not a year.`,
    outOfRange: (from, to, first, last) =>
      `The years ${from}–${to} are outside the reports: choose years from ${first} to ${last}.`,
    reversed: (from, to) => `The first year (${from}) comes after the last (${to}).`,
  },
};

const ms: Catalog<TierHistoryMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    tier: tierNames.ms,
    band: (tier) =>
      ({ '1': 'Tahap 1', '2': 'Tahap 2', '2WL': 'Pemerhatian', '3': 'Tahap 3', special: 'Kes Khas' })[tier],
    bandShort: (tier) => ({ '1': 'T1', '2': 'T2', '2WL': 'T2P', '3': 'T3', special: 'KK' })[tier],
    notKnown: 'Tidak diketahui',
    caption: (country, from, to) => `${country}: tahap dalam Laporan Pemerdagangan Orang, ${from}–${to}`,
    summary: (known, total) => `Tahap diketahui bagi ${known} daripada ${total} tahun laporan.`,
    latest: (tier, year) => `Terkini yang diketahui: ${tier} (${year}).`,
    gaps: (years) => `Tidak diketahui: ${years}.`,
    keyboardHint: 'Gunakan kekunci anak panah, Home dan End untuk bergerak antara tahun.',
    report: (year) => `Laporan Pemerdagangan Orang ${year}, Jabatan Negara AS`,
    reportShort: (year) => `Laporan TIP ${year}`,
    sourced: (report) => `Sumber: ${report}`,
    inferred: (reasoning) =>
      reasoning === undefined
        ? 'Disimpulkan, tidak dinyatakan oleh sumber'
        : `Disimpulkan, tidak dinyatakan oleh sumber: ${reasoning}`,
    review: (confidence, note) =>
      `Perlu disemak (keyakinan ${confidence === 'low' ? 'rendah' : 'sederhana'})${note === undefined ? '' : `: ${note}`}`,
    evidence: 'Bukti:',
    newsReport: 'laporan berita',
    edition: (year) => `edisi ${year}`,
    derivation: (derivation) =>
      ({
        prev: 'tahap dibaca daripada laporan tahun berikutnya',
        consec: 'tahap dibaca daripada kiraan tahun berturut-turut',
        absent: 'tiada dalam senarai yang lengkap',
      })[derivation],
    evidenceFailed: 'Bukti tidak dapat dimuatkan.',
    pointLabel: (year, tier, provenance) => `${year}: ${tier}. ${provenance}`,
    showTable: 'Papar sebagai jadual',
    hideTable: 'Sembunyikan jadual',
    tableCaption: (country, from, to) => `${country}: tahap dalam setiap laporan, ${from}–${to}`,
    columnYear: 'Tahun laporan',
    columnTier: 'Tahap',
    columnSource: 'Sumber',
    legendLabel: 'Petunjuk',
    legendGap: 'Tidak diketahui',
    legendHighlight: 'Tahun yang ditonjolkan',
    sources: 'Sumber',
    sourcesIntro:
      'Kedudukan yang diterbitkan dalam Laporan Pemerdagangan Orang Jabatan Negara AS, seperti yang dihimpunkan dalam sumber berikut:',
    sourcesLoading: 'Memuatkan sumber…',
    sourcesFailed: 'Senarai sumber tidak dapat dimuatkan.',
    inferredCount: (count) =>
      plural('ms', count, {
        other: '{count} kedudukan di sini disimpulkan, bukan dinyatakan oleh sumber; jadual memberikan alasannya.',
      }),
    loading: 'Memuatkan sejarah tahap…',
    loadFailed: 'Data tahap tidak dapat dimuatkan.',
    countryNeeded: 'Tiada negara diberikan. Tetapkan atribut country kepada kod ISO seperti MYS, atau nama Inggeris.',
    unknownCountry: (input) =>
      `“${input}” bukan negara yang kami kenali. Gunakan kod ISO seperti MYS atau MY, atau nama dalam bahasa Inggeris.`,
    notAYear: (input) => `“${input}” bukan tahun.`,
    outOfRange: (from, to, first, last) =>
      `Tahun ${from}–${to} berada di luar laporan: pilih tahun dari ${first} hingga ${last}.`,
    reversed: (from, to) => `Tahun pertama (${from}) terkemudian daripada tahun terakhir (${to}).`,
  },
};

const es: Catalog<TierHistoryMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    tier: tierNames.es,
    band: (tier) =>
      ({ '1': 'Nivel 1', '2': 'Nivel 2', '2WL': 'Vigilancia', '3': 'Nivel 3', special: 'Caso especial' })[tier],
    bandShort: (tier) => ({ '1': 'N1', '2': 'N2', '2WL': 'N2V', '3': 'N3', special: 'CE' })[tier],
    notKnown: 'Desconocido',
    caption: (country, from, to) => `${country}: nivel en el Informe sobre la Trata de Personas, ${from}–${to}`,
    summary: (known, total) => `Nivel conocido en ${known} de ${total} años de informe.`,
    latest: (tier, year) => `Último conocido: ${tier} (${year}).`,
    gaps: (years) => `Desconocido: ${years}.`,
    keyboardHint: 'Use las flechas, Inicio y Fin para moverse entre los años.',
    report: (year) => `Informe sobre la Trata de Personas ${year}, Departamento de Estado de EE. UU.`,
    reportShort: (year) => `Informe TIP ${year}`,
    sourced: (report) => `Fuente: ${report}`,
    inferred: (reasoning) =>
      reasoning === undefined
        ? 'Deducido, no afirmado por una fuente'
        : `Deducido, no afirmado por una fuente: ${reasoning}`,
    review: (confidence, note) =>
      `Pendiente de revisión (confianza ${confidence === 'low' ? 'baja' : 'media'})${note === undefined ? '' : `: ${note}`}`,
    evidence: 'Pruebas:',
    newsReport: 'noticia',
    edition: (year) => `edición de ${year}`,
    derivation: (derivation) =>
      ({
        prev: 'nivel leído en el informe del año siguiente',
        consec: 'nivel leído de un recuento de años consecutivos',
        absent: 'ausente de una lista completa',
      })[derivation],
    evidenceFailed: 'No se pudieron cargar las pruebas.',
    pointLabel: (year, tier, provenance) => `${year}: ${tier}. ${provenance}`,
    showTable: 'Ver como tabla',
    hideTable: 'Ocultar tabla',
    tableCaption: (country, from, to) => `${country}: nivel en cada informe, ${from}–${to}`,
    columnYear: 'Año del informe',
    columnTier: 'Nivel',
    columnSource: 'Fuente',
    legendLabel: 'Leyenda',
    legendGap: 'Desconocido',
    legendHighlight: 'Año destacado',
    sources: 'Fuentes',
    sourcesIntro:
      'Clasificaciones publicadas en el Informe sobre la Trata de Personas del Departamento de Estado de EE. UU., tal como las recogen estas fuentes:',
    sourcesLoading: 'Cargando las fuentes…',
    sourcesFailed: 'No se pudo cargar la lista de fuentes.',
    inferredCount: (count) =>
      plural('es', count, {
        one: 'Una clasificación de esta gráfica es deducida, no afirmada por una fuente; la tabla da el razonamiento.',
        other:
          '{count} clasificaciones de esta gráfica son deducidas, no afirmadas por una fuente; la tabla da el razonamiento.',
      }),
    loading: 'Cargando el historial de niveles…',
    loadFailed: 'No se pudieron cargar los datos de niveles.',
    countryNeeded: 'Falta el país. Indique en el atributo country un código ISO como MYS o un nombre en inglés.',
    unknownCountry: (input) =>
      `«${input}» no es un país que conozcamos. Use un código ISO como MYS o MY, o un nombre en inglés.`,
    notAYear: (input) => `«${input}» no es un año.`,
    outOfRange: (from, to, first, last) =>
      `Los años ${from}–${to} quedan fuera de los informes: elija años de ${first} a ${last}.`,
    reversed: (from, to) => `El primer año (${from}) es posterior al último (${to}).`,
  },
};

export const tierHistoryCatalogs = { en, ms, es };
