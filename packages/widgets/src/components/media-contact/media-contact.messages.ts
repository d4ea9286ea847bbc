import { type BundledCatalog, type FormMessages, formKitEn } from '../../kit/form/messages.js';

export type MediaContactMessages = FormMessages & {
  nameLabel: string;
  emailLabel: string;
  organizationLabel: string;
  phoneLabel: string;
  deadlineLabel: string;
  deadlineHint: string;
  topicLabel: string;
  messageLabel: string;
  'name.required': string;
  'email.required': string;
  'organization.required': string;
  'topic.required': string;
  'message.required': string;
  topicInterview: string;
  topicData: string;
  topicStory: string;
  topicEvent: string;
  topicOther: string;
  successBody: string;
};

const en: BundledCatalog<MediaContactMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    ...formKitEn.messages,
    title: 'Media Contact',
    intro:
      "We're here to answer your questions. Please fill out the form below and someone from our team will follow up with you soon.",
    submit: 'Send',
    nameLabel: 'Full name',
    emailLabel: 'Email address',
    organizationLabel: 'Outlet or organisation',
    phoneLabel: 'Phone number',
    deadlineLabel: 'Deadline',
    deadlineHint: 'If you are working to a deadline, tell us the date',
    topicLabel: 'Topic',
    messageLabel: 'Your message',
    'name.required': 'Enter your full name',
    'email.required': 'Enter your email address',
    'organization.required': 'Enter your outlet or organisation',
    'topic.required': 'Select a topic',
    'message.required': 'Enter your message',
    topicInterview: 'Interview request',
    topicData: 'Data or research',
    topicStory: 'A story or case',
    topicEvent: 'An event',
    topicOther: 'Something else',
    consentText: 'I agree that International Justice Mission may use these details to reply to my enquiry.',
    successTitle: 'Thank you, your message has been sent',
    successBody: 'Someone from our team will follow up with you soon.',
  },
};

export const mediaContactEn = en;
