"""A short name in a cue means the person whose full name the article gave, not an institution
that shares a word with it."""

from __future__ import annotations

from quotedesk.attribution import extract


def test_a_given_name_shared_with_the_speakers_company_is_the_persons() -> None:
    text = ("Eka Sari Lorena Soerbakti , Direktur PT Eka Sari Lorena Group , mendapatkan kesempatan menjadi "
            "salah satu peserta . ” Awalnya saya targetkan tiga tahun , ” kata Eka saat dihubungi Kompas .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker == "Eka Sari Lorena Soerbakti"
    assert q.speaker_kind == "person"
    assert text[q.speaker_start : q.speaker_end] == "Eka"


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    text = ("Begitupun Arni Setiyani ( 28 ) , karyawan swasta di Jakarta Selatan itu menyampaikan , ia sudah "
            "berbelanja sayur secara daring . ” Dengan kondisi sekarang , belanja sayur secara daring itu "
            "membantu kita , ” kata Arni .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker == "Arni Setiyani"


def test_all_of_a_group_is_many_and_no_dia_means_it() -> None:
    text = ("Komisioner KPU Sulut Meidy Tinangon mengatakan , sosialisasi digencarkan lewat media sosial . "
            "Di TPS , telah tersedia tempat cuci tangan . Di samping itu , semua pemilih diminta membawa alat "
            "tulis sendiri . “ Pemilih juga dilarang bersalaman dengan KPPS , ” kata dia .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker == "Meidy Tinangon"


def test_one_word_opening_a_sentence_before_one_of_a_group_in_commas_is_a_person() -> None:
    text = ("Ruli , salah satu peserta , merasa terkejut saat mencicip Black and White Cheese . ” Rasanya menarik . "
            "Teknik cold brew membuat rasa tehnya lebih keluar , ” katanya .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker == "Ruli"


def test_a_company_as_one_of_a_group_of_firms_is_no_person() -> None:
    text = ("Gojek , salah satu perusahaan rintisan , menambah layanan . ” Kami senang , ” katanya .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker != "Gojek"


def test_an_initial_the_article_gives_an_age_is_a_person() -> None:
    text = ("E ( 42 ) juga demikian . Orangtua dari A ini baru tahu anaknya berada di kantor polisi . ” Pikiran "
            "saya , dia habis diomelin bapaknya , ngambek terus . Eh , ternyata di sini , ” ucap E. Dukungan datang .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker_kind == "person"
    assert q.speaker.rstrip(".") == "E"


def test_a_bus_company_is_no_one_a_pronoun_means() -> None:
    text = ("Yani ( 40 ) , agen tiket PO Pahala Kencana , mengaku sedang menunggu konfirmasi dari penumpang . "
            "PO Pahala Kencana , menurut dia , memberi dua pilihan kepada penumpang . ” Ini bukan saja membunuh "
            "korona , tetapi juga membunuh kami , ” keluhnya .")
    assert {q.speaker for q in extract(text, lang="id").quotes} == {"Yani"}
