"""The engine on the sample article that ships with Quotedesk (resources/samples)."""

from __future__ import annotations

from pathlib import Path

import pytest
from quotedesk.attribution import extract
from quotedesk.model import Analysis, Quote

SAMPLE = Path(__file__).parents[2] / "resources/samples/seed-id-peskov.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def analysis(text: str) -> Analysis:
    return extract(text)


@pytest.fixture(scope="module")
def quoted(analysis: Analysis) -> list[Quote]:
    """The direct and partial quotes, in article order."""
    return [q for q in analysis.quotes if q.kind != "indirect"]


@pytest.fixture(scope="module")
def indirect(analysis: Analysis) -> list[Quote]:
    return [q for q in analysis.quotes if q.kind == "indirect"]


def mention(text: str, q: Quote) -> str | None:
    if q.speaker_start is None:
        return None
    return text[q.speaker_start : q.speaker_end]


def test_language_is_detected_as_indonesian(analysis: Analysis) -> None:
    assert analysis.lang == "id"


def test_exactly_three_quotes_in_quotation_marks(quoted: list[Quote]) -> None:
    assert [q.kind for q in quoted] == ["direct", "direct", "partial"]
    assert quoted[0].text.startswith("Kontak sedang dipersiapkan")
    assert quoted[1].text.startswith("Apakah akan (menandatangani)")
    assert quoted[2].text.startswith("bebas, berdaulat, dan aman.")


def test_quotes_are_in_article_order(analysis: Analysis) -> None:
    starts = [(q.start, q.end) for q in analysis.quotes]
    assert starts == sorted(starts)


def test_first_quote_is_peskov_via_reuters(text: str, quoted: list[Quote]) -> None:
    q = quoted[0]
    assert q.kind == "direct"
    assert q.text.startswith("Kontak sedang dipersiapkan di tingkat ahli")
    # the content sits exactly between the curly marks
    assert text[q.start - 1] == "“"
    assert text[q.end] == "”"
    assert q.speaker == "Dmitry Peskov"
    assert q.speaker_kind == "person"
    assert q.role == "Juru bicara Kremlin"
    assert mention(text, q) == "Peskov"
    assert q.speaker_start > q.end  # "kata Peskov" after the quote, not the earlier full name
    assert q.cue == "kata"
    assert q.agency == "Reuters"
    assert q.agency_relation == "reported_by"


def test_second_quote_is_both_sentences_attributed_by_ujarnya(text: str, quoted: list[Quote]) -> None:
    q = quoted[1]
    assert q.kind == "direct"
    assert q.text.startswith("Apakah akan (menandatangani)")
    assert "Belum ada pernyataan resmi" in q.text
    assert "kita lihat saja." in q.text
    # straight double quotes around it
    assert text[q.start - 1] == '"'
    assert text[q.end] == '"'
    assert q.speaker == "Dmitry Peskov"
    assert q.role == "Juru bicara Kremlin"
    assert mention(text, q) == "ujarnya"
    assert q.cue == "ujarnya"
    assert q.agency == "Reuters"
    assert q.agency_relation == "reported_by"


def test_third_quote_is_a_partial_quote_from_an_anonymous_source(text: str, quoted: list[Quote]) -> None:
    q = quoted[2]
    assert q.kind == "partial"
    assert q.text.startswith("bebas, berdaulat, dan aman.")
    assert text[q.start - 1] == "“"
    assert text[q.end] == "”"
    assert q.speaker_kind == "anonymous"
    assert q.speaker is not None
    assert q.speaker.startswith("Sumber yang mengetahui isi rancangan perjanjian tersebut")
    m = mention(text, q)
    assert m is not None
    assert m.startswith("Sumber")
    assert q.cue == "mengatakan"
    assert q.agency == "Reuters"
    assert q.agency_relation == "told"  # "mengatakan kepada Reuters"


def test_every_quote_text_is_the_slice_it_claims(text: str, analysis: Analysis) -> None:
    assert analysis.quotes
    for q in analysis.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
            assert text[q.speaker_start : q.speaker_end].strip()


def _pairs(quotes: list[Quote]) -> set[tuple[str | None, str | None]]:
    return {(q.speaker, q.cue) for q in quotes}


@pytest.mark.parametrize(
    ("speaker", "cue"),
    [
        ("Kremlin", "mengatakan"),
        ("Dmitry Peskov", "menegaskan"),
        ("Dmitry Peskov", "mengatakan"),
        ("Donald Trump", "menyatakan"),
        ("Vladimir Putin", "mengatakan"),
    ],
)
def test_reported_speech_speakers_and_cues(indirect: list[Quote], speaker: str, cue: str) -> None:
    assert (speaker, cue) in _pairs(indirect)


def test_kremlin_speaks_as_an_organization(text: str, indirect: list[Quote]) -> None:
    kremlin = [q for q in indirect if q.speaker == "Kremlin" and q.cue == "mengatakan"]
    assert len(kremlin) == 1
    q = kremlin[0]
    assert q.speaker_kind == "organization"
    assert mention(text, q) == "Kremlin"
    assert q.text.startswith("persiapan sedang dilakukan")


def test_peskov_full_name_with_menegaskan(text: str, indirect: list[Quote]) -> None:
    q = next(q for q in indirect if q.speaker == "Dmitry Peskov" and q.cue == "menegaskan")
    assert q.speaker_kind == "person"
    assert mention(text, q) == "Dmitry Peskov"
    assert q.text.startswith("terdapat kesepahaman Trump dan Putin")
    # "…, namun mengatakan belum ada rincian …": the second verb reports on its own
    assert q.text.endswith("setelah persiapan matang")
    (said,) = [r for r in indirect if r.cue == "mengatakan" and r.text.startswith("belum ada rincian")]
    assert said.speaker == "Dmitry Peskov" and text[said.start : said.end] == said.text


def test_dia_resolves_to_peskov(text: str, indirect: list[Quote]) -> None:
    hits = [q for q in indirect if mention(text, q) == "Dia"]
    assert len(hits) == 1
    q = hits[0]
    assert q.speaker == "Dmitry Peskov"
    assert q.cue == "mengatakan"
    assert q.text.startswith("kedua pemimpin dapat berbicara lagi")


def test_trump_menyatakan(text: str, indirect: list[Quote]) -> None:
    q = next(q for q in indirect if q.speaker == "Donald Trump" and q.cue == "menyatakan")
    assert mention(text, q) == "Trump"
    assert q.text.startswith("keinginannya untuk mewujudkan gencatan senjata")


def test_putin_reported_speech_content(text: str, indirect: list[Quote]) -> None:
    q = next(q for q in indirect if q.speaker == "Vladimir Putin" and q.cue == "mengatakan")
    assert q.text.startswith("kontak AS-Rusia")
    assert mention(text, q) == "Putin"
    assert q.text.endswith("antara Moskow dan Washington")


def test_photo_credit_tass_is_seen_but_never_a_source(analysis: Analysis) -> None:
    assert all(q.agency != "TASS" for q in analysis.quotes)
    tass = [a for a in analysis.agencies if a.name == "TASS"]
    assert tass, "the © …/TASS credit should be recognised as an agency mention"
    assert all(a.relation == "photo_credit" for a in tass)
    assert analysis.article_agency is not None
    assert analysis.article_agency.name == "Reuters"


def test_explicit_language_gives_the_same_result(text: str, analysis: Analysis) -> None:
    assert extract(text, "id") == analysis
    assert extract(text) == analysis  # deterministic


def test_the_anonymous_source_speaks_through_both_its_verbs(text: str, indirect: list[Quote]) -> None:
    """"Sumber … mengatakan kepada Reuters bahwa …, namun mengatakan Amerika ingin …": the second
    verb has no subject of its own and reports for the same source, told to the same agency."""
    first = next(q for q in indirect if q.text.startswith("perjanjian tersebut tidak merinci"))
    second = next(q for q in indirect if q.text.startswith("Amerika ingin Ukraina"))
    assert first.text.endswith("yang berkelanjutan")
    for q in (first, second):
        assert q.speaker == "Sumber yang mengetahui isi rancangan perjanjian tersebut"
        assert q.speaker_kind == "anonymous" and (q.agency, q.agency_relation) == ("Reuters", "told")
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)
