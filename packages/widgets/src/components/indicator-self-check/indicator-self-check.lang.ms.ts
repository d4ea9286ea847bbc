// Everything the check says in Malay, loaded in one download before the first question shows.
import type { Catalog } from '@ijm/core/i18n';
import { selfCheckMs } from '@ijm/core/self-check/ms';
import type { SelfCheckUiMessages } from './indicator-self-check.messages.js';

const ui: Catalog<SelfCheckUiMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    title: 'Semakan keselamatan kerja',
    safetyHeading: 'Sebelum anda mula',
    safetyWhat:
      'Semakan ini bertanya tentang kerja dan cara seseorang dilayan. Ia menunjukkan tanda buruh paksa atau pemerdagangan orang, jika ada, dan tempat untuk mendapatkan bantuan.',
    safetyPrivate:
      'Apa yang anda pilih tidak disimpan atau dihantar. Ia kekal dalam peranti ini dan hilang apabila anda keluar atau mula semula.',
    safetyExit:
      'Untuk keluar dengan cepat, gunakan butang Keluar atau tekan Shift 3 kali. Halaman ini diganti dengan halaman carian.',
    safetyHistory:
      'Sejarah pelayar anda masih boleh menunjukkan halaman ini pernah dilawati. Jika orang lain memeriksa peranti ini, gunakan tetingkap peribadi atau padam sejarah anda selepas ini.',
    start: 'Mula',
    loading: 'Menyediakan semakan…',
    loadFailed: 'Semakan tidak dapat dimuatkan. Semak sambungan anda dan cuba lagi.',
    retry: 'Cuba lagi',
    next: 'Seterusnya',
    back: 'Kembali',
    toReview: 'Semak jawapan saya',
    progress: (page, pages) => `Bahagian ${page} daripada ${pages}`,
    reviewHeading: 'Jawapan anda',
    notAnswered: 'Tidak dijawab',
    change: (question) => `Ubah jawapan ${question}`,
    seeResult: 'Lihat keputusan',
    signsHeading: 'Tanda dalam jawapan ini',
    unsureHeading: 'Tidak pasti tentang',
    meaningHeading: 'Apa maksudnya',
    nextStepsHeading: 'Apa yang anda boleh lakukan',
    again: 'Mula semula',
    hotlineHeading: 'Talian bantuan',
    hotlineCountry: 'Negara',
    hotlineChoose: 'Pilih negara',
    call: (number) => `Hubungi ${number}`,
    sms: (number) => `SMS ${number}`,
    whatsapp: (number) => `WhatsApp ${number}`,
    hours: 'Waktu',
    languages: 'Bahasa',
    proHeading: 'Senarai semak penunjuk Delphi',
    proIntro:
      'Untuk kakitangan terlatih yang menyaring kes. Tandakan setiap penunjuk yang ada; keputusan menggunakan peraturan gabungan Delphi bagi setiap elemen.',
  },
};

export const language = { ui, questions: selfCheckMs };
