"""An interview printed as questions and answers: the answers are the interviewee's words."""

from __future__ import annotations

import pytest
from quotedesk.attribution import extract

INTERVIEWS = [
    ("id", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) hadir di Jakarta.\n\n"
           "Tanya: Apakah Demokrat akan bergabung dengan koalisi lain?\n\n"
           "AHY: Kami akan memutuskan dalam waktu dekat setelah mendengar aspirasi kader.\n\n"
           "Foto: Antara/Fulan\n\nPewarta: Fulan Fulanah",
     "Kami akan memutuskan dalam waktu dekat setelah mendengar aspirasi kader.", "Agus Harimurti Yudhoyono", "AHY"),
    ("de", "Der CDU-Vorsitzende Friedrich Merz spricht im Interview über die Schuldenbremse.\n\n"
           "SPIEGEL: Herr Merz, wird die Union dem Haushalt zustimmen?\n\n"
           "Merz: Wir werden den Entwurf sehr genau prüfen und dann entscheiden.",
     "Wir werden den Entwurf sehr genau prüfen und dann entscheiden.", "Friedrich Merz", "Merz"),
    ("en", "Senator Jane Smith sat down with us on Monday.\n\nQ: Will you run again?\n\n"
           "Smith: I have not decided yet, but I am leaning toward it.",
     "I have not decided yet, but I am leaning toward it.", "Jane Smith", "Smith"),
]


@pytest.mark.parametrize(("lang", "text", "answer", "speaker", "label"), INTERVIEWS)
def test_an_answer_after_the_name_of_someone_introduced_is_theirs(
        lang: str, text: str, answer: str, speaker: str, label: str) -> None:
    (q,) = [q for q in extract(text, lang=lang).quotes if q.kind == "direct"]
    assert (q.text, text[q.start:q.end]) == (answer, answer)
    assert (q.speaker, text[q.speaker_start:q.speaker_end], q.cue) == (speaker, label, None)


def test_a_label_that_names_no_one_introduced_is_no_answer() -> None:
    text = ("Harga beras naik di sejumlah daerah.\n\nTanya: Apa penyebabnya menurut Anda?\n\n"
            "Foto: Seorang pedagang menata beras di Pasar Induk Cipinang, Jakarta.\n\nPewarta: Fulan Fulanah")
    assert [q for q in extract(text, lang="id").quotes if q.kind == "direct"] == []


def test_an_answer_with_its_own_quotation_marks_is_found_once() -> None:
    text = ("Senator Jane Smith sat down with us on Monday.\n\n"
            "Smith: “I have not decided yet, but I am leaning toward it.”")
    quotes = [q for q in extract(text, lang="en").quotes if q.kind != "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == [("I have not decided yet, but I am leaning toward it.",
                                                      "Jane Smith")]


def test_a_scraped_video_title_with_a_label_is_no_ones_turn() -> None:
    text = ("Presiden Prabowo Subianto meminta para menteri mempercepat penyerapan anggaran.\n\n"
            "Simak Video \"Video: Prabowo Minta Menteri Percepat Belanja\"\n[Gambas:Video 20detik]")
    assert all(q.speaker != "Video" for q in extract(text, lang="id").quotes)
