"""Reports a speaker denies or confirms: what follows is the reports' words, never the words
of the one who handled them."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


@pytest.mark.parametrize(("text", "lang", "content", "source"), [
    ("The minister, Jean Borloo, denied reports in the weekly Le Canard that he had been “99 percent” chosen "
     "for the post.", "en", "he had been “99 percent” chosen for the post", "Le Canard"),
    ("The minister denied reports that he had been chosen for the post.", "en",
     "he had been chosen for the post", "reports"),
    ("Menteri Jean Borloo membantah laporan mingguan Le Canard bahwa ia sudah dipilih untuk jabatan itu.", "id",
     "ia sudah dipilih untuk jabatan itu", "Le Canard"),
    ("Der Umweltminister Jean-Louis Borloo hat Berichte der Wochenzeitung „Le Canard enchaîné“ zurückgewiesen, "
     "er sei vom Präsidenten bereits für den Posten nominiert.", "de",
     "er sei vom Präsidenten bereits für den Posten nominiert", "Berichte der Wochenzeitung „Le Canard enchaîné“"),
    ("Der Minister wies Berichte zurück, wonach er entlassen werden solle.", "de", "er entlassen werden solle",
     "Berichte"),
])
def test_what_denied_reports_said_is_theirs_not_the_deniers(text: str, lang: str, content: str, source: str) -> None:
    (q,) = [q for q in extract(text, lang=lang).quotes if q.kind == "indirect"]
    assert (text[q.start:q.end], q.speaker) == (content, source)
    assert text[q.speaker_start:q.speaker_end] == source


def test_a_quote_inside_denied_reports_is_the_reports() -> None:
    text = "The minister denied reports in the weekly Le Canard that he had been “99 percent” chosen for the post."
    (q,) = [q for q in extract(text, lang="en").quotes if q.kind != "indirect"]
    assert (q.text, q.speaker) == ("99 percent", "Le Canard")


def test_reports_a_speaker_says_something_of_are_what_the_speaker_said() -> None:
    text = "The minister said reports that he had been chosen were false."
    (q,) = extract(text, lang="en").quotes
    assert (text[q.start:q.end], q.speaker, q.cue) == ("reports that he had been chosen were false", "minister",
                                                       "said")


@pytest.mark.parametrize("source", ["The Hill", "the Hill"])
def test_a_credit_to_a_paper_with_or_without_its_article_ends_what_was_said(source: str) -> None:
    text = f"The minister said the bill would pass, as reported by {source}."
    (q,) = extract(text, lang="en").quotes
    assert text[q.start:q.end] == "the bill would pass"
