import { deepFreeze } from '../freeze.js';
import type { Catalog } from '../i18n/locale.js';

/** Texts a hotline widget needs around the numbers. Plain words; the fallback never offers another country's line. */
const en = {
  'fallback.not-covered': 'We do not have a helpline for this country yet.',
  'fallback.none-found': 'We looked, but could not find a helpline for this country that we can list.',
  'fallback.emergency':
    'If you are in danger now, call the local emergency number. You can also ask a local support group or a health worker you trust for help.',
  'check-number': 'Check this number before you rely on it. It may have changed.',
  emergency: 'Emergency number',
} as const;

export type HotlineMessageKey = keyof typeof en;
export type HotlineMessages = Readonly<Record<HotlineMessageKey, string>>;

export const hotlinesEn: Catalog<HotlineMessages> = /* @__PURE__ */ deepFreeze({
  locale: 'en',
  status: 'source',
  messages: en,
});

export const hotlinesMs: Catalog<HotlineMessages> = /* @__PURE__ */ deepFreeze({
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    'fallback.not-covered': 'Kami belum ada talian bantuan untuk negara ini.',
    'fallback.none-found':
      'Kami sudah mencari, tetapi tidak menemui talian bantuan untuk negara ini yang boleh kami senaraikan.',
    'fallback.emergency':
      'Jika anda dalam bahaya sekarang, hubungi nombor kecemasan tempatan. Anda juga boleh meminta bantuan daripada kumpulan sokongan tempatan atau petugas kesihatan yang anda percayai.',
    'check-number': 'Semak nombor ini sebelum bergantung padanya. Nombor ini mungkin sudah berubah.',
    emergency: 'Nombor kecemasan',
  },
});

export const hotlinesEs: Catalog<HotlineMessages> = /* @__PURE__ */ deepFreeze({
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    'fallback.not-covered': 'Todavía no tenemos una línea de ayuda para este país.',
    'fallback.none-found': 'Buscamos, pero no encontramos una línea de ayuda para este país que podamos mostrar.',
    'fallback.emergency':
      'Si estás en peligro ahora, llama al número de emergencias local. También puedes pedir ayuda a un grupo de apoyo local o a personal de salud de confianza.',
    'check-number': 'Comprueba este número antes de confiar en él. Puede haber cambiado.',
    emergency: 'Número de emergencias',
  },
});
