"""Injection through the exports: formula starts, HTML and script, javascript: and
file: URLs in every field a person or an article can fill, checked in every format.

CSV cells never start (even after spaces) with a formula character; HTML and Markdown
render to inert markup with the hostile text shown as text and only web links; JSON,
JSON Lines and ClaimReview give back exactly what the store holds."""

from __future__ import annotations

import csv
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from quotedesk.export import export
from quotedesk.export.csv_export import FORMULA_STARTS
from quotedesk.model import Analysis, Document, Quote
from quotedesk.store import Store

PAYLOADS = [
    "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1", "\n=cmd|' /C calc'!A0", '=HYPERLINK("http://evil","x")',
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)", "file:///etc/passwd",
    "[x](javascript:alert(1))", "![x](http://evil.example/x.png)", "</script><script>alert(2)</script>",
    "'; DROP TABLE claims; --", "&lt;b&gt; &#60;", "<!-- c -->", "| a | b |", "# h", "<http://auto.example>",
    "../../../evil", "..\\..\\x.txt",
]
LABELS = ["<script>alert(3)</script>", "=2+2", "javascript:x"]
SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2", "h3", "p",
             "blockquote", "br", "table", "thead", "tbody", "tr", "th", "td", "span", "div", "ul", "li", "a",
             "strong", "em", "hr", "code"}


class Page(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.hrefs: list[str] = []
        self.chunks: list[str] = []
        self.feed(markup)
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"a comment made it into the markup: {data!r}")


def _inert(page: Page) -> None:
    assert set(page.tags) <= SAFE_TAGS, set(page.tags) - SAFE_TAGS
    assert not [k for k, _v in page.attrs if k.startswith("on") or k in ("src", "srcdoc", "formaction")]
    assert all(h.startswith(("http://", "https://")) for h in page.hrefs), page.hrefs


def _one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One claim per payload, the payload in every field: claim text, speaker, role,
    agency, outlet, title, URL, note, evidence URL and note, tag, who rated it, and a
    rating scale whose labels are hostile too."""
    path = tmp_path_factory.mktemp("hostile-export") / "claims.db"
    with Store.open(path) as store:
        store.set_rating_scale([("True", 1.0), *((label, 0.5) for label in LABELS), ("False", 0.0)])
        for n, payload in enumerate(PAYLOADS):
            claim_text = f"{payload} claim {n}"
            text = f'Someone said: "{claim_text}" Then more.'
            start = text.index(claim_text)
            quote = Quote(text=claim_text, start=start, end=start + len(claim_text), kind="direct",
                          speaker=f"{payload} Speaker{n}", speaker_kind="person", role=f"{payload} role",
                          cue="said", agency=f"{payload} Agency{n}", agency_relation="told", confidence=0.9,
                          evidence="test")
            doc = Document(text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), source=f"{n}.txt",
                           title=payload, outlet=f"{payload} outlet", url=payload, published="2025-03-01", lang="en")
            article = store.add_document(doc, Analysis(lang="en", quotes=(quote,))).article_id
            claim = store.quotes(article_id=article)[0].claim_id
            store.set_user_name(f"{payload} editor")
            store.add_note(claim, payload)
            store.add_evidence(claim, payload, note=payload)
            store.tag(claim, payload)
            store.set_verdict(claim, status="done", rating=LABELS[n % len(LABELS)])
    return path


@pytest.fixture
def store(hostile: Path):
    with Store.open(hostile) as opened:
        yield opened


@pytest.fixture
def records(store: Store, tmp_path: Path) -> dict[int, dict]:
    out = tmp_path / "log.json"
    export(store, "json", out)
    return {c["id"]: c for c in json.loads(out.read_text(encoding="utf-8"))["claims"]}


def test_json_and_jsonl_give_back_exactly_what_the_store_holds(store: Store, records: dict, tmp_path: Path) -> None:
    assert len(records) == len(PAYLOADS)
    for claim_id, record in records.items():
        claim, verdict = store.claim(claim_id), store.verdict(claim_id)
        article = store.article(record["first_appearance"]["article_id"])
        assert record["text"] == claim.text and record["speaker"] == claim.speaker
        assert (record["first_appearance"]["title"], record["first_appearance"]["outlet"],
                record["first_appearance"]["url"]) == (article.title, article.outlet, article.url)
        assert [n["text"] for n in record["verdict"]["notes"]] == [n.text for n in verdict.notes]
        assert [(e["url"], e["note"]) for e in record["verdict"]["evidence"]] == [(e.url, e.note)
                                                                               for e in verdict.evidence]
        assert record["verdict"]["tags"] == list(verdict.tags) and record["verdict"]["rating"] == verdict.rating
    # the payloads themselves, unchanged, where the store keeps them as typed
    assert sorted(r["first_appearance"]["title"] for r in records.values()) == sorted(PAYLOADS)
    assert sorted(r["verdict"]["notes"][0]["text"] for r in records.values()) == sorted(PAYLOADS)
    assert sorted(r["text"] for r in records.values()) == sorted(f"{p} claim {n}" for n, p in enumerate(PAYLOADS))
    out = tmp_path / "log.jsonl"
    export(store, "jsonl", out)
    meta, *lines = out.read_text(encoding="utf-8").splitlines()
    assert "meta" in json.loads(meta)
    assert {c["id"]: c for c in map(json.loads, lines)} == records


def test_csv_never_starts_a_cell_with_a_formula(store: Store, records: dict, tmp_path: Path) -> None:
    for per in ("claim", "appearance"):
        out = tmp_path / f"log-{per}.csv"
        export(store, "csv", out, per=per)
        with out.open(encoding="utf-8", newline="") as f:
            _meta, header, *rows = list(csv.reader(f))
        assert len(rows) == len(PAYLOADS)
        for row in rows:
            for cell in row:
                assert not cell.lstrip().startswith(FORMULA_STARTS) or cell.startswith("'"), (per, cell)
                assert not cell.startswith(FORMULA_STARTS), (per, cell)
            cells = dict(zip(header, row, strict=True))
            record = records[int(cells["Claim ID"])]
            first = record["first_appearance"]
            expected = {"Claim": record["text"], "Speaker": record["speaker"], "Role": record["speaker_role"],
                        "Rating": record["verdict"]["rating"], "Rated by": record["verdict"]["rated_by"],
                        "Tags": "; ".join(record["verdict"]["tags"])}
            if per == "claim":
                expected |= {"First outlet": first["outlet"], "First article": first["title"],
                             "First URL": first["url"], "First agency": first["agency"]}
            else:
                expected |= {"Outlet": first["outlet"], "Article": first["title"], "URL": first["url"],
                             "Agency": first["agency"], "Quote as it appeared": first["text"]}
            for column, value in expected.items():
                # the data is kept: at most one apostrophe in front, and only before a formula
                shown = cells[column]
                assert shown == value or (shown == "'" + value and value.lstrip().startswith(FORMULA_STARTS)), \
                    (column, value, shown)
            note = record["verdict"]["notes"][0]["text"].strip()
            assert cells["Notes"].startswith(("'" + note) if note.startswith(FORMULA_STARTS) else note)


def _payload_shown(page_text: str) -> None:
    for n, payload in enumerate(PAYLOADS):
        assert _one_line(f"{payload} claim {n}") in page_text
        assert _one_line(f"{payload} Speaker{n}") in page_text
        if _one_line(payload):
            assert _one_line(f"{payload} outlet") in page_text


def test_the_html_report_is_inert_and_shows_every_payload_as_text(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.html"
    export(store, "html", out)
    markup = out.read_text(encoding="utf-8")
    assert "<script" not in markup.lower() and "<img" not in markup.lower() and "<!--" not in markup
    page = Page(markup)
    _inert(page)
    _payload_shown(_one_line(page.text))
    for label in LABELS:
        assert label in page.text
    assert "javascript:alert(1)" in page.text and "file:///etc/passwd" in page.text  # shown, never linked


def test_the_markdown_report_renders_inert(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.md"
    export(store, "md", out)
    text = out.read_text(encoding="utf-8")
    for flavour in (MarkdownIt("commonmark", {"html": True}).enable("table"),
                    MarkdownIt("gfm-like", {"html": True}) if _has_linkify() else MarkdownIt("commonmark")):
        rendered = flavour.render(text)
        assert "<script" not in rendered.lower() and "<img" not in rendered.lower()
        page = Page(rendered)
        _inert(page)
        _payload_shown(_one_line(page.text))


def _has_linkify() -> bool:
    try:
        import linkify_it  # noqa: F401
    except ImportError:
        return False
    return True


def test_claimreview_keeps_the_data_and_is_safe_inside_a_script_element(store: Store, records: dict,
                                                                         tmp_path: Path) -> None:
    out = tmp_path / "log.jsonld"
    export(store, "claimreview", out)
    raw = out.read_text(encoding="utf-8")
    # pasted into <script type="application/ld+json">, nothing in it can close the element
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    reviews = json.loads(raw)["dataFeedElement"]
    assert len(reviews) == len(PAYLOADS)
    by_text = {r["claimReviewed"]: r for r in reviews}
    for record in records.values():
        review = by_text[record["text"]]
        assert review["reviewRating"]["alternateName"] == record["verdict"]["rating"]
        assert review["itemReviewed"]["author"]["name"] == record["speaker"]
        assert review["itemReviewed"]["author"]["jobTitle"] == record["speaker_role"]
        assert review["author"]["name"] == record["verdict"]["rated_by"]
        article = review["itemReviewed"]["appearance"][0]
        assert (article.get("url"), article.get("headline"), article["publisher"]["name"]) == (
            record["first_appearance"]["url"] or None, record["first_appearance"]["title"] or None,
            record["first_appearance"]["outlet"])
        # the review's own url is a web page or the local claim URI, never javascript: or file:
        assert review["url"].startswith(("http://", "https://", "urn:quotedesk:claim:")), review["url"]


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "md", "html", "claimreview"])
def test_no_file_name_comes_from_article_data(store: Store, tmp_path: Path, fmt: str) -> None:
    """Titles like ../../../evil and URLs like file:///etc/passwd name no file: an export
    writes the one file it was given and nothing beside it or above it."""
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    out = folder / f"log.{fmt}"
    export(store, fmt, out)
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert after == sorted([*before, out.relative_to(tmp_path)])
    assert not (tmp_path / "evil").exists() and not Path("/etc/passwd.part").exists()
