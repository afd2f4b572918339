"""Through whom we heard it: agency relations, datelines, photo credits; the agency and
language data files."""

from __future__ import annotations

from collections import Counter

import pytest
from quotedesk.attribution import extract
from quotedesk.attribution.agencies import load_agencies
from quotedesk.attribution.lexicon import available_languages, load_lexicon
from quotedesk.model import Analysis, Quote


def quoted(a: Analysis) -> list[Quote]:
    return [q for q in a.quotes if q.kind != "indirect"]


def agency_at(a: Analysis, text: str, surface: str, occurrence: int = 0):
    """The agency mention that covers the n-th occurrence of `surface` in the text."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    hits = [m for m in a.agencies if m.start == pos and m.end == pos + len(surface)]
    assert len(hits) == 1, (surface, a.agencies)
    return hits[0]


# ---- relations --------------------------------------------------------------------------------


def test_told_reuters() -> None:
    text = (
        "The talks resumed in Geneva on Monday. "
        "“We are close to a deal,” Anna Berg told Reuters on Tuesday."
    )
    a = extract(text)
    assert a.lang == "en"
    assert agency_at(a, text, "Reuters").relation == "told"
    (q,) = quoted(a)
    assert q.text == "We are close to a deal,"
    assert q.speaker == "Anna Berg"
    assert q.agency == "Reuters"
    assert q.agency_relation == "told"


def test_kata_x_kepada_reuters_is_told() -> None:
    text = (
        "Pertemuan itu berlangsung di Jenewa dan akan dilanjutkan pekan depan. "
        "“Kami sudah dekat dengan kesepakatan,” kata Anna Berg kepada Reuters."
    )
    a = extract(text)
    assert a.lang == "id"
    (q,) = quoted(a)
    assert q.speaker == "Anna Berg"
    assert (q.agency, q.agency_relation) == ("Reuters", "told")


def test_dilansir_reuters_is_reported_by() -> None:
    text = (
        "Pertemuan itu berlangsung di Jenewa. "
        "“Kami sudah dekat dengan kesepakatan,” kata Menteri Luar Negeri Anna Berg, dilansir Reuters."
    )
    a = extract(text)
    assert a.lang == "id"
    assert agency_at(a, text, "Reuters").relation == "reported_by"
    (q,) = quoted(a)
    assert q.speaker == "Anna Berg"
    assert q.role == "Menteri Luar Negeri"
    assert (q.agency, q.agency_relation) == ("Reuters", "reported_by")


def test_seperti_dikutip_dari_afp_is_reported_by() -> None:
    text = (
        "Pertemuan itu berlangsung di Jenewa. "
        "“Kami sudah dekat dengan kesepakatan,” kata Menteri Luar Negeri Anna Berg, seperti dikutip dari AFP."
    )
    a = extract(text)
    m = agency_at(a, text, "AFP")
    assert m.name == "Agence France-Presse"
    assert m.relation == "reported_by"
    (q,) = quoted(a)
    assert (q.agency, q.agency_relation) == ("Agence France-Presse", "reported_by")


def test_according_to_reuters_is_reported_by() -> None:
    text = (
        "The talks resumed in Geneva on Monday. "
        "“We are close to a deal,” Anna Berg said, according to Reuters."
    )
    a = extract(text, "en")
    assert agency_at(a, text, "Reuters").relation == "reported_by"
    (q,) = quoted(a)
    assert q.speaker == "Anna Berg"
    assert (q.agency, q.agency_relation) == ("Reuters", "reported_by")


def test_reuters_reported_after_the_name_is_reported_by() -> None:
    text = "The minister will travel to Geneva on Monday for the talks, Reuters reported."
    a = extract(text, "en")
    assert agency_at(a, text, "Reuters").relation == "reported_by"


def test_told_reuters_reported_speech_keeps_agency_out_of_the_content() -> None:
    text = (
        "The talks resumed in Geneva on Monday. "
        "Anna Berg told Reuters that the two sides were close to a deal."
    )
    a = extract(text, "en")
    (q,) = a.quotes
    assert q.kind == "indirect"
    assert q.speaker == "Anna Berg"
    assert (q.agency, q.agency_relation) == ("Reuters", "told")
    assert q.text == "the two sides were close to a deal"


def test_as_reported_by_is_not_reported_speech() -> None:
    text = (
        "The talks resumed in Geneva on Monday. "
        "“We are close to a deal,” Anna Berg said, as reported by Reuters."
    )
    a = extract(text, "en")
    assert agency_at(a, text, "Reuters").relation == "reported_by"
    assert [(q.kind, q.text) for q in a.quotes] == [("direct", "We are close to a deal,")]
    assert (a.quotes[0].agency, a.quotes[0].agency_relation) == ("Reuters", "reported_by")


# ---- datelines ----------------------------------------------------------------------------------


def test_antara_dateline_applies_to_quotes_that_name_no_agency() -> None:
    text = (
        "JAKARTA (ANTARA) - Menteri Keuangan Sri Wahyuni mengatakan "
        "anggaran tahun depan sudah siap dibahas.\n"
        "“Kami sudah siap,” kata Sri Wahyuni."
    )
    a = extract(text)
    assert a.lang == "id"
    m = agency_at(a, text, "ANTARA")
    assert (m.name, m.relation) == ("Antara", "dateline")
    assert a.article_agency is not None
    assert (a.article_agency.name, a.article_agency.relation) == ("Antara", "dateline")
    assert [q.kind for q in a.quotes] == ["indirect", "direct"]
    for q in a.quotes:
        assert q.speaker == "Sri Wahyuni"
        assert (q.agency, q.agency_relation) == ("Antara", "dateline")


def test_reuters_dateline_and_a_quote_told_to_another_agency() -> None:
    text = (
        "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov said that the talks would continue next week.\n"
        "“We are ready to talk,” Peskov said.\n"
        "“The date is not set yet,” Peskov told TASS."
    )
    a = extract(text)
    assert a.lang == "en"
    assert agency_at(a, text, "Reuters").relation == "dateline"
    assert agency_at(a, text, "TASS").relation == "told"
    assert a.article_agency is not None
    assert (a.article_agency.name, a.article_agency.relation) == ("Reuters", "dateline")
    got = [(q.kind, q.speaker, q.agency, q.agency_relation) for q in a.quotes]
    assert got == [
        ("indirect", "Dmitry Peskov", "Reuters", "dateline"),
        ("direct", "Dmitry Peskov", "Reuters", "dateline"),
        ("direct", "Dmitry Peskov", "TASS", "told"),
    ]


# ---- photo credits ------------------------------------------------------------------------------


def test_copyright_photo_credit_is_never_a_source() -> None:
    text = (
        "Juru bicara Kremlin Dmitry Peskov berbicara di Moskow. © Mikhail Sinitsyn/TASS\n"
        "“Kami belum menerima undangan untuk pertemuan itu,” kata Peskov kepada wartawan."
    )
    a = extract(text)
    assert a.lang == "id"
    assert agency_at(a, text, "TASS").relation == "photo_credit"
    assert a.article_agency is None
    (q,) = quoted(a)
    assert q.speaker == "Dmitry Peskov"
    assert q.agency is None
    assert q.agency_relation is None


def test_foto_credit_is_never_a_source() -> None:
    text = (
        "Foto: ANTARA/Rivan\n"
        "Menteri Keuangan Sri Wahyuni berbicara di Jakarta pada hari Senin. "
        "“Anggaran untuk tahun depan sudah siap,” kata Sri Wahyuni."
    )
    a = extract(text)
    assert a.lang == "id"
    m = agency_at(a, text, "ANTARA")
    assert (m.name, m.relation) == ("Antara", "photo_credit")
    assert a.article_agency is None
    (q,) = quoted(a)
    assert q.speaker == "Sri Wahyuni"
    assert q.agency is None


def test_photo_credit_glued_to_the_dateline_does_not_become_the_source() -> None:
    # scraped captions glue the credit to the dateline: "…/TASSJAKARTA - …"
    text = (
        "Juru bicara Kremlin Dmitry Peskov/© Mikhail Sinitsyn/TASSJAKARTA - Kremlin mengatakan persiapan "
        "sedang dilakukan untuk pembicaraan tingkat ahli antara Rusia dan Amerika Serikat."
    )
    a = extract(text, "id")
    assert agency_at(a, text, "TASS").relation == "photo_credit"
    assert a.article_agency is None
    assert a.quotes
    assert all(q.agency != "TASS" for q in a.quotes)


# ---- agencies.toml --------------------------------------------------------------------------------


def test_agency_registry_is_large_enough() -> None:
    assert len(load_agencies().agencies) >= 40


def test_no_alias_belongs_to_two_agencies() -> None:
    owners: Counter[str] = Counter()
    for agency in load_agencies().agencies:
        for alias in set(agency.aliases) | set(agency.context_aliases):
            owners[alias] += 1
    assert [alias for alias, n in owners.items() if n > 1] == []


def test_agency_names_are_unique_and_every_agency_has_a_surface_form() -> None:
    agencies = load_agencies().agencies
    names = [a.name for a in agencies]
    assert len(names) == len(set(names))
    for a in agencies:
        assert a.aliases or a.context_aliases, a.name


@pytest.mark.parametrize(
    "surface", ["Reuters", "AP", "AFP", "TASS", "Xinhua", "Antara", "dpa", "Bernama", "Kyodo", "Yonhap"]
)
def test_major_agencies_are_known(surface: str) -> None:
    known = set()
    for a in load_agencies().agencies:
        known |= {a.name, *a.aliases, *a.context_aliases}
    assert surface in known


def test_short_ambiguous_aliases_need_context() -> None:
    ap = next(a for a in load_agencies().agencies if "AP" in a.aliases + a.context_aliases)
    assert "AP" in ap.context_aliases
    # "AP" on its own is not an agency mention; in a dateline it is
    plain = "The AP exam results were published on Monday for all students in the state."
    assert not [m for m in extract(plain, "en").agencies if m.name == ap.name]
    text = "WASHINGTON (AP) - The Senate passed the bill on Monday. “We did it,” said Senator Jane Smith."
    a = extract(text, "en")
    assert a.article_agency is not None
    assert (a.article_agency.name, a.article_agency.relation) == (ap.name, "dateline")


# ---- lexicons ---------------------------------------------------------------------------------------


def test_shipped_lexicons() -> None:
    assert {"id", "en", "de"} <= set(available_languages())


@pytest.mark.parametrize("code", ["id", "en", "de"])
def test_lexicon_has_the_parts_the_engine_needs(code: str) -> None:
    lex = load_lexicon(code)
    assert lex.code == code
    assert lex.cue_verbs
    assert lex.pronouns
    assert lex.titles
    assert lex.anonymous_heads
    assert lex.markers


@pytest.mark.parametrize(
    ("code", "verb", "pronoun"), [("id", "kata", "dia"), ("en", "said", "he"), ("de", "sagte", "er")]
)
def test_lexicon_core_words(code: str, verb: str, pronoun: str) -> None:
    lex = load_lexicon(code)
    assert verb in lex.cue_verbs
    assert pronoun in lex.pronouns


def test_indonesian_clitic_cue() -> None:
    lex = load_lexicon("id")
    assert "kata" in lex.cue_verbs
    assert "ujarnya" in lex.cue_clitics
    assert lex.clitic_suffix == "nya"


def test_unknown_lexicon_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no lexicon"):
        load_lexicon("zz")


def test_according_to_a_described_source_reports_what_stands_beside_it() -> None:
    text = ("The plan to raise taxes on the rich was dead, according to two senior officials. "
            "According to Reuters, the minister will travel to Geneva for the talks. "
            "“We are close to a deal,” Anna Berg said, according to Reuters.")
    a = extract(text, "en")
    got = [(q.kind, q.text, q.speaker, q.speaker_kind, q.agency) for q in a.quotes]
    assert got == [
        # the agency named once in the article stands for every quote that names none
        ("indirect", "The plan to raise taxes on the rich was dead", "two senior officials", "anonymous",
         "Reuters"),
        ("indirect", "the minister will travel to Geneva for the talks", "Reuters", "organization", "Reuters"),
        ("direct", "We are close to a deal,", "Anna Berg", "person", "Reuters"),
    ]


def test_an_agency_reporting_a_quote_is_its_source_but_one_told_is_not() -> None:
    text = ("This is “roughly the same advantage she has held all month,” reported Reuters. "
            "“We are close to a deal,” Anna Berg told Reuters.")
    a = extract(text, "en")
    got = [(q.text, q.speaker, q.speaker_kind, q.agency, q.agency_relation) for q in a.quotes]
    assert got == [
        ("roughly the same advantage she has held all month,", "Reuters", "organization", "Reuters",
         "reported_by"),
        ("We are close to a deal,", "Anna Berg", "person", "Reuters", "told"),
    ]


def test_according_to_plan_names_no_source() -> None:
    text = "The rocket launch on Friday went smoothly and entirely according to plan."
    assert extract(text, "en").quotes == ()
    text = "Menurut rencana, pemerintah kota akan menggelar rapat evaluasi pada Rabu depan."
    assert extract(text, "id").quotes == ()


@pytest.mark.parametrize("text, lang, agency", [
    ('WASHINGTON (Reuters) - "We will look at it carefully," said Senator John Smith.', "en", "Reuters"),
    ('JAKARTA (ANTARA) - "Kami akan memeriksa hal itu dengan teliti," kata Menteri Budi Santoso.', "id", "Antara"),
])
def test_a_quote_right_after_the_dateline_stands_alone(text: str, lang: str, agency: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.kind, q.agency, q.agency_relation) == ("direct", agency, "dateline")
    assert text[q.start - 1] == '"'


def test_one_agency_cited_halfway_down_a_story_of_its_own_is_not_the_storys() -> None:
    text = ("Jakarta - Gubernur DKI Jakarta Heru Budi Hartono memastikan banjir di Jakarta Timur sudah surut.\n\n"
            "“Sudah surut semua, tinggal pembersihan,” kata Heru saat dihubungi detikcom, Selasa (2/1/2024).\n\n"
            "Kepala BPBD DKI Isnawa Adji mengatakan ada 12 RT yang sempat terendam air hingga 80 sentimeter.\n\n"
            "Dilansir AFP, Selasa (2/1/2024), banjir juga melanda sejumlah negara di Asia Tenggara.\n\n"
            "“Setiap tahun begini. Kami sudah pasrah,” ujar Siti, warga Kampung Melayu.")
    a = extract(text, lang="id")
    assert a.article_agency is None
    assert [q.agency for q in quoted(a)] == [None, None]


def test_one_agency_cited_in_the_lead_is_the_storys() -> None:
    text = ("KOMPAS.com - Jepang melepas air olahan PLTN Fukushima ke laut. Dilansir dari Kyodo News, operator "
            "TEPCO mengatakan pelepasan berlangsung tanpa kendala.\n\n"
            "“Kami akan terus memantau kadar tritium setiap hari,” kata juru bicara TEPCO, Junichi Matsumoto.\n\n"
            "Jepang menyatakan air itu aman bagi lingkungan dan bagi warga di sepanjang pesisir Fukushima.")
    a = extract(text, lang="id")
    assert a.article_agency is not None and a.article_agency.name == "Kyodo News"
    assert [(q.agency, q.agency_relation) for q in quoted(a)] == [("Kyodo News", "reported_by")]


@pytest.mark.parametrize(("text", "speaker", "agency", "relation"), [
    ("Mengutip Reuters, Zelensky mengatakan Ukraina tidak akan menyerahkan wilayahnya.", "Zelensky", "Reuters",
     "reported_by"),
    ("Berdasarkan laporan Reuters, pasukan Rusia mundur dari kota itu pada Minggu malam.", "Reuters", "Reuters",
     "reported_by"),
    ("“Kami tidak akan mundur,” kata Zelensky dalam wawancara dengan Associated Press.", "Zelensky",
     "Associated Press", "told"),
])
def test_an_agency_that_carried_the_words_is_no_speaker_of_them(text: str, speaker: str, agency: str,
                                                                  relation: str) -> None:
    (q,) = extract(text, lang="id").quotes
    assert (q.speaker, q.agency, q.agency_relation) == (speaker, agency, relation)


@pytest.mark.parametrize(("text", "lang", "content", "agency"), [
    ("Zakharova menyebut Moskow belum menerima undangan resmi apa pun, sebagaimana dikutip dari kantor berita "
     "RIA Novosti.", "id", "Moskow belum menerima undangan resmi apa pun", "RIA Novosti"),
    ("Zakharova menyebut Moskow belum menerima undangan resmi apa pun, seperti dilansir Reuters, Selasa (11/6).",
     "id", "Moskow belum menerima undangan resmi apa pun", "Reuters"),
    ("Zakharova said Moscow had received no formal invitation, the RIA Novosti news agency reported.",
     "en", "Moscow had received no formal invitation", "RIA Novosti"),
])
def test_the_agency_credit_closing_a_sentence_is_no_part_of_what_was_said(
        text: str, lang: str, content: str, agency: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.kind, q.text, text[q.start:q.end]) == ("indirect", content, content)
    assert (q.speaker, q.agency, q.agency_relation) == ("Zakharova", agency, "reported_by")


def test_two_wires_in_one_dateline_credit_are_no_photo_credit_and_the_relayed_one_is_the_storys() -> None:
    text = ("Washington (ANTARA/Reuters) - Presiden Amerika Serikat Joe Biden berbicara di Gedung Putih.\n\n"
            "“Kami tidak akan mundur,” kata Biden kepada wartawan.")
    a = extract(text, lang="id")
    assert (agency_at(a, text, "ANTARA").relation, agency_at(a, text, "Reuters").relation) == ("dateline", "dateline")
    assert a.article_agency is not None and a.article_agency.name == "Reuters"
    (q,) = quoted(a)
    assert (q.speaker, q.agency, q.agency_relation) == ("Joe Biden", "Reuters", "dateline")


@pytest.mark.parametrize(("lang", "story", "line"), [
    ("id", "Presiden Joe Biden berbicara di Gedung Putih.\n\n“Kami tidak akan mundur,” kata Biden.", "Sumber: Reuters"),
    ("en", "President Joe Biden spoke at the White House.\n\n“We will not back down,” Biden said.", "Source: Reuters"),
    ("de", "Präsident Joe Biden sprach im Weißen Haus.\n\n„Wir geben nicht nach“, sagte Biden.", "Quelle: Reuters"),
])
def test_a_source_line_at_the_end_names_the_storys_agency(lang: str, story: str, line: str) -> None:
    text = f"{story}\n\n{line}\n"
    a = extract(text, lang=lang)
    assert agency_at(a, text, "Reuters").relation == "reported_by"
    (q,) = quoted(a)
    assert (q.speaker, q.agency) == ("Joe Biden", "Reuters")


def test_a_photo_credit_with_a_slash_is_still_no_source() -> None:
    text = ("“Kami tidak akan mundur,” kata Presiden Joe Biden di Gedung Putih.\n\n"
            "Foto: REUTERS/Kevin Lamarque")
    a = extract(text, lang="id")
    assert agency_at(a, text, "REUTERS").relation == "photo_credit"
    (q,) = quoted(a)
    assert q.agency is None


@pytest.mark.parametrize(("credit", "lang", "surface"), [
    ("ANTARA FOTO/Aditya Pradana Putra", "id", "ANTARA"),
    ("AFP PHOTO/John Smith", "en", "AFP"),
])
def test_a_wire_before_its_photo_word_and_slash_is_a_photo_credit(credit: str, lang: str, surface: str) -> None:
    text = f"{credit}\n\n“Kami tidak akan mundur,” kata Gubernur Ganjar Pranowo kepada wartawan."
    a = extract(text, lang=lang)
    assert agency_at(a, text, surface).relation == "photo_credit"
    assert a.article_agency is None
    assert all(q.agency is None for q in quoted(a))


def test_menurut_laporan_names_the_wire_as_the_source_and_an_institution() -> None:
    text = ("Menteri Luar Negeri Retno Marsudi tiba di Yangon.\n\n"
            "Menurut laporan Reuters, militer Myanmar menolak usulan gencatan senjata yang diajukan ASEAN.")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "indirect"]
    assert (q.speaker, q.speaker_kind, q.agency, q.agency_relation) == (
        "Reuters", "organization", "Reuters", "reported_by")
    assert q.text == "militer Myanmar menolak usulan gencatan senjata yang diajukan ASEAN"


@pytest.mark.parametrize(("text", "lang", "content"), [
    ("Zakharova menyebut Moskow belum menerima undangan resmi apa pun, sebagaimana dikutip dari Kompas.",
     "id", "Moskow belum menerima undangan resmi apa pun"),
    ("Zakharova said Moscow had received no formal invitation, as reported by The Hill.",
     "en", "Moscow had received no formal invitation"),
    ("Zakharova said Moscow had received no formal invitation, as the newspaper reported.",
     "en", "Moscow had received no formal invitation"),
    ("Maria Sacharowa sagte, Moskau habe keine offizielle Einladung erhalten, wie die Zeitung berichtete.",
     "de", "Moskau habe keine offizielle Einladung erhalten"),
])
def test_a_credit_to_a_medium_that_is_no_wire_is_no_part_of_what_was_said(text: str, lang: str,
                                                                          content: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.kind, text[q.start:q.end]) == ("indirect", content)
    assert q.speaker in ("Zakharova", "Maria Sacharowa")


@pytest.mark.parametrize(("text", "agency"), [
    ("Kremlin spokesman Dmitry Peskov told state news agency RIA that no talks were scheduled this week.",
     "RIA Novosti"),
    ("Peskov told the official Xinhua news agency that no talks were scheduled for this week.", "Xinhua"),
    ("Peskov told Russia's state-run TASS news agency that no talks were scheduled for this week.", "TASS"),
])
def test_what_kind_of_agency_it_is_may_stand_between_told_and_its_name(text: str, agency: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.agency, q.agency_relation, q.text) == (agency, "told", text[text.index("no talks"):-1])


@pytest.mark.parametrize(("tail", "agency"), [
    ("Smith said, according to a Reuters report.", "Reuters"),
    ("Smith said in remarks carried by state news agency TASS.", "TASS"),
])
def test_a_report_or_a_carrier_after_the_quote_is_reported_by(tail: str, agency: str) -> None:
    text = f"The talks resumed in Geneva on Monday. “We will not back down,” {tail}"
    a = extract(text, lang="en")
    assert agency_at(a, text, agency).relation == "reported_by"
    (q,) = quoted(a)
    assert (q.speaker, q.agency, q.agency_relation) == ("Smith", agency, "reported_by")


def test_an_agencys_website_named_before_it_is_still_the_agency() -> None:
    text = "Perundingan dimulai di Jenewa. “Kami tidak akan mundur,” kata Smith, dikutip dari laman BBC, Senin."
    a = extract(text, lang="id")
    assert agency_at(a, text, "BBC").relation == "reported_by"
    (q,) = quoted(a)
    assert (q.agency, q.agency_relation) == ("BBC", "reported_by")


@pytest.mark.parametrize("text", [
    "“Talks are not planned,” Interfax quoted Peskov as saying.",
    "Interfax quoted Peskov as saying: “Talks are not planned.”",
])
def test_the_one_an_agency_quoted_as_saying_is_the_speaker_and_the_agency_reported_it(text: str) -> None:
    (q,) = extract(text, lang="en").quotes
    assert (q.kind, q.speaker, q.agency, q.agency_relation) == ("direct", "Peskov", "Interfax", "reported_by")


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Dmitry Peskov spoke on Monday. Interfax quoted him as saying that talks were not planned.", "en",
     "indirect"),
    ("Dmitry Peskov spoke on Monday. “Talks are not planned,” Interfax quoted him as saying.", "en", "direct"),
    ("Dmitry Peskov sprach am Montag. Interfax zitierte ihn mit den Worten, Gespräche seien nicht geplant.",
     "de", "indirect"),
])
def test_the_one_an_agency_quoted_by_a_pronoun_is_whom_the_pronoun_means(text: str, lang: str, kind: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.kind, q.speaker, q.agency) == (kind, "Dmitry Peskov", "Interfax")
