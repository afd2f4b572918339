"""Web pages: the article body, paragraphs kept apart, metadata, and broken markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from quotedesk.ingest import IngestError, document_from_bytes, document_from_text, load_document

PARAS = [
    "JAKARTA (ANTARA) - Kremlin mengatakan persiapan sedang dilakukan untuk pembicaraan tingkat ahli "
    "antara Rusia dan Amerika Serikat untuk menindaklanjuti pertemuan tingkat tinggi pekan lalu.",
    "“Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri,” kata Peskov, "
    "tanpa memberikan rincian lebih lanjut.",
    "Dia mengatakan kedua pemimpin dapat berbicara lagi melalui telepon jika diperlukan, namun saat ini "
    "belum ada rencana untuk melakukan hal tersebut.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
  <meta charset="utf-8">
  <title>Peskov: Kontak disiapkan di tingkat ahli - ANTARA News</title>
  <meta property="og:title" content="Peskov: Kontak disiapkan di tingkat ahli">
  <meta property="og:site_name" content="ANTARA News">
  <link rel="canonical" href="https://www.antaranews.com/berita/4712/peskov-kontak">
  <meta property="article:published_time" content="2025-02-26T10:15:00+07:00">
</head>
<body>
  <nav><a href="/">Beranda</a> <a href="/politik">Politik</a> <a href="/dunia">Dunia</a></nav>
  <article>
    <h1>Peskov: Kontak disiapkan di tingkat ahli</h1>
    <p>{PARAS[0]}</p>
    <p>{PARAS[1]}</p>
    <p>{PARAS[2].replace("namun", "<b>namun</b>")}</p>
  </article>
  <footer>Hak cipta © 2023 ANTARA. Seluruh hak dilindungi.</footer>
  <script>var tracking = "“not a quote,” said the script";</script>
</body>
</html>
"""


@pytest.fixture
def page_doc(tmp_path: Path):
    path = tmp_path / "peskov.html"
    path.write_text(PAGE, encoding="utf-8")
    return load_document(path)


def test_article_body_is_extracted_with_blank_lines_between_paragraphs(page_doc) -> None:
    assert page_doc.format == "html"
    assert page_doc.text == "\n\n".join(["Peskov: Kontak disiapkan di tingkat ahli", *PARAS])


def test_menus_footers_and_scripts_are_not_article_text(page_doc) -> None:
    for noise in ("Beranda", "Hak cipta", "tracking", "not a quote"):
        assert noise not in page_doc.text


def test_quote_offsets_index_the_stored_text(page_doc) -> None:
    start = page_doc.text.index("“Kontak")
    end = page_doc.text.index("”", start)
    assert page_doc.text[start + 1:end] == "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri,"
    paragraph = page_doc.text[page_doc.text.rindex("\n\n", 0, start) + 2:]
    assert paragraph.startswith("“Kontak")


def test_page_metadata(page_doc) -> None:
    assert page_doc.title == "Peskov: Kontak disiapkan di tingkat ahli"
    assert page_doc.outlet == "ANTARA News"
    assert page_doc.url == "https://www.antaranews.com/berita/4712/peskov-kontak"
    assert page_doc.published == "2025-02-26"


def test_declared_language_is_normalised(page_doc) -> None:
    assert page_doc.lang == "id"


def test_no_declared_language_leaves_it_to_the_engine() -> None:
    doc = document_from_text("<html><body><p>“Ja“, sagte er.</p></body></html>", fmt="html")
    assert doc.lang is None


def test_og_url_and_host_as_outlet_when_the_page_names_no_site() -> None:
    page = (
        '<html><head><meta property="og:url" content="https://www.detik.com/news/d-7712/berita">'
        "<title>Berita</title></head><body><p>“Ya,” kata Budi.</p></body></html>"
    )
    doc = document_from_text(page, fmt="html")
    assert doc.url == "https://www.detik.com/news/d-7712/berita"
    assert doc.outlet in {"detik.com", "detik"}  # trafilatura may name the site itself


def test_footer_copyright_year_is_no_publication_date() -> None:
    page = f"<html><body><article><p>{PARAS[0]}</p><p>{PARAS[1]}</p></article><footer>© 2023</footer></body></html>"
    doc = document_from_text(page, fmt="html")
    assert doc.published is None


def test_line_breaks_inside_a_paragraph_stay_single() -> None:
    page = f"<html><body><article><p>{PARAS[0]}<br>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>"
    doc = document_from_text(page, fmt="html")
    assert doc.text == f"{PARAS[0]}\n{PARAS[1]}\n\n{PARAS[2]}"


def test_tiny_page_falls_back_to_the_body_text() -> None:
    doc = document_from_text("<html><head><title>Singkat</title></head><body><p>“Ya,” kata Budi.</p></body></html>",
                             fmt="html")
    assert doc.text == "“Ya,” kata Budi."
    assert doc.title == "Singkat"


def test_unclosed_paragraphs_are_still_paragraphs() -> None:
    doc = document_from_text("<html><body><p>Satu dua tiga.<p>“Ya,” kata Budi.<p>Empat lima.", fmt="html")
    assert doc.text == "Satu dua tiga.\n\n“Ya,” kata Budi.\n\nEmpat lima."


def test_truncated_page_keeps_its_paragraphs_apart() -> None:
    page = ("<html><head><title>Potongan</title></head><body><div><h1>Berita besar</h1>"
            "<p>Paragraf <b>pertama</b> “kutipan,” kata Budi.</p><p>Paragraf kedua terpoto")
    doc = document_from_text(page, fmt="html")
    assert doc.text == "Berita besar\n\nParagraf pertama “kutipan,” kata Budi.\n\nParagraf kedua terpoto"


def test_truncated_tag_at_the_end() -> None:
    doc = document_from_text(f"<html><body><article><p>{PARAS[1]}</p><p>{PARAS[2]}</p></art", fmt="html")
    assert doc.text == f"{PARAS[1]}\n\n{PARAS[2]}"


def test_unclosed_title_does_not_swallow_the_page_into_the_title() -> None:
    doc = document_from_text("<html><head><title>Judul<body><p>“Ya,” kata Budi.</p>", fmt="html")
    assert doc.title == "Judul"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Kosong</title></head></html>",
        "<html><head><title>Kosong</title></head><body></body></html>",
        "<html><body><script>var p = '<p>teks</p>';</script><style>p { color: red }</style></body></html>",
        "<html><body><img src='foto.jpg' alt=''><hr></body></html>",
        "<html><body>   \n  </body></html>",
    ],
    ids=["no-body", "empty-body", "script-only", "image-only", "blank-body"],
)
def test_page_without_article_text_is_refused(tmp_path: Path, page: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert str(info.value) == f"{path}: no article text found in the HTML"


@pytest.mark.parametrize(
    "page",
    ["<", "<html", "<<<>>>", "<!-- never closed", "<p", "</p></div></body>", "<html><body><p>\x00\x01</p>",
     "<?xml version='1.0' encoding='utf-8'?><html><body><p>ok</p></body></html>", "<![CDATA[ x", "<a href='"],
)
def test_broken_markup_raises_nothing_but_ingest_error(page: str) -> None:
    try:
        doc = document_from_text(page, fmt="html")
    except IngestError:
        return
    assert doc.text.strip()
    assert doc.format == "html"


def test_xhtml_with_xml_declaration_keeps_its_text_and_language() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de-AT"><head><title>Gespräche</title></head>'
        "<body><article><p>Der Sprecher sagte am Montag, man werde „alles tun“, um die Lage zu klären.</p>"
        "<p>Berlin, 3. März 2024 - Weitere Gespräche sind geplant, hieß es aus dem Ministerium.</p>"
        "</article></body></html>"
    )
    doc = document_from_text(page, fmt="html")
    assert doc.text == (
        "Der Sprecher sagte am Montag, man werde „alles tun“, um die Lage zu klären.\n\n"
        "Berlin, 3. März 2024 - Weitere Gespräche sind geplant, hieß es aus dem Ministerium."
    )
    assert doc.lang == "de"
    assert doc.title == "Gespräche"
    assert doc.published == "2024-03-03"  # from the dateline, as the page has no date markup


def test_declared_charset_is_honoured_when_the_page_is_not_utf8() -> None:
    page = ('<html><head><meta charset="windows-1251"><title>Песков</title></head>'
            "<body><p>«Контакты готовятся», сказал Песков.</p></body></html>")
    doc = document_from_bytes(page.encode("cp1251"), source="ru.html")
    assert doc.text == "«Контакты готовятся», сказал Песков."
    assert doc.title == "Песков"


def test_utf8_bytes_win_over_a_wrong_declared_charset() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>„Ja“, sagte Müller.</p></body></html>'
    doc = document_from_bytes(page.encode("utf-8"), source="de.html")
    assert doc.text == "„Ja“, sagte Müller."


def test_html_with_crlf_hashes_like_html_with_lf() -> None:
    page = f"<html>\n<body>\n<article>\n<p>{PARAS[0]}</p>\n<p>{PARAS[1]}</p>\n</article>\n</body>\n</html>\n"
    assert (document_from_text(page.replace("\n", "\r\n"), fmt="html").content_hash
            == document_from_text(page, fmt="html").content_hash)


def test_short_article_page_is_not_doubled() -> None:
    # Older trafilatura releases returned such a page's paragraphs twice over.
    page = f"<html><body><article><p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>"
    assert document_from_text(page, fmt="html").text == f"{PARAS[1]}\n\n{PARAS[2]}"
