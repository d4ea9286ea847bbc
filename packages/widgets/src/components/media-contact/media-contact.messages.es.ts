import type { Catalog } from '@ijm/core/i18n';
import { formKitEs } from '../../kit/form/messages.es.js';
import type { MediaContactMessages } from './media-contact.messages.js';

export const mediaContactEs: Catalog<MediaContactMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    ...formKitEs.messages,
    title: 'Contacto para medios',
    intro:
      'Estamos aquí para responder a sus preguntas. Complete el formulario y alguien de nuestro equipo se pondrá en contacto con usted pronto.',
    submit: 'Enviar',
    nameLabel: 'Nombre completo',
    emailLabel: 'Correo electrónico',
    organizationLabel: 'Medio u organización',
    phoneLabel: 'Teléfono',
    deadlineLabel: 'Fecha límite',
    deadlineHint: 'Si trabaja con una fecha límite, indíquenos cuál es',
    topicLabel: 'Tema',
    messageLabel: 'Su mensaje',
    'name.required': 'Escriba su nombre completo',
    'email.required': 'Escriba su correo electrónico',
    'organization.required': 'Escriba su medio u organización',
    'topic.required': 'Seleccione un tema',
    'message.required': 'Escriba su mensaje',
    topicInterview: 'Solicitud de entrevista',
    topicData: 'Datos o investigación',
    topicStory: 'Una historia o un caso',
    topicEvent: 'Un evento',
    topicOther: 'Otro asunto',
    consentText: 'Acepto que International Justice Mission use estos datos para responder a mi consulta.',
    successTitle: 'Gracias, su mensaje se ha enviado',
    successBody: 'Alguien de nuestro equipo se pondrá en contacto con usted pronto.',
  },
};
