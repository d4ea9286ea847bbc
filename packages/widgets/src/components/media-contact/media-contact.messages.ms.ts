import type { Catalog } from '@ijm/core/i18n';
import { formKitMs } from '../../kit/form/messages.ms.js';
import type { MediaContactMessages } from './media-contact.messages.js';

export const mediaContactMs: Catalog<MediaContactMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    ...formKitMs.messages,
    title: 'Hubungan Media',
    intro:
      'Kami sedia menjawab soalan anda. Sila isi borang di bawah dan seorang daripada pasukan kami akan menghubungi anda tidak lama lagi.',
    submit: 'Hantar',
    nameLabel: 'Nama penuh',
    emailLabel: 'Alamat e-mel',
    organizationLabel: 'Media atau organisasi',
    phoneLabel: 'Nombor telefon',
    deadlineLabel: 'Tarikh akhir',
    deadlineHint: 'Jika anda mempunyai tarikh akhir, beritahu kami tarikhnya',
    topicLabel: 'Topik',
    messageLabel: 'Mesej anda',
    'name.required': 'Masukkan nama penuh anda',
    'email.required': 'Masukkan alamat e-mel anda',
    'organization.required': 'Masukkan media atau organisasi anda',
    'topic.required': 'Pilih topik',
    'message.required': 'Masukkan mesej anda',
    topicInterview: 'Permintaan temu bual',
    topicData: 'Data atau penyelidikan',
    topicStory: 'Kisah atau kes',
    topicEvent: 'Acara',
    topicOther: 'Lain-lain',
    consentText:
      'Saya bersetuju bahawa International Justice Mission boleh menggunakan butiran ini untuk menjawab pertanyaan saya.',
    successTitle: 'Terima kasih, mesej anda telah dihantar',
    successBody: 'Seorang daripada pasukan kami akan menghubungi anda tidak lama lagi.',
  },
};
