"""English reported speech: where what was reported ends, and a second report in one sentence."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def _indirect(text: str):
    return [q for q in extract(text, lang="en").quotes if q.kind == "indirect"]


@pytest.mark.parametrize("tail", [
    ", although he declined to say who would lead it.",
    ", though aides doubted it.",
    ", according to two people in the room.",
])
def test_the_writers_clause_after_a_comma_is_not_what_was_reported(tail: str) -> None:
    text = "Don Fowler said the party needed a contingency plan before November" + tail
    (q,) = _indirect(text)
    assert (q.text, q.speaker, q.cue) == ("the party needed a contingency plan before November", "Don Fowler", "said")
    assert text[q.start : q.end] == q.text


def test_a_speech_participle_after_the_report_reports_again_for_the_same_speaker() -> None:
    text = ("Senator Harry Reid said the nominee had paid no taxes for a decade, "
            "arguing that his returns would prove it.")
    first, second = _indirect(text)
    assert (first.text, first.speaker, first.cue) == (
        "the nominee had paid no taxes for a decade", "Harry Reid", "said")
    assert (second.text, second.speaker, second.cue) == ("his returns would prove it", "Harry Reid", "arguing")
    assert text[second.start : second.end] == second.text


def test_a_comma_inside_the_report_without_a_break_keeps_it_whole() -> None:
    text = "Don Fowler said the party, which he led in the 1990s, needed a contingency plan."
    (q,) = _indirect(text)
    assert q.text == "the party, which he led in the 1990s, needed a contingency plan"
