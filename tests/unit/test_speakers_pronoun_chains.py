"""Pronouns and clitics that stand for someone a pronoun named before them."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract


def _direct(text: str, lang: str):
    return [q for q in extract(text, lang=lang).quotes if q.kind != "indirect"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Menteri Koordinator Politik, Hukum, dan Keamanan Mahfud MD meminta bantuan sosial segera disalurkan. "
     "Terkait dengan penyaluran bantuan, ia juga mengatakan, Presiden Joko Widodo memerintahkan agar bansos "
     "cepat didistribusikan. Kini aturan itu diharapkan bisa lebih fleksibel. "
     "”Bagi penerima, semua tetap bisa mendapatkan bantuan,” ujarnya.", "id", "Mahfud MD"),
    ("Former DNC chairman Don Fowler spoke on Monday. Though that transition was seamless, he said, replacing "
     "Clinton could lead to lobbying by loyalists to Joe Biden and Bernie Sanders. "
     "That’s why, he argued, the party should be prepared. "
     "“This is a different time, with a lot more people who like to express themselves,” he said.", "en",
     "Don Fowler"),
])
def test_a_name_inside_what_a_pronoun_reported_is_not_whom_the_next_pronoun_means(
        text: str, lang: str, speaker: str) -> None:
    (q,) = _direct(text, lang)
    assert q.speaker == speaker


def test_a_clitic_no_one_named_before_means_whom_the_next_sentence_says_said_it() -> None:
    text = ('Harga beras naik tajam bulan ini. "Stok kita masih aman sampai Lebaran," ujarnya. Hal itu '
            "disampaikan Kepala Dinas Perdagangan Jawa Barat Iendra Sofyan di Bandung, Senin.")
    (q,) = _direct(text, "id")
    assert (q.speaker, q.cue, q.confidence) == ("Iendra Sofyan", "ujarnya", 0.7)
    assert "sentence after" in q.evidence


def test_a_clitic_no_one_names_anywhere_stays_unresolved() -> None:
    text = 'Harga beras naik tajam bulan ini. "Stok kita masih aman sampai Lebaran," ujarnya. Hal itu melegakan.'
    (q,) = _direct(text, "id")
    assert q.speaker is None
