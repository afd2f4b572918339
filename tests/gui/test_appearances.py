"""The inspector lists the other appearances of a claim and how each is worded."""

from __future__ import annotations

from quotedesk.library import import_text


def test_another_article_quoting_part_of_the_claim_shows_as_a_part_of_it(qtbot, imported, store) -> None:
    summary = import_text(store, "JAKARTA - “Kontak sedang dipersiapkan di tingkat ahli,” kata Dmitry Peskov "
                                 "kepada AFP, Kamis.", title="Peskov: kontak disiapkan", outlet="Harian Contoh")
    assert summary.imported == 1
    first = imported.quotes.shown_quotes()[0]
    imported.quotes.select_quote(first.id)
    items = [imported.inspector.appearances.item(i) for i in range(imported.inspector.appearances.count())]
    assert len(items) == 1
    line = items[0].text()
    assert "Harian Contoh" in line and "via Agence France-Presse" in line
    assert "a part of it (6 of 10 words)" in line
    assert items[0].toolTip() == "“Kontak sedang dipersiapkan di tingkat ahli,”"
