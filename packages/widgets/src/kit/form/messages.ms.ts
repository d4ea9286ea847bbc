import { type Catalog, plural } from '@ijm/core/i18n';
import type { FormKitMessages } from './messages.js';

const masihAda = 'Apa yang anda taip masih ada.';

export const formKitMs: Catalog<FormKitMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    optional: '(pilihan)',
    errorSummaryTitle: 'Terdapat masalah',
    errorPrefix: 'Ralat:',
    required: (label) => `Masukkan ${label.toLowerCase()}`,
    tooLong: (label, limit) => `${label} mestilah ${limit} aksara atau kurang`,
    controlCharacters: (label) => `${label} mengandungi aksara tersembunyi yang tidak boleh dihantar. Taip semula`,
    emailInvalid: 'Masukkan alamat e-mel dalam format yang betul, seperti nama@contoh.com',
    phoneInvalid: 'Masukkan nombor telefon, seperti +60 3 1234 5678',
    countryInvalid: 'Pilih negara daripada senarai',
    dateInvalid: (label) => `${label} mestilah tarikh yang sah`,
    dateInPast: (label) => `${label} mestilah hari ini atau pada masa hadapan`,
    dateTooFar: (label) => `${label} terlalu jauh pada masa hadapan`,
    optionInvalid: (label) => `Pilih ${label.toLowerCase()} daripada senarai`,
    amountInvalid: 'Masukkan jumlah melebihi 0, dengan tidak lebih daripada 2 tempat perpuluhan',
    currencyInvalid: 'Pilih mata wang daripada senarai',
    consentRequired: 'Tandakan kotak untuk bersetuju sebelum anda menghantar borang ini',
    unknownField:
      'Borang ini menghantar sesuatu yang tidak diterima oleh perkhidmatan. Muat semula halaman dan cuba lagi',
    invalid: (label) => `Semak ${label.toLowerCase()}`,
    formProblem: 'Sesuatu dalam borang ini tidak dapat diterima. Muat semula halaman dan cuba lagi',
    sending: 'Sedang menghantar…',
    retrying: 'Masih menghantar. Mencuba lagi sebentar lagi…',
    offline:
      'Anda di luar talian. Borang ini akan dihantar sebaik sahaja anda kembali dalam talian. Biarkan halaman ini terbuka.',
    failNetwork: `Kami tidak dapat menyambung untuk menghantar borang ini. Semak sambungan anda dan cuba lagi. ${masihAda}`,
    failTimeout: `Pelayan mengambil masa terlalu lama untuk menjawab. Cuba lagi sebentar lagi. ${masihAda}`,
    failRateLimited: `Terlalu banyak borang sedang dihantar sekarang. Tunggu seminit, kemudian cuba lagi. ${masihAda}`,
    failServer: `Berlaku masalah di pihak kami. Cuba lagi sebentar lagi. ${masihAda}`,
    failRejected: `Borang ini tidak dapat diterima. Cuba lagi kemudian, atau hubungi kami dengan cara lain. ${masihAda}`,
    failConfig: `Borang ini tidak disediakan dengan betul, jadi ia tidak boleh dihantar. Sila maklumkan pemilik laman web. ${masihAda}`,
    configEndpoint: 'Borang ini tidak disediakan dengan betul: alamatnya mesti bermula dengan https://.',
    retry: 'Cuba lagi',
    failLoad: `Sebahagian borang ini tidak dapat dimuat turun. Semak sambungan anda dan cuba lagi. ${masihAda}`,
    counterHint: (max) => `Anda boleh memasukkan sehingga ${max} aksara`,
    charactersLeft: (count) => plural('ms', count, { other: 'Baki {count} aksara' }),
    charactersOver: (count) => plural('ms', count, { other: 'Anda melebihi {count} aksara' }),
    honeypotLabel: 'Biarkan medan ini kosong',
    privacyLink: 'Cara kami menggunakan maklumat anda',
    selectPrompt: 'Pilih',
  },
};
