import { describe, expect, it } from 'vitest';
import { isSupportedLocale, plural, resolveLocale } from './index.js';

describe('resolveLocale', () => {
  it('matches by language, regions and scripts fall back to it', () => {
    expect(resolveLocale('ms-MY')).toBe('ms');
    expect(resolveLocale('es-419')).toBe('es');
    expect(resolveLocale('EN_gb')).toBe('en');
    expect(resolveLocale('zsm')).toBe('ms');
  });

  it('takes the first supported tag of a preference list, else English', () => {
    expect(resolveLocale(['fr-FR', 'es', 'ms'])).toBe('es');
    expect(resolveLocale(['fr', 'de'])).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('')).toBe('en');
  });

  it('knows which locales it supports', () => {
    expect(isSupportedLocale('ms')).toBe(true);
    expect(isSupportedLocale('fr')).toBe(false);
  });
});

describe('plural', () => {
  it('uses the locale rules and formats the count', () => {
    expect(plural('en', 1, { one: '{count} year', other: '{count} years' })).toBe('1 year');
    expect(plural('en', 1200, { one: '{count} year', other: '{count} years' })).toBe('1,200 years');
    expect(plural('es', 1200, { one: '{count} año', other: '{count} años' })).toBe('1200 años');
  });
});
