import { deepFreeze } from '../../freeze.js';
import type { Catalog } from '../../i18n/locale.js';
import type { SelfCheckMessages } from '../messages.en.js';

/**
 * Spanish draft, informal "tú" for warmth; "esa persona" keeps the other person's gender unstated. Needs a native
 * speaker's review (choice of "tú" or "usted" per country, and "jefe" as a gendered word).
 */
export const selfCheckEs: Catalog<SelfCheckMessages> = /* @__PURE__ */ deepFreeze({
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    title: 'Revisión de seguridad en el trabajo',
    'intro.me':
      'Estas preguntas son sobre tu trabajo. No hay respuestas correctas ni incorrectas. Puedes saltar cualquier pregunta o parar cuando quieras.',
    'intro.someone':
      'Estas preguntas son sobre una persona que conoces y su trabajo. Responde lo mejor que puedas. Puedes saltar cualquier pregunta o parar cuando quieras.',
    'perspective.question': '¿Sobre quién es esto?',
    'perspective.me': 'Sobre mí',
    'perspective.someone': 'Sobre alguien que conozco',
    privacy: 'Tus respuestas se quedan en este dispositivo. No se envían ni se guardan.',
    'answer.yes': 'Sí',
    'answer.no': 'No',
    'answer.not-sure': 'No lo sé',
    'answer.prefer-not-to-say': 'Prefiero no decirlo',
    'level.none': 'No hay señales de alerta en estas respuestas',
    'level.some': 'Algunas señales de alerta',
    'level.strong': 'Señales de alerta fuertes',

    'q.job-different.me':
      '¿Tu trabajo es distinto del que te prometieron? Por ejemplo, el tipo de trabajo, el lugar o el jefe.',
    'q.job-different.someone':
      '¿Su trabajo es distinto del que le prometieron? Por ejemplo, el tipo de trabajo, el lugar o el jefe.',
    'q.pay-different.me': '¿Te pagan mucho menos de lo que te prometieron?',
    'q.pay-different.someone': '¿Le pagan mucho menos de lo que le prometieron?',
    'q.documents-kept.me':
      '¿Tu jefe u otra persona se queda con tu pasaporte o tu documento de identidad, y no te lo devuelve cuando lo pides?',
    'q.documents-kept.someone':
      '¿Su jefe u otra persona se queda con su pasaporte o su documento de identidad, y no se lo devuelve cuando lo pide?',
    'q.debt-ties.me':
      '¿Le debes dinero a tu jefe o a la persona que te consiguió este trabajo, y sientes que no puedes irte hasta pagarlo?',
    'q.debt-ties.someone':
      '¿Le debe dinero a su jefe o a la persona que le consiguió este trabajo, y siente que no puede irse hasta pagarlo?',
    'q.debt-grows.me': '¿Lo que debes sigue creciendo, o parece que nunca baja?',
    'q.debt-grows.someone': '¿Lo que debe sigue creciendo, o parece que nunca baja?',
    'q.pay-held-back.me': '¿Tu jefe se queda con tu sueldo para que sientas que no puedes irte?',
    'q.pay-held-back.someone': '¿Su jefe se queda con su sueldo para que sienta que no puede irse?',
    'q.locked-in.me':
      '¿Te impiden salir del lugar donde trabajas o vives? Por ejemplo, con puertas cerradas con llave o con guardias.',
    'q.locked-in.someone':
      '¿Le impiden salir del lugar donde trabaja o vive? Por ejemplo, con puertas cerradas con llave o con guardias.',
    'q.watched.me': '¿Te vigilan, o alguien va contigo, siempre que sales?',
    'q.watched.someone': '¿Alguien vigila a esa persona, o va con ella, siempre que sale?',
    'q.cut-off.me': '¿Alguien te quitó el teléfono, o no te deja hablar con tu familia o tus amigos?',
    'q.cut-off.someone': '¿Alguien le quitó el teléfono, o no le deja hablar con su familia o sus amigos?',
    'q.hidden-place.me': '¿Te tienen en un lugar lejano o escondido, donde es difícil pedir ayuda?',
    'q.hidden-place.someone': '¿Tienen a esa persona en un lugar lejano o escondido, donde es difícil pedir ayuda?',
    'q.hurt.me':
      '¿Alguien en el trabajo te ha pegado, te ha hecho daño o te ha tocado de forma sexual sin que tú quisieras?',
    'q.hurt.someone':
      '¿Alguien en el trabajo le ha pegado, le ha hecho daño o le ha tocado de forma sexual sin que quisiera?',
    'q.forced-acts.me':
      '¿Te han obligado a hacer cosas que no aceptaste, como tener sexo, tomar drogas o alcohol, o hacer algo ilegal?',
    'q.forced-acts.someone':
      '¿Le han obligado a hacer cosas que no aceptó, como tener sexo, tomar drogas o alcohol, o hacer algo ilegal?',
    'q.threat-harm.me': '¿Alguien ha amenazado con hacerte daño a ti o a tu familia?',
    'q.threat-harm.someone': '¿Alguien ha amenazado con hacerle daño a esa persona o a su familia?',
    'q.threat-report.me': '¿Alguien ha amenazado con denunciarte a la policía o a migración si te quejas o te vas?',
    'q.threat-report.someone':
      '¿Alguien ha amenazado con denunciar a esa persona a la policía o a migración si se queja o se va?',
    'q.threat-job.me': 'Si te quejas, ¿te dicen que perderás el trabajo o el sueldo, o que te darán un trabajo peor?',
    'q.threat-job.someone':
      'Si se queja, ¿le dicen que perderá el trabajo o el sueldo, o que le darán un trabajo peor?',
    'q.long-hours.me': '¿Sueles trabajar jornadas muy largas, o muchos días sin descanso?',
    'q.long-hours.someone': '¿Suele trabajar jornadas muy largas, o muchos días sin descanso?',
    'q.overtime-forced.me':
      '¿Te castigarían si dices que no a las horas extra? ¿O te pagan tan poco que necesitas hacer horas extra para vivir?',
    'q.overtime-forced.someone':
      '¿Le castigarían si dice que no a las horas extra? ¿O le pagan tan poco que necesita hacer horas extra para vivir?',
    'q.dangerous-work.me': '¿Tu trabajo es peligroso, o te hacen trabajar sin el equipo de seguridad que necesitas?',
    'q.dangerous-work.someone':
      '¿Su trabajo es peligroso, o le hacen trabajar sin el equipo de seguridad que necesita?',
    'q.living-place.me': '¿El lugar donde duermes está lleno de gente, sucio o es inseguro, sin privacidad?',
    'q.living-place.someone': '¿El lugar donde duerme está lleno de gente, sucio o es inseguro, sin privacidad?',
    'q.depends-on-boss.me': '¿Tu jefe controla tu vivienda, tu comida o tu visa, y podrías perderlas si te vas?',
    'q.depends-on-boss.someone': '¿Su jefe controla su vivienda, su comida o su visa, y podría perderlas si se va?',
    'q.situation-used.me':
      '¿Tu jefe usa tu situación para controlarte? Por ejemplo, porque no hablas el idioma, no tienes los papeles en regla o no tienes otro lugar adonde ir.',
    'q.situation-used.someone':
      '¿Su jefe usa su situación para controlar a esa persona? Por ejemplo, porque no habla el idioma, no tiene los papeles en regla o no tiene otro lugar adonde ir.',

    'sign.abuse-of-vulnerability':
      'Aprovechar la situación difícil de una persona, como no tener papeles, dinero ni adónde ir, para controlarla.',
    'sign.deception': 'Ser engañado sobre el trabajo, el sueldo o el lugar antes de empezar.',
    'sign.restriction-of-movement': 'Estar encerrado, vigilado o acompañado siempre, de modo que irse es difícil.',
    'sign.isolation': 'Estar aislado de la familia, los amigos o la ayuda, o retenido en un lugar escondido.',
    'sign.physical-and-sexual-violence':
      'Sufrir golpes, tocamientos sexuales o ser obligado a hacer cosas contra su voluntad.',
    'sign.intimidation-and-threats':
      'Amenazas de daño, de la policía o de migración, o de perder el trabajo, para impedir quejas o la salida.',
    'sign.retention-of-identity-documents':
      'Otra persona guarda el pasaporte o el documento de identidad y no lo devuelve.',
    'sign.withholding-of-wages': 'Retener el sueldo para que la persona sienta que no puede irse.',
    'sign.debt-bondage': 'Una deuda que ata a la persona al trabajo y nunca disminuye.',
    'sign.abusive-working-and-living-conditions':
      'Trabajo peligroso, o un lugar para dormir abarrotado, sucio o inseguro.',
    'sign.excessive-overtime': 'Jornadas muy largas o sin días libres, con castigos por negarse.',

    'guide.meaning-none.me':
      'Tus respuestas no muestran las señales habituales de trabajo forzoso. Si algo todavía te parece mal, confía en lo que sientes. Aun así puedes hablar con alguien.',
    'guide.meaning-none.someone':
      'Tus respuestas no muestran las señales habituales de trabajo forzoso. Si todavía te preocupa esa persona, puedes hablarlo con alguien.',
    'guide.meaning-some.me':
      'Algunas de tus respuestas son señales de que una persona quizá no es libre de elegir su trabajo. Eso no significa que hayas hecho algo mal.',
    'guide.meaning-some.someone':
      'Algunas de tus respuestas son señales de que esa persona quizá no es libre de elegir su trabajo.',
    'guide.meaning-strong.me':
      'Tus respuestas muestran señales fuertes de que quizá te están obligando a trabajar. No es tu culpa. Mereces estar a salvo y ser libre.',
    'guide.meaning-strong.someone':
      'Tus respuestas muestran señales fuertes de que quizá están obligando a esa persona a trabajar. No es su culpa.',
    'guide.not-a-decision':
      'Esta revisión no es una decisión legal. No puede decir con certeza lo que está pasando. Una persona capacitada que escuche toda la historia puede ayudarte a entenderlo.',
    'guide.danger.me': 'Si estás en peligro ahora mismo, llama al número de emergencias de tu país.',
    'guide.danger.someone': 'Si esa persona está en peligro ahora mismo, llama al número de emergencias de tu país.',
    'guide.unsure':
      'No pasa nada si tienes dudas. Algunas preguntas son difíciles. Hablarlo con alguien de confianza puede ayudar.',
    'guide.talk.me':
      'Puedes hablar con alguien de confianza, como una amistad, personal de salud o un grupo de apoyo. Tú decides qué contar.',
    'guide.talk.someone':
      'Escucha a esa persona sin juzgarla. Deja que ella decida qué hacer. No hables con su jefe, porque eso podría ponerla en peligro.',
    'guide.hotline':
      'Una línea de ayuda puede escucharte, explicarte tus opciones y ayudarte a encontrar apoyo. Muchas líneas te dejan hablar sin dar tu nombre.',
    'guide.device-safety':
      'Si otra persona usa o revisa este dispositivo, cierra esta página al terminar. También puedes borrar tu historial de navegación.',
  },
});
