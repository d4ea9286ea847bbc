import { type Catalog, plural } from '@ijm/core/i18n';

export interface QuickExitMessages {
  [key: string]: string | ((...args: never[]) => string);
  /** The button's words. */
  label: string;
  /** Under the label: the keyboard way out. */
  hint: string;
  /** Said (politely) after each press of Shift: how many more leave the page. */
  pressesLeft: (count: number) => string;
}

const en: Catalog<QuickExitMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    label: 'Exit this page',
    hint: 'or press Shift 3 times',
    pressesLeft: (count) =>
      plural('en', count, {
        one: 'Press Shift {count} more time to exit this page',
        other: 'Press Shift {count} more times to exit this page',
      }),
  },
};

const ms: Catalog<QuickExitMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    label: 'Keluar dari halaman ini',
    hint: 'atau tekan Shift 3 kali',
    pressesLeft: (count) =>
      plural('ms', count, { other: 'Tekan Shift {count} kali lagi untuk keluar dari halaman ini' }),
  },
};

const es: Catalog<QuickExitMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    label: 'Salir de esta página',
    hint: 'o pulse Mayús 3 veces',
    pressesLeft: (count) =>
      plural('es', count, {
        one: 'Pulse Mayús {count} vez más para salir de esta página',
        other: 'Pulse Mayús {count} veces más para salir de esta página',
      }),
  },
};

// Small enough to bundle all three: a person leaving in a hurry must never wait for a catalog to load.
export const quickExitCatalogs = { en, ms, es };
