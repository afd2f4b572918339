"""load_document and document_from_*: text, hashes, metadata and the errors a person sees."""

from __future__ import annotations

import contextlib
import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quotedesk.ingest import (
    IngestError,
    document_from_bytes,
    document_from_text,
    load_document,
    read_text_file,
    textfile,
)

MB = 1024 * 1024


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- the sample article -------------------------------------------------------------------

def test_sample_article_loads_with_its_headline(sample_path: Path, sample_text: str) -> None:
    doc = load_document(sample_path)
    assert doc.title == "Amerika-Rusia Kini Sahabatan, Pertemuan Lanjutan Bakal Digelar"
    assert doc.text == sample_text
    assert doc.format == "txt"
    assert doc.source == str(sample_path)
    assert (doc.url, doc.outlet, doc.published, doc.lang) == (None, None, None, None)
    start = doc.text.index("“Kontak")
    assert doc.text[start:start + 60].startswith("“Kontak sedang dipersiapkan di tingkat ahli")


def test_content_hash_is_sha256_of_the_text(sample_path: Path) -> None:
    doc = load_document(sample_path)
    assert doc.content_hash == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def test_same_file_twice_hashes_the_same_and_an_edit_changes_it(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "Judul Berita\n\n“Ya,” kata Budi.\n")
    b = write(tmp_path / "b.txt", "Judul Berita\n\n“Ya,” kata Budi.\n")
    edited = write(tmp_path / "c.txt", "Judul Berita\n\n“Tidak,” kata Budi.\n")
    assert load_document(a).content_hash == load_document(a).content_hash == load_document(b).content_hash
    assert load_document(edited).content_hash != load_document(a).content_hash


def test_pasted_text_and_saved_file_are_the_same_document(tmp_path: Path) -> None:
    text = "Judul Berita\n\n“Ya,” kata Budi.\n"
    from_file = load_document(write(tmp_path / "a.txt", text))
    pasted = document_from_text(text)
    assert pasted.source == "<stdin>"
    assert (pasted.text, pasted.content_hash, pasted.title) == (from_file.text, from_file.content_hash, from_file.title)


# --- line endings and encodings -----------------------------------------------------------

def test_windows_line_endings_are_normalised_before_hashing(tmp_path: Path) -> None:
    crlf = load_document(write(tmp_path / "crlf.txt", "Judul\r\n\r\n“Ya,” kata Budi.\r\n"))
    lf = load_document(write(tmp_path / "lf.txt", "Judul\n\n“Ya,” kata Budi.\n"))
    assert crlf.text == "Judul\n\n“Ya,” kata Budi.\n"
    assert "\r" not in crlf.text
    assert crlf.content_hash == lf.content_hash
    assert crlf.text.index("“Ya") == 7


def test_old_mac_line_endings_are_normalised_too() -> None:
    assert document_from_text("Judul\r\r“Ya,” kata Budi.\r").text == "Judul\n\n“Ya,” kata Budi.\n"


def test_utf16_file_with_bom_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "utf16.txt", "Judul\r\n\r\n“Ya,” kata Budi.\r\n".encode("utf-16"))
    doc = load_document(path)
    assert doc.text == "Judul\n\n“Ya,” kata Budi.\n"
    assert doc.title == "Judul"


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "bom.txt", b"\xef\xbb\xbfJudul\n\nIsi.\n"))
    assert doc.text == "Judul\n\nIsi.\n"
    assert document_from_text("\ufeffJudul\n\nIsi.\n").text == "Judul\n\nIsi.\n"


def test_cp1252_text_decodes(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "win.txt", "Schlagzeile\n\n„Ja“, sagte Müller.\n".encode("cp1252")))
    assert doc.text == "Schlagzeile\n\n„Ja“, sagte Müller.\n"


# --- errors -------------------------------------------------------------------------------

def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(IngestError, match=r"photo\.txt: looks like a binary file, not text"):
        load_document(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty$"), (b"  \n\n\t \r\n", r"is empty \(only whitespace\)$")],
    ids=["empty", "whitespace"],
)
def test_empty_file_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = write(tmp_path / "empty.txt", content)
    with pytest.raises(IngestError, match=message) as info:
        load_document(path)
    assert str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)


def test_empty_pasted_text_is_refused() -> None:
    with pytest.raises(IngestError, match=r"^<stdin>: is empty"):
        document_from_text("")
    with pytest.raises(IngestError, match=r"^clipboard: is empty \(only whitespace\)$"):
        document_from_text(" \n ", source="clipboard")


def test_oversized_file_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(80 * MB)  # sparse: nothing is written
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert str(info.value) == f"{path}: is 80.0 MB, over the 64 MB limit"


def test_size_limit_is_read_at_call_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textfile, "MAX_BYTES", 1024)
    path = write(tmp_path / "big.txt", "kata " * 500)
    with pytest.raises(IngestError, match=r"big\.txt: is 2\.4 KB, over the 1 KB limit$"):
        load_document(path)
    with pytest.raises(IngestError, match=r"over the 1 KB limit"):
        read_text_file(path)
    with pytest.raises(IngestError, match=r"^pasted: is 2\.4 KB, over the 1 KB limit$"):
        document_from_bytes(("kata " * 500).encode(), source="pasted")


def test_missing_file_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(IngestError, match=r"nope\.txt: no such file$"):
        load_document(missing)


def test_folder_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is a folder, not a file"):
        load_document(tmp_path)


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        document_from_text("x", fmt="pdf")  # type: ignore[arg-type]


# --- formats and suffixes -----------------------------------------------------------------

def test_unknown_suffix_that_decodes_is_plain_text(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "article.log", "Judul\n\n“Ya,” kata Budi.\n"))
    assert doc.format == "txt"
    assert doc.title == "Judul"


def test_unknown_suffix_that_is_binary_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="binary"):
        load_document(write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8))


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "PAGE.HTM", "<html><body><p>“Ya,” kata Budi.</p></body></html>"))
    assert doc.format == "html"
    assert doc.text == "“Ya,” kata Budi."


def test_html_on_stdin_is_recognised_by_its_content() -> None:
    page = "<!DOCTYPE html>\n<html><body><p>“Ya,” kata Budi.</p></body></html>"
    doc = document_from_bytes(page.encode("utf-8"), source="<stdin>")
    assert doc.format == "html"
    assert doc.text == "“Ya,” kata Budi."


def test_text_file_with_markup_stays_text(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "notes.txt", "<html> is a tag\n\nBody.\n"))
    assert doc.format == "txt"
    assert doc.text == "<html> is a tag\n\nBody.\n"


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("Judul\r\n\r\n“Ya,” kata Budi.\r\n".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    doc = load_document("-")
    assert doc.source == "<stdin>"
    assert doc.text == "Judul\n\n“Ya,” kata Budi.\n"


def test_plain_text_metadata_reaches_the_document(tmp_path: Path) -> None:
    text = (
        "Peskov: Kontak Disiapkan di Tingkat Ahli\n"
        "Jumat, 14 Maret 2025 | 10:15 WIB\n\n"
        "JAKARTA - “Kontak sedang dipersiapkan,” kata Peskov.\n\n"
        "URL: https://www.antaranews.com/berita/4712/peskov\n"
    )
    doc = load_document(write(tmp_path / "a.txt", text))
    assert doc.title == "Peskov: Kontak Disiapkan di Tingkat Ahli"
    assert doc.published == "2025-03-14"
    assert doc.url == "https://www.antaranews.com/berita/4712/peskov"
    assert doc.outlet == "antaranews.com"
    assert doc.lang is None
    assert doc.text == text


def test_ingest_does_not_import_qt() -> None:
    code = "import quotedesk.ingest, sys; assert not any(m.startswith('PySide6') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_trafilatura_is_loaded_only_for_html() -> None:
    code = (
        "import sys, quotedesk.ingest as i; i.document_from_text('Judul\\n\\nIsi.'); "
        "assert 'trafilatura' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- anything at all ----------------------------------------------------------------------

HTML_PIECES = [*"<>/!-=\"' \n\r\tpabdiv“”„«»x\x00&#;?[]", "<p>", "</p>", "<br>", "<html", "<title>", "<!--", "-->"]
HTMLISH = st.lists(st.sampled_from(HTML_PIECES), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(st.characters(exclude_categories=())), HTMLISH), st.sampled_from(["txt", "md", "html"]))
def test_any_text_gives_a_document_or_an_ingest_error(text: str, fmt: str) -> None:
    try:
        doc = document_from_text(text, fmt=fmt)  # type: ignore[arg-type]
    except IngestError as ex:
        assert "\n" not in str(ex)
        return
    assert doc.text.strip()
    assert "\r" not in doc.text
    assert doc.content_hash == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert document_from_text(text, fmt=fmt) == doc  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_an_ingest_error(data: bytes) -> None:
    for source in ("a.txt", "a.html", "a.md", "<stdin>"):
        with contextlib.suppress(IngestError):
            document_from_bytes(data, source=source)


def test_lone_surrogates_are_replaced_in_place() -> None:
    doc = document_from_text("Judul\n\n“Ya\ud800,” kata Budi.")
    assert doc.text == "Judul\n\n“Ya\ufffd,” kata Budi."
