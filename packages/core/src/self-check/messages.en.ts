import { deepFreeze } from '../freeze.js';
import type { Catalog } from '../i18n/locale.js';

/**
 * English source texts. Plain words and short sentences for a reading age of about 12; no legal terms; never blame the
 * person; every choice stays theirs. Question keys are `q.<question id>.<perspective>`; guidance keys start `guide.`; `sign.<ILO indicator id>` says in one line what a sign found means.
 */
const messages = {
  title: 'Work safety check',
  'intro.me':
    'These questions are about your work. There are no right or wrong answers. You can skip any question or stop at any time.',
  'intro.someone':
    'These questions are about someone you know and their work. Answer as well as you can. You can skip any question or stop at any time.',
  'perspective.question': 'Who is this about?',
  'perspective.me': 'Me',
  'perspective.someone': 'Someone I know',
  privacy: 'Your answers stay on this device. They are not sent or saved.',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.not-sure': 'Not sure',
  'answer.prefer-not-to-say': 'Prefer not to say',
  'level.none': 'No warning signs in these answers',
  'level.some': 'Some warning signs',
  'level.strong': 'Strong warning signs',

  'q.job-different.me':
    'Is your job different from the one you were promised? For example, the work, the place or the boss.',
  'q.job-different.someone':
    'Is their job different from the one they were promised? For example, the work, the place or the boss.',
  'q.pay-different.me': 'Are you paid much less than you were promised?',
  'q.pay-different.someone': 'Are they paid much less than they were promised?',
  'q.documents-kept.me':
    'Does your boss or someone else keep your passport or ID card, and not give it back when you ask?',
  'q.documents-kept.someone':
    'Does their boss or someone else keep their passport or ID card, and not give it back when they ask?',
  'q.debt-ties.me':
    'Do you owe money to your boss or to the person who found you this job, and feel you cannot leave until it is paid?',
  'q.debt-ties.someone':
    'Do they owe money to their boss or to the person who found them this job, and feel they cannot leave until it is paid?',
  'q.debt-grows.me': 'Does the money you owe keep growing, or never seem to get smaller?',
  'q.debt-grows.someone': 'Does the money they owe keep growing, or never seem to get smaller?',
  'q.pay-held-back.me': 'Does your boss keep back your pay so that you feel you cannot leave?',
  'q.pay-held-back.someone': 'Does their boss keep back their pay so that they feel they cannot leave?',
  'q.locked-in.me':
    'Are you stopped from leaving the place where you work or live? For example, by locked doors or guards.',
  'q.locked-in.someone':
    'Are they stopped from leaving the place where they work or live? For example, by locked doors or guards.',
  'q.watched.me': 'Are you watched, or does someone go with you, whenever you go out?',
  'q.watched.someone': 'Are they watched, or does someone go with them, whenever they go out?',
  'q.cut-off.me': 'Has someone taken your phone, or stopped you from talking to your family or friends?',
  'q.cut-off.someone': 'Has someone taken their phone, or stopped them from talking to their family or friends?',
  'q.hidden-place.me': 'Are you kept in a place that is far away or hidden, where it is hard to get help?',
  'q.hidden-place.someone': 'Are they kept in a place that is far away or hidden, where it is hard to get help?',
  'q.hurt.me': 'Has anyone at work hit you, hurt you, or touched you in a sexual way you did not want?',
  'q.hurt.someone': 'Has anyone at work hit them, hurt them, or touched them in a sexual way they did not want?',
  'q.forced-acts.me':
    'Have you been made to do things you did not agree to, such as sex, taking drugs or alcohol, or breaking the law?',
  'q.forced-acts.someone':
    'Have they been made to do things they did not agree to, such as sex, taking drugs or alcohol, or breaking the law?',
  'q.threat-harm.me': 'Has anyone threatened to hurt you or your family?',
  'q.threat-harm.someone': 'Has anyone threatened to hurt them or their family?',
  'q.threat-report.me': 'Has anyone threatened to report you to the police or immigration if you complain or leave?',
  'q.threat-report.someone':
    'Has anyone threatened to report them to the police or immigration if they complain or leave?',
  'q.threat-job.me': 'If you complain, are you told you will lose your job or your pay, or get worse work?',
  'q.threat-job.someone': 'If they complain, are they told they will lose their job or their pay, or get worse work?',
  'q.long-hours.me': 'Do you often work very long days, or many days with no day off?',
  'q.long-hours.someone': 'Do they often work very long days, or many days with no day off?',
  'q.overtime-forced.me':
    'Would you be punished for saying no to extra hours? Or is your pay so low that you must work extra hours to live?',
  'q.overtime-forced.someone':
    'Would they be punished for saying no to extra hours? Or is their pay so low that they must work extra hours to live?',
  'q.dangerous-work.me': 'Is your work dangerous, or are you made to work without the safety gear you need?',
  'q.dangerous-work.someone': 'Is their work dangerous, or are they made to work without the safety gear they need?',
  'q.living-place.me': 'Is the place where you sleep crowded, dirty or unsafe, with no privacy?',
  'q.living-place.someone': 'Is the place where they sleep crowded, dirty or unsafe, with no privacy?',
  'q.depends-on-boss.me': 'Does your boss control your home, food or visa, so you could lose them if you leave?',
  'q.depends-on-boss.someone':
    'Does their boss control their home, food or visa, so they could lose them if they leave?',
  'q.situation-used.me':
    'Does your boss use your situation to control you? For example, because you do not speak the language, do not have the right papers, or have nowhere else to go.',
  'q.situation-used.someone':
    'Does their boss use their situation to control them? For example, because they do not speak the language, do not have the right papers, or have nowhere else to go.',

  'sign.abuse-of-vulnerability':
    "Using a person's difficult situation, such as having no papers, no money or nowhere else to go, to control them.",
  'sign.deception': 'Being tricked about the job, the pay or the place before starting.',
  'sign.restriction-of-movement': 'Being locked in, guarded or watched so that leaving is hard.',
  'sign.isolation': 'Being cut off from family, friends or help, or kept in a hidden place.',
  'sign.physical-and-sexual-violence': "Being hurt, touched in a sexual way, or made to do things against one's will.",
  'sign.intimidation-and-threats':
    'Threats of harm, of the police or immigration, or of losing work, to stop complaints or leaving.',
  'sign.retention-of-identity-documents': 'Someone else keeping a passport or ID card and not giving it back.',
  'sign.withholding-of-wages': 'Pay held back so that the person feels they cannot leave.',
  'sign.debt-bondage': 'A debt that ties the person to the work and never gets smaller.',
  'sign.abusive-working-and-living-conditions': 'Dangerous work, or a crowded, dirty or unsafe place to sleep.',
  'sign.excessive-overtime': 'Very long hours or no days off, with punishment for saying no.',

  'guide.meaning-none.me':
    'Your answers do not show the common signs of forced labour. If something still feels wrong, trust that feeling. You can still talk to someone.',
  'guide.meaning-none.someone':
    'Your answers do not show the common signs of forced labour. If you are still worried about this person, you can talk to someone about it.',
  'guide.meaning-some.me':
    'Some of your answers are signs that a person may not be free to choose their work. It does not mean you did anything wrong.',
  'guide.meaning-some.someone': 'Some of your answers are signs that this person may not be free to choose their work.',
  'guide.meaning-strong.me':
    'Your answers show strong signs that you may be forced to work. This is not your fault. You deserve to be safe and free.',
  'guide.meaning-strong.someone':
    'Your answers show strong signs that this person may be forced to work. It is not their fault.',
  'guide.not-a-decision':
    'This check is not a legal decision. It cannot say for sure what is happening. A trained person who hears the whole story can help you understand it.',
  'guide.danger.me': 'If you are in danger right now, call the emergency number in your country.',
  'guide.danger.someone': 'If they are in danger right now, call the emergency number in your country.',
  'guide.unsure':
    'It is fine not to be sure. Some questions are hard to answer. Talking it through with someone you trust can help.',
  'guide.talk.me':
    'You can talk to someone safe, like a friend, a health worker or a support group. You decide what to share.',
  'guide.talk.someone':
    'Listen to them without judging. Let them decide what to do. Do not talk to their boss, as this could put them in danger.',
  'guide.hotline':
    'A helpline can listen, explain your choices and help you find support. Many helplines let you talk without giving your name.',
  'guide.device-safety':
    'If someone else uses or checks this device, close this page when you are done. You may also want to clear your browsing history.',
} as const;

/** Every self-check message key; other locales must have exactly these. */
export type SelfCheckMessageKey = keyof typeof messages;
export type SelfCheckMessages = Readonly<Record<SelfCheckMessageKey, string>>;

export const selfCheckEn: Catalog<SelfCheckMessages> = /* @__PURE__ */ deepFreeze({
  locale: 'en',
  status: 'source',
  messages,
});
