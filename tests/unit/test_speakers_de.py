"""German speakers where the verb comes second: who stands before it and who after."""

from __future__ import annotations

from quotedesk.attribution import extract


def test_a_pronoun_after_the_verb_speaks_when_a_prepositional_phrase_fills_the_place_before_it() -> None:
    text = ("Präsident Felipe Calderón will zwei Milliarden Euro ausgeben. Seit vielen Monaten fehlt der Regen. "
            "Bei einem Besuch in Zacatecas verkündete er: „Keine Familie wird Wasser- oder Lebensmittelmangel "
            "erleiden“.")
    (q,) = [q for q in extract(text, lang="de").quotes if q.kind == "direct"]
    assert q.speaker == "Felipe Calderón"
    assert text[q.speaker_start : q.speaker_end] == "er"
    assert q.cue == "verkündete"
