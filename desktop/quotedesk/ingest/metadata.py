"""What an article says about itself when nobody tagged it: a headline on the first
line, a "URL:" or bare link at the top or bottom, a date in the dateline.

These are guesses from plain text, so each one is cautious: a wrong title or date in
the library is worse than none, and the journalist can always fill it in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from itertools import islice
from urllib.parse import urlsplit

from quotedesk.ingest.dates import find_date_span, parse_date

HEAD_LINES = 5  # metadata lines sit above the article...
TAIL_LINES = 5  # ...or below it, as a "Source:" footer
TAIL_CHARS = 4096
TITLE_MAX_CHARS = 200
DATE_SCAN_CHARS = 200  # of each head line: a dateline opens its paragraph

# Labels a person writes in front of a value, in front matter or a pasted header.
# "source" and its translations name a URL in pasted text, but in front matter, which
# someone filled in on purpose, a plain "source:" value is the outlet.
FIELD_LABELS = {
    "title": "title", "headline": "title", "judul": "title", "titel": "title",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url", "permalink": "url",
    "outlet": "outlet", "publisher": "outlet", "site": "outlet", "sitename": "outlet", "site_name": "outlet",
    "media": "outlet",
    "source": "source", "sumber": "source", "quelle": "source",
    "date": "published", "published": "published", "pubdate": "published", "published_at": "published",
    "tanggal": "published", "datum": "published",
    "lang": "lang", "language": "lang",
}

DATELINE_CHARS = 80  # where a dateline names the site: "REPUBLIKA.CO.ID, JAKARTA -- "
# the site's domain, before or after the city, then a comma or the dateline's dash
_DATELINE_SITE = re.compile(
    r"(?:[^\W\d_][\w .]{0,30},\s*)?(?P<site>[^\W_][\w-]*\.(?:com|co\.id|co|id|net|org)(?:\.[a-z]{2})?)"
    r"\s*(?:,|-{1,2}|–|—)\s", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]", re.IGNORECASE)
_BARE_URL_LINE = re.compile(r"<?(https?://\S+?)>?")
_LABELLED_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z_ -]{0,20}?)\s*:\s*(?P<value>\S.*?)")
_LANG_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    lang: str | None = None

    def fill_from(self, other: Metadata) -> Metadata:
        """Keep what is known, take the rest from `other` (a weaker source)."""
        for f in fields(self):
            if getattr(self, f.name) is None:
                setattr(self, f.name, getattr(other, f.name))
        return self


def clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def normalise_lang(tag: str | None) -> str | None:
    """"id-ID" -> "id", "de_AT" -> "de"; anything that is not a language tag -> None."""
    m = _LANG_TAG.fullmatch((tag or "").strip())
    return m.group(1).lower() if m else None


def normalise_url(value: str | None) -> str | None:
    m = _URL.search(value or "")
    return m.group(0) if m else None


def outlet_from_url(url: str | None) -> str | None:
    """"https://www.antaranews.com/berita/1" -> "antaranews.com"."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def outlet_from_dateline(line: str) -> str | None:
    """"TEMPO.CO, Jakarta - …", "Jakarta, Kompas.com - …", "Liputan6.com, Bandung - …": a site
    named by its domain in the dateline that opens the story."""
    m = _DATELINE_SITE.match(line[:DATELINE_CHARS])
    return m.group("site") if m else None


def apply_field(meta: Metadata, key: str, value: str, *, deliberate: bool) -> bool:
    """Set the field a labelled value names, unless already set; True if the label is known.

    `deliberate` is for front matter, where every line is metadata by intent.
    """
    field = FIELD_LABELS.get(key.strip().lower())
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    if field is None:
        return False
    if not value:
        return True
    if field == "source":
        url = normalise_url(value)
        if url and value.lower().startswith(("http://", "https://")):
            field, value = "url", url
        elif deliberate:
            field = "outlet"
        else:
            return True
    parsed: str | None
    if field == "url":
        parsed = normalise_url(value)
    elif field == "published":
        parsed = parse_date(value)
    elif field == "lang":
        parsed = normalise_lang(value)
    else:
        parsed = clean(value)
    if getattr(meta, field) is None and parsed is not None:
        setattr(meta, field, parsed)
    return True


def _labelled(line: str) -> tuple[str, str] | None:
    m = _LABELLED_LINE.fullmatch(line)
    if m and m.group("key").strip().lower() in FIELD_LABELS:
        return m.group("key"), m.group("value")
    return None


def _bare_url(line: str) -> str | None:
    m = _BARE_URL_LINE.fullmatch(line)
    return normalise_url(m.group(1)) if m else None


def _is_metadata_line(line: str) -> bool:
    return _labelled(line) is not None or _bare_url(line) is not None


def looks_like_title(line: str) -> bool:
    """A headline: short, one line, and not a sentence, a link or a bare date."""
    if not line or len(line) >= TITLE_MAX_CHARS:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith(("...", "…")):
        return False
    if _is_metadata_line(line) or _URL.fullmatch(line):
        return False
    return not _is_date_line(line) and any(ch.isalpha() for ch in line)


def _is_date_line(line: str) -> bool:
    """"Jumat, 14 Maret 2025 | 10:15 WIB": a date with at most a weekday and a time around it."""
    found = find_date_span(line) if len(line) < TITLE_MAX_CHARS else None
    if not found:
        return False
    rest = line[: found[1]] + line[found[2]:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) < 3


def title_from_lines(lines: list[str]) -> str | None:
    """The first line that is not metadata, if it reads as a headline and text follows."""
    for i, line in enumerate(lines):
        if _is_metadata_line(line) or _is_date_line(line):
            continue
        if looks_like_title(line) and i + 1 < len(lines):
            return clean(line)
        return None
    return None


def _nonblank_lines(text: str) -> Iterator[str]:
    """Stripped non-blank lines, lazily: only the first few of a long text are wanted."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end].strip()
        if line:
            yield line
        start = end + 1


def text_metadata(text: str) -> Metadata:
    """Title, URL, outlet and date guessed from a plain-text article."""
    head = list(islice(_nonblank_lines(text), HEAD_LINES + 1))
    # Only the last few KB are split into lines: a 60 MB paste need not be split whole.
    tail_text = text[-TAIL_CHARS:]
    if len(text) > TAIL_CHARS:
        tail_text = tail_text.partition("\n")[2]  # its first line may be cut
    tail = list(_nonblank_lines(tail_text))[-TAIL_LINES:]
    meta = Metadata()
    for line in head[:HEAD_LINES] + tail:
        labelled = _labelled(line)
        if labelled:
            apply_field(meta, *labelled, deliberate=False)
        elif meta.url is None:
            meta.url = _bare_url(line)
    meta.title = meta.title or title_from_lines(head)
    if meta.published is None:
        for line in head[:HEAD_LINES]:
            found = find_date_span(line[:DATE_SCAN_CHARS])
            if found:
                meta.published = found[0]
                break
    meta.outlet = meta.outlet or outlet_from_url(meta.url) or next(
        (site for line in head[:HEAD_LINES] if (site := outlet_from_dateline(line))), None)
    meta.lang = None  # the engine detects the language; only a declaration counts
    return meta
