"""Markdown articles. The text stays as written, markup and all, because quote offsets
index the stored text and the reader shows it; only the front matter comes off, since
it is about the article rather than part of it."""

from __future__ import annotations

import re

from quotedesk.ingest.metadata import Metadata, apply_field, clean, text_metadata

# No PyYAML: articles' front matter is flat "key: value" lines, and a list or nested
# value we cannot read only costs a metadata field, never the article.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_YAML_CONTINUATION = re.compile(r"[ \t]+\S.*|-[ \t].*|#.*|[ \t]*")
_ATX_H1 = re.compile(r"^ {0,3}#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_SETEXT_H1 = re.compile(r"^ {0,3}(?P<title>\S[^\n]*)\n {0,3}=+[ \t]*$", re.MULTILINE)
_LINK = re.compile(r"!?\[(?P<label>[^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`]+")
_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(front matter as key -> value, the text after it); ({}, text) when there is none.

    A block between "---" lines only counts when it reads as key: value lines, so an
    article that opens with a horizontal rule keeps its text.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    pairs: dict[str, str] = {}
    for line in m.group("body").split("\n"):
        kv = _KEY_VALUE.fullmatch(line)
        if kv:
            pairs.setdefault(kv.group("key").lower(), kv.group("value") or "")
        elif not _YAML_CONTINUATION.fullmatch(line):
            return {}, text
    if not pairs:
        return {}, text
    return pairs, text[m.end():].lstrip("\n")


def _plain_title(value: str | None) -> str | None:
    if value is None:
        return None
    value = _HEADING_MARK.sub("", value)
    value = _LINK.sub(lambda m: m.group("label"), value)
    return clean(_EMPHASIS.sub("", value))


def first_heading(text: str) -> str | None:
    found = [m for m in (_ATX_H1.search(text), _SETEXT_H1.search(text)) if m]
    if not found:
        return None
    return _plain_title(min(found, key=lambda m: m.start()).group("title"))


def parse_markdown(text: str) -> tuple[str, Metadata]:
    """The article text (front matter removed, otherwise untouched) and its metadata."""
    front, body = split_front_matter(text)
    meta = Metadata()
    for key, value in front.items():
        apply_field(meta, key, value, deliberate=True)
    if meta.title is None:
        meta.title = first_heading(body)
    guessed = text_metadata(body)
    guessed.title = _plain_title(guessed.title)
    meta.fill_from(guessed)
    return body, meta
