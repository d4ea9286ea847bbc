import type { Catalog } from '@ijm/core/i18n';

export interface FundraiserCtaMessages {
  [key: string]: string | ((...args: never[]) => string);
  heading: string;
  text: string;
  button: string;
  /** `raised` and `goal` come formatted in the currency and the reader's language. */
  raisedOfGoal: (raised: string, goal: string) => string;
  goalExceeded: (raised: string, goal: string) => string;
  /** The share of the goal raised, formatted as a percentage. */
  percentRaised: (percent: string) => string;
  /** `date` comes formatted in the reader's language. */
  updated: (date: string) => string;
  progressLabel: string;
  /** The lead form could not be downloaded. */
  loadFailed: string;
}

const en: Catalog<FundraiserCtaMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    heading: 'Make an Impact',
    text: 'Your skills, talents, and ideas are a force for change. From birthday parties to polar dips, your fundraising campaign can stop the violence.',
    button: 'Learn More',
    raisedOfGoal: (raised, goal) => `${raised} raised of ${goal} goal`,
    goalExceeded: (raised, goal) => `Goal exceeded: ${raised} raised of ${goal} goal`,
    percentRaised: (percent) => `${percent} of the goal`,
    updated: (date) => `Updated ${date}`,
    progressLabel: 'Campaign progress',
    loadFailed: 'The form could not be downloaded. Check your connection and try again.',
  },
};

const ms: Catalog<FundraiserCtaMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    heading: 'Buat Perubahan',
    text: 'Kemahiran, bakat dan idea anda ialah kuasa untuk perubahan. Daripada parti hari jadi hingga terjun air sejuk, kempen kutipan dana anda boleh menghentikan keganasan.',
    button: 'Ketahui Lebih Lanjut',
    raisedOfGoal: (raised, goal) => `${raised} dikumpul daripada sasaran ${goal}`,
    goalExceeded: (raised, goal) => `Sasaran dilepasi: ${raised} dikumpul daripada sasaran ${goal}`,
    percentRaised: (percent) => `${percent} daripada sasaran`,
    updated: (date) => `Dikemas kini ${date}`,
    progressLabel: 'Kemajuan kempen',
    loadFailed: 'Borang tidak dapat dimuat turun. Semak sambungan anda dan cuba lagi.',
  },
};

const es: Catalog<FundraiserCtaMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    heading: 'Genere un impacto',
    text: 'Sus habilidades, talentos e ideas son una fuerza de cambio. Desde fiestas de cumpleaños hasta baños polares, su campaña de recaudación puede detener la violencia.',
    button: 'Más información',
    raisedOfGoal: (raised, goal) => `${raised} recaudados de una meta de ${goal}`,
    goalExceeded: (raised, goal) => `Meta superada: ${raised} recaudados de una meta de ${goal}`,
    percentRaised: (percent) => `${percent} de la meta`,
    updated: (date) => `Actualizado el ${date}`,
    progressLabel: 'Progreso de la campaña',
    loadFailed: 'No se pudo descargar el formulario. Compruebe su conexión e inténtelo de nuevo.',
  },
};

export const fundraiserCtaCatalogs = { en, ms, es };
