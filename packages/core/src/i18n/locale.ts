/** Locales with a full catalog. English is the source language; the others are drafts until a native speaker reviews them. */
export const SUPPORTED_LOCALES = /* @__PURE__ */ Object.freeze(['en', 'ms', 'es'] as const);

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * `source`: written in this language. `needs-native-review`: drafted by the team, not yet checked by a native speaker,
 * so an interface may say so. `reviewed`: checked by a native speaker (name the reviewer in the catalog's `reviewedBy`).
 */
export type TranslationStatus = 'source' | 'needs-native-review' | 'reviewed';

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported locale for a BCP 47 tag or a list of them (most preferred first): an exact language match wins,
 * `ms-MY` and `es-419` fall back to their language, anything else to English, and so does anything that is not a
 * string (a non-string in a list is skipped).
 */
export function resolveLocale(requested: unknown): Locale {
  // `[x].flat()` is `[x]` for a single value and the items of a list: one loop for both, and this runs in every widget's
  // first paint, where each byte counts.
  for (const tag of [requested].flat()) {
    const language = typeof tag === 'string' && tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isSupportedLocale(language)) return language;
    // Malay is also tagged `zsm` (Standard Malay) and `zlm` (Malay, individual language) in some systems.
    if (language === 'zsm' || language === 'zlm') return 'ms';
  }
  return DEFAULT_LOCALE;
}

/** A message is a plain string or a function of typed arguments (plurals, names, numbers). */
export type Message = string | ((...args: never[]) => string);

/** A catalog's shape: keys to messages. Other locales implement the English catalog's type exactly. */
export type Messages = Record<string, Message>;

/** One locale's catalog of a message set, with its review status. */
export interface Catalog<M extends Messages> {
  readonly locale: Locale;
  readonly status: TranslationStatus;
  /** Who reviewed it, when the status is `reviewed`. */
  readonly reviewedBy?: string;
  readonly messages: M;
}

/**
 * Chooses the plural category with the locale's own rules; `other` is always required. A locale that is not supported
 * counts as English. Throws `RangeError` when `count` is not a number or `forms` has no string for the category or for
 * `other`: a catalog bug, which a widget must not turn into "undefined" on the page.
 */
export function plural(
  locale: Locale,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const tag = resolveLocale(locale);
  const form = typeof count === 'number' ? (forms?.[new Intl.PluralRules(tag).select(count)] ?? forms?.other) : null;
  if (typeof form !== 'string') throw new RangeError('plural() needs a number and an "other" form.');
  return form.replaceAll('{count}', new Intl.NumberFormat(tag).format(count));
}
