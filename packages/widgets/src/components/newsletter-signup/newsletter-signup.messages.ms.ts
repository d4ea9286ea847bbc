import type { Catalog } from '@ijm/core/i18n';
import { formKitMs } from '../../kit/form/messages.ms.js';
import type { NewsletterSignupMessages } from './newsletter-signup.messages.js';

export const newsletterSignupMs: Catalog<NewsletterSignupMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    ...formKitMs.messages,
    title: 'Langgan Surat Berita',
    intro: 'Kekal berhubung dengan kerja kami! Daftar untuk menerima berita terkini terus ke peti masuk anda.',
    submit: 'Daftar',
    emailLabel: 'Alamat e-mel',
    givenNameLabel: 'Nama pertama',
    familyNameLabel: 'Nama akhir',
    countryLabel: 'Negara',
    'email.required': 'Masukkan alamat e-mel anda',
    'country.required': 'Pilih negara anda',
    consentText:
      'Ya, hantarkan saya e-mel daripada International Justice Mission tentang kerjanya. Saya boleh berhenti melanggan pada bila-bila masa.',
    successTitle: 'Semak peti masuk anda',
    successBody: (email) =>
      `Kami telah menghantar e-mel ke ${email}. Pilih pautan di dalamnya untuk mengesahkan pendaftaran anda. Jika e-mel itu belum tiba dalam beberapa minit, semak folder spam anda.`,
  },
};
