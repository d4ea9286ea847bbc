import type { FieldOption, FormRuntime } from './model.js';

/** A form whose contract also exports the core's `listCountries` (re-exported from `@ijm/core/countries`). */
export interface CountryForm {
  readonly form: {
    readonly runtime:
      | (FormRuntime & { listCountries(locale: string): readonly { alpha2: string; name: string }[] })
      | undefined;
    readonly engaged: boolean;
    value(name: string): string;
  };
  requestUpdate(): void;
}

const countryOptions = new Map<string, readonly FieldOption[]>();
const chosenOnly = new Map<string, readonly FieldOption[]>();
/** Locales whose list is asked for: one idle callback each, however often a form renders before it runs. */
const requested = new Set<string>();
/** Forms that rendered before their list was ready, to render again once it is. */
const waiting = new Set<CountryForm>();

/**
 * Countries for a select named `field`, named and sorted in the locale by `@ijm/core/countries`, built once per locale
 * for every form on the page. Naming them first loads the browser's region names (`Intl.DisplayNames`), a single task
 * of tens of milliseconds on a slow phone, so it runs when the page is idle, never in the task that paints the form or
 * answers a keystroke. And laying out 250 options costs as much as the rest of the form, so until focus enters the form
 * the select holds only the chosen country, if any.
 */
export function countrySelectOptions(element: CountryForm, locale: string, field = 'country'): readonly FieldOption[] {
  const options = countryOptions.get(locale);
  const { runtime, engaged } = element.form;
  if (options !== undefined) {
    if (engaged) return options;
    const key = `${locale}:${element.form.value(field)}`;
    if (!chosenOnly.has(key))
      chosenOnly.set(
        key,
        options.filter((option) => `${locale}:${option.value}` === key),
      );
    return chosenOnly.get(key) ?? [];
  }
  if (runtime !== undefined && !requested.has(locale)) {
    requested.add(locale);
    (globalThis.requestIdleCallback ?? setTimeout)(() => {
      countryOptions.set(
        locale,
        runtime.listCountries(locale).map((country) => ({ value: country.alpha2, label: country.name })),
      );
      for (const form of waiting) form.requestUpdate();
      waiting.clear();
    });
  }
  waiting.add(element);
  return [];
}
