"""Web pages: the article body as plain text, paragraphs separated by blank lines (the
quote engine pairs quote marks per paragraph), plus what the page says about itself.

trafilatura finds the article among menus, teasers and footers. When it gives up (a
page too small or too odd for it), the visible text of <body> is the fallback, and
only when that is empty too is the page refused.

Both read one lxml tree: lxml is tolerant of broken markup and linear on junk, where
html.parser slows to minutes on a file of unclosed tags.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from datetime import date
from typing import Any

from quotedesk.ingest.dates import parse_date
from quotedesk.ingest.metadata import Metadata, clean, normalise_lang, normalise_url, text_metadata
from quotedesk.ingest.textfile import IngestError, decode_bytes

_PARA = "\ue000"  # a private-use sentinel: paragraph breaks survive until the text is joined
_SPACES = re.compile(r"[ \t\r\f\v]+")
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # lxml refuses strings holding these
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START_TAG = re.compile(r"<html\b[^<>]*", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(r"""\s(?:xml:)?lang\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_HTML_TAG_WITHIN = 65536  # <html lang> opens the page; the bound keeps junk from costing a scan
_TAG_LIKE = re.compile(r"<[A-Za-z/!]")
_LATIN1_LABELS = {"latin-1", "iso8859-1", "ascii"}  # browsers read these as windows-1252, as decode_bytes does

# Tags that break a paragraph: in trafilatura's output tree (XML-TEI-like), and in HTML.
_TRAFILATURA_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "code", "table", "row", "cell", "div", "body"})
_HTML_BLOCKS = frozenset({
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
# Never article text: code, styling, and the page furniture trafilatura would drop too.
_HTML_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "select", "head",
                           "title", "nav", "footer", "aside", "button"})
_LINE_BREAKS = frozenset({"br", "lb"})

# Bounds on what a page may cost. lxml parses ~250 bytes a tag and trafilatura spends
# ~50 µs and ~2 KB an element, so a file of nothing but tags (4 MB of "<p>a</p>" took
# 30 s and 900 MB in trafilatura) is refused before parsing, and a large page skips
# trafilatura for the linear fallback. A news page has a few thousand elements.
MAX_TAGS = 250_000  # counted as "<", an upper bound on tags, before parsing
TRAFILATURA_MAX_ELEMENTS = 50_000
TRAFILATURA_MAX_CHARS = 8 * 1024 * 1024


def decode_html(data: bytes, name: str) -> str:
    """decode_bytes, except that a page which is not UTF-8 is read in the charset it declares.

    decode_bytes falls back to windows-1252, right for Western pages but mojibake for
    a Cyrillic or Greek one; the <meta charset> knows better.
    """
    text = decode_bytes(data, name)
    declared = _DECLARED_CHARSET.search(data[:4096])
    if not declared or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return text
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii")).name
    except LookupError:
        return text
    if codec in _LATIN1_LABELS or codec.startswith("utf"):
        return text
    try:
        data.decode("utf-8")
        return text  # valid UTF-8 whatever the page claims: the bytes win
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return text


def declared_lang(text: str) -> str | None:
    """The language of <html lang="id-ID">, normalised ("id"), or None."""
    tag = _HTML_START_TAG.search(text[:_HTML_TAG_WITHIN])
    lang = _LANG_ATTRIBUTE.search(tag.group()) if tag else None
    return normalise_lang(lang.group(1)) if lang else None


def _paragraphs(raw: str) -> str:
    """Sentinel-marked text -> paragraphs joined by blank lines, line breaks inside kept."""
    paragraphs = []
    for chunk in raw.split(_PARA):
        lines = (_SPACES.sub(" ", line).strip() for line in chunk.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _collect(element: Any, parts: list[str], blocks: frozenset[str], skipped: frozenset[str]) -> None:
    tag = element.tag.rpartition("}")[2].lower() if isinstance(element.tag, str) else None  # None: a comment
    if tag is not None and tag not in skipped:
        block = tag in blocks
        if block:
            parts.append(_PARA)
        if tag in _LINE_BREAKS:
            parts.append("\n")
        if element.text:
            # Newlines in markup are layout; the line breaks that mean something are <br>.
            parts.append(element.text.replace("\n", " "))
        for child in element:
            _collect(child, parts, blocks, skipped)
        if block:
            parts.append(_PARA)
    if element.tail:
        parts.append(element.tail.replace("\n", " "))


def render(element: Any, blocks: frozenset[str], skipped: frozenset[str] = frozenset()) -> str:
    parts: list[str] = []
    for child in element:  # the root's own tail lies outside it
        _collect(child, parts, blocks, skipped)
    return _paragraphs((element.text or "").replace("\n", " ") + "".join(parts))


def _visible_text(tree: Any) -> str:
    body = tree.find("body")
    return render(tree if body is None else body, _HTML_BLOCKS, _HTML_SKIPPED)


def _swallowed_by_title(tree: Any) -> str | None:
    """The page after an unclosed <title>: parsers (and browsers) read it all as the title."""
    title = tree.find(".//title")
    found = _TAG_LIKE.search(title.text or "") if title is not None else None
    return title.text[found.start():] if found else None


def _tidy_title(title: str | None) -> str | None:
    # An unclosed <title> swallows the markup after it, as it would in a browser.
    return clean(_TAG_LIKE.split(title, maxsplit=1)[0]) if title else None


def _is_raw_dump(body: Any) -> bool:
    """True for trafilatura's last resort: the page's text runs joined by newlines in one <p>.

    Those newlines fall between inline runs ("a", "bold", "word") as much as between
    paragraphs, so that text cannot be split into paragraphs; the fallback, which sees
    the tags, can.
    """
    if body is None:
        return True
    children = list(body)
    if len(children) != 1:
        return False
    only = children[0]
    return only.tag == "p" and len(only) == 0 and "\n" in (only.text or "")


class _ResourceLimit(Exception):
    """libxml2 stopped at one of its limits and dropped the rest of the page without a word."""


def _resource_limit(parser: Any) -> None:
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise _ResourceLimit(entry.message)


def _parse(text: str) -> Any:
    from lxml import html as lxml_html  # lazy: see _trafilatura

    text = _XML_UNSAFE.sub("", text)
    parser = lxml_html.HTMLParser()
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except ValueError:  # an <?xml encoding=...?> declaration, which lxml only accepts on bytes
        parser = lxml_html.HTMLParser(encoding="utf-8")
        tree = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    _resource_limit(parser)
    return tree


def _limit_message(name: str, reason: str) -> str:
    if "depth" in reason.lower():
        levels = re.search(r"\d+", reason)  # libxml2 names its limit: "Excessive depth in document: 256"
        depth = levels.group() if levels else "256"
        return f"{name}: nests its tags {depth} or more levels deep, past what the HTML reader accepts"
    return f"{name}: has a run of text over 10 MB without a tag, past what the HTML reader accepts"


def _field(found: Any, name: str) -> Any:
    # trafilatura 1.x hands back a dict, 2.x a Document; both are supported.
    if found is None:
        return None
    return found.get(name) if isinstance(found, dict) else getattr(found, name, None)


def _undoubled(text: str) -> str:
    """The text once, if it is the same paragraphs twice over.

    trafilatura up to 2.0 returns short article pages twice (its own result and a
    fallback's, concatenated); the engine would then find every quote twice.
    """
    paragraphs = text.split("\n\n")
    half = len(paragraphs) // 2
    if half and len(paragraphs) % 2 == 0 and paragraphs[:half] == paragraphs[half:]:
        return "\n\n".join(paragraphs[:half])
    return text


def _date_params() -> dict[str, Any]:
    # No extensive search: it turns a footer's "© 2023" into a publication date of 2023-01-01.
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def _trafilatura(tree: Any) -> tuple[str, Any]:
    """(article text or "", trafilatura's metadata document or None)."""
    # Imported here: trafilatura and lxml take a while to load, and plain-text imports
    # and the CLI's start-up should not pay for them.
    import trafilatura

    extracted = trafilatura.bare_extraction(  # it copies the tree, which the fallback reads next
        tree, include_comments=False, include_tables=False, favor_recall=True,
        with_metadata=True, date_extraction_params=_date_params(),
    )
    body = _field(extracted, "body")
    if extracted is not None and not _is_raw_dump(body):
        return _undoubled(render(body, _TRAFILATURA_BLOCKS)), extracted
    return "", extracted


def _metadata_only(tree: Any) -> Any:
    import trafilatura

    return trafilatura.extract_metadata(tree, date_config=_date_params())


def _page_title(tree: Any) -> str | None:
    for path in (".//title", ".//h1"):
        found = tree.find(path)
        if found is not None:
            title = _tidy_title(found.text_content())
            if title:
                return title
    return None


def parse_html(text: str, name: str = "input") -> tuple[str, Metadata]:
    """The article text of a page and its metadata; IngestError if there is no text."""
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise IngestError(f"{name}: has about {tags:,} tags, over the {MAX_TAGS:,} limit for one page")
    try:
        tree = _parse(text)
    except _ResourceLimit as ex:
        # the parser kept only the page up to the limit: importing that would lose the rest unseen
        raise IngestError(_limit_message(name, str(ex))) from ex
    except Exception as ex:  # lxml says "Document is empty" and the like: nothing a person can act on
        raise IngestError(f"{name}: no article text found in the HTML") from ex
    body, found = "", None
    small = len(text) <= TRAFILATURA_MAX_CHARS and sum(1 for _ in tree.iter()) <= TRAFILATURA_MAX_ELEMENTS
    if small:
        with contextlib.suppress(Exception):  # trafilatura raises a zoo of errors on odd pages; the fallback copes
            body, found = _trafilatura(tree)
    if not body:
        body = _visible_text(tree)
    if not body and (swallowed := _swallowed_by_title(tree)):
        with contextlib.suppress(Exception):
            body = _visible_text(_parse(swallowed))
    if not body:
        raise IngestError(f"{name}: no article text found in the HTML")
    if found is None and small:
        try:
            found = _metadata_only(tree)
        except Exception:  # metadata is a bonus; the article text is already safe
            found = None
    meta = Metadata()
    if found is not None:
        meta.title = _tidy_title(_field(found, "title"))
        meta.url = normalise_url(_field(found, "url"))
        meta.outlet = clean(_field(found, "sitename"))
        published = _field(found, "date")
        meta.published = parse_date(published) if isinstance(published, str) else None
    meta.title = meta.title or _page_title(tree)
    meta.lang = declared_lang(text)
    guessed = text_metadata(body)
    guessed.title = None  # a page's first paragraph is no headline; <title> and <h1> are
    return body, meta.fill_from(guessed)
