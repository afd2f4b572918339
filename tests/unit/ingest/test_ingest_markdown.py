"""Markdown: text kept as written, front matter removed and read, the first heading as title."""

from __future__ import annotations

from pathlib import Path

import pytest
from quotedesk.ingest import IngestError, document_from_text, load_document

BODY = "# Judul di dalam teks\n\n“Kontak sedang *dipersiapkan*,” kata Peskov.\n"


def test_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    path = tmp_path / "peskov.md"
    path.write_text(
        "---\n"
        'title: "Peskov: kontak disiapkan"\n'
        "url: https://www.antaranews.com/berita/4712/peskov\n"
        "date: 2025-02-26 10:15:00 +0700\n"
        "source: ANTARA\n"
        "tags:\n"
        "  - politik\n"
        "---\n\n" + BODY,
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.format == "md"
    assert doc.text == BODY
    assert doc.title == "Peskov: kontak disiapkan"
    assert doc.url == "https://www.antaranews.com/berita/4712/peskov"
    assert doc.published == "2025-02-26"
    assert doc.outlet == "ANTARA"


def test_markup_is_kept_so_offsets_index_the_file_text() -> None:
    doc = document_from_text(BODY, fmt="md")
    assert doc.text == BODY
    start = doc.text.index("“")
    assert doc.text[start:doc.text.index("”") + 1] == "“Kontak sedang *dipersiapkan*,”"


def test_first_heading_is_the_title_without_its_markup() -> None:
    doc = document_from_text("Baris pembuka\n\n# *Peskov*: [kontak](https://x.test) disiapkan #\n\nIsi.\n", fmt="md")
    assert doc.title == "Peskov: kontak disiapkan"


def test_setext_heading_is_a_title_too() -> None:
    doc = document_from_text("Peskov dan Trump\n================\n\nIsi berita.\n", fmt="md")
    assert doc.title == "Peskov dan Trump"


def test_outlet_key_and_url_host() -> None:
    doc = document_from_text("---\noutlet: Kompas\n---\nIsi “kutipan,” kata Budi.\n", fmt="md")
    assert doc.outlet == "Kompas"
    doc = document_from_text("---\nurl: https://www.kompas.com/read/1\ndate: 14 Maret 2025\n---\nIsi.\n", fmt="md")
    assert (doc.outlet, doc.published) == ("kompas.com", "2025-03-14")


def test_a_source_url_is_the_url() -> None:
    doc = document_from_text("---\nsource: https://www.tempo.co/a/1\n---\nIsi.\n", fmt="md")
    assert doc.url == "https://www.tempo.co/a/1"
    assert doc.outlet == "tempo.co"


def test_declared_language_in_front_matter() -> None:
    assert document_from_text("---\nlang: de-DE\n---\nText.\n", fmt="md").lang == "de"


def test_opening_horizontal_rule_is_not_front_matter() -> None:
    text = "---\nSebuah paragraf biasa, bukan metadata.\n---\n\n“Ya,” kata Budi.\n"
    doc = document_from_text(text, fmt="md")
    assert doc.text == text
    assert doc.title is None


def test_unclosed_front_matter_is_text() -> None:
    text = "---\ntitle: Tanpa penutup\n\nIsi.\n"
    assert document_from_text(text, fmt="md").text == text


def test_front_matter_with_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.markdown"
    path.write_bytes(b"---\r\ntitle: Judul\r\n---\r\n\r\nIsi \xe2\x80\x9ckutipan\xe2\x80\x9d.\r\n")
    doc = load_document(path)
    assert doc.text == "Isi “kutipan”.\n"
    assert doc.title == "Judul"


def test_front_matter_only_is_refused() -> None:
    with pytest.raises(IngestError, match=r"^notes\.md: has front matter but no article text$"):
        document_from_text("---\ntitle: Kosong\n---\n\n  \n", source="notes.md", fmt="md")
