"""Indonesian roles that run over institution names, and clitics that skip places."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract
from quotedesk.model import Quote


def direct(text: str) -> list[Quote]:
    a = extract(text, lang="id")
    for q in a.quotes:
        assert text[q.start : q.end] == q.text
    return [q for q in a.quotes if q.kind == "direct"]


def test_role_runs_over_an_institution_with_joiners_to_the_name() -> None:
    text = ("Direktur Eksekutif Centre for Policy and Public Integrity Sinta Larasati menuturkan, laporan itu "
            "masih formalitas. ”Kalau dana yang dilaporkan kecil, belum tentu betul-betul kecil,” ujarnya.")
    (q,) = direct(text)
    assert q.speaker == "Sinta Larasati"
    assert q.cue == "ujarnya"
    assert q.role is not None and q.role.startswith("Direktur Eksekutif Centre for Policy")


def test_role_over_commas_and_a_hospital_name_ends_on_the_person() -> None:
    text = ("”Saya masih bersama keluarga almarhum,” kata Kepala Bagian Hukum dan Humas, Rumah Sakit Umum "
            "Pusat Dr Wirosaban, Gilang Pramudya, saat dihubungi.")
    (q,) = direct(text)
    assert q.speaker == "Gilang Pramudya"
    assert text[q.speaker_start : q.speaker_end] == "Gilang Pramudya"


def test_full_name_ends_the_role_before_the_next_clause() -> None:
    text = ("Menurut Guru Besar Fakultas Ekonomi dan Bisnis Universitas Nusantara Muhammad Rizal Hakim, "
            "Kalbar harus menyiapkan transformasi ekonomi. ”Industri pengolahan harus dipersiapkan,” ujarnya.")
    (q,) = direct(text)
    assert q.speaker == "Muhammad Rizal Hakim"


def test_derived_nouns_are_never_a_person() -> None:
    text = "”Kami siap membantu,” kata Pengendalian Operasi."
    (q,) = direct(text)
    assert q.speaker == "Pengendalian Operasi"
    assert q.speaker_kind == "organization"


def test_a_word_of_field_after_the_role() -> None:
    text = "”Kemungkinan ada strategi politik,” kata Pengamat politik dari Universitas Lampung Robi Santoso."
    (q,) = direct(text)
    assert q.speaker == "Robi Santoso"
    assert q.role == "Pengamat politik dari Universitas Lampung"


def test_name_then_role_in_commas_opens_the_sentence() -> None:
    text = ("Chaidir Anwar, kepala badan kepegawaian, membenarkan hal itu. Marullah Basuki, Wali Kota Jakarta "
            "Selatan, yang dihubungi, juga membenarkan penonaktifan itu. ”Pemeriksaan dilakukan pekan ini,” katanya.")
    (q,) = direct(text)
    assert q.speaker == "Marullah Basuki"


def test_according_to_set_off_in_commas_is_the_source_of_its_sentence() -> None:
    text = ("Juru bicara presiden Fadil Rahman hadir dalam rapat itu. Presiden Joko Widodo memimpin rapat. "
            "Presiden, menurut Fadil, menginginkan percepatan penyaluran program. "
            "”Pesan lain adalah integrasi data,” katanya.")
    (q,) = direct(text)
    assert q.speaker == "Fadil Rahman"


def test_clitic_skips_a_place_named_after_a_preposition() -> None:
    text = ("Teramati ada guguran lava pijar ke arah Besuk Kobokan, Lumajang, dari gunung itu. Sementara itu, "
            "untuk wilayah Kabupaten Malang, Sekretaris Badan Penanggulangan Bencana Daerah Kabupaten Malang "
            "Bagas Setiono mengatakan terjadi hujan abu tipis. ”Tidak ada pengungsian,” ujarnya.")
    (q,) = direct(text)
    assert q.speaker == "Bagas Setiono"


def test_place_words_before_the_name_are_part_of_the_role() -> None:
    text = "”Empat kereta anjlok,” kata Manajer Humas PT KAI Daop 8 Surabaya Sumarno."
    (q,) = direct(text)
    assert q.speaker == "Sumarno"
    assert q.role == "Manajer Humas PT KAI Daop 8 Surabaya"


def test_menurutnya_after_a_quote_is_a_clitic_cue() -> None:
    text = ("Menurut Teguh Santoso, aturan itu aneh ketika Kemenhub menyatakan ojek boleh beroperasi. "
            "”Kalau alasannya demikian, tidak perlu ada pembatasan,” menurutnya lagi.")
    (q,) = direct(text)
    assert q.cue == "menurutnya"
    assert q.speaker == "Teguh Santoso"


def test_a_speech_verb_set_off_in_commas_makes_its_person_the_speaker() -> None:
    text = ("Juru bicara presiden Fadil Rahman hadir dalam rapat itu. Presiden Joko Widodo memimpin rapat. "
            "Presiden, kata Fadil, menginginkan percepatan penyaluran program. "
            "”Pesan lain adalah integrasi data,” katanya.")
    (q,) = direct(text)
    assert q.speaker == "Fadil Rahman"


def test_a_list_of_places_does_not_hand_a_clitic_its_antecedent() -> None:
    text = ("Wiwik memaparkan, sesuai dengan jadwal tahun 2021, kereta akan memiliki 20 kali perjalanan. "
            "Kereta itu akan berhenti di 11 stasiun, yakni Stasiun Yogyakarta, Lempuyangan, Maguwo, Klaten, "
            "Delanggu, Gawok, Purwosari, dan Solo Balapan. Jumlah stasiun itu lebih banyak. "
            "”Tadinya kereta hanya berhenti di tujuh stasiun,” katanya.")
    (q,) = direct(text)
    assert q.speaker == "Wiwik"


def test_no_speaker_stands_before_a_passive_speech_verb() -> None:
    text = ("Analis pasar modal Wawan Hendrayana hadir dalam diskusi itu. Harus diakui, sisi negatif dari minat "
            "masyarakat berinvestasi adalah terbukanya peluang penipuan. "
            "”Sederhananya, calon investor harus memeriksa izinnya,” ujarnya.")
    a = extract(text, lang="id")
    assert all(q.speaker != "Harus" for q in a.quotes)
    (q,) = direct(text)
    assert q.speaker == "Wawan Hendrayana"


def test_words_that_are_also_names_do_not_make_a_person_an_institution() -> None:
    text = ("”Kami siap,” kata Menteri Perhubungan Budi Karya Sumadi. Sekretaris Jenderal Agung Hari Setiyono "
            "hadir. ”Semua aman,” ujarnya. ”Bantuan sudah disalurkan,” kata Menteri Sosial Juliari Batubara.")
    assert [(q.speaker, q.role) for q in direct(text)] == [
        ("Budi Karya Sumadi", "Menteri Perhubungan"), ("Agung Hari Setiyono", "Sekretaris Jenderal"),
        ("Juliari Batubara", "Menteri Sosial")]


def test_answers_complaints_and_writing_are_cues_too() -> None:
    for verb in ("jawab", "sahut", "keluh", "tulis"):
        text = (f"Wartawan bertanya kepada Jack Ma soal masa depan. “Gunakan waktu Anda untuk belajar dari "
                f"orang lain,” {verb} Ma di Hangzhou.")
        quotes = [q for q in extract(text, "id").quotes if q.kind == "direct"]
        assert [(q.speaker, q.cue) for q in quotes] == [("Jack Ma", verb)], verb


def test_a_clitic_goes_to_the_speaker_of_the_sentence_before_whatever_opens_it() -> None:
    """A subheading glued to the paragraph ("Pemeriksaan saksi") hides the name from the
    sentence's first word; the subject of its speech verb still names who speaks next."""
    text = ("Pengamat hukum Rakhmat Hidayat mengatakan hal itu. ”Ini jelas terukur,” ucapnya. "
            "Pemeriksaan saksi Kepala Bidang Humas Polda Jawa Barat Kombes Erdi Chaniago menegaskan, "
            "penyidik akan memanggil saksi lain. ”Kami tidak berhenti di sini,” katanya.")
    first, second = direct(text)
    assert first.speaker == "Rakhmat Hidayat"
    assert (second.speaker, second.cue) == ("Erdi Chaniago", "katanya")


def test_a_religion_or_a_country_is_no_one_a_clitic_can_mean() -> None:
    text = ("Sekretaris Umum Muhammadiyah Abdul Mu’ti menuturkan, pemerintah kurang tegas. Sebab, "
            "sebagian umat Muslim menilai pemerintah tidak adil. Hal tersebut, menurut dia, terlihat di "
            "bandara. ”Kita bisa belajar dari China,” ujarnya.")
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Abdul Mu’ti", "ujarnya")


def test_menurut_inside_a_relative_clause_reports_only_what_follows_it() -> None:
    text = ("Peskov menolak mengomentari laporan perjanjian mineral yang menurut Trump akan memungkinkan "
            "pembayar pajak mendapatkan kembali uang mereka.")
    a = extract(text, lang="id")
    (q,) = [q for q in a.quotes if q.cue == "menurut"]
    assert (q.kind, q.speaker) == ("indirect", "Trump")
    assert q.text == "memungkinkan pembayar pajak mendapatkan kembali uang mereka"


def test_a_cue_word_inside_a_fixed_phrase_is_no_cue() -> None:
    text = ("Adapun 226 warga lanjut usia telah tuntas divaksin dari total 7.126 orang yang telah menerima "
            "suntikan pertama. ”Gunakan kata kunci yang kuat,” kata Budi Santoso.")
    a = extract(text, lang="id")
    assert [(q.kind, q.speaker, q.cue) for q in a.quotes] == [("direct", "Budi Santoso", "kata")]


def test_a_lone_capital_after_a_plain_noun_qualifies_it_but_a_full_name_is_a_person() -> None:
    text = ("Kepala Dinas Kesehatan Muhammad Muslim mengatakan, jumlah spesimen terus meningkat. Sebab, "
            "sebagian umat Muslim menilai pemerintah tidak adil. ”Kami terus menambah laboratorium,” "
            "katanya.")
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Muhammad Muslim", "katanya")


def test_a_name_after_a_copula_is_a_person_a_clitic_can_mean() -> None:
    text = ("Salah satu yang membawa tempe ke Jepang adalah Rustono. Rustono memastikan setiap kemasan "
            "menyebut Indonesia. ”Di Meksiko, kami menuliskan hadiah Indonesia,” tuturnya.")
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Rustono", "tuturnya")


@pytest.mark.parametrize("epithet", ["politikus Partai Golkar tersebut", "politikus Golkar itu",
                                     "politikus senior itu"])
def test_a_role_closed_by_a_demonstrative_names_again_the_person_written_about(epithet: str) -> None:
    text = ("Ketua Komisi XI DPR Misbakhun meminta pemerintah lebih realistis. Ia menilai target terlalu "
            f"ambisius. ”Jangan sampai target dibuat tinggi lalu direvisi,” tegas {epithet}.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Misbakhun", "Ketua Komisi XI DPR")
    assert text[q.speaker_start:q.speaker_end].startswith("politikus")


def test_a_demonstrative_after_a_role_a_noun_owns_is_the_nouns() -> None:
    text = ("Juru bicara Polri Argo Yuwono memberi keterangan. ”Maklumat ini dikeluarkan,” kata Argo. "
            "Dalam maklumat Kapolri itu disebutkan, pilkada tetap mengutamakan keselamatan jiwa.")
    a = extract(text, lang="id")
    assert all(q.speaker != "Argo Yuwono" for q in a.quotes if q.cue == "disebutkan")


def test_who_did_it_by_saying_it_is_the_speaker() -> None:
    text = ("Presiden Rusia Vladimir Putin berbicara dengan Trump. Putin pekan ini melemahkan harapan akan "
            "kesepakatan cepat mengenai Ukraina dengan mengatakan bahwa kontak AS-Rusia akan fokus pada "
            "perbaikan kepercayaan.")
    (q,) = [q for q in extract(text, lang="id").quotes if q.cue == "mengatakan"]
    assert (q.kind, q.speaker) == ("indirect", "Vladimir Putin")
    assert q.text == "kontak AS-Rusia akan fokus pada perbaikan kepercayaan"


def test_a_clitic_goes_to_the_subject_of_the_speech_verb_not_a_name_inside_a_long_role() -> None:
    text = ("Kepala Bidang Bangunan Dinas Perumahan dan Permukiman , Cipta Karya , dan Tata Ruang Kota Malang "
            "Budi Santoso menuturkan , pembangunan taman sudah selesai . Bagian bawah masih dibangun . "
            "” Targetnya rampung Desember , ” ucapnya .")
    q = next(q for q in extract(text, "id").quotes if q.kind == "direct")
    assert (q.speaker, q.cue) == ("Budi Santoso", "ucapnya")
    # a bare name set off by a comma still opens the sentence as its subject
    text = ("Rina Wati , Koordinator Sinar Fast Boat untuk Lombok , juga menyampaikan harapan serupa . "
            "” Kemarin sangat sepi , ” katanya .")
    q = next(q for q in extract(text, "id").quotes if q.kind == "direct")
    assert q.speaker == "Rina Wati"


def test_a_clause_opening_the_sentence_stands_before_its_apposed_subject() -> None:
    text = ("Saat dikonfirmasi , Budi Hartono , kuasa hukum partai dan Agus Salim , menyatakan , pihaknya "
            "menghormati langkah penyidik . ” Kami hormati , terima kasih , ” ujarnya .")
    q = next(q for q in extract(text, "id").quotes if q.kind == "direct")
    assert (q.speaker, q.cue) == ("Budi Hartono", "ujarnya")


def test_a_clitic_goes_to_whoever_holds_the_role_that_spoke_in_the_sentence_before() -> None:
    text = ("Presiden Joko Widodo berbicara di Bandung . Gubernur Jawa Barat Ridwan Kamil juga hadir . "
            "Tak gegabah Presiden juga kembali mengingatkan pemda agar tidak gegabah . "
            "” Jangan langsung dibuka , ” katanya .")
    q = next(q for q in extract(text, "id").quotes if q.kind == "direct")
    assert (q.speaker, q.cue) == ("Joko Widodo", "katanya")


def test_a_one_word_name_closes_a_role_over_an_institution() -> None:
    text = ("Alamsyah Saragih berbicara . Ketua Badan Pengawas Pemilu Abhan , yang juga menjadi narasumber "
            "dalam diskusi itu , mengatakan , bansos rentan dipolitisasi oleh petahana . "
            "” Kami amati memang rentan penyalahgunaan kekuasaan , ” katanya .")
    q = direct(text)[0]
    assert (q.speaker, q.role) == ("Abhan", "Ketua Badan Pengawas Pemilu")
    # a word the institution's name runs on from, or one inside a known institution, is no name
    text = ("Pembina Komunitas Bike to Work ( B2W ) Toto Sugito yakin , bersepeda aman . "
            "” Bersepeda itu pilihan yang menarik , ” katanya .")
    assert direct(text)[0].speaker == "Toto Sugito"
    text = "” Kontak sedang disiapkan , ” kata Juru bicara Gedung Putih ."
    assert direct(text)[0].speaker == "Juru bicara Gedung Putih"


def test_a_quote_glued_to_the_sentence_that_introduces_someone_is_theirs() -> None:
    text = ("Sementara itu , Ayu Lestari menceritakan , keju itu dibuat dari susu sapi lokal . "
            "Acara itu juga dihadiri William Wongso , salah satu tokoh kuliner Indonesia . "
            "” Paduan ini , menurut saya , beda dengan yang tradisional , ” ujarnya .")
    assert direct(text)[0].speaker == "William Wongso"
    # a pronoun in that sentence means someone named before: the clitic means that one
    text = ("Anneke Prasyanti , arsitek , menata ulang Kota Tua . Bangunan lain yang ia tangani adalah "
            "Museum Fatahillah dan Onderlinge Levensverzekering Van Eigen Hulp ( OLVEH ) . "
            "” Saya pernah membuat resor di Fiji , ” ucapnya .")
    assert direct(text)[0].speaker == "Anneke Prasyanti"


def test_one_capitalised_word_before_a_comma_and_a_title_is_a_name() -> None:
    text = ("Gedung itu terbakar pada Sabtu malam . Dedy , Kepala Peleton B dari Stasiun Pemadam Kebakaran "
            "Sektor II , menuturkan , selang di halaman gedung tidak mengalirkan air . "
            "” Saat kejadian , kami harus mencari air , ” ucapnya .")
    assert direct(text)[0].speaker == "Dedy"
    # but not a word the article also writes in lower case
    text = ("Hasilnya ternyata buruk . Ternyata , Kepala Dinas Kesehatan Budi Santoso mengatakan , vaksin "
            "sudah tiba . ” Kami siap , ” ujarnya .")
    assert direct(text)[0].speaker == "Budi Santoso"
    # nor a conjunction ("Apalagi , Presiden …")
    text = ("Irma Hidayana menilai data harus terbuka . Apalagi , Presiden Joko Widodo sudah meminta data dibuka . "
            "” Data itu menunjukkan keterbatasan pemeriksaan , ” ujarnya .")
    assert all(q.speaker != "Apalagi" for q in extract(text, "id").quotes)


def test_a_fixed_phrase_with_a_cue_word_opening_a_sentence_names_no_one() -> None:
    text = ("Gubernur Jawa Barat Ridwan Kamil meminta kesiapan petugas . Kamil memberikan tanggung jawab kepada "
            "perangkat kewilayahan . Tanggung jawab ini , antara lain , mitigasi potensi korban kebencanaan . "
            "” Kita semua harus bersiaga , ” ujarnya .")
    assert direct(text)[0].speaker == "Ridwan Kamil"


def test_a_word_the_article_also_writes_in_lower_case_opening_a_sentence_is_no_name() -> None:
    text = ("Para calon menyerahkan Laporan Penerimaan Sumbangan Dana Kampanye . Semua calon melaporkan sumbangan "
            "pribadi . Decky Senduk , sekretaris tim kampanye , mengaku belum ada dana dari pihak ketiga . "
            "Sumbangan dari kas pribadi itu berbentuk barang . ” Masih pakai dana terbatas , ” katanya .")
    assert direct(text)[0].speaker == "Decky Senduk"


def test_english_titles_in_indonesian_news_are_roles() -> None:
    text = "” Banyak problem justru menjadi peluang , ” kata Head of Startupindonesia.co Erwin Arifin ."
    q = direct(text)[0]
    assert (q.speaker, q.role) == ("Erwin Arifin", "Head of Startupindonesia.co")


def test_one_name_then_where_they_work_speaks_and_katanya_goes_back_to_it() -> None:
    text = ("Gani Masayusi mengatakan , harga rotan jatuh . Penguncian wilayah membuat pengusaha merugi . "
            "Reynaldi dari PT House of Rattan mengatakan , orderan furnitur rotan anjlok hingga 20 persen . "
            "” Peningkatannya bisa 100 sampai 150 persen , ” katanya .")
    quotes = extract(text, "id").quotes
    said = next(q for q in quotes if q.text.startswith("orderan"))
    direct = next(q for q in quotes if q.kind == "direct")
    assert said.speaker == direct.speaker == "Reynaldi"
    assert text[said.speaker_start : said.speaker_end] == "Reynaldi"


def test_a_name_after_a_preposition_is_a_place_there_not_the_one_ujarnya_means() -> None:
    """"dihubungi di Ambon": Ambon, later the mayor's city ("Wali Kota Ambon"), is named there as a
    place, so it is not the last person named before "ujarnya"."""
    text = ("Juru Bicara Satgas Covid - 19 Provinsi Maluku Dony Rerung , saat dihubungi di Ambon , Minggu , "
            "mengatakan , semua pegawai ditargetkan menjalani tes cepat . Menurut dia , ledakan kasus bisa "
            "terjadi pada Februari mendatang . Menurut data , Satgas Covid - 19 Provinsi Maluku , hingga "
            "Minggu , jumlah kasus di Maluku sebanyak 6.259 orang . Dari 25 orang yang positif , 10 orang "
            "sudah dites usap . Satgas Covid - 19 Provinsi Maluku juga kembali menerapkan sistem bekerja dari "
            "rumah . Ini demi mencegah kluster perkantoran . ” Setiap tamu wajib menunjukkan surat keterangan "
            "sehat , ” ujarnya . Padahal , berdasarkan surat edaran Wali Kota Ambon , jumlah penumpang dibatasi .")
    (q,) = direct(text)
    assert q.speaker == "Dony Rerung"


def test_a_share_of_respondents_speaks_as_an_anonymous_group() -> None:
    text = "Sebanyak 63 persen responden mengatakan pemerintah gagal menangani krisis itu ."
    (q,) = extract(text, "id").quotes
    assert (q.kind, q.speaker, q.speaker_kind) == ("indirect", "Sebanyak 63 persen responden", "anonymous")


def test_hal_itu_and_a_verb_report_the_sentence_before_for_the_one_named_after_it() -> None:
    text = ("Pemerintah akan menambah jumlah tempat tidur isolasi di rumah sakit daerah . Hal itu disampaikan "
            "Kepala Dinas Kesehatan Budi Santoso di Jakarta , Senin .")
    (q,) = extract(text, "id").quotes
    assert (q.kind, q.speaker, q.role, q.cue) == ("indirect", "Budi Santoso", "Kepala Dinas Kesehatan", "disampaikan")
    assert q.text == "Pemerintah akan menambah jumlah tempat tidur isolasi di rumah sakit daerah"
    passive = text.replace("disampaikan Kepala", "disampaikan oleh Kepala")
    (q,) = extract(passive, "id").quotes
    assert (q.speaker, q.role) == ("Budi Santoso", "Kepala Dinas Kesehatan")


@pytest.mark.parametrize(("tail", "mention", "speaker", "kind"), [
    ("kata pria itu", "pria itu", "Haruo Ono", "person"),
    ("kata pria berusia 71 tahun itu kepada AFP", "pria berusia 71 tahun itu", "Haruo Ono", "person"),
    ("demikian pernyataan kementerian tersebut", "kementerian tersebut", "Kementerian Luar Negeri China",
     "organization"),
])
def test_a_noun_and_a_demonstrative_after_the_cue_name_again_who_was_named_before(
        tail: str, mention: str, speaker: str, kind: str) -> None:
    text = ("Kementerian Luar Negeri China mengecam langkah itu. Warga Fukushima, Haruo Ono (71), mengaku khawatir.\n\n"
            f"“Kami nelayan dan hidup dari laut,” {tail}.")
    (q,) = direct(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)
    assert text[q.speaker_start : q.speaker_end] == mention


def test_a_group_named_by_a_noun_and_a_demonstrative_stays_described() -> None:
    text = "Haruo Ono mengaku khawatir.\n\n“Kami nelayan dan hidup dari laut,” kata para nelayan itu."
    (q,) = direct(text)
    assert (q.speaker, q.speaker_kind) == ("para nelayan itu", "unknown")


@pytest.mark.parametrize("tail", ["demikian kata Peskov", "begitu kata Peskov", "demikian disampaikan Peskov"])
def test_demikian_between_the_quote_and_its_cue_points_back_to_the_quote(tail: str) -> None:
    (q,) = direct(f"“Laut adalah milik bersama umat manusia,” {tail}.")
    assert q.speaker == "Peskov"


def test_a_word_that_is_also_an_adverb_names_the_person_whose_full_name_holds_it() -> None:
    text = ("Jaksa Agung Muda Agung Hari Setiyono memeriksa perkara itu.\n\n"
            "“Selanjutnya akan dilakukan pemeriksaan,” kata Hari.")
    (q,) = direct(text)
    assert (q.speaker, text[q.speaker_start : q.speaker_end], q.cue) == ("Agung Hari Setiyono", "Hari", "kata")


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Para pengunjuk rasa meneriakkan “Turunkan harga BBM!” di depan gedung DPR.", "Para pengunjuk rasa",
     "meneriakkan"),
    ("“Turunkan harga BBM!” teriak para demonstran.", "para demonstran", "teriak"),
])
def test_a_crowd_shouting_is_an_anonymous_speaker(text: str, speaker: str, cue: str) -> None:
    (q,) = direct(text)
    assert (q.speaker, q.speaker_kind, q.cue) == (speaker, "anonymous", cue)


@pytest.mark.parametrize(("lead", "name", "role"), [
    ("Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Trunoyudo Wisnu Andiko", "Trunoyudo Wisnu Andiko",
     "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar"),
    ("Kepala Polda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak", "RZ Panca Putra Simanjuntak",
     "Kepala Polda Sulut Inspektur Jenderal"),
])
def test_the_name_after_a_rank_inside_a_long_role_is_whole(lead: str, name: str, role: str) -> None:
    text = f"{lead} menuturkan kedua tersangka sudah ditahan sejak Jumat pekan lalu."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == (name, role)


def test_a_title_inside_an_institution_is_no_rank() -> None:
    text = ("Ketua Pengurus Besar Ikatan Dokter Indonesia Daeng M Faqih menuturkan rumah sakit sudah penuh "
            "sejak pekan lalu.")
    (q,) = extract(text, lang="id").quotes
    assert q.speaker in ("M Faqih", "Daeng M Faqih")


def test_a_name_in_commas_after_a_description_is_the_subject_and_the_clitics_antecedent() -> None:
    text = ("Salah satu korban, Rina, 38 tahun, mengaku kehilangan uang Rp 150 juta.\n\n"
            "“Saya sudah lapor sejak tahun lalu,” tuturnya.")
    quotes = extract(text, lang="id").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Rina"), ("direct", "Rina")]


@pytest.mark.parametrize(("intro", "alias", "name"), [
    ("Gubernur Jawa Barat Ridwan Kamil atau yang akrab disapa Emil", "Emil", "Ridwan Kamil"),
    ("Presiden Joko Widodo atau Jokowi", "Jokowi", "Joko Widodo"),
])
def test_a_name_given_as_another_for_the_same_person_is_that_person(intro: str, alias: str, name: str) -> None:
    text = f"{intro} meresmikan bandara baru itu.\n\n“Semoga bermanfaat bagi warga,” kata {alias}."
    (q,) = direct(text)
    assert (q.speaker, text[q.speaker_start : q.speaker_end]) == (name, alias)


def test_or_between_two_full_names_joins_no_one() -> None:
    text = ("Presiden Joko Widodo atau Wakil Presiden Ma'ruf Amin akan hadir.\n\n"
            "“Semoga bermanfaat bagi warga,” kata Amin.")
    (q,) = direct(text)
    assert q.speaker == "Ma'ruf Amin"


@pytest.mark.parametrize(("lead", "name"), [
    ("Wali Kota Bandung Oded M Danial", "Oded M Danial"),
    ("Pengamat politik Papua dari Universitas Cenderawasih, Jayapura, Yakobus Murafer,", "Yakobus Murafer"),
])
def test_an_initial_without_a_dot_and_the_name_nearest_the_verb_belong_to_the_speaker(lead: str, name: str) -> None:
    text = f"{lead} menyatakan, pemerintah kota akan membuka kembali sekolah secara bertahap."
    (q,) = extract(text, lang="id").quotes
    assert q.speaker == name


def test_the_pronoun_of_ujar_dia_is_the_mention() -> None:
    text = ("Trunoyudo menuturkan kedua tersangka berinisial AS dan RD. "
            "“Keduanya sudah kami tahan sejak Jumat,” ujar dia di Markas Polda Metro Jaya.")
    (q,) = direct(text)
    assert (q.speaker, text[q.speaker_start : q.speaker_end], q.cue) == ("Trunoyudo", "dia", "ujar dia")


@pytest.mark.parametrize("text", [
    "Deden (27) merasakan persaingan berat itu. Lebih dari 20 perusahaan sudah dilamar warga Karawang Barat itu. "
    "Dia akhirnya mendapatkan pekerjaan setelah dua tahun. “Ketat sekali persaingan kerja di sini,” katanya.",
    "Kepala Dinas Sumber Daya Air Yusmada Faizal meninjau Rumah Susun Tambora. Keluhan serupa dialami "
    "tetangga seperti Neni (53) yang tinggal di lantai tiga. “Uang semakin habis,” ujarnya.",
])
def test_a_one_word_name_with_an_age_in_brackets_is_a_person_a_clitic_can_mean(text: str) -> None:
    (q,) = direct(text)
    assert q.speaker == text.split(" (")[0].split()[-1]


def test_a_role_runs_over_a_word_that_may_not_open_a_name_to_a_known_given_name() -> None:
    text = ("Kepala Dinas Sumber Daya Air DKI Jakarta Ika Agustin Ningrum memastikan seluruh pompa dalam "
            "kondisi baik. “Semua pompa sudah kami cek satu per satu,” katanya.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Ika Agustin Ningrum", "Kepala Dinas Sumber Daya Air DKI Jakarta")


def test_a_first_name_taken_for_the_end_of_a_role_is_given_back_when_it_speaks_alone() -> None:
    text = ("Bupati Bima Indah Dhamayanti Putri meminta warga di bantaran sungai untuk waspada. "
            "“Jangan kembali ke rumah dulu,” ujar Indah.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Indah Dhamayanti Putri", "Bupati Bima")
    assert text[q.speaker_start:q.speaker_end] == "Indah"


def test_initials_in_brackets_after_a_name_are_that_person_as_speaker_and_as_subject() -> None:
    text = ("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) menegaskan partainya tetap solid "
            "menghadapi pemilu. "
            "“Kami tetap bersama rakyat,” tegas AHY di Jakarta.\n\n"
            "AHY juga menyinggung keputusan Partai NasDem yang memilih Muhaimin Iskandar sebagai calon wakil "
            "presiden. Menurutnya, keputusan itu merupakan pengkhianatan terhadap kesepakatan koalisi.")
    quotes = extract(text, lang="id").quotes
    assert [(q.kind, q.speaker, q.speaker_kind) for q in quotes] == [
        ("indirect", "Agus Harimurti Yudhoyono", "person"),
        ("direct", "Agus Harimurti Yudhoyono", "person"),
        ("indirect", "Agus Harimurti Yudhoyono", "person"),
    ]


def test_a_one_word_name_after_a_role_and_its_field_is_a_person() -> None:
    text = ("Ketua Umum Perpadi Sutarto Alimoeso mengatakan petani mengeluhkan harga gabah yang turun.\n\n"
            "Hal senada diungkapkan pengamat pertanian Khudori. "
            "“Pemerintah harus menyerap gabah petani dengan harga layak,” ujarnya.")
    (q,) = direct(text)
    assert (q.speaker, q.speaker_kind, q.role) == ("Khudori", "person", "pengamat pertanian")


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Mendagri Tito Karnavian mengatakan penjabat kepala daerah akan dievaluasi setiap tiga bulan.",
     "Tito Karnavian", "Mendagri"),
    ("Wapres Gibran Rakabuming Raka mengatakan pemerintah akan mempercepat pembangunan IKN.",
     "Gibran Rakabuming Raka", "Wapres"),
])
def test_a_ministers_short_title_is_a_role_before_the_name(text: str, speaker: str, role: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == (speaker, role)


def test_a_nickname_blended_from_two_words_of_a_name_named_before_is_that_person() -> None:
    text = ("Presiden Joko Widodo menghadiri sidang tahunan MPR di Jakarta.\n\n"
            "Dalam pidatonya, Jokowi mengatakan program lumbung pangan bakal meningkatkan ketahanan pangan. "
            "“Food estate memperkuat cadangan pangan nasional,” katanya.")
    quotes = extract(text, lang="id").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Joko Widodo"), ("direct", "Joko Widodo")]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "Jokowi"


@pytest.mark.parametrize("text", [
    "“Kami sudah bekerja maksimal,” kata Kepala Basarnas Marsdya Kusworo, Minggu (7/1/2024), di Jakarta.",
    "Kepala Basarnas Marsdya Kusworo mengatakan pencarian dilanjutkan besok pagi.",
])
def test_a_rank_inside_a_short_run_after_the_role_belongs_to_the_role(text: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Kusworo", "Kepala Basarnas Marsdya")


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Saya sangat kecewa,” kata salah seorang korban, Andi (34), yang kehilangan motornya.", "Andi"),
    ("“Saya sangat kecewa,” kata salah satu warga.", "salah satu warga"),
    ("“Penyidik sudah memeriksa 20 saksi,” kata Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar "
     "di Jakarta, Selasa.", "Harli Siregar"),
])
def test_one_of_a_group_and_an_institution_before_the_name_after_the_verb(text: str, speaker: str) -> None:
    (q,) = direct(text)
    assert (q.speaker, q.cue) == (speaker, "kata")


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Wakil Presiden mengatakan pemerintah akan menaikkan anggaran tahun depan.", "id", "Wakil Presiden"),
    ("Kemarin, Wakil Presiden mengatakan pemerintah akan menaikkan anggaran tahun depan.", "id", "Wakil Presiden"),
    ("Terpisah, Wakil Menteri Keuangan mengatakan pemerintah akan menaikkan anggaran.", "id",
     "Wakil Menteri Keuangan"),
    ("The Vice President said the government would raise the budget next year.", "en", "Vice President"),
    ("Meanwhile, the Vice President said the government would raise the budget next year.", "en", "Vice President"),
])
def test_a_role_of_several_words_with_no_name_is_the_speaker_whole(text: str, lang: str, speaker: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert q.speaker == speaker
    assert text[q.speaker_start:q.speaker_end] == speaker


def test_a_capitalised_preposition_in_a_headline_opens_no_name_and_a_titled_name_after_an_adjective_is_the_subject(
        ) -> None:
    text = ("Retired General Reveals Experience Of Serving Under Obama.\n\n"
            "Retired U.S. Air Force Gen. Norman Ham is speaking out ahead of the election, and why he believes "
            "Donald Trump has the best plan to correct the course.")
    q = next(q for q in extract(text, lang="en").quotes if q.cue == "believes")
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Norman Ham", "he")


def test_a_place_closing_an_institution_before_the_verb_is_no_part_of_the_name_a_pronoun_finds_later() -> None:
    text = ("Menko Airlangga Hartarto mengatakan bantuan pangan akan dilanjutkan hingga Juni.\n\n"
            "Di tempat terpisah, ekonom Center of Reform on Economics (CORE) Indonesia Mohammad Faisal menilai "
            "kebijakan tersebut tepat untuk menjaga daya beli masyarakat.\n\n"
            "Namun, ia mengingatkan pemerintah agar memperbaiki data penerima.")
    q1, q2, q3 = extract(text, lang="id").quotes
    assert q1.speaker == "Airlangga Hartarto"
    assert (q2.speaker, text[q2.speaker_start:q2.speaker_end]) == ("Mohammad Faisal", "Mohammad Faisal")
    assert (q3.speaker, text[q3.speaker_start:q3.speaker_end]) == ("Mohammad Faisal", "ia")


@pytest.mark.parametrize(("role", "name"), [
    ("Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Dwikorita Karnawati"),
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB", "Abdul Muhari"),
    ("Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta", "Andri Yansyah"),
])
def test_an_institution_listing_its_fields_is_all_of_the_role(role: str, name: str) -> None:
    text = f"{role} {name} mengatakan pihaknya telah menyiagakan tim di sejumlah daerah."
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]
    assert (q.speaker, q.role) == (name, role)
    assert text[q.speaker_start:q.speaker_end] == name


def test_a_name_after_a_comma_closes_the_role_it_does_not_list_a_field() -> None:
    text = ("“Penularan dari jalur pantura tidak besar,” kata juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi, "
            "Alamsyah, Rabu sore.")
    (q,) = direct(text)
    assert q.speaker == "Alamsyah"


@pytest.mark.parametrize("text", [
    "Camat Baleendah, Ahmad Sudrajat, menyebutkan sebanyak 320 rumah terendam banjir setinggi satu meter.",
    "“Sebanyak 320 rumah terendam banjir setinggi satu meter,” kata Camat Baleendah, Ahmad Sudrajat, Senin.",
])
def test_one_word_after_a_role_then_a_name_in_commas_is_the_roles_place(text: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Ahmad Sudrajat", "Camat Baleendah")


@pytest.mark.parametrize(("role", "before"), [("Lurah Tambak Lorok", "di Kelurahan Tambak Lorok"),
                                              ("Kuasa hukum Joko Tjandra", "untuk Joko Tjandra")])
def test_two_words_the_article_names_as_a_place_or_an_object_then_a_name_in_commas_close_the_role(
        role: str, before: str) -> None:
    text = (f"Banjir rob merendam ratusan rumah {before}.\n\n{role}, Bambang Sutrisno, mengatakan pihaknya "
            "telah mendirikan dapur umum untuk warga.")
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Bambang Sutrisno", role)


@pytest.mark.parametrize("crowd", ["Wakil Presiden Maruf Amin", "Maruf Amin"])
def test_people_listed_after_a_titled_name_keep_their_own_roles(crowd: str) -> None:
    text = (f"Presiden Jokowi, {crowd}, dan para menteri hadir di Istana. "
            "Jokowi mengatakan pemerintah siap membantu korban banjir.")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]
    assert (q.speaker, q.role) == ("Jokowi", "Presiden")


@pytest.mark.parametrize(("text", "role"), [
    ("Ketua KPK sementara Nawawi Pomolango mengatakan pihaknya sedang menelusuri aliran dana ke pejabat lain.",
     "Ketua KPK sementara"),
    ("“Kami sedang menelusuri aliran dana ke pejabat lain,” kata Ketua KPK sementara Nawawi Pomolango.",
     "Ketua KPK sementara"),
    ("Ketua KPK sementara, Nawawi Pomolango, mengatakan pihaknya sedang menelusuri aliran dana ke pejabat lain.",
     "Ketua KPK sementara"),
    ("“Rekaman CCTV itu yang membantu polisi menangkap pelaku,” ucap Ketua RT setempat, Nawawi Pomolango.",
     "Ketua RT setempat"),
])
def test_a_word_qualifying_the_role_after_its_institution_stays_in_the_role(text: str, role: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Nawawi Pomolango", role)
    # opening a sentence it is "meanwhile", no role
    text = "Sementara Nawawi Pomolango mengatakan pihaknya sedang menelusuri aliran dana ke pejabat lain."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Nawawi Pomolango", None)


@pytest.mark.parametrize(("text", "role"), [
    ("Kepala Dinas Kesehatan Jawa Timur dr. Erwin Astha Triyono mengungkapkan, hingga pekan ketiga Januari "
     "tercatat 1.245 kasus.", "Kepala Dinas Kesehatan Jawa Timur dr."),
    ("Guru Besar Epidemiologi Universitas Airlangga Prof. Dr. dr. Erwin Astha Triyono, MS, menilai lonjakan "
     "kasus dipicu musim hujan.", "Guru Besar Epidemiologi Universitas Airlangga Prof. Dr. dr."),
    ("Epidemiolog Erwin Astha Triyono, MS, PhD, menilai lonjakan kasus dipicu musim hujan.", "Epidemiolog"),
])
def test_honorifics_before_a_name_and_degrees_after_it_name_no_one(text: str, role: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Erwin Astha Triyono", role)
    assert text[q.speaker_start:q.speaker_end] == "Erwin Astha Triyono"


@pytest.mark.parametrize(("text", "speaker", "lang"), [
    ("“Kerja, kerja, kerja,” tulis akun @jokowi di Twitter.", "@jokowi", "id"),
    ("“Kerja, kerja, kerja,” cuit @jokowi.", "@jokowi", "id"),
    ("“We will win,” @realDonaldTrump tweeted on Monday.", "@realDonaldTrump", "en"),
])
def test_an_account_handle_speaks_for_its_owner(text: str, speaker: str, lang: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == (speaker, speaker)


@pytest.mark.parametrize("nickname", ["Tjok Ace", "Cok Ace"])
def test_a_nickname_after_a_comma_is_the_same_person_and_shows_where_the_name_begins(nickname: str) -> None:
    # "Cok" is "Tjok" in today's spelling
    text = (f"Wakil Gubernur Bali Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa {nickname}, menyatakan "
            f"pariwisata Bali sepi. “Pengusaha sangat terbebani,” ujar {nickname}.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Tjokorda Oka Artha Ardana Sukawati", "Wakil Gubernur Bali")
    assert text[q.speaker_start:q.speaker_end] == nickname


@pytest.mark.parametrize(("text", "role"), [
    ("Pengamat hubungan internasional dari Universitas Indonesia, Hikmahanto Juwana, menilai ketegangan ini "
     "dapat berdampak pada kawasan Asia Tenggara.",
     "Pengamat hubungan internasional dari Universitas Indonesia"),
    ("Pengamat hubungan internasional Universitas Indonesia Hikmahanto Juwana menilai ketegangan ini dapat "
     "berdampak pada kawasan Asia Tenggara.", "Pengamat hubungan internasional Universitas Indonesia"),
])
def test_a_field_of_two_words_after_the_role_stays_in_the_role(text: str, role: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Hikmahanto Juwana", role)


def test_the_anonymous_official_named_again_is_all_the_first_naming_said() -> None:
    text = ("Namun, seorang pejabat senior pemerintahan Biden yang tidak mau disebutkan namanya mengatakan "
            "kepada CNN bahwa keputusan itu telah dibahas lama.\n\n"
            "“Ini bukan provokasi,” tutur pejabat tersebut.")
    (q,) = direct(text)
    assert q.speaker == "seorang pejabat senior pemerintahan Biden yang tidak mau disebutkan namanya"
    assert text[q.speaker_start:q.speaker_end] == "pejabat"


def test_a_second_role_after_yang_juga_belongs_to_the_person_named_before_it() -> None:
    text = ("Ketua Umum Partai Gerindra Prabowo Subianto yang juga Menteri Pertahanan menyatakan siap maju "
            "kembali sebagai calon presiden.")
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role, text[q.speaker_start:q.speaker_end]) == (
        "Prabowo Subianto", "Ketua Umum Partai Gerindra", "Prabowo Subianto")


@pytest.mark.parametrize(("text", "lang", "speaker", "role"), [
    ("Kapolres Metro Bekasi Kota Kombes Pol. Kusumo Wahyu Bintoro mengatakan ketiga tersangka sudah ditangkap "
     "di lokasi berbeda.", "id", "Kusumo Wahyu Bintoro", "Kapolres Metro Bekasi Kota Kombes Pol."),
    ("Det. Sgt. John Smith said the suspect had been arrested in London on Friday.", "en", "John Smith",
     "Det. Sgt."),
])
def test_an_abbreviated_rank_ends_no_sentence_and_stays_in_the_role(text: str, lang: str, speaker: str,
                                                                    role: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.speaker, q.role) == (speaker, role)
    assert text[q.speaker_start:q.speaker_end] == speaker


@pytest.mark.parametrize(("opening", "speaker", "role"), [
    ("Kapolres Kombes Kusumo Wahyu Bintoro", "Kusumo Wahyu Bintoro", "Kapolres Kombes"),
    ("Juru Bicara Presiden M Fadjroel Rachman", "M Fadjroel Rachman", "Juru Bicara Presiden"),
    ("Gubernur Bali I Wayan Koster", "I Wayan Koster", "Gubernur Bali"),
])
def test_a_rank_or_an_initial_before_a_name_keeps_the_whole_name(opening: str, speaker: str, role: str) -> None:
    text = f"{opening} mengatakan ketiga tersangka sudah ditangkap di lokasi berbeda."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role, text[q.speaker_start:q.speaker_end]) == (speaker, role, speaker)


def test_an_office_before_its_place_is_no_rank() -> None:
    text = "Pelaksana Tugas Bupati Sidoarjo Nur Achmad Syaifuddin mengatakan pilkada harus tetap berjalan."
    (q,) = extract(text, lang="id").quotes
    assert q.speaker != "Sidoarjo Nur Achmad Syaifuddin"


@pytest.mark.parametrize("epithet", ["perwira menengah Polri itu", "pria asal Bandung itu",
                                     "mantan Kapolda Metro Jaya itu"])
def test_an_epithet_with_a_place_or_an_institution_names_again_the_one_last_named(epithet: str) -> None:
    text = ("Kapolres Kombes Kusumo Wahyu Bintoro memberi keterangan kepada wartawan. ”Total kerugian "
            f"sementara mencapai Rp12 miliar,” ujar {epithet}.")
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Kusumo Wahyu Bintoro", "ujar")


def test_a_run_glued_by_a_missing_full_stop_ends_on_the_given_name_of_someone_introduced() -> None:
    text = ("”Korban ditemukan selamat,” kata Koordinator Basarnas Pos SAR Jepara Wisnu Yuas. Hingga kini, "
            "mereka masih dirawat di RSUD RA Kartini Jepara Wisnu menjelaskan, pencarian dilakukan dengan "
            "kapal cepat.")
    q = extract(text, lang="id").quotes[-1]
    assert (q.kind, q.speaker) == ("indirect", "Wisnu Yuas")


def test_a_shared_surname_is_no_reason_to_merge_two_people() -> None:
    text = ("“We will win,” said Bill Clinton. Hillary Rodham Clinton said the campaign would go on "
            "until the last vote was counted.")
    q = extract(text, lang="en").quotes[-1]
    assert q.speaker == "Hillary Rodham Clinton"


def test_a_second_role_after_yang_juga_runs_on_to_the_name() -> None:
    text = ("Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo, saat dihubungi, Senin (30/11/2020) di "
            "Jakarta, mengatakan, pihaknya sangat mengapresiasi sikap Kiai Said tersebut.")
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Doni Monardo", "Kepala BNPB yang juga Ketua Satgas Covid-19")


@pytest.mark.parametrize(("opening", "speaker", "role"), [
    ("Menteri Sekretaris Negara Pratikno", "Pratikno", "Menteri Sekretaris Negara"),
    ("Menteri Sekretariat Negara Pratikno", "Pratikno", "Menteri Sekretariat Negara"),
    ("Kepala Puskesmas Margadana Wahidin", "Wahidin", "Kepala Puskesmas Margadana"),
])
def test_one_word_after_an_institutions_head_is_its_name_not_the_holders(opening: str, speaker: str,
                                                                          role: str) -> None:
    text = f"{opening} mengatakan, pihaknya telah melakukan tes usap pada 18 orang."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(("introduced", "again"), [("Wakil Presiden", "Wapres"), ("Menkeu", "Menteri Keuangan")])
def test_an_office_named_again_in_its_short_form_is_the_one_who_holds_it(introduced: str, again: str) -> None:
    text = (f"Pemerintah menggelar rapat di Jakarta. {introduced} Halim Santoso hadir dalam rapat itu.\n\n"
            f"Menurut {again}, anggaran tahun depan akan dijaga dengan ketat.\n\n"
            f"”Kami tetap waspada,” kata {again}.")
    a = extract(text, lang="id")
    (report,) = [q for q in a.quotes if q.kind == "indirect"]
    (q,) = direct(text)
    assert (report.speaker, q.speaker) == ("Halim Santoso", "Halim Santoso")
    assert text[q.speaker_start : q.speaker_end] == again


@pytest.mark.parametrize(("role", "name"), [("Ketua KPK", "Firli"), ("Direktur Utama BRI", "Sunarso"),
                                            ("Dirut BRI", "Sunarso")])
def test_one_name_after_an_acronym_is_the_person(role: str, name: str) -> None:
    text = (f"Laba perusahaan naik tahun ini.\n\n{role} {name} mengatakan kinerja tersebut didorong oleh "
            f"pemulihan ekonomi. ”Kami optimistis,” ujarnya.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == (name, role)


def test_one_word_after_an_acronym_named_as_a_place_is_the_place() -> None:
    text = ("Banjir melanda sejumlah desa di Sleman sejak Minggu.\n\nKetua DPRD Sleman mengatakan pihaknya sudah "
            "menyiapkan anggaran darurat. ”Kami siap membantu,” ujarnya.")
    (q,) = direct(text)
    assert q.speaker != "Sleman"


@pytest.mark.parametrize("province", ["Jatim", "Sulut", "Kalsel"])
def test_a_shortened_province_closes_the_role_before_the_name(province: str) -> None:
    text = (f"Surat suara sudah dicetak.\n\nKetua Komisi Pemilihan Umum (KPU) {province} Ardiles Mewoh mengatakan, "
            f"surat suara sudah dikirim. ”Kami siap,” ujarnya.")
    (q,) = direct(text)
    assert q.speaker == "Ardiles Mewoh"


def test_a_nickname_set_off_before_sapaan_akrabnya_is_the_person_named_before() -> None:
    text = ("Ketua Umum MUI Miftachul Akhyar menyambut baik arahan tersebut. Kiai Miftach, sapaan akrabnya, "
            "menyebut MUI akan memperkuat literasi digital para dai.\n\n"
            "”Kami akan latih dai-dai muda agar paham media sosial,” ujar Kiai Miftach.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Miftachul Akhyar", "Ketua Umum MUI")


def test_a_nickname_before_sapaan_akrab_and_a_full_name_is_that_persons() -> None:
    text = ("Banjir melanda kota itu. Emil, sapaan akrab Ridwan Kamil, mengatakan pemprov sudah menyiapkan "
            "bantuan.\n\n”Kami siap,” kata Emil.")
    (q,) = direct(text)
    assert q.speaker == "Ridwan Kamil"


def test_initials_after_atau_name_the_person_again() -> None:
    text = ("TEMPO.CO, Jakarta - Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono atau AHY menanggapi isu "
            "koalisi. AHY menyebut partainya masih membuka komunikasi.\n\n"
            "”Semua opsi masih terbuka,” kata AHY di Jakarta.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Agus Harimurti Yudhoyono", "Ketua Umum Partai Demokrat")
    assert text[q.speaker_start : q.speaker_end] == "AHY"


@pytest.mark.parametrize(("name", "short"), [("Shin Tae-yong", "STY"), ("Susilo Bambang Yudhoyono", "SBY")])
def test_capitals_that_are_a_named_persons_initials_name_him_again(name: str, short: str) -> None:
    text = (f"Pelatih Timnas Indonesia {name} mengakui keunggulan Vietnam. ”Vietnam lebih siap,” kata {name}."
            f"\n\n”Cuaca sangat dingin, tapi itu bukan alasan,” ucap {short}.")
    _, q = direct(text)
    assert (q.speaker, q.role) == (name, "Pelatih Timnas Indonesia")
    assert text[q.speaker_start : q.speaker_end] == short


def test_an_acehnese_title_of_birth_is_part_of_the_name() -> None:
    text = ("Partai itu solid.\n\nSekretaris Jenderal Partai Demokrat Teuku Riefky Harsya mengatakan partainya "
            "solid. ”Kami solid,” ujarnya.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Teuku Riefky Harsya", "Sekretaris Jenderal Partai Demokrat")


def test_a_relative_of_someone_named_closed_by_itu_is_the_one_written_about() -> None:
    text = ("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono menanggapi isu koalisi.\n\n"
            "Putra sulung Presiden keenam RI Susilo Bambang Yudhoyono itu mengatakan Demokrat akan mengutamakan "
            "kepentingan rakyat. Ia juga mengkritik rencana penundaan pemilu yang ramai dibicarakan.")
    reports = [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]
    said = [q.speaker for q in reports if q.cue in ("mengatakan", "mengkritik")]
    assert said == ["Agus Harimurti Yudhoyono", "Agus Harimurti Yudhoyono"]


def test_a_nickname_after_a_plain_noun_and_yang_akrab_disapa_is_the_person_written_about() -> None:
    text = ("Banjir rob merendam Semarang.\n\nWali Kota Semarang Hendrar Prihadi menyatakan , pemkot telah "
            "mengerahkan pompa air di 12 titik . Pria yang akrab disapa Hendi itu juga meminta warga mewaspadai "
            "rob susulan .\n\n” Kami siagakan petugas 24 jam , ” kata Hendi .")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Hendrar Prihadi", "Wali Kota Semarang")


def test_a_name_after_a_plain_description_and_a_comma_after_the_cue_speaks() -> None:
    text = ("Keluarga korban berharap polisi mengusut tuntas kasus tersebut. ”Kami minta pelaku dihukum "
            "seberat-beratnya,” kata kakak korban, Rudi (35), saat ditemui di RS Polri Kramat Jati.")
    (q,) = direct(text)
    assert q.speaker == "Rudi"


@pytest.mark.parametrize("role", ["Kepala Dinas Sosial Kota Bekasi", "Kepala Pelaksana BPBD Kota Bekasi",
                                  "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi",
                                  "Kepala Desa Karangbenda"])
def test_the_word_after_a_place_head_is_the_place_not_the_name(role: str) -> None:
    text = (f"Banjir merendam ratusan rumah sejak Sabtu.\n\n{role} Karsono mengatakan, banjir disebabkan luapan "
            f"sungai. ”Debit air naik drastis,” kata Karsono saat dikonfirmasi.")
    report, q = extract(text, lang="id").quotes
    assert (report.speaker, q.speaker, q.role) == ("Karsono", "Karsono", role)
    assert text[report.speaker_start : report.speaker_end] == "Karsono"


def test_a_shortened_muhammad_opens_the_name_after_an_acronym() -> None:
    text = ("DPR menyetujui RUU Kesehatan.\n\nKetua Umum PB IDI Moh Adib Khumaidi mengatakan pihaknya sedang "
            "menyiapkan berkas gugatan. ”Kami akan menempuh jalur konstitusional,” ujar Adib.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Moh Adib Khumaidi", "Ketua Umum PB IDI")


def test_a_person_named_by_an_initial_ends_the_sentence_with_it() -> None:
    text = ("Anak-anak ditangkap polisi .\n\nE ( 42 ) juga demikian . ” Ternyata di sini , ” ucap E. Dukungan "
            "pelajar turun ke jalan mendapat dukungan warga .")
    (q,) = direct(text)
    assert text[q.speaker_start : q.speaker_end] == "E."


@pytest.mark.parametrize("source", ["Sejarawan Universitas Sanata Dharma", "PT Perusahaan Listrik Negara"])
def test_the_words_after_an_institution_head_are_its_name_not_a_person(source: str) -> None:
    text = (f"Wabah flu terjadi pada 1918 .\n\n{source} , Yogyakarta , mengatakan , pandemi memang terjadi pada "
            "1918 namun fase pemulihan penting .")
    (q,) = extract(text, lang="id").quotes
    assert q.speaker == source


def test_the_short_form_of_a_named_persons_given_name_is_that_person() -> None:
    text = ("Ekspor mobil listrik dimulai.\n\nPresiden Direktur PT Hyundai Motors Indonesia Fransiscus Soerjopranoto "
            "mengatakan pihaknya menargetkan ekspor 1.000 unit. ”Filipina adalah pasar awal,” ujar Frans.")
    (q,) = direct(text)
    assert (q.speaker, text[q.speaker_start : q.speaker_end]) == ("Fransiscus Soerjopranoto", "Frans")


@pytest.mark.parametrize("lead", ["menulis di Twitter:", "menulis:"])
def test_a_verb_of_writing_and_a_colon_before_a_quote_is_its_cue(lead: str) -> None:
    text = f"Situasi genting.\n\nMenteri Budi Santoso {lead} ”Kami membantu para korban.”"
    (q,) = direct(text)
    assert (q.speaker, q.cue) == ("Budi Santoso", "menulis")


@pytest.mark.parametrize(("role", "name", "short"), [
    ("Juru bicara KPK", "Tessa Mahardhika Sugiarto", "Tessa"),
    ("Kepala BPBD Kota Semarang", "Endro Pudyo Martantono", "Endro"),
])
def test_a_three_word_name_after_an_institution_is_whole_when_its_first_word_speaks_alone(
        role: str, name: str, short: str) -> None:
    text = (f"Banjir merendam ratusan rumah sejak Sabtu.\n\n{role} {name} mengatakan, pemeriksaan saksi masih "
            f"terus berlangsung. ”Kami masih mendalami,” kata {short} kepada wartawan.")
    report, q = extract(text, lang="id").quotes
    assert (report.speaker, q.speaker, q.role) == (name, name, role)
    assert text[report.speaker_start : report.speaker_end] == name


def test_a_place_word_before_a_name_stays_the_places_though_it_opens_a_sentence_with_a_verb() -> None:
    text = ("Kepala Dinas Pertanian Sleman Heru Saptono mengatakan, lahan sawah menyusut setiap tahun. "
            "Sleman mencatat penurunan produksi. Banyak petani di Sleman beralih profesi.")
    report = extract(text, lang="id").quotes[0]
    assert text[report.speaker_start : report.speaker_end] == "Heru Saptono"


def test_an_institution_that_speaks_alone_stays_out_of_its_heads_name() -> None:
    text = ("Bantuan disumbangkan Ketua Umum Gekira Farry Francis Lodo , dan diserahkan oleh anggota Gekira , "
            "Isidorus Lilijawa . Gekira berharap lembaga kemasyarakatan lain ikut membantu warga .")
    (report,) = extract(text, lang="id").quotes
    assert report.speaker == "Gekira"


def test_the_national_team_is_part_of_its_captains_role() -> None:
    text = ("Kapten Timnas Jay Idzes juga menyatakan kesiapannya. ”Kami bermain di depan pendukung sendiri, "
            "jadi kami harus menang,” kata bek Venezia tersebut.")
    (q,) = direct(text)
    assert (q.speaker, q.role) == ("Jay Idzes", "Kapten Timnas")


@pytest.mark.parametrize(("role", "name"), [
    ("Kepala Pusat Gempa Bumi dan Tsunami BMKG", "Daryono"),
    ("Menteri Koordinator Pembangunan Manusia dan Kebudayaan", "Muhadjir Effendy"),
    ("Ketua Perhimpunan Hotel dan Restoran Indonesia Batam", "Muhammad Mansyur"),
])
def test_a_role_runs_over_an_institution_with_dan_to_its_holder_before_the_verb(role: str, name: str) -> None:
    text = f"Gempa mengguncang Cianjur. {role} {name} mengatakan gempa dipicu aktivitas sesar lokal."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role, text[q.speaker_start : q.speaker_end]) == (name, role, name)


def test_an_institution_the_lexicon_knows_closes_the_role_after_a_bracket() -> None:
    text = ("Kejagung menetapkan tiga tersangka baru. Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung Harli "
            "Siregar mengatakan ketiga tersangka langsung ditahan. KPU Indramayu mencatat, pasangan nomor 04 meraih "
            "suara terbanyak di seluruh kecamatan.")
    harli, kpu = extract(text, lang="id").quotes
    assert (harli.speaker, text[harli.speaker_start : harli.speaker_end]) == ("Harli Siregar", "Harli Siregar")
    assert kpu.speaker == "KPU Indramayu"


def test_a_bare_role_named_again_is_no_one_with_another_role() -> None:
    text = ("Presiden Amerika Serikat Donald Trump mengancam tarif baru. Kementerian Perdagangan China "
            "menanggapi dengan keras. Juru bicara kementerian itu mengatakan Beijing akan mengambil langkah balasan. "
            "\"Kami tidak ingin perang dagang, tetapi kami tidak takut,\" kata juru bicara tersebut.")
    first, second = extract(text, lang="id").quotes
    assert first.speaker == "Juru bicara kementerian itu"
    assert second.speaker == "juru bicara" and second.text.startswith("Kami tidak ingin")


def test_a_role_named_again_is_the_one_who_holds_it_or_the_writers_epithet() -> None:
    held = extract("Juru bicara Kremlin Dmitry Peskov tiba di Minsk. \"Kami siap berunding dengan siapa pun,\" "
                   "kata juru bicara tersebut.", lang="id").quotes
    assert held[0].speaker == "Dmitry Peskov"
    epithet = extract("Menteri Sosial Tri Rismaharini meninjau Kemensos. Menurut Wali Kota Surabaya dua periode "
                      "ini, sistem pelayanan elektronik di Surabaya bisa diadopsi di Kemensos.", lang="id").quotes
    assert epithet[0].speaker == "Tri Rismaharini"
    general = extract("Ketua DPP Partai Golkar Ahmad Doli Kurnia hadir di Senayan. \"Kami akan mendukung penuh,\" "
                      "kata politikus tersebut.", lang="id").quotes
    assert general[0].speaker == "Ahmad Doli Kurnia"


def test_the_word_that_opens_a_source_is_no_part_of_a_name() -> None:
    text = ("Pasar digital tumbuh pesat. Regulasi Menurut Bain, nilai ekonomi digital Indonesia mencapai "
            "44 miliar dollar AS pada 2020.")
    q = extract(text, lang="id").quotes[0]
    assert (q.speaker, q.cue) == ("Bain", "Menurut")


def test_a_ministrys_field_with_dan_in_it_leaves_no_words_for_a_name() -> None:
    text = ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan dan RB) Tjahjo Kumolo melalui "
            "keterangan tertulis di Jakarta, Jumat, mengatakan ASN tetap bekerja dari rumah.")
    assert extract(text, lang="id").quotes[0].speaker == "Tjahjo Kumolo"


@pytest.mark.parametrize(("rank", "name"), [("Laksamana Pertama", "Julius Widjojono"),
                                            ("Marsekal Muda", "Agus Sutomo")])
def test_a_rank_written_out_in_two_words_is_not_the_holders_given_name(rank: str, name: str) -> None:
    text = f"Kepala Dinas Penerangan TNI AL {rank} {name} mengatakan kapal itu sudah ditemukan di perairan Bali."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == (name, f"Kepala Dinas Penerangan TNI AL {rank}")


@pytest.mark.parametrize("tail", ["cerita Budi", "ajak Budi", "pinta Budi", "sesal Budi", "dalihnya", "klaimnya"])
def test_less_common_speech_verbs_after_a_quote_are_its_cue(tail: str) -> None:
    text = f'Budi Santoso hadir di sana. "Kami tidak akan mundur dari rencana ini," {tail}.'
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.cue) == ("Budi Santoso", tail.split()[0])


def test_a_place_named_elsewhere_before_a_one_word_name_the_article_uses_alone_ends_the_role() -> None:
    text = ("Pemungutan suara ulang digelar di Balikpapan pada Minggu. Ketua Bawaslu Balikpapan Agustan "
            "mengatakan hasil klarifikasi akan diumumkan pekan depan. “Dalam lima hari, kami akan sampaikan "
            "hasilnya,” ujar Agustan.")
    q = next(q for q in extract(text, lang="id").quotes if q.kind == "direct")
    assert (q.speaker, q.role) == ("Agustan", "Ketua Bawaslu Balikpapan")


def test_a_given_name_that_is_no_place_elsewhere_stays_in_the_name() -> None:
    text = ("Ketua Gili Hotel Association Lalu Kusnawan , di Lombok Utara , mengatakan hotel mulai dibuka. "
            "“Kami siap menerima tamu,” kata Kusnawan.")
    q = next(q for q in extract(text, lang="id").quotes if q.kind == "direct")
    assert q.speaker == "Lalu Kusnawan"


@pytest.mark.parametrize(("opening", "speaker", "role"), [
    ("Bupati Sleman Kustini", "Kustini", "Bupati Sleman"),
    ("Kepala Dinas Kesehatan Kendari Rahminingrum", "Rahminingrum", "Kepala Dinas Kesehatan Kendari"),
    ("Ketua DPRD Jawa Barat Taufik Hidayat", "Taufik Hidayat", "Ketua DPRD Jawa Barat"),
    ("Wali Kota Bogor Bima Arya", "Bima Arya", "Wali Kota Bogor"),
])
def test_a_place_the_lexicon_knows_ends_the_office_before_the_holders_name(opening: str, speaker: str,
                                                                          role: str) -> None:
    (q,) = extract(f"{opening} mengatakan pemerintah harus segera bertindak tegas.", lang="id").quotes
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(("opening", "speaker", "role"), [
    ("Sekretaris Umum Pimpinan Pusat Muhammadiyah Abdul Mu’ti", "Abdul Mu’ti",
     "Sekretaris Umum Pimpinan Pusat Muhammadiyah"),
    ("Kepala Subdirektorat Penegakan Hukum Direktorat Lalu Lintas Polda Metro Jaya Budiyanto", "Budiyanto",
     "Kepala Subdirektorat Penegakan Hukum Direktorat Lalu Lintas Polda Metro Jaya"),
    ("Hakim Agung Syamsul Ma’arif", "Syamsul Ma’arif", "Hakim Agung"),
])
def test_an_institution_or_office_the_lexicon_knows_is_no_part_of_the_name_after_it(
        opening: str, speaker: str, role: str) -> None:
    (q,) = extract(f"{opening} mengatakan pemerintah harus segera bertindak tegas.", lang="id").quotes
    assert (q.speaker, q.role) == (speaker, role)


def test_a_derived_noun_glued_before_a_given_name_at_the_sentence_start_is_no_part_of_the_name() -> None:
    text = ("Mas Achmad Santosa dari Indonesia Ocean Justice Initiative hadir. Penyalahgunaan Mas Achmad "
            "menambahkan, sejumlah perubahan dalam RUU akan menjadi bumerang.")
    q = extract(text, lang="id").quotes[-1]
    assert q.speaker == "Mas Achmad Santosa"


def test_a_passive_verb_glued_before_a_given_name_at_the_sentence_start_is_no_part_of_the_name() -> None:
    text = ("“Hasilnya menjadi rahasia negara,” tuturnya. Dikucilkan Ika , ibu , dan adiknya melakukan isolasi "
            "mandiri. “Ngapain ngebelain satu keluarga doang,” kata Ika menirukan perkataan tetangganya.")
    q = next(q for q in extract(text, lang="id").quotes if q.text.startswith("Ngapain"))
    assert q.speaker == "Ika"


def test_an_institution_opening_with_a_derived_noun_keeps_it() -> None:
    text = "Perusahaan Listrik Negara menambahkan, sejumlah perubahan dalam RUU akan menjadi bumerang."
    (q,) = extract(text, lang="id").quotes
    assert q.speaker == "Perusahaan Listrik Negara"


def test_a_persons_epithet_after_the_verb_names_the_one_just_written_about_without_a_demonstrative() -> None:
    text = ("Devie Rahmawati menonton film itu di rumah. Cerita Devie menarik. “Aku teringat banget detail "
            "filmnya,” ujar perempuan asal Depok, Jawa Barat, saat dihubungi, Sabtu.")
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.cue, text[q.speaker_start:q.speaker_end]) == ("Devie Rahmawati", "ujar",
                                                                        "perempuan asal Depok")


@pytest.mark.parametrize(("opening", "speaker"), [
    ("Kepala Desa Penusupan Guntur Zagiyat Yudiansyah", "Guntur Zagiyat Yudiansyah"),
    ("Pengamat politik dari Universitas Lampung Robi Cahyadi Kurniawan", "Robi Cahyadi Kurniawan"),
])
def test_a_known_indonesian_given_name_keeps_a_three_word_name_whole_after_a_long_role(opening: str,
                                                                                      speaker: str) -> None:
    (q,) = extract(f"{opening} mengatakan pemerintah harus segera bertindak tegas.", lang="id").quotes
    assert q.speaker == speaker


def test_a_rank_opening_the_holders_name_after_the_roles_comma_is_the_roles() -> None:
    text = "Kepala Polsek Mampang, Komisaris Sujarwo, menyampaikan polisi datang bersama personel TNI ke rumah itu."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Sujarwo", "Kepala Polsek Mampang, Komisaris")


@pytest.mark.parametrize(("opening", "speaker"), [
    ("General Manager PT Taman Wisata Candi Borobudur I Gusti Putu Ngurah Sedana mengatakan",
     "I Gusti Putu Ngurah Sedana"),
    ("Sementara itu , epidemiolog Universitas Indonesia , Tri Yunis Miko Wahyono , menjelaskan",
     "Tri Yunis Miko Wahyono"),
])
def test_given_names_run_on_before_the_last_two_words_of_a_name_after_a_role(opening: str, speaker: str) -> None:
    (q,) = direct(f"{opening} , kunjungan menurun . ” Kami tutup sementara , ” ujarnya .")
    assert q.speaker == speaker


def test_a_place_of_two_words_the_article_writes_after_di_ends_the_role_before_the_holder() -> None:
    text = ("Upaya pemberdayaan perempuan juga dilakukan di Labuhan Jambu , Kabupaten Sumbawa . ” Ibu-ibu di sana "
            "bekerja sama dengan kami , ” ujar Manajer Badan Usaha Milik Desa ( BUMDes ) Labuhan Jambu Sanawiyah .")
    (q,) = direct(text)
    assert q.speaker == "Sanawiyah"
    assert q.role == "Manajer Badan Usaha Milik Desa ( BUMDes ) Labuhan Jambu"


def test_a_two_word_name_after_di_elsewhere_is_still_a_name_when_nothing_follows_it() -> None:
    text = ("Bantuan itu diserahkan di Balai Desa . Sebelumnya rapat digelar di Budi Santoso . ” Kami siap , ” "
            "kata Kepala Desa Budi Santoso .")
    (q,) = direct(text)
    assert q.speaker == "Budi Santoso"


@pytest.mark.parametrize("tail", ["kata pengelola Gang Hijau , Juriah .",
                                  "kata pengelola Gang Hijau RT 008 , Kelurahan Kota Bambu Selatan , Juriah ."])
def test_a_lower_case_role_and_where_it_is_in_commas_before_the_holder_after_the_cue(tail: str) -> None:
    text = f"Warga menanam pohon . ” Sebelumnya gang di sini kumuh , ” {tail} Menurut dia , warga senang ."
    (q,) = direct(text)
    assert q.speaker == "Juriah"
    assert q.role is not None and q.role.startswith("pengelola Gang Hijau")


@pytest.mark.parametrize(("before", "tail", "speaker"), [
    ("Ketua MPR Bambang Soesatyo berpesan agar umat Islam merayakan Lebaran di rumah saja .",
     "kata politisi senior Partai Golkar ini .", "Bambang Soesatyo"),
    ("Adapun Ketua DPR Puan Maharani berharap agar Idul Fitri dapat menjadi momentum .",
     "kata politisi dari PDI-P ini .", "Puan Maharani"),
])
def test_an_epithet_with_its_party_closed_by_a_demonstrative_is_the_one_just_written_about(
        before: str, tail: str, speaker: str) -> None:
    (q,) = direct(f"{before} ” Semoga kemenangan ini meningkatkan solidaritas sosial , ” {tail}")
    assert q.speaker == speaker


@pytest.mark.parametrize("day", ["Rabu", "Rabu ( 22 / 4 / 2020 )"])
def test_where_and_when_in_commas_stand_between_the_named_role_holder_and_the_verb(day: str) -> None:
    text = ("Hal itu tidak dilaporkan . Juru bicara pemerintah untuk Covid - 19 , Achmad Yurianto , di Jakarta , "
            f"{day} , mengatakan , jumlah pasien terus bertambah setiap hari .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]
    assert q.speaker == "Achmad Yurianto"


def test_a_day_after_a_place_the_subject_was_met_at_is_no_aside_before_a_name() -> None:
    text = ("Kepala Dinas Kesehatan Papua Robby Kayame saat ditemui di Jayapura , Rabu ( 30 / 12 / 2020 ) , "
            "mengatakan , pihaknya menargetkan pemberian vaksin hingga 95 persen .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]
    assert q.speaker == "Robby Kayame"


def test_a_role_with_its_fields_in_a_list_runs_to_the_holders_name() -> None:
    text = ("Jumlah pegawai di kantor maksimal 50 persen . Kepala Biro Humas , Hukum dan Kerja Sama BKN Paryono "
            "menyampaikan , pimpinan masing-masing unit diminta menetapkan jumlah pegawai .")
    (q,) = extract(text, lang="id").quotes
    assert q.speaker == "Paryono"
    assert q.role == "Kepala Biro Humas , Hukum dan Kerja Sama BKN"


def test_a_role_of_more_than_ten_capitalised_words_still_ends_on_the_whole_name() -> None:
    text = ("Kepala Departemen Epidemiologi Fakultas Kesehatan Masyarakat Universitas Indonesia Tri Yunus Miko Wahyono "
            "mengatakan , perpanjangan masa PSBB perlu dilakukan . Menurut Tri , keran ekonomi memang penting dibuka .")
    speakers = [q.speaker for q in extract(text, lang="id").quotes]
    assert speakers == ["Tri Yunus Miko Wahyono", "Tri Yunus Miko Wahyono"]


def test_a_noble_title_that_opens_a_name_stays_in_it() -> None:
    (q,) = direct("Hal ini disampaikan Ketua Yayasan Masjid Agung Palembang Kiagus Ahmad Sarnubi , Kamis "
                  "( 30 / 7 / 2020 ) di Palembang . ” Kami siap , ” ucapnya .")
    assert q.speaker == "Kiagus Ahmad Sarnubi"


def test_a_dash_aside_between_the_apposition_and_the_verb_leaves_the_named_subject() -> None:
    text = ("Tidak ada korban jiwa . Dedy , Kepala Peleton B dari Stasiun Pemadam Kebakaran Sektor II , Kebayoran "
            "Baru , Jakarta Selatan — tim pemadam yang tiba pertama kali saat kebakaran — menuturkan , ada selang "
            "yang tersambung ke hidran di halaman gedung .")
    (q,) = extract(text, lang="id").quotes
    assert q.speaker == "Dedy"


@pytest.mark.parametrize(("opening", "again"), [
    ("Kapolri Jenderal Listyo Sigit Prabowo memimpin apel pasukan di Monas .", "Menurut Kapolri ,"),
    ("Panglima TNI Marsekal Hadi Tjahjanto meninjau lokasi pencarian .", "Menurut Panglima TNI ,"),
])
def test_the_office_named_again_without_the_rank_is_its_holder(opening: str, again: str) -> None:
    text = f"{opening} {again} pengamanan tahun ini melibatkan lebih dari 100.000 personel gabungan ."
    (q,) = extract(text, lang="id").quotes
    assert q.speaker in ("Listyo Sigit Prabowo", "Hadi Tjahjanto")


def test_a_three_word_name_after_an_institution_the_lexicon_knows_is_whole() -> None:
    text = "Sekretaris Jenderal PBNU Helmy Faishal Zaini mengatakan takbiran dilakukan di rumah masing-masing ."
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Helmy Faishal Zaini", "Sekretaris Jenderal PBNU")
