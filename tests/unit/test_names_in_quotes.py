"""Quotation marks that hold a name or a source, and German tails that put the cue last."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def texts(text: str, lang: str) -> list[str]:
    a = extract(text, lang)
    for q in a.quotes:
        assert text[q.start : q.end] == q.text
    return [q.text for q in a.quotes if q.kind in ("direct", "partial")]


def test_a_name_with_its_acronym_in_brackets_is_no_quote() -> None:
    text = ("Alle drei gehören der „Union pour un Mouvement Populaire“ (UMP) an, sagte der Sprecher "
            "Paul Maier.")
    assert texts(text, "de") == []


def test_the_source_after_laut_is_no_quote() -> None:
    text = ("Arni Finnsson kommentierte die Entscheidung laut „news.example.org“ mit folgenden Worten: "
            "„Es gibt in Island keinen Markt für dieses Fleisch.“")
    assert texts(text, "de") == ["Es gibt in Island keinen Markt für dieses Fleisch."]


def test_a_newspaper_after_a_reporting_verb_and_article_is_no_quote() -> None:
    text = "Das berichtete die „Automobilwoche“ in ihrer Onlineausgabe vom 7. April."
    assert texts(text, "de") == []


def test_speech_after_a_verb_and_article_stays_speech() -> None:
    text = "Ban Ki-moon condemned what he called a \"brazen breach\" of U.N. resolutions."
    assert texts(text, "en") == ["brazen breach"]


def test_auxiliary_after_the_quote_puts_the_subject_next_and_the_cue_last() -> None:
    text = "„Wir wollen unsere Werke enger verzahnen“, hatte VW-Chef Martin Winterkorn in einem Interview erklärt."
    a = extract(text, "de")
    (q,) = a.quotes
    assert q.kind == "direct"
    assert q.cue == "erklärt"
    assert q.speaker is not None and q.speaker.endswith("Martin Winterkorn")


def test_so_then_verb_then_object_pronoun_then_the_speaker() -> None:
    text = ("„Er ist die eiserne Hand in einem eisernen Handschuh“, so charakterisierte ihn der "
            "Gewerkschaftsfunktionär Bernard Aubin von der CFTC.")
    a = extract(text, "de")
    (q,) = a.quotes
    assert q.speaker == "Bernard Aubin"
    assert q.role == "Gewerkschaftsfunktionär"
    assert q.cue == "charakterisierte"
    assert text[q.speaker_start : q.speaker_end] == "Bernard Aubin"


def test_a_name_explained_after_the_quote_is_no_quote() -> None:
    text = "„Wikiasari“, so heißt ein geplantes Projekt, mit dem der Gründer eine Suchmaschine bauen will."
    assert texts(text, "de") == []


def test_an_institution_in_quotation_marks_is_no_quote() -> None:
    text = ("Der Sprecher Paul Maier sagte, gegen den „Verband integrativer Kinderbetreuungseinrichtungen“ "
            "ermittle die Staatsanwaltschaft.")
    assert texts(text, "de") == []


def test_a_quote_in_a_konjunktiv_sentence_after_speech_is_kept_for_its_speaker() -> None:
    text = ("Innenminister Karl Huber sagte, die Regelungen hätten sich bewährt. Deshalb sei es „folgerichtig, "
            "die Regelungen beizubehalten“.")
    a = extract(text, "de")
    (q,) = [q for q in a.quotes if q.kind != "indirect"]
    assert q.text == "folgerichtig, die Regelungen beizubehalten"
    assert q.speaker == "Karl Huber"
    assert q.cue == "sei"


def test_a_name_set_off_by_comma_and_article_is_no_quote() -> None:
    text = ("Laut der Website wird die „Hvalur 9“, ein Schiff der Firma, bald bereit sein. Der Wettbewerb "
            "der Frauen, das „Championnat du Monde Féminines“ ging an Angélique Papon, sagte der Sprecher Paul Maier.")
    assert texts(text, "de") == []


def test_a_lowercase_quotation_after_comma_and_article_stays() -> None:
    text = ("Der Senat hat dem Entwurf zugestimmt, in dem die USA sich verpflichten sollen, die „grausame, "
            "unmenschliche oder herabwürdigende Behandlung oder Bestrafung Gefangener“ zu ächten.")
    assert texts(text, "de") == ["grausame, unmenschliche oder herabwürdigende Behandlung oder Bestrafung Gefangener"]


def test_the_title_of_an_online_seminar_or_discussion_is_no_quote() -> None:
    for event in ("seminar daring", "diskusi daring", "telekonferensi", "forum"):
        text = (f"“Pelaku UMKM harus bisa berdagang secara daring,” ujar Wibawa dalam {event} “Digital Lending "
                "untuk Membantu UMKM dalam Pemulihan Ekonomi Nasional” di Jakarta.")
        a = extract(text, "id")
        assert [q.text for q in a.quotes] == ["Pelaku UMKM harus bisa berdagang secara daring,"], event


def test_a_quote_opening_in_lower_case_after_a_title_word_is_speech() -> None:
    text = ("Ditto said she expects the campaign “to continue calling out examples of bias and defending "
            "ourselves as we deem necessary.”")
    qs = [q for q in extract(text, "en").quotes if q.kind == "partial"]
    assert [(q.text[:11], q.speaker) for q in qs] == [("to continue", "Ditto")]
    # a capitalised title after the same word is still a name
    text = "Ditto said the campaign “Make America Great Again” would go on."
    assert [q for q in extract(text, "en").quotes if q.kind != "indirect"] == []


@pytest.mark.parametrize("text, lang, label, speaker", [
    ("Donald Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him "
     "favorably to President Obama.", "en", "strong leader,", "Donald Trump"),
    ("Senate Minority Leader Harry Reid has been steadily pounding Trump as a “con artist” for months.",
     "en", "con artist", "Harry Reid"),
    ("Anna Brandt verteidigt den Plan als „einen Schritt in die richtige Richtung“ für alle Familien.",
     "de", "einen Schritt in die richtige Richtung", "Anna Brandt"),
])
def test_a_label_after_as_is_what_the_sentences_subject_called_it(text: str, lang: str, label: str,
                                                                  speaker: str) -> None:
    (q,) = extract(text, lang=lang).quotes
    assert (q.kind, q.text, q.speaker) == ("partial", label, speaker)


@pytest.mark.parametrize("text", [
    "Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’",
    "The bill, known as the “Justice Against Sponsors of Terrorism Act” was passed by Congress.",
])
def test_as_in_a_headline_or_after_a_thing_names_no_labeller(text: str) -> None:
    assert all(q.speaker is None for q in extract(text, lang="en").quotes)


def test_labels_joined_by_and_or_or_are_labels_too_and_an_institution_may_give_them() -> None:
    text = ("At the debate, Hillary Clinton cited his past references to Machado as “Miss Piggy” and "
            "“Miss Housekeeping” as examples.")
    assert [(q.text, q.speaker) for q in extract(text, lang="en").quotes if q.kind != "indirect"] == [
        ("Miss Piggy", "Hillary Clinton"), ("Miss Housekeeping", "Hillary Clinton")]
    text = ("The fact-checking website PolitiFact studied the claims in June. PolitiFact rated 32 percent of "
            "Republican claims as “false” or “pants on fire,” compared to 11 percent.")
    assert [(q.text, q.speaker) for q in extract(text, lang="en").quotes] == [
        ("false", "PolitiFact"), ("pants on fire,", "PolitiFact")]
