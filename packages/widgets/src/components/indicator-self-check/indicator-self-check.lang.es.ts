// Everything the check says in Spanish, loaded in one download before the first question shows.
import type { Catalog } from '@ijm/core/i18n';
import { selfCheckEs } from '@ijm/core/self-check/es';
import type { SelfCheckUiMessages } from './indicator-self-check.messages.js';

const ui: Catalog<SelfCheckUiMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    title: 'Revisión de seguridad en el trabajo',
    safetyHeading: 'Antes de empezar',
    safetyWhat:
      'Esta prueba pregunta por el trabajo y por cómo se trata a una persona. Muestra señales de trabajo forzoso o de trata, si las hay, y dónde encontrar ayuda.',
    safetyPrivate:
      'Nada de lo que elijas se guarda ni se envía. Se queda en este dispositivo y desaparece cuando sales o empiezas de nuevo.',
    safetyExit:
      'Para salir rápido, usa el botón Salir o pulsa Mayús 3 veces. Esta página se sustituye por una página de búsqueda.',
    safetyHistory:
      'El historial del navegador aún puede mostrar que visitaste esta página. Si otra persona revisa este dispositivo, usa una ventana privada o borra el historial después.',
    start: 'Empezar',
    loading: 'Preparando la prueba…',
    loadFailed: 'No se pudo cargar la prueba. Revisa tu conexión e inténtalo de nuevo.',
    retry: 'Intentar de nuevo',
    next: 'Siguiente',
    back: 'Atrás',
    toReview: 'Revisar mis respuestas',
    progress: (page, pages) => `Parte ${page} de ${pages}`,
    reviewHeading: 'Tus respuestas',
    notAnswered: 'Sin responder',
    change: (question) => `Cambiar la respuesta ${question}`,
    seeResult: 'Ver el resultado',
    signsHeading: 'Señales en estas respuestas',
    unsureHeading: 'No estás seguro de',
    meaningHeading: 'Qué significa',
    nextStepsHeading: 'Qué puedes hacer',
    again: 'Empezar de nuevo',
    hotlineHeading: 'Líneas de ayuda',
    hotlineCountry: 'País',
    hotlineChoose: 'Elige un país',
    call: (number) => `Llamar al ${number}`,
    sms: (number) => `Enviar SMS al ${number}`,
    whatsapp: (number) => `WhatsApp ${number}`,
    hours: 'Horario',
    languages: 'Idiomas',
    proHeading: 'Lista de indicadores Delphi',
    proIntro:
      'Para personal capacitado que evalúa un caso. Marca cada indicador presente; el resultado aplica la regla de combinación Delphi elemento por elemento.',
  },
};

export const language = { ui, questions: selfCheckEs };
