import { type Catalog, plural } from '@ijm/core/i18n';
import type { FormKitMessages } from './messages.js';

const sigue = 'Lo que escribió sigue aquí.';

export const formKitEs: Catalog<FormKitMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    optional: '(opcional)',
    errorSummaryTitle: 'Hay un problema',
    errorPrefix: 'Error:',
    required: (label) => `Indique ${label.toLowerCase()}`,
    tooLong: (label, limit) => `${label} debe tener ${limit} caracteres o menos`,
    controlCharacters: (label) => `${label} contiene caracteres ocultos que no se pueden enviar. Vuelva a escribirlo`,
    emailInvalid: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
    phoneInvalid: 'Escriba un número de teléfono, como +34 912 345 678',
    countryInvalid: 'Seleccione un país de la lista',
    dateInvalid: (label) => `${label} debe ser una fecha real`,
    dateInPast: (label) => `${label} debe ser hoy o una fecha futura`,
    dateTooFar: (label) => `${label} está demasiado lejos en el futuro`,
    optionInvalid: (label) => `Seleccione ${label.toLowerCase()} de la lista`,
    amountInvalid: 'Escriba un importe mayor que 0, con 2 decimales como máximo',
    currencyInvalid: 'Seleccione una moneda de la lista',
    consentRequired: 'Marque la casilla para aceptar antes de enviar este formulario',
    unknownField: 'Este formulario envió algo que el servicio no acepta. Recargue la página y vuelva a intentarlo',
    invalid: (label) => `Revise ${label.toLowerCase()}`,
    formProblem: 'Algo en este formulario no se pudo aceptar. Recargue la página y vuelva a intentarlo',
    sending: 'Enviando…',
    retrying: 'Seguimos enviando. Volveremos a intentarlo en un momento…',
    offline: 'No tiene conexión. Este formulario se enviará en cuanto vuelva a tenerla. Mantenga esta página abierta.',
    failNetwork: `No pudimos conectar para enviar este formulario. Compruebe su conexión y vuelva a intentarlo. ${sigue}`,
    failTimeout: `El servidor tardó demasiado en responder. Vuelva a intentarlo en un momento. ${sigue}`,
    failRateLimited: `Se están enviando demasiados formularios ahora. Espere un minuto y vuelva a intentarlo. ${sigue}`,
    failServer: `Algo salió mal por nuestra parte. Vuelva a intentarlo en un momento. ${sigue}`,
    failRejected: `No se pudo aceptar este formulario. Inténtelo más tarde o contáctenos de otra forma. ${sigue}`,
    failConfig: `Este formulario no está bien configurado y no se puede enviar. Avise al responsable del sitio web. ${sigue}`,
    configEndpoint: 'Este formulario no está bien configurado: su dirección debe empezar por https://.',
    retry: 'Volver a intentarlo',
    failLoad: `Una parte de este formulario no se pudo descargar. Compruebe su conexión e inténtelo de nuevo. ${sigue}`,
    counterHint: (max) => `Puede escribir hasta ${max} caracteres`,
    charactersLeft: (count) =>
      plural('es', count, { one: 'Le queda {count} carácter', other: 'Le quedan {count} caracteres' }),
    charactersOver: (count) =>
      plural('es', count, { one: 'Le sobra {count} carácter', other: 'Le sobran {count} caracteres' }),
    honeypotLabel: 'Deje este campo vacío',
    privacyLink: 'Cómo usamos su información',
    selectPrompt: 'Seleccione',
  },
};
