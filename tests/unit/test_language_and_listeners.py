"""Which language a text is in, even a one-line one; and who was told is not what was said."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract
from quotedesk.attribution.language import detect_language


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("“Kontak sedang dipersiapkan,” kata Peskov.", "id", "Peskov"),
    ("“We will win,” said Smith.", "en", "Smith"),
    ("„Wir gewinnen“, sagte Müller.", "de", "Müller"),
])
def test_a_one_line_article_is_read_in_its_language(text: str, lang: str, speaker: str) -> None:
    a = extract(text)
    assert a.lang == lang
    assert [q.speaker for q in a.quotes] == [speaker]


def test_no_word_of_any_lexicon_means_no_language() -> None:
    assert detect_language("Lorem ipsum dolor sit amet") is None
    assert extract("Lorem ipsum dolor sit amet").lang == "xx"


def test_told_with_only_a_time_after_the_addressee_reports_nothing() -> None:
    a = extract("Senator Jane Doe told the Associated Press on Thursday.", lang="en")
    assert a.quotes == ()


def test_told_without_that_reports_what_follows_the_addressee() -> None:
    text = "Senator Jane Doe told reporters the plan was dead."
    a = extract(text, lang="en")
    (q,) = a.quotes
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", "the plan was dead", "Jane Doe", "told")
    assert text[q.start : q.end] == q.text


def test_a_colon_lead_in_to_a_direct_quote_reports_nothing_more() -> None:
    """The words between the cue and the colon introduce the quote; they are no reported speech."""
    for text, lang, speaker in (
            ('Sen. Claire McCaskill scolded him: "The scientific community is almost monolithic against you."',
             "en", "Claire McCaskill"),
            ("Der Minister Karl Huber warnte die Abgeordneten: „Wir dürfen keine Zeit verlieren.“", "de",
             "Karl Huber")):
        a = extract(text, lang=lang)
        (q,) = a.quotes
        assert (q.kind, q.speaker) == ("direct", speaker)
        assert text[q.start : q.end] == q.text and text[q.start - 1] in "\"„"


def test_the_united_states_followed_by_a_possessive_or_comma_is_no_cue() -> None:
    text = ("Donald Trump is telling a veterans group that the United States’ military is “depleted” "
            "and says he will expand the armed forces.")
    quotes = extract(text, lang="en").quotes
    assert quotes and all(q.speaker == "Donald Trump" for q in quotes)
    assert all(q.cue != "States" for q in quotes)
    text = "Now the highest-ranking prosecutor in the United States, Lynch rose to prominence despite obstacles."
    assert extract(text, lang="en").quotes == ()
