import { deepFreeze } from '../../freeze.js';
import type { Catalog } from '../../i18n/locale.js';
import type { SelfCheckMessages } from '../messages.en.js';

/** Malay (Bahasa Malaysia) draft. "Dia" keeps the other person's gender unstated. Needs a native speaker's review. */
export const selfCheckMs: Catalog<SelfCheckMessages> = /* @__PURE__ */ deepFreeze({
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    title: 'Semakan keselamatan kerja',
    'intro.me':
      'Soalan-soalan ini tentang kerja anda. Tiada jawapan yang betul atau salah. Anda boleh langkau mana-mana soalan atau berhenti bila-bila masa.',
    'intro.someone':
      'Soalan-soalan ini tentang seseorang yang anda kenali dan kerjanya. Jawab sebaik yang anda boleh. Anda boleh langkau mana-mana soalan atau berhenti bila-bila masa.',
    'perspective.question': 'Ini tentang siapa?',
    'perspective.me': 'Saya',
    'perspective.someone': 'Seseorang yang saya kenali',
    privacy: 'Jawapan anda kekal dalam peranti ini. Jawapan tidak dihantar atau disimpan.',
    'answer.yes': 'Ya',
    'answer.no': 'Tidak',
    'answer.not-sure': 'Tidak pasti',
    'answer.prefer-not-to-say': 'Lebih suka tidak menjawab',
    'level.none': 'Tiada tanda amaran dalam jawapan ini',
    'level.some': 'Ada beberapa tanda amaran',
    'level.strong': 'Tanda amaran yang kuat',

    'q.job-different.me':
      'Adakah kerja anda berbeza daripada yang dijanjikan kepada anda? Contohnya, jenis kerja, tempat atau majikan.',
    'q.job-different.someone':
      'Adakah kerjanya berbeza daripada yang dijanjikan kepadanya? Contohnya, jenis kerja, tempat atau majikan.',
    'q.pay-different.me': 'Adakah gaji anda jauh lebih rendah daripada yang dijanjikan?',
    'q.pay-different.someone': 'Adakah gajinya jauh lebih rendah daripada yang dijanjikan?',
    'q.documents-kept.me':
      'Adakah majikan anda atau orang lain menyimpan pasport atau kad pengenalan anda, dan tidak memulangkannya apabila anda minta?',
    'q.documents-kept.someone':
      'Adakah majikannya atau orang lain menyimpan pasport atau kad pengenalannya, dan tidak memulangkannya apabila dia minta?',
    'q.debt-ties.me':
      'Adakah anda berhutang dengan majikan anda atau dengan orang yang mencarikan kerja ini, dan rasa anda tidak boleh pergi sehingga hutang itu dibayar?',
    'q.debt-ties.someone':
      'Adakah dia berhutang dengan majikannya atau dengan orang yang mencarikan kerja ini, dan rasa dia tidak boleh pergi sehingga hutang itu dibayar?',
    'q.debt-grows.me': 'Adakah hutang anda terus bertambah, atau seolah-olah tidak pernah berkurang?',
    'q.debt-grows.someone': 'Adakah hutangnya terus bertambah, atau seolah-olah tidak pernah berkurang?',
    'q.pay-held-back.me': 'Adakah majikan anda menahan gaji anda sehingga anda rasa tidak boleh pergi?',
    'q.pay-held-back.someone': 'Adakah majikannya menahan gajinya sehingga dia rasa tidak boleh pergi?',
    'q.locked-in.me':
      'Adakah anda dihalang daripada keluar dari tempat anda bekerja atau tinggal? Contohnya, dengan pintu berkunci atau pengawal.',
    'q.locked-in.someone':
      'Adakah dia dihalang daripada keluar dari tempat dia bekerja atau tinggal? Contohnya, dengan pintu berkunci atau pengawal.',
    'q.watched.me': 'Adakah anda diawasi, atau ada orang yang mesti ikut anda, setiap kali anda keluar?',
    'q.watched.someone': 'Adakah dia diawasi, atau ada orang yang mesti ikut dia, setiap kali dia keluar?',
    'q.cut-off.me':
      'Adakah seseorang mengambil telefon anda, atau menghalang anda daripada bercakap dengan keluarga atau kawan?',
    'q.cut-off.someone':
      'Adakah seseorang mengambil telefonnya, atau menghalang dia daripada bercakap dengan keluarga atau kawan?',
    'q.hidden-place.me':
      'Adakah anda ditempatkan di tempat yang jauh atau tersembunyi, yang sukar untuk mendapat bantuan?',
    'q.hidden-place.someone':
      'Adakah dia ditempatkan di tempat yang jauh atau tersembunyi, yang sukar untuk mendapat bantuan?',
    'q.hurt.me':
      'Adakah sesiapa di tempat kerja memukul anda, mencederakan anda, atau menyentuh anda secara seksual tanpa kerelaan anda?',
    'q.hurt.someone':
      'Adakah sesiapa di tempat kerja memukulnya, mencederakannya, atau menyentuhnya secara seksual tanpa kerelaannya?',
    'q.forced-acts.me':
      'Adakah anda dipaksa melakukan perkara yang anda tidak setuju, seperti seks, mengambil dadah atau alkohol, atau melanggar undang-undang?',
    'q.forced-acts.someone':
      'Adakah dia dipaksa melakukan perkara yang dia tidak setuju, seperti seks, mengambil dadah atau alkohol, atau melanggar undang-undang?',
    'q.threat-harm.me': 'Adakah sesiapa mengugut untuk mencederakan anda atau keluarga anda?',
    'q.threat-harm.someone': 'Adakah sesiapa mengugut untuk mencederakannya atau keluarganya?',
    'q.threat-report.me':
      'Adakah sesiapa mengugut untuk melaporkan anda kepada polis atau imigresen jika anda mengadu atau pergi?',
    'q.threat-report.someone':
      'Adakah sesiapa mengugut untuk melaporkannya kepada polis atau imigresen jika dia mengadu atau pergi?',
    'q.threat-job.me':
      'Jika anda mengadu, adakah anda diberitahu bahawa anda akan hilang kerja atau gaji, atau diberi kerja yang lebih teruk?',
    'q.threat-job.someone':
      'Jika dia mengadu, adakah dia diberitahu bahawa dia akan hilang kerja atau gaji, atau diberi kerja yang lebih teruk?',
    'q.long-hours.me': 'Adakah anda selalu bekerja terlalu lama setiap hari, atau berhari-hari tanpa cuti?',
    'q.long-hours.someone': 'Adakah dia selalu bekerja terlalu lama setiap hari, atau berhari-hari tanpa cuti?',
    'q.overtime-forced.me':
      'Adakah anda akan dihukum jika menolak kerja lebih masa? Atau adakah gaji anda terlalu rendah sehingga anda mesti bekerja lebih masa untuk hidup?',
    'q.overtime-forced.someone':
      'Adakah dia akan dihukum jika menolak kerja lebih masa? Atau adakah gajinya terlalu rendah sehingga dia mesti bekerja lebih masa untuk hidup?',
    'q.dangerous-work.me':
      'Adakah kerja anda berbahaya, atau anda disuruh bekerja tanpa alat keselamatan yang anda perlukan?',
    'q.dangerous-work.someone':
      'Adakah kerjanya berbahaya, atau dia disuruh bekerja tanpa alat keselamatan yang dia perlukan?',
    'q.living-place.me': 'Adakah tempat anda tidur sesak, kotor atau tidak selamat, tanpa privasi?',
    'q.living-place.someone': 'Adakah tempat dia tidur sesak, kotor atau tidak selamat, tanpa privasi?',
    'q.depends-on-boss.me':
      'Adakah majikan anda mengawal tempat tinggal, makanan atau visa anda, sehingga anda boleh kehilangannya jika anda pergi?',
    'q.depends-on-boss.someone':
      'Adakah majikannya mengawal tempat tinggal, makanan atau visanya, sehingga dia boleh kehilangannya jika dia pergi?',
    'q.situation-used.me':
      'Adakah majikan anda menggunakan keadaan anda untuk mengawal anda? Contohnya, kerana anda tidak tahu bahasa, tiada dokumen yang betul, atau tiada tempat lain untuk pergi.',
    'q.situation-used.someone':
      'Adakah majikannya menggunakan keadaannya untuk mengawalnya? Contohnya, kerana dia tidak tahu bahasa, tiada dokumen yang betul, atau tiada tempat lain untuk pergi.',

    'sign.abuse-of-vulnerability':
      'Menggunakan keadaan sukar seseorang, seperti tiada dokumen, tiada wang atau tiada tempat lain untuk pergi, untuk mengawalnya.',
    'sign.deception': 'Ditipu tentang kerja, gaji atau tempat sebelum bermula.',
    'sign.restriction-of-movement': 'Dikurung, dikawal atau diperhatikan sehingga sukar untuk pergi.',
    'sign.isolation': 'Diputuskan hubungan dengan keluarga, kawan atau bantuan, atau disimpan di tempat tersembunyi.',
    'sign.physical-and-sexual-violence':
      'Dicederakan, disentuh secara seksual, atau dipaksa melakukan perkara di luar kehendak.',
    'sign.intimidation-and-threats':
      'Ugutan untuk mencederakan, melaporkan kepada polis atau imigresen, atau kehilangan kerja, supaya tidak mengadu atau pergi.',
    'sign.retention-of-identity-documents':
      'Orang lain menyimpan pasport atau kad pengenalan dan tidak memulangkannya.',
    'sign.withholding-of-wages': 'Gaji ditahan sehingga orang itu rasa tidak boleh pergi.',
    'sign.debt-bondage': 'Hutang yang mengikat orang itu kepada kerja dan tidak pernah berkurang.',
    'sign.abusive-working-and-living-conditions':
      'Kerja yang berbahaya, atau tempat tidur yang sesak, kotor atau tidak selamat.',
    'sign.excessive-overtime': 'Waktu kerja yang sangat panjang atau tiada hari cuti, dengan hukuman jika menolak.',

    'guide.meaning-none.me':
      'Jawapan anda tidak menunjukkan tanda biasa kerja paksa. Jika anda masih rasa ada yang tidak kena, percayalah perasaan itu. Anda masih boleh bercakap dengan seseorang.',
    'guide.meaning-none.someone':
      'Jawapan anda tidak menunjukkan tanda biasa kerja paksa. Jika anda masih risau tentang orang ini, anda boleh bercakap dengan seseorang tentangnya.',
    'guide.meaning-some.me':
      'Sebahagian jawapan anda ialah tanda bahawa seseorang mungkin tidak bebas memilih kerjanya. Ini tidak bermakna anda melakukan kesalahan.',
    'guide.meaning-some.someone':
      'Sebahagian jawapan anda ialah tanda bahawa orang ini mungkin tidak bebas memilih kerjanya.',
    'guide.meaning-strong.me':
      'Jawapan anda menunjukkan tanda kuat bahawa anda mungkin dipaksa bekerja. Ini bukan salah anda. Anda berhak untuk selamat dan bebas.',
    'guide.meaning-strong.someone':
      'Jawapan anda menunjukkan tanda kuat bahawa orang ini mungkin dipaksa bekerja. Ini bukan salahnya.',
    'guide.not-a-decision':
      'Semakan ini bukan keputusan undang-undang. Ia tidak dapat memastikan apa yang sedang berlaku. Orang terlatih yang mendengar keseluruhan cerita boleh membantu anda memahaminya.',
    'guide.danger.me': 'Jika anda dalam bahaya sekarang, hubungi nombor kecemasan di negara anda.',
    'guide.danger.someone': 'Jika dia dalam bahaya sekarang, hubungi nombor kecemasan di negara anda.',
    'guide.unsure':
      'Tidak mengapa jika anda tidak pasti. Sesetengah soalan sukar dijawab. Berbincang dengan orang yang anda percayai boleh membantu.',
    'guide.talk.me':
      'Anda boleh bercakap dengan orang yang selamat, seperti kawan, petugas kesihatan atau kumpulan sokongan. Anda yang tentukan apa yang hendak dikongsi.',
    'guide.talk.someone':
      'Dengar dia tanpa menghakimi. Biar dia yang tentukan apa yang hendak dibuat. Jangan bercakap dengan majikannya, kerana ini boleh membahayakannya.',
    'guide.hotline':
      'Talian bantuan boleh mendengar, menerangkan pilihan anda dan membantu anda mendapatkan sokongan. Banyak talian bantuan membenarkan anda bercakap tanpa memberi nama.',
    'guide.device-safety':
      'Jika orang lain menggunakan atau memeriksa peranti ini, tutup halaman ini apabila anda selesai. Anda juga mungkin mahu memadam sejarah pelayaran anda.',
  },
});
