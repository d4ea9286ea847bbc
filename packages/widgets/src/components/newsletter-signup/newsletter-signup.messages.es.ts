import type { Catalog } from '@ijm/core/i18n';
import { formKitEs } from '../../kit/form/messages.es.js';
import type { NewsletterSignupMessages } from './newsletter-signup.messages.js';

export const newsletterSignupEs: Catalog<NewsletterSignupMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    ...formKitEs.messages,
    title: 'Suscríbase al boletín',
    intro: '¡Manténgase al tanto de nuestro trabajo! Suscríbase para recibir novedades directamente en su correo.',
    submit: 'Suscribirme',
    emailLabel: 'Correo electrónico',
    givenNameLabel: 'Nombre',
    familyNameLabel: 'Apellidos',
    countryLabel: 'País',
    'email.required': 'Escriba su correo electrónico',
    'country.required': 'Seleccione su país',
    consentText:
      'Sí, envíenme correos de International Justice Mission sobre su trabajo. Puedo darme de baja en cualquier momento.',
    successTitle: 'Revise su correo',
    successBody: (email) =>
      `Hemos enviado un correo a ${email}. Seleccione el enlace que contiene para confirmar su suscripción. Si no llega en unos minutos, revise la carpeta de correo no deseado.`,
  },
};
