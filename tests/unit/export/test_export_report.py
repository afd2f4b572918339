"""The Markdown and HTML reports: parsed back with html.parser (and the Markdown through
a CommonMark renderer first) to prove hostile text stays text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_library import EVIDENCE_URL, HOSTILE_URL, LAVROV_CYRILLIC, PESKOV_TEXT, Library
from markdown_it import MarkdownIt
from quotedesk.export import ExportFilters, export, html_report
from quotedesk.export.report import md, safe_url
from quotedesk.store import Store


class Page(HTMLParser):
    """Every element, the links, and the text, as a browser would see them."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.links: list[tuple[str, str]] = []
        self.chunks: list[str] = []
        self._href: str | None = None
        self._label: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag == "a":
            self._href, self._label = dict(attrs).get("href") or "", []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._label)))
            self._href = None

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        if self._href is not None:
            self._label.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def _assert_inert(page: Page) -> None:
    assert "script" not in page.tags and "iframe" not in page.tags and "img" not in page.tags
    assert not [name for name, _ in page.attrs if name.startswith("on")]
    assert all(href.startswith(("https://", "http://")) for href, _ in page.links), page.links


def _check_content(page: Page, library: Library) -> None:
    text = page.text
    # the hostile text is there, as text
    assert "<script>alert('x')</script> adalah kebohongan besar," in text
    assert '<script>alert(1)</script> "dikutip"' in text
    assert "=HYPERLINK('http://evil.example') tidak benar," in text
    assert 'Kremlin bersiap & "siaga"' in text
    # the claim, its speaker, appearances, rating, notes and evidence
    assert PESKOV_TEXT in text and LAVROV_CYRILLIC in text and "Wir werden das sorgfältig prüfen" in text
    assert "Reuters, Associated Press" in text
    assert "False · status: done · rated by Ana Wulandari" in text
    assert "Mostly false · status: unreviewed · rated by Budi Editor" in text
    assert "Kemlu RI membantah." in text and "Siaran pers \"resmi\"" in text
    assert HOSTILE_URL in text  # shown, not linked
    hrefs = [href for href, _ in page.links]
    assert hrefs.count("https://example.id/kremlin-1") == 2  # first appearance, and the table
    assert "https://example.com/peskov-2" in hrefs
    assert "https://kemlu.go.id/siaran?id=1&x=%3Cb%3E" in hrefs
    assert (EVIDENCE_URL.replace("<", "%3C").replace(">", "%3E"), EVIDENCE_URL) in page.links


def test_the_html_report_is_standalone_and_escaped(store: Store, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "log.html"
    result = export(store, "html", out, generated_at="2025-03-05T10:00:00Z")
    assert result.written == 5
    markup = out.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in markup
    assert "<script" not in markup.lower() and "&lt;script&gt;" in markup
    page = Page(markup)
    _assert_inert(page)
    _check_content(page, library)
    assert page.tags.count("section") == 5 and page.tags.count("h2") == 5
    assert ("Claim log exported 2025-03-05T10:00:00Z by Quotedesk 0.1.0 from claims.db; "
            "filters: none (every claim); 5 claims") in page.text
    assert "Ratings: 1 Mostly true, 1 Mostly false, 1 False, 1 Unverifiable, 1 not rated." in page.text
    assert "Appearances (3)" in page.text and "The Jakarta Post" in page.text
    assert "Dmitry Peskov (Kremlin spokesman)" in page.text
    assert f"{LAVROV_CYRILLIC} (Menteri Luar Negeri Rusia)" in page.text


def test_the_markdown_report_renders_to_inert_html(store: Store, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "log.md"
    export(store, "md", out, ExportFilters(since="2025"), generated_at="2025-03-05T10:00:00Z")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Claim log\n")
    assert "&lt;script&gt;" in text and "<script" not in text
    assert "| 2025-02-27 | The Jakarta Post | [Peskov on expert talks](https://example.com/peskov-2) |" in text
    # CommonMark with raw HTML allowed, the way most renderers run
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    page = Page(rendered)
    _assert_inert(page)
    _check_content(page, library)
    assert page.tags.count("h2") == 5 and page.tags.count("table") == 5
    assert 'filters: since="2025"; 5 claims' in page.text
    assert "\\" not in page.text  # every escape was consumed by the renderer


@pytest.mark.parametrize("text", [
    "<b>bold</b> & &amp; &#60;", "*em* _em_ `code` [link](http://x) ![img](http://x)", "a | b ~~del~~ \\n",
    "# heading", "- item", "+ item", "1. item", "2) item", "> quote", "=== ", "<!-- c -->", "<http://auto>",
])
def test_markdown_escaping_renders_as_the_text(text: str) -> None:
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough").render(md(text))
    page = Page(rendered)
    assert page.tags == ["p"], rendered
    assert page.text.strip() == text.strip()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/a?b=1&c=2#x", "https://example.com/a?b=1&c=2#x"),
    ("http://example.com/a b)<>|\"", "http://example.com/a%20b%29%3C%3E%7C%22"),
    ("javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None), ("data:text/html,<script>", None),
    ("file:///etc/passwd", None), ("https://exa\nmple.com", None), ("", None), (None, None), ("//x.com", None),
])
def test_only_web_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_html_report_is_a_string_for_the_gui(store: Store, library: Library) -> None:
    page = html_report(store, ExportFilters(speaker="Peskov"))
    parsed = Page(page)
    _assert_inert(parsed)
    assert parsed.tags.count("section") == 1 and PESKOV_TEXT in parsed.text
    assert 'filters: speaker="Peskov"; 1 claim' in parsed.text
