import type { Catalog } from '@ijm/core/i18n';
import { formKitMs } from '../../kit/form/messages.ms.js';
import type { FundraiserLeadMessages } from './fundraiser-lead.messages.js';

export const fundraiserLeadMs: Catalog<FundraiserLeadMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    ...formKitMs.messages,
    title: 'Mulakan kutipan dana',
    intro: 'Ceritakan sedikit tentang idea anda dan kami akan membantu anda bermula.',
    submit: 'Hantar',
    nameLabel: 'Nama penuh',
    emailLabel: 'Alamat e-mel',
    ideaLabel: 'Idea kutipan dana anda',
    ideaBirthday: 'Kutipan dana hari jadi',
    ideaAthletic: 'Cabaran sukan',
    ideaPolarDip: 'Terjun air sejuk',
    ideaOther: 'Lain-lain',
    ideaOtherLabel: 'Ceritakan tentang idea anda',
    targetDateLabel: 'Tarikh sasaran',
    targetDateHint: 'Bila anda ingin mengadakannya, jika anda tahu',
    goalAmountLabel: 'Sasaran kutipan',
    goalCurrencyLabel: 'Mata wang sasaran anda',
    goalCurrencyHint: 'Hanya perlu jika anda menetapkan sasaran',
    countryLabel: 'Negara',
    'name.required': 'Masukkan nama penuh anda',
    'email.required': 'Masukkan alamat e-mel anda',
    'idea.required': 'Pilih idea kutipan dana anda',
    'ideaOther.required': 'Ceritakan tentang idea anda',
    'goalCurrency.required': 'Pilih mata wang sasaran anda',
    'country.required': 'Pilih negara anda',
    consentText:
      'Saya bersetuju International Justice Mission boleh menghubungi saya tentang memulakan kutipan dana, menggunakan butiran ini.',
    successTitle: 'Terima kasih',
    successBody:
      'Terima kasih kerana mendaftar untuk mengetahui lebih lanjut tentang memulakan kutipan dana. Kami akan menghubungi anda tidak lama lagi!',
    guideIntro: 'Sementara itu, sila lihat panduan percuma kami:',
    guideLabel: '25 Petua untuk Pengumpul Dana Baharu',
  },
};
