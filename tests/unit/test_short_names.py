"""A short name in a cue means the person whose full name the article gave, not an institution
that shares a word with it."""

from __future__ import annotations

from quotedesk.attribution import extract


def test_a_given_name_shared_with_the_speakers_company_is_the_persons() -> None:
    text = ("Eka Sari Lorena Soerbakti , Direktur PT Eka Sari Lorena Group , mendapatkan kesempatan menjadi "
            "salah satu peserta . ” Awalnya saya targetkan tiga tahun , ” kata Eka saat dihubungi Kompas .")
    (q,) = [q for q in extract(text, lang="id").quotes if q.kind == "direct"]
    assert q.speaker == "Eka Sari Lorena Soerbakti"
    assert q.speaker_kind == "person"
    assert text[q.speaker_start : q.speaker_end] == "Eka"
