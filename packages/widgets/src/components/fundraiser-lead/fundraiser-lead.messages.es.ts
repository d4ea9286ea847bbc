import type { Catalog } from '@ijm/core/i18n';
import { formKitEs } from '../../kit/form/messages.es.js';
import type { FundraiserLeadMessages } from './fundraiser-lead.messages.js';

export const fundraiserLeadEs: Catalog<FundraiserLeadMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    ...formKitEs.messages,
    title: 'Organice una recaudación',
    intro: 'Cuéntenos un poco sobre su idea y le ayudaremos a empezar.',
    submit: 'Enviar',
    nameLabel: 'Nombre completo',
    emailLabel: 'Correo electrónico',
    ideaLabel: 'Su idea para recaudar fondos',
    ideaBirthday: 'Una recaudación de cumpleaños',
    ideaAthletic: 'Un reto deportivo',
    ideaPolarDip: 'Un baño polar',
    ideaOther: 'Otra cosa',
    ideaOtherLabel: 'Cuéntenos su idea',
    targetDateLabel: 'Fecha prevista',
    targetDateHint: 'Cuándo le gustaría realizarla, si lo sabe',
    goalAmountLabel: 'Meta de recaudación',
    goalCurrencyLabel: 'Moneda de su meta',
    goalCurrencyHint: 'Solo si fija una meta',
    countryLabel: 'País',
    'name.required': 'Escriba su nombre completo',
    'email.required': 'Escriba su correo electrónico',
    'idea.required': 'Elija su idea para recaudar fondos',
    'ideaOther.required': 'Cuéntenos su idea',
    'goalCurrency.required': 'Elija la moneda de su meta',
    'country.required': 'Elija su país',
    consentText:
      'Acepto que International Justice Mission me contacte sobre cómo organizar una recaudación, con estos datos.',
    successTitle: 'Gracias',
    successBody:
      'Gracias por registrarse para saber más sobre cómo organizar una recaudación. ¡Nos pondremos en contacto pronto!',
    guideIntro: 'Mientras tanto, consulte nuestra guía gratuita:',
    guideLabel: '25 consejos para quien recauda por primera vez',
  },
};
