"""Quotation marks: which pairs make a quote, and what the engine reports for them."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract
from quotedesk.attribution.quotes import QuoteSpan, find_quote_spans
from quotedesk.model import Analysis, Quote


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def quoted(a: Analysis) -> list[Quote]:
    return [q for q in a.quotes if q.kind != "indirect"]


def assert_offsets(text: str, a: Analysis) -> None:
    for q in a.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text


# ---- find_quote_spans ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and then “no” again.", ["yes", "no"]),
        ('He said "yes" and then "no" again.', ["yes", "no"]),
        ("Il a dit « oui » puis «non» hier.", ["oui", "non"]),
        ("Sie sagte „ja“ und dann „nein“.", ["ja", "nein"]),
        ("Er sagte »ja« und dann »nein«.", ["ja", "nein"]),
        ("彼は「はい」と言い、「いいえ」とも言った。", ["はい", "いいえ"]),
        ("He said ‘yes’ and then ‘no’ again.", ["yes", "no"]),
        ("He said ``yes'' and then ``no'' again.", ["yes", "no"]),
    ],
    ids=["curly", "straight", "guillemets", "german-low-high", "german-reversed-guillemets", "cjk-corner",
         "single-curly", "latex-ascii"],
)
def test_every_mark_style_is_paired(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_span_offsets_point_at_the_marks() -> None:
    text = "Budi berkata “Kami siap” kepada wartawan."
    (span,) = find_quote_spans(text)
    assert isinstance(span, QuoteSpan)
    assert span.open_at == text.index("“")
    assert span.close_at == text.index("”")
    assert (span.start, span.end) == (span.open_at + 1, span.close_at)
    assert span.closed
    assert span.paragraph == 0


def test_whitespace_inside_marks_is_trimmed() -> None:
    text = "Il a dit «  nous sommes prêts  » hier."
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "nous sommes prêts"
    assert span.open_at == text.index("«")
    assert span.close_at == text.index("»")


@pytest.mark.parametrize(
    "text",
    [
        "Pada hari Jum'at dia datang ke kantor.",
        "I don't know why they can't come.",
        "Peskov’s aide said nothing. The ’90s were different.",
        "Rock 'n' roll, O'Brien and the McDonald's menu.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert find_quote_spans(text) == []


def test_apostrophes_inside_a_quote_do_not_split_it() -> None:
    text = "“I don't know what Peskov’s aide meant on Jum'at,” she said."
    assert contents(text) == ["I don't know what Peskov’s aide meant on Jum'at,"]
    text = "‘We don’t know yet,’ she said."
    assert contents(text) == ["We don’t know yet,"]


@pytest.mark.parametrize("text", ["", "He said “” twice.", "He said “   ” twice.", 'Just "" here.'])
def test_empty_and_blank_quotes_give_no_span(text: str) -> None:
    assert find_quote_spans(text) == []


def test_two_empty_quotes_in_a_row_give_no_span() -> None:
    assert find_quote_spans("He said “” and “   ” twice.") == []


MULTI = (
    "Mayor Tom Baker spoke to the council on Monday.\n"
    "“The bridge has been closed for three years and people are tired of waiting.\n"
    "“We have found the money, and the work will begin in May.\n"
    "“It will be finished by the winter,” Baker said."
)
MULTI_PARTS = [
    "The bridge has been closed for three years and people are tired of waiting.",
    "We have found the money, and the work will begin in May.",
    "It will be finished by the winter,",
]


def test_multi_paragraph_quote_spans_every_paragraph() -> None:
    spans = find_quote_spans(MULTI)
    assert [MULTI[s.start : s.end] for s in spans] == MULTI_PARTS
    assert [s.paragraph for s in spans] == [1, 2, 3]
    # the quote runs on over the first two paragraphs and closes on the last
    assert [s.closed for s in spans] == [False, False, True]
    assert spans[2].close_at == MULTI.index("”")


def test_multi_paragraph_quote_in_extract() -> None:
    a = extract(MULTI)
    assert a.lang == "en"
    assert_offsets(MULTI, a)
    qs = quoted(a)
    assert [q.text for q in qs] == MULTI_PARTS
    assert [q.start for q in qs] == [MULTI.index(p) for p in MULTI_PARTS]
    assert all(q.kind == "direct" for q in qs)
    assert qs[-1].speaker == "Tom Baker"
    assert qs[-1].cue == "said"


def test_two_paragraph_quote_shares_the_speaker() -> None:
    text = (
        "Walikota Budi Santoso berbicara pada hari Senin.\n\n"
        "“Jembatan itu sudah ditutup selama tiga tahun dan warga sudah lelah menunggu.\n\n"
        "“Pekerjaan akan selesai sebelum musim hujan,” kata Budi."
    )
    a = extract(text)
    assert a.lang == "id"
    assert_offsets(text, a)
    qs = quoted(a)
    assert [q.text for q in qs] == [
        "Jembatan itu sudah ditutup selama tiga tahun dan warga sudah lelah menunggu.",
        "Pekerjaan akan selesai sebelum musim hujan,",
    ]
    assert [q.speaker for q in qs] == ["Budi Santoso", "Budi Santoso"]
    assert [text[q.speaker_start : q.speaker_end] for q in qs] == ["Budi", "Budi"]


def test_multi_paragraph_quote_every_paragraph_has_the_speaker() -> None:
    qs = quoted(extract(MULTI))
    assert [q.speaker for q in qs] == ["Tom Baker"] * 3


UNBALANCED = (
    "Mayor Tom Baker spoke on Monday. “We have found the money for the bridge,” Baker said.\n"
    "The opposition leader Mary Jones was angry. “This plan is a disaster for the city, Jones said.\n"
    "The council will vote on Friday. “We will support the plan,” said Ali Khan."
)


def test_unbalanced_mark_costs_only_its_paragraph_spans() -> None:
    assert contents(UNBALANCED) == ["We have found the money for the bridge,", "We will support the plan,"]
    spans = find_quote_spans(UNBALANCED)
    assert [s.paragraph for s in spans] == [0, 2]
    first, last = spans
    assert first.open_at == UNBALANCED.index("“")
    assert first.close_at == UNBALANCED.index("”")
    assert last.open_at == UNBALANCED.rindex("“")
    assert last.close_at == UNBALANCED.rindex("”")


def test_unbalanced_mark_costs_only_its_paragraph_in_extract() -> None:
    a = extract(UNBALANCED)
    assert_offsets(UNBALANCED, a)
    qs = quoted(a)
    assert [(q.text, q.speaker, q.cue) for q in qs] == [
        ("We have found the money for the bridge,", "Tom Baker", "said"),
        ("We will support the plan,", "Ali Khan", "said"),
    ]
    one = "We have found the money for the bridge,"
    two = "We will support the plan,"
    assert (qs[0].start, qs[0].end) == (UNBALANCED.index(one), UNBALANCED.index(one) + len(one))
    assert (qs[1].start, qs[1].end) == (UNBALANCED.index(two), UNBALANCED.index(two) + len(two))
    # no quote swallows the broken paragraph or reaches across a line break
    for q in qs:
        assert "\n" not in q.text


# ---- quote styles through extract() --------------------------------------------------------


@pytest.mark.parametrize(
    ("open_mark", "close_mark"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("»", "«"), ("「", "」"), ("‘", "’"), ("„", "“")],
    ids=["curly", "straight", "guillemets", "reversed-guillemets", "cjk-corner", "single", "low-high"],
)
def test_english_quote_in_every_style(open_mark: str, close_mark: str) -> None:
    body = "We will rebuild the bridge,"
    text = f"The mayor spoke to the council. {open_mark}{body}{close_mark} said Mayor Tom Baker."
    a = extract(text, "en")
    assert_offsets(text, a)
    (q,) = a.quotes
    assert q.kind == "direct"
    assert q.text == body
    assert q.start == text.index(body)
    assert q.end == q.start + len(body)
    assert q.speaker == "Tom Baker"
    assert q.role == "Mayor"
    assert q.cue == "said"
    assert text[q.speaker_start : q.speaker_end] == "Tom Baker"


def test_german_low_high_quote_with_sagte() -> None:
    text = "Die Ministerin sprach am Montag in Berlin. „Wir bauen die Brücke neu“, sagte Anna Schmidt."
    a = extract(text)
    assert a.lang == "de"
    (q,) = quoted(a)
    assert q.text == "Wir bauen die Brücke neu"
    assert q.start == text.index("„") + 1
    assert q.end == text.index("“")
    assert q.kind == "direct"
    assert q.speaker == "Anna Schmidt"
    assert q.cue == "sagte"


def test_split_quote_gives_both_parts_the_speaker() -> None:
    text = "“Kami siap,” kata Budi, “dan kami akan menang.”"
    a = extract(text, "id")
    assert_offsets(text, a)
    qs = quoted(a)
    assert [q.text for q in qs] == ["Kami siap,", "dan kami akan menang."]
    assert [q.start for q in qs] == [1, text.index("dan kami")]
    assert [q.speaker for q in qs] == ["Budi", "Budi"]
    assert [q.cue for q in qs] == ["kata", "kata"]
    for q in qs:
        assert text[q.speaker_start : q.speaker_end] == "Budi"


def test_split_quote_english() -> None:
    text = "The coach spoke after the game. “We were ready,” said John Brown, “and we will win again.”"
    a = extract(text, "en")
    qs = quoted(a)
    assert [q.text for q in qs] == ["We were ready,", "and we will win again."]
    assert [q.speaker for q in qs] == ["John Brown", "John Brown"]


@pytest.mark.parametrize(
    "text",
    [
        "I watched the film “Jungle Fever” in 1991 with my friends from school.",
        "The “peace plan” was rejected by the parliament on Monday after a long debate.",
        "Many people still remember the “Jungle Fever” poster on the wall of the old cinema.",
    ],
)
def test_scare_quotes_and_titles_are_not_speech(text: str) -> None:
    # the marks are paired...
    assert len(find_quote_spans(text)) == 1
    # ...but there is no speech to report
    a = extract(text, "en")
    assert quoted(a) == []
    assert all(q.text not in ("Jungle Fever", "peace plan") for q in a.quotes)


def test_so_called_scare_quote_is_not_speech() -> None:
    text = "The so-called “peace plan” was rejected by the parliament on Monday."
    a = extract(text, "en")
    assert quoted(a) == []


def test_a_title_announced_before_the_marks_is_not_speech() -> None:
    from quotedesk.attribution import extract

    text = ("“Kami akan terus membantu UMKM naik kelas,” ujar Budi Santoso dalam webinar bertajuk "
            "“Digital Lending untuk Membantu UMKM dalam Pemulihan Ekonomi Nasional” di Jakarta, Selasa.")
    a = extract(text, "id")
    assert [q.text for q in a.quotes if q.kind != "indirect"] == ["Kami akan terus membantu UMKM naik kelas,"]
    en = "Smith wrote a book titled “How We Lost the Election and Why It Matters” in 2019."
    assert [q for q in extract(en, "en").quotes if q.kind != "indirect"] == []


def test_a_short_indonesian_term_in_marks_is_not_speech_but_an_english_one_is() -> None:
    """Indonesian style marks a word used in a special sense; English quotes a word someone said."""
    from quotedesk.attribution import extract

    text = ("Tauhid Ahmad menilai , penanganan ekonomi yang diberikan pemerintah belum “menendang” "
            "dan efektif . “Bantuan sosial , misalnya , semua dikasih , tetapi nilainya kecil ,” kata Tauhid .")
    quotes = [q for q in extract(text, "id").quotes if q.kind != "indirect"]
    assert [q.text for q in quotes] == ["Bantuan sosial , misalnya , semua dikasih , tetapi nilainya kecil ,"]
    assert quotes[0].speaker == "Tauhid Ahmad"
    en = "Tauhid Ahmad said the government's response was “lukewarm” and slow."
    assert [q.text for q in extract(en, "en").quotes if q.kind != "indirect"] == ["lukewarm"]


def test_a_title_in_title_case_with_its_small_words_is_not_speech() -> None:
    from quotedesk.attribution import extract

    text = ('"We will not back down," Pence said on CNN\'s "State of the Union." On "Face the Nation," '
            'Sanders said the party was "ready for a fight."')
    quotes = [q for q in extract(text, "en").quotes if q.kind != "indirect"]
    assert [q.text for q in quotes] == ["We will not back down,", "ready for a fight."]


def test_marks_around_a_markup_attribute_value_are_not_a_quote() -> None:
    text = ('The post read: <tweet author="carlq" text="jail time for executives"></tweet>\n'
            '"We are done," Warren said.')
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["We are done,"]


def test_a_long_title_in_title_case_with_no_one_speaking_is_not_speech() -> None:
    from quotedesk.attribution import extract

    text = ("Namun, dalam Ngobrol Ringan “Pelayanan Daring Bidang Dukcapil: Kebijakan, Tantangan, dan Agenda "
            "ke Depan” yang diadakan secara daring, hal itu dibahas.")
    assert [q for q in extract(text, "id").quotes if q.kind != "indirect"] == []


def test_a_title_one_word_after_its_marker_is_not_speech() -> None:
    from quotedesk.attribution import extract

    text = ("Ekonom Rob Subbaraman memaparkan proyeksinya. ”Negara-negara ASEAN akan menarik investasi,” "
            "ujarnya dalam telekonferensi media ”2021 Asia Economic, Currency, and Equities Outlook”.")
    quotes = [q for q in extract(text, "id").quotes if q.kind != "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == [("Negara-negara ASEAN akan menarik investasi,",
                                                      "Rob Subbaraman")]


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("Finanzminister Christian Lindner betonte die Regeln. „Die Schuldenbremse gilt“, sagte er der „Bild“-Zeitung.",
     "de", "Die Schuldenbremse gilt"),
    ("Senator Jane Smith spoke on Monday. “We will win,” she told a “Meet the Press”-style panel.", "en",
     "We will win,"),
    ("Verkehrsminister Volker Wissing war besorgt. „Ein Streik schadet dem Land“, sagte er im ZDF-„Morgenmagazin“.",
     "de", "Ein Streik schadet dem Land"),
])
def test_a_quotation_glued_to_a_hyphenated_word_is_part_of_that_word(text: str, lang: str, said: str) -> None:
    from quotedesk.attribution import extract

    assert [q.text for q in extract(text, lang).quotes if q.kind != "indirect"] == [said]


@pytest.mark.parametrize("term", ["Istilah", "Para diplomat kini sering memakai istilah", "Julukan"])
def test_a_term_in_lower_case_after_its_marker_is_not_speech(term: str) -> None:
    from quotedesk.attribution import extract

    text = ("Retno Marsudi tiba di New York. “Kami siap membantu,” ucapnya.\n\n"
            f"{term} “gencatan senjata kemanusiaan” belakangan sering terdengar di markas PBB.")
    quotes = [q for q in extract(text, "id").quotes if q.kind != "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == [("Kami siap membantu,", "Retno Marsudi")]


def test_a_nickname_in_marks_inside_a_name_is_no_quotation() -> None:
    text = ("\"This is a big year for our potential senator, Bobby Scott!\" Scott's niece, state Del. "
            "Marcia \"Cia\" Price, shouted to the crowd.")
    spans = find_quote_spans(text)
    assert [text[q.start : q.end] for q in spans] == ["This is a big year for our potential senator, Bobby Scott!"]
    # in a title-case headline every word has a capital: the marks still quote
    text = "Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama."
    assert [text[q.start : q.end] for q in find_quote_spans(text)] == ["Demoralizing"]


def test_a_quotation_inside_one_with_the_same_marks_keeps_the_outer_one_whole() -> None:
    text = "Jane Smith spoke. “He told me “no” and walked away,” she said."
    spans = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert spans == ["He told me “no” and walked away,", "no"]
    a = extract(text, "en")
    outer = next(q for q in a.quotes if q.text.startswith("He told"))
    assert (outer.speaker, outer.cue) == ("Jane Smith", "said")
    text = "„Er sagte „nein, wir machen das nicht mit“ und ging“, sagte sie."
    spans = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert spans == ["Er sagte „nein, wir machen das nicht mit“ und ging", "nein, wir machen das nicht mit"]


def test_a_line_broken_inside_a_quotation_goes_on_to_its_closing_mark() -> None:
    text = ("“Laut adalah milik bersama umat manusia,\nbukan tempat pembuangan limbah Jepang,” kata juru bicara "
            "Wang Wenbin.\n“Kami menolak.”")
    assert contents(text) == ["Laut adalah milik bersama umat manusia,\nbukan tempat pembuangan limbah Jepang,",
                              "Kami menolak."]
    q = quoted(extract(text, lang="id"))[0]
    assert (q.speaker, q.cue) == ("Wang Wenbin", "kata")



def test_straight_single_marks_quote_where_a_story_has_no_double_ones() -> None:
    from quotedesk.attribution import extract

    text = ("LONDON (Reuters) - Britain's finance minister said on Tuesday 'there is no magic money tree'. "
            "'We will not give up,' the minister said. 'It's our duty to keep going.'\n\n"
            "The students' union said it wasn't told. In the '90s rock 'n' roll was dead, the singer's manager said.")
    quoted = [(q.kind, text[q.start:q.end]) for q in extract(text, "en").quotes if q.kind != "indirect"]
    assert quoted == [("partial", "there is no magic money tree"), ("direct", "We will not give up,"),
                      ("direct", "It's our duty to keep going.")]
    for q in extract(text, "en").quotes:
        assert text[q.start:q.end] == q.text


def test_straight_single_marks_beside_double_ones_set_off_only_titles() -> None:
    from quotedesk.attribution import extract

    text = ("Flynn says Trump 'absolutely right' in saying generals were reduced to rubble.\n\n"
            "“They have been reduced to rubble,” Flynn said on Thursday.")
    assert [q.text for q in extract(text, "en").quotes if q.kind != "indirect"] == [
        "They have been reduced to rubble,"]


def test_a_quotation_over_a_paragraph_break_without_its_repeated_opening_mark_is_one_quote() -> None:
    from quotedesk.attribution import extract

    text = ("“Saya terima amanat ini dengan penuh tanggung jawab.\n\nSaya akan bekerja keras untuk rakyat "
            "Indonesia,” kata Prabowo dalam pidatonya.")
    (q,) = [q for q in extract(text, "id").quotes if q.kind == "direct"]
    assert (text[q.start:q.end], q.speaker) == (
        "Saya terima amanat ini dengan penuh tanggung jawab.\n\nSaya akan bekerja keras untuk rakyat Indonesia,",
        "Prabowo")


def test_a_heading_in_quotation_marks_between_quotes_is_no_ones_speech() -> None:
    text = ("”Skema ini pada dasarnya bersifat bisnis untuk bisnis,” kata Wimboh. ” Diaspora bond ” Pemerintah "
            "menggalang utang luar negeri dari diaspora Indonesia.")
    quotes = extract(text, lang="id").quotes
    assert [q.text for q in quotes] == ["Skema ini pada dasarnya bersifat bisnis untuk bisnis,"]


def test_a_years_full_stop_ends_the_sentence_before_a_quotation() -> None:
    text = ("Präsident Recep Tayyip Erdoğan sprach von der schwersten Katastrophe seit 1939. „Wir stehen vor "
            "einer großen Prüfung“, sagte Erdoğan in Ankara.")
    (q,) = [q for q in extract(text, "de").quotes if q.text.startswith("Wir")]
    assert (q.kind, q.speaker) == ("direct", "Recep Tayyip Erdoğan")


def test_french_guillemets_set_off_by_spaces_pair_up() -> None:
    for space in (" ", "\u00a0", "\u202f"):
        text = f"Le ministre a parlé. «{space}Nous ne céderons pas sur ce point{space}», a-t-il dit."
        (span,) = find_quote_spans(text)
        assert text[span.start:span.end].strip() == "Nous ne céderons pas sur ce point"
    # German opens with "»" and never spaces it
    text = "Er sagte: »Wir bleiben hier«, und ging."
    (span,) = find_quote_spans(text)
    assert text[span.start:span.end] == "Wir bleiben hier"


@pytest.mark.parametrize(("text", "lang"), [
    ("Sie sagte: „Das ist falsch“, und ging.", "de"),
    ("She said: \"That is wrong,\" and left the room without another word.", "en"),
    ("Dia berkata, \"Itu salah,\" lalu pergi meninggalkan ruangan.", "id"),
])
def test_a_quotation_a_comma_closes_is_all_that_was_said(text: str, lang: str) -> None:
    assert [q.kind for q in extract(text, lang=lang).quotes] == ["direct"]


def test_a_quotation_opening_the_reported_clause_stays_in_it() -> None:
    kinds = [q.kind for q in extract("Trump said \"budget reforms\" and unpaid taxes would help finance them.",
                                     lang="en").quotes]
    assert "indirect" in kinds
