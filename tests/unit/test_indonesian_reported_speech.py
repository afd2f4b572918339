"""Indonesian reported speech as wire stories write it: a dateline, a time between the
subject and its verb, the anonymity formula, "Menurutnya"."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def _indirect(text: str):
    return [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]


def _mention(text: str, q) -> str:
    return text[q.speaker_start : q.speaker_end]


@pytest.mark.parametrize("dateline", ["Washington (ANTARA) - ", "WASHINGTON, KOMPAS.com - ", ""])
@pytest.mark.parametrize("time", ["pada Selasa", "pada Selasa malam", "pada Senin (5/3)"])
def test_a_time_between_the_subject_and_its_verb_leaves_the_subject_the_speaker(dateline: str, time: str) -> None:
    text = (f"{dateline}Presiden Amerika Serikat Joe Biden {time} mengatakan bahwa Washington akan "
            "terus mendukung Ukraina.")
    (q,) = _indirect(text)
    assert (q.speaker, _mention(text, q), q.role) == ("Joe Biden", "Joe Biden", "Presiden Amerika Serikat")
    assert q.text == "Washington akan terus mendukung Ukraina"
    assert text[q.start : q.end] == q.text


def test_a_city_in_title_case_before_a_bracketed_credit_is_a_dateline() -> None:
    text = "Jakarta (ANTARA) - Presiden Joko Widodo, Selasa, mengatakan bahwa pemerintah akan terus mendukung UMKM."
    (q,) = _indirect(text)
    assert (q.speaker, q.text, q.agency, q.agency_relation) == (
        "Joko Widodo", "pemerintah akan terus mendukung UMKM", "Antara", "dateline")


@pytest.mark.parametrize("source", [
    "Seorang diplomat yang tidak ingin disebutkan namanya",
    "Seorang pejabat yang meminta namanya tidak disebutkan",
    "Seorang warga yang enggan menyebutkan namanya",
    "Seorang sumber, yang tak mau disebutkan identitasnya,",
])
def test_the_formula_of_anonymity_is_part_of_the_source_not_its_verb(source: str) -> None:
    text = f"{source} mengatakan bahwa pembicaraan akan berlangsung pekan depan."
    (q,) = _indirect(text)
    assert (q.text, q.cue, q.speaker_kind) == ("pembicaraan akan berlangsung pekan depan", "mengatakan", "anonymous")
    assert _mention(text, q) in source


@pytest.mark.parametrize("text", [
    "Pemerintah akan terus mendukung pelaku usaha kecil di seluruh daerah.",
    "Situasi ini jelas berbahaya bagi warga yang tinggal di pesisir pantai.",
    "Jokowi tegas menolak usulan perpanjangan masa jabatan presiden tiga periode.",
])
def test_a_bare_verb_after_its_subject_is_an_adverb_not_speech(text: str) -> None:
    assert _indirect(text) == []


def test_a_bare_verb_still_reports_with_its_speaker_after_it() -> None:
    text = "Rusia siap berunding dengan Ukraina kapan saja, tegas Peskov kepada wartawan."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("Rusia siap berunding dengan Ukraina kapan saja", "Peskov", "tegas")


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    ("Pihak bandara, lanjut Suharno, terus memantau perkembangan aktivitas Gunung Semeru.", "Suharno", "Suharno"),
    ("Badan Intelijen Negara (BIN), kata Menteri Agama Fachrul Razi, memprediksi lonjakan penularan.",
     "Fachrul Razi", "Fachrul Razi"),
    ("Suharno mengatakan, kondisi bandara normal. Pihak bandara, lanjutnya, terus memantau perkembangan "
     "aktivitas Gunung Semeru.",
     "Suharno", "lanjutnya"),
])
def test_a_speaker_set_off_in_commas_inside_the_sentence_reports_all_of_it(
        text: str, speaker: str, mention: str) -> None:
    (q,) = _indirect(text)
    assert (q.speaker, _mention(text, q)) == (speaker, mention)
    assert q.text.startswith(("Pihak bandara, ", "Badan Intelijen")) and text[q.end] == "."


@pytest.mark.parametrize("opener", ["Menurutnya,", "Namun menurutnya,"])
def test_menurutnya_opening_a_sentence_reports_what_follows_for_the_one_last_named(opener: str) -> None:
    text = ("Analis Hikmahanto Juwana berpendapat bahwa ketegangan ini dapat mengganggu jalur perdagangan.\n\n"
            f"{opener} Indonesia perlu memainkan peran sebagai penengah di kawasan.")
    _, second = _indirect(text)
    assert (second.text, second.speaker, second.cue.lower()) == (
        "Indonesia perlu memainkan peran sebagai penengah di kawasan", "Hikmahanto Juwana", "menurutnya")


@pytest.mark.parametrize("source", ["Wali Kota Surabaya dua periode ini", "politikus PDI-P tersebut",
                                    "mantan wali kota itu"])
def test_menurut_reports_from_the_comma_that_closes_a_source_named_again(source: str) -> None:
    text = ("Menteri Sosial Tri Rismaharini datang ke Surabaya. "
            f"Menurut {source}, sistem pelayanan elektronik bisa diadopsi di Kemensos.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("sistem pelayanan elektronik bisa diadopsi di Kemensos", "Tri Rismaharini")
    assert _mention(text, q).startswith(source.split()[0])


def test_a_quote_closing_its_sentence_is_said_by_the_one_the_next_sentence_names() -> None:
    text = "“Kami siap membantu Ukraina sampai kapan pun.” Hal itu disampaikan oleh Biden dalam pidato di Gedung Putih."
    (q,) = extract(text, lang="id").quotes
    assert (q.kind, q.speaker, _mention(text, q), q.cue) == ("direct", "Biden", "Biden", "disampaikan")


def test_hal_itu_reports_back_only_a_sentence_that_did_not_report_on_its_own() -> None:
    text = ("Presiden Joe Biden mengatakan bahwa Washington akan terus mendukung Ukraina. "
            "Hal itu disampaikan Biden dalam pidato di Gedung Putih.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("Washington akan terus mendukung Ukraina", "Joe Biden", "mengatakan")


def test_hal_itu_as_the_object_of_an_active_verb_reports_back_for_its_subject() -> None:
    text = ("Washington akan terus mendukung Ukraina sampai perang berakhir. "
            "Biden menyampaikan hal itu dalam pidato di Gedung Putih.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == (
        "Washington akan terus mendukung Ukraina sampai perang berakhir", "Biden", "menyampaikan")


def test_a_short_quote_after_a_naming_verb_is_the_speakers_label_not_a_term() -> None:
    text = "Di Moskow, Kremlin menyebut bantuan itu sebagai “provokasi berbahaya”."
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "partial"]
    assert (q.text, q.speaker, q.cue) == ("provokasi berbahaya", "Kremlin", "menyebut")
    assert text[q.start : q.end] == q.text


def test_a_short_quote_without_a_naming_verb_is_still_a_term() -> None:
    assert not extract("Pemerintah belum “menendang” bola dalam kasus ini.", lang="id").quotes


def test_the_sources_short_form_in_brackets_is_not_what_it_said() -> None:
    text = ("Menurut Badan Tenaga Atom Internasional (IAEA), rencana pelepasan itu sesuai dengan standar "
            "keselamatan internasional.")
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == (
        "Badan Tenaga Atom Internasional", "rencana pelepasan itu sesuai dengan standar keselamatan internasional")


def test_hal_itu_opening_a_paragraph_reports_back_across_the_break() -> None:
    text = ("“Kami siap membantu Ukraina sampai kapan pun.”\n\n"
            "Hal itu disampaikan Biden dalam pidato di Gedung Putih.\n\n"
            "Washington akan terus mendukung Ukraina sampai perang berakhir.\n\n"
            "Hal itu disampaikan Karine Jean-Pierre kepada wartawan.")
    a = extract(text, lang="id")
    direct, indirect = [q for q in a.quotes if q.kind == "direct"], [q for q in a.quotes if q.kind == "indirect"]
    assert [(q.speaker, q.cue) for q in direct] == [("Biden", "disampaikan")]
    assert [(q.text, q.speaker) for q in indirect] == [
        ("Washington akan terus mendukung Ukraina sampai perang berakhir", "Karine Jean-Pierre")]


def test_hal_itu_as_an_object_reports_nothing_after_a_sentence_that_reported_itself() -> None:
    text = ("Presiden Joe Biden mengatakan bahwa Washington akan terus mendukung Ukraina.\n\n"
            "Biden menyampaikan hal itu dalam pidato di Gedung Putih, seperti dikutip dari Associated Press.")
    (q,) = _indirect(text)
    assert (q.text, q.cue) == ("Washington akan terus mendukung Ukraina", "mengatakan")


@pytest.mark.parametrize("glue", ["seperti dilansir AFP.", "pada 2020."])
def test_a_sentence_glued_after_an_acronym_or_a_number_starts_anew(glue: str) -> None:
    text = (f"Zelensky menyampaikan pidato {glue}Menteri Pertahanan Rusia Sergei Shoigu, sebaliknya, mengklaim "
            "pasukannya terus bergerak maju di wilayah Donetsk.")
    (q,) = [q for q in _indirect(text) if q.cue == "mengklaim"]
    assert (q.speaker, q.role, q.text) == (
        "Sergei Shoigu", "Menteri Pertahanan Rusia", "pasukannya terus bergerak maju di wilayah Donetsk")


def test_a_demand_named_again_with_a_demonstrative_reports_nothing_new() -> None:
    text = ("KYIV - Presiden Ukraina Volodymyr Zelensky mendesak sekutu Barat untuk mempercepat pengiriman sistem "
            "pertahanan udara. Zelensky menyampaikan desakan itu dalam pidato video malamnya pada Minggu.")
    (q,) = _indirect(text)
    assert (q.speaker, q.cue, q.text) == (
        "Volodymyr Zelensky", "mendesak", "sekutu Barat untuk mempercepat pengiriman sistem pertahanan udara")


@pytest.mark.parametrize(("opener", "speaker"), [("Kata Peskov,", "Dmitry Peskov"), ("Kata dia,", "Dmitry Peskov")])
def test_kata_and_its_speaker_opening_a_sentence_report_what_follows(opener: str, speaker: str) -> None:
    text = ("Juru bicara Kremlin Dmitry Peskov menemui wartawan di Moskow.\n\n"
            f"{opener} Rusia siap berunding dengan Ukraina kapan saja.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("Rusia siap berunding dengan Ukraina kapan saja", speaker)


@pytest.mark.parametrize(("text", "lang"), [
    ("Sampai kapan pun pilkada ditunda akan sia-sia. Apalagi, semua pihak juga tidak bisa memastikan kapan "
     "pandemi ini akan berakhir.", "id"),
    ("Kapolres Jakarta Selatan Kombes Ade Ary enggan menjelaskan motif pelaku penusukan di Pasar Minggu.", "id"),
    ("The Republican nominee and his aides haven't said much about how he is preparing for the debate.", "en"),
    ("Ein Sprecher des Ministeriums wollte sich nicht äußern, ob die Pläne bereits beschlossen seien.", "de"),
])
def test_a_denied_speech_verb_reports_nothing(text: str, lang: str) -> None:
    assert [q.text for q in extract(text, lang=lang).quotes] == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Ketua KPU Hasyim Asyari memastikan tahapan pemilu tetap berjalan sesuai jadwal meskipun ada gugatan.",
     "Hasyim Asyari", "tahapan pemilu tetap berjalan sesuai jadwal meskipun ada gugatan"),
    ("Jaksa Agung ST Burhanuddin berjanji akan menuntaskan kasus korupsi timah dalam waktu dekat.",
     "ST Burhanuddin", "menuntaskan kasus korupsi timah dalam waktu dekat"),
])
def test_memastikan_and_berjanji_report_with_a_named_subject(text: str, speaker: str, content: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.kind, q.speaker, q.text) == ("indirect", speaker, content)


@pytest.mark.parametrize("when", ["pada Rabu (27/3)", "pada Rabu malam (27/3/2024)", "pada Rabu"])
@pytest.mark.parametrize("rest", [".", ', seraya menyebut klaim sebaliknya sebagai "omong kosong belaka".'])
def test_the_day_after_an_inverted_speaker_leaves_what_went_before_reported(when: str, rest: str) -> None:
    text = ("Moskow (ANTARA) - Rusia tidak berniat menyerang negara anggota NATO, "
            f"kata Presiden Vladimir Putin {when}{rest}")
    (q,) = _indirect(text)
    assert text[q.start:q.end] == "Rusia tidak berniat menyerang negara anggota NATO"
    assert (q.speaker, _mention(text, q), q.cue) == ("Vladimir Putin", "Vladimir Putin", "kata")


def test_a_quote_after_the_speaker_of_a_bare_kata_is_that_speakers_not_the_sentence_subjects() -> None:
    text = ('Rusia tidak berniat menyerang negara anggota NATO, kata Presiden Vladimir Putin pada Rabu (27/3), '
            'seraya menyebut klaim sebaliknya sebagai "omong kosong belaka".')
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind != "indirect"]
    assert (q.text, q.speaker) == ("omong kosong belaka", "Vladimir Putin")


@pytest.mark.parametrize("credit", ["Dikutip dari laman resmi Kementerian Sekretariat Negara",
                                    "Mengutip situs resmi Sekretariat Kabinet"])
def test_a_website_credited_before_a_subject_and_its_verb_only_carried_the_words(credit: str) -> None:
    text = f"{credit}, Presiden Joko Widodo menegaskan bahwa bantuan harus tepat sasaran."
    (q,) = _indirect(text)
    assert (text[q.start:q.end], q.speaker, q.cue) == ("bantuan harus tepat sasaran", "Joko Widodo", "menegaskan")


@pytest.mark.parametrize("obj", ["pernyataan tersebut saat berbicara dengan pilot militer di wilayah Tver",
                                 "desakan itu dalam pidato"])
def test_a_verb_whose_object_names_what_was_said_before_reports_no_new_words(obj: str) -> None:
    text = f"Putin menyampaikan {obj}."
    assert _indirect(text) == []


@pytest.mark.parametrize("subject", ["Bendahara negara itu", "Pria itu", "Kemudian, bendahara negara tersebut",
                                     "Menteri asal Lampung itu", "Menteri berusia 63 tahun itu",
                                     "Mantan direktur Bank Dunia itu"])
def test_a_noun_and_its_demonstrative_before_the_verb_name_the_one_written_about(subject: str) -> None:
    text = ("Menteri Keuangan Sri Mulyani Indrawati memperkirakan ekonomi tumbuh 5 persen. "
            f"{subject} menambahkan, belanja pemerintah juga akan meningkat pada Desember.")
    (q,) = [q for q in _indirect(text) if q.cue == "menambahkan"]
    assert (q.text, q.speaker) == ("belanja pemerintah juga akan meningkat pada Desember", "Sri Mulyani Indrawati")
    assert _mention(text, q) == subject.split(", ")[-1]


@pytest.mark.parametrize("subject", ["Kondisi itu disebutkan", "Dalam artikel itu disebutkan,",
                                     "Kebijakan itu menegaskan bahwa"])
def test_a_thing_named_with_a_demonstrative_speaks_for_no_one(subject: str) -> None:
    text = ("Menteri Pariwisata Wishnutama Kusubandio hadir di Jakarta. "
            f"{subject} kunjungan wisatawan mancanegara turun hingga 68 persen.")
    assert [q.speaker for q in _indirect(text) if q.speaker is not None] == []


def test_a_time_phrase_with_a_demonstrative_leaves_the_subject_before_it_the_speaker() -> None:
    text = ("Bansos tahap kedua berisi beras. Jhonny Simanjutak, Sekretaris Komisi E, seusai rapat kerja itu "
            "menjelaskan, bansos itu memiliki nilai Rp 300.000 per paket.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("bansos itu memiliki nilai Rp 300.000 per paket", "Jhonny Simanjutak")


@pytest.mark.parametrize("verb", ["memperkirakan", "memproyeksikan", "menduga", "meyakini"])
def test_a_forecast_or_a_belief_of_someone_named_is_reported(verb: str) -> None:
    text = (f"Menteri Keuangan Sri Mulyani Indrawati {verb} pertumbuhan ekonomi pada kuartal IV berada di "
            "kisaran 5 persen.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("pertumbuhan ekonomi pada kuartal IV berada di kisaran 5 persen",
                                          "Sri Mulyani Indrawati", verb)


@pytest.mark.parametrize("opener", ["Pihaknya menduga,", "Menurut pihaknya,"])
def test_pihaknya_is_the_one_last_named_speaking_for_his_side(opener: str) -> None:
    text = ("Ketua Asosiasi Mebel Indonesia Abdul Sobur hadir di Jakarta. "
            f"{opener} kelangkaan rotan terjadi karena penyelundupan ke luar negeri.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker) == ("kelangkaan rotan terjadi karena penyelundupan ke luar negeri", "Abdul Sobur")
    assert _mention(text, q).lower() == "pihaknya"


def test_what_someone_wrote_that_is_reported_but_not_the_book_he_wrote() -> None:
    text = ("Presiden Joko Widodo hadir di Istana. Dalam unggahannya, Jokowi menulis bahwa pemerintah akan terus "
            "membangun infrastruktur.")
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("pemerintah akan terus membangun infrastruktur", "Joko Widodo", "menulis")
    assert _indirect("Pramoedya Ananta Toer menulis buku tentang sejarah Indonesia di Pulau Buru.") == []


def test_a_police_rank_with_pol_is_all_of_the_rank() -> None:
    text = ("“Kami sudah menangkap tiga tersangka,” ujar Kepala Divisi Humas Polri Irjen Pol Sandi Nugroho saat "
            "konferensi pers.")
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.role) == ("Sandi Nugroho", "Kepala Divisi Humas Polri Irjen Pol")


def test_a_headline_with_a_lower_case_preposition_gives_no_full_name() -> None:
    text = ("China Peringatkan AS soal Taiwan, Beijing: Jangan Main Api\n\n"
            "BEIJING - China kembali memperingatkan Amerika Serikat agar tidak mencampuri urusan Taiwan.")
    (q,) = _indirect(text)
    assert (q.speaker, _mention(text, q)) == ("China", "China")


def test_a_credit_after_a_quote_and_its_cue_is_no_reported_speech_of_the_medium() -> None:
    text = ("Juru bicara Kementerian Luar Negeri China Mao Ning menyampaikan hal itu di Beijing. "
            "“Taiwan adalah bagian yang tidak terpisahkan dari wilayah China,” ujarnya, seperti dikutip "
            "dari Al Jazeera.")
    quotes = extract(text, lang="id").quotes
    assert [(q.kind, q.speaker, q.agency, q.agency_relation) for q in quotes] == [
        ("direct", "Mao Ning", "Al Jazeera", "reported_by")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Kantor berita Xinhua melaporkan, Presiden Xi Jinping telah memerintahkan militer meningkatkan kesiapan.",
     "Xinhua"),
    ("Kementerian Pertahanan Rusia melaporkan bahwa pasukannya telah merebut dua desa di Donetsk.",
     "Kementerian Pertahanan Rusia"),
])
def test_what_someone_reported_with_bahwa_or_a_comma_is_reported(sentence: str, speaker: str) -> None:
    (q,) = _indirect(sentence)
    assert q.speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Kuasa hukum pasangan calon tunggal Noor Thoha melaporkan Abdul Rais ke Badan Pengawas Pemilu Kota.",
    "Tim kampanye Olly Dondokambey melaporkan penerimaan sumbangan dana kampanye sebesar Rp 3 miliar.",
])
def test_reporting_someone_to_the_police_or_declaring_funds_is_no_speech(sentence: str) -> None:
    assert _indirect(sentence) == []


def test_a_department_in_its_statement_is_the_speaker_of_what_its_statement_said() -> None:
    text = ("Departemen Luar Negeri AS dalam pernyataannya menyebut penjualan itu “penting untuk keamanan "
            "Taiwan” dan sesuai dengan kebijakan Satu China.")
    quotes = extract(text, lang="id").quotes
    assert [(q.kind, q.text, q.speaker) for q in quotes if q.kind == "partial"] == [
        ("partial", "penting untuk keamanan Taiwan", "Departemen Luar Negeri AS")]


def test_what_was_written_somewhere_that_is_reported_with_the_adviser_and_his_country_role() -> None:
    text = ("Penasihat kepresidenan Ukraina Mykhailo Podolyak menulis di platform X bahwa Rusia tidak serius "
            "soal perdamaian.\n\n“Rusia hanya ingin mengulur waktu,” tulisnya.")
    quotes = extract(text, lang="id").quotes
    assert [(q.kind, q.speaker, q.role) for q in quotes] == [
        ("indirect", "Mykhailo Podolyak", "Penasihat kepresidenan Ukraina"),
        ("direct", "Mykhailo Podolyak", "Penasihat kepresidenan Ukraina")]
    assert quotes[0].text == "Rusia tidak serius soal perdamaian"


def test_the_subject_before_an_interview_frame_speaks_and_the_medium_is_told() -> None:
    text = ("Menteri Pertahanan Jepang Minoru Kihara dalam wawancara dengan NHK menyebut peluncuran itu sangat "
            "tidak dapat diterima.")
    (q,) = _indirect(text)
    assert (q.speaker, _mention(text, q), q.agency, q.agency_relation) == (
        "Minoru Kihara", "Minoru Kihara", "NHK", "told")


@pytest.mark.parametrize(("text", "source"), [
    ("“Kami terus memantau situasi dengan ketat,” kata seorang pejabat JCS kepada AFP.", "seorang pejabat JCS"),
    ("“Kami siap,” kata seorang pejabat Kementerian Luar Negeri kepada wartawan.",
     "seorang pejabat Kementerian Luar Negeri"),
    ("Seorang pejabat KPK mengatakan pemeriksaan akan dilanjutkan pekan depan di Jakarta.", "Seorang pejabat KPK"),
])
def test_the_institution_after_an_anonymous_source_is_part_of_it(text: str, source: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.speaker_kind) == (source, "anonymous")


def test_a_bare_lapor_after_a_quotation_credits_the_agency() -> None:
    (q,) = extract("“Ini ancaman serius bagi perdamaian kawasan,” lapor Xinhua.", lang="id").quotes
    assert (q.agency, q.agency_relation) == ("Xinhua", "reported_by")


@pytest.mark.parametrize("credit", ["dilansir dari laman resmi Sekretariat Kabinet",
                                    "seperti dikutip dari akun Instagram resminya"])
def test_a_credit_naming_a_website_or_an_account_closes_what_was_reported(credit: str) -> None:
    text = f"Presiden Joko Widodo mengatakan pemerintah akan menambah anggaran subsidi, {credit}."
    (q,) = _indirect(text)
    assert q.text == "pemerintah akan menambah anggaran subsidi"


def test_a_listener_without_bahwa_is_one_noun_not_five_words() -> None:
    text = "Menteri Keuangan Sri Mulyani mengatakan kepada wartawan pemerintah akan menaikkan harga BBM bulan depan."
    (q,) = _indirect(text)
    assert q.text == "pemerintah akan menaikkan harga BBM bulan depan"


def test_a_credit_and_the_source_it_quotes_close_what_was_reported() -> None:
    text = "Korea Utara meluncurkan dua rudal balistik ke Laut Jepang, lapor Yonhap mengutip militer Korea Selatan."
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.agency, q.agency_relation) == (
        "Korea Utara meluncurkan dua rudal balistik ke Laut Jepang", "militer Korea Selatan", "Yonhap",
        "reported_by")


@pytest.mark.parametrize(("text", "source"), [
    ("“Kami siap,” kata seorang pejabat dari Kementerian Luar Negeri kepada wartawan.",
     "seorang pejabat dari Kementerian Luar Negeri"),
    ("Pemerintah berencana menaikkan harga BBM pekan depan, demikian dilaporkan Kompas mengutip sumber di "
     "Kementerian ESDM.", "sumber di Kementerian ESDM"),
])
def test_the_institution_an_anonymous_source_is_in_is_part_of_it(text: str, source: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert q.speaker == source


def test_a_group_with_a_clause_of_its_own_holds_no_view() -> None:
    text = ("Namun, warga Jakarta yang biasa bergantung pada ojol untuk pergi ke kantor berharap pemerintah daerah "
            "menjamin pengawasan angkutan umum.")
    assert _indirect(text) == []


@pytest.mark.parametrize("verb", ["menyarankan", "mengusulkan", "merekomendasikan"])
def test_verbs_of_advising_report_what_was_advised(verb: str) -> None:
    text = f"Pengamat pertanian Dwi Andreas Santosa {verb} pemerintah memperbaiki tata kelola produksi beras."
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == ("Dwi Andreas Santosa", "pemerintah memperbaiki tata kelola produksi beras")


def test_a_subject_and_verb_after_a_comma_with_words_of_their_own_close_no_tail() -> None:
    text = "Padahal, selama satu tahun terakhir, Budi mengaku tidak pernah menggowes."
    assert all(not q.text.startswith("Padahal") for q in extract(text, lang="id").quotes)


def test_a_verb_closing_the_sentence_after_a_comma_still_reports_the_clause_before() -> None:
    text = "Pembicaraan akan dilanjutkan pekan depan di Jenewa, Budi Santoso mengatakan."
    (q,) = _indirect(text)
    assert (q.speaker, q.text) == ("Budi Santoso", "Pembicaraan akan dilanjutkan pekan depan di Jenewa")


def test_the_noun_opening_the_article_after_its_dateline_is_no_name_written_inside_a_sentence() -> None:
    text = ("Bola.com, Jakarta - Pelatih Timnas Indonesia Patrick Kluivert mengaku skuadnya dalam kondisi prima.\n\n"
            "Pelatih asal Belanda itu mengatakan timnya tidak akan meremehkan lawan di Jakarta.")
    (q,) = [q for q in _indirect(text) if q.cue == "mengatakan"]
    assert (q.speaker, _mention(text, q)) == ("Patrick Kluivert", "Pelatih asal Belanda itu")


@pytest.mark.parametrize("second", ["Bulog, katanya, akan menggelar operasi pasar di 500 titik mulai pekan depan.",
                                    "Bulog akan menggelar operasi pasar di 500 titik mulai pekan depan, katanya."])
def test_a_clitic_set_in_or_closing_an_unquoted_report_never_means_the_reports_own_subject(second: str) -> None:
    text = ("Direktur Utama Perum Bulog Novi Helmy Prasetya memastikan stok beras pemerintah mencukupi hingga "
            f"akhir tahun. {second}")
    (q,) = [q for q in _indirect(text) if q.cue == "katanya"]
    assert (q.speaker, _mention(text, q)) == ("Novi Helmy Prasetya", "katanya")


@pytest.mark.parametrize("tail", ["seloroh Bahlil sambil tertawa", "selorohnya", "kelakarnya", "cetus Bahlil"])
def test_verbs_of_joking_and_retorting_after_a_quote_are_cues(tail: str) -> None:
    text = f"Menteri Bahlil Lahadalia hadir. \"Kita tidak akan impor lagi tahun depan,\" {tail}."
    q = extract(text, lang="id").quotes[0]
    assert (q.speaker, q.cue) == ("Bahlil Lahadalia", tail.split()[0])


@pytest.mark.parametrize(("text", "speaker", "agency"), [
    ("Reuters mengutip seorang sumber yang mengatakan kesepakatan itu sudah sangat dekat.", "seorang sumber",
     "Reuters"),
    ("Kantor berita Interfax mengutip Peskov yang mengatakan bahwa pembicaraan belum direncanakan sama sekali.",
     "Peskov", "Interfax"),
])
def test_the_one_an_agency_quotes_speaks_and_the_agency_reported_it(text: str, speaker: str, agency: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.kind, q.speaker, q.agency, q.agency_relation) == ("indirect", speaker, agency, "reported_by")


@pytest.mark.parametrize(("text", "content"), [
    ("Namun , Erick mengatakan , peningkatan kedisiplinan masyarakat dibutuhkan mengingat kematian terus naik .",
     "peningkatan kedisiplinan masyarakat dibutuhkan mengingat kematian terus naik"),
    ("Dari sisi harga , kata Teguh , saat ini mencapai Rp 130.000 per kg untuk sapi lokal .",
     "Dari sisi harga , kata Teguh , saat ini mencapai Rp 130.000 per kg untuk sapi lokal"),
])
def test_a_conjunction_before_an_aside_is_the_writers_but_a_topic_is_what_was_said(text: str, content: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert q.text == content
