"""Files, folders, stdin and pasted text in; `Document`s out.

Every path into the library goes through document_from_text, so a pasted article and
the same article saved to disk get the same text, metadata and hash.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from quotedesk.ingest import textfile
from quotedesk.ingest.html import decode_html, parse_html
from quotedesk.ingest.markdown import parse_markdown
from quotedesk.ingest.metadata import Metadata, outlet_from_url, text_metadata
from quotedesk.ingest.textfile import IngestError, decode_bytes, too_big_message
from quotedesk.model import Document

Format = Literal["txt", "html", "md"]
FORMATS: tuple[str, ...] = get_args(Format)
STDIN = "-"
STDIN_SOURCE = "<stdin>"
SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html",
    ".md": "md", ".markdown": "md",
}
SUPPORTED_SUFFIXES = frozenset(SUFFIX_FORMATS)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LOOKS_LIKE_HTML = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


def format_for(path: str | os.PathLike[str]) -> Format | None:
    """The format a file name promises, or None when the suffix says nothing."""
    return SUFFIX_FORMATS.get(Path(path).suffix.lower())


def normalise_newlines(text: str) -> str:
    # Quote offsets index the stored text, so line endings are settled once, here,
    # before hashing and storing: the same article saved on Windows and on Linux then
    # has one text, one hash and the same offsets.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(body: str, meta: Metadata, source: str, fmt: Format) -> Document:
    return Document(
        text=body,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        source=source,
        title=meta.title,
        outlet=meta.outlet or outlet_from_url(meta.url),
        url=meta.url,
        published=meta.published,
        lang=meta.lang,
        format=fmt,
    )


def document_from_text(text: str, *, source: str = STDIN_SOURCE, fmt: Format = "txt") -> Document:
    """A Document from text already in memory: stdin, the clipboard, a paste box."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    # A lone surrogate (from JSON or a broken clipboard) cannot be encoded to hash or
    # store; U+FFFD takes its place one for one, so offsets do not move.
    text = _LONE_SURROGATE.sub("\ufffd", normalise_newlines(text.removeprefix("\ufeff")))
    if not text:
        raise IngestError(f"{source}: is empty")
    if not text.strip():
        raise IngestError(f"{source}: is empty (only whitespace)")
    if fmt == "html":
        body, meta = parse_html(text, source)
    elif fmt == "md":
        body, meta = parse_markdown(text)
        if not body.strip():
            raise IngestError(f"{source}: has front matter but no article text")
    else:
        body, meta = text, text_metadata(text)
    return _document(body, meta, source, fmt)


def document_from_bytes(data: bytes, *, source: str, fmt: Format | None = None) -> Document:
    """A Document from raw bytes; without `fmt`, the source's suffix or the content decides."""
    if len(data) > textfile.MAX_BYTES:
        raise IngestError(too_big_message(source, len(data), textfile.MAX_BYTES))
    if fmt is None:
        fmt = format_for(source)
    text = decode_html(data, source) if fmt == "html" else decode_bytes(data, source)
    if fmt is None and _LOOKS_LIKE_HTML.match(text[:4096]):
        fmt, text = "html", decode_html(data, source)
    elif fmt is None:
        fmt = "txt"
    return document_from_text(text, source=source, fmt=fmt)


def _read_stdin() -> bytes:
    limit = textfile.MAX_BYTES
    stream = getattr(sys.stdin, "buffer", None)
    # A replaced sys.stdin (an embedding app, a test) may be text-only; its text is re-encoded.
    data = stream.read(limit + 1) if stream is not None else sys.stdin.read(limit + 1).encode("utf-8")
    if len(data) > limit:
        raise IngestError(f"{STDIN_SOURCE}: is over the {limit / (1024 * 1024):g} MB limit")
    return data


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read one article file ("-" for stdin) into a Document, or raise IngestError saying why not."""
    if isinstance(path, Unreadable):
        raise IngestError(f"{path.path}: {path.reason}")
    if os.fspath(path) == STDIN:
        return document_from_bytes(_read_stdin(), source=STDIN_SOURCE)
    data = textfile.read_file_bytes(path)
    return document_from_bytes(data, source=os.fspath(path), fmt=format_for(path))


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A path a folder walk found but cannot import. It is listed, not dropped, so that
    the import reports it with the other failures; load_document raises its reason."""

    path: Path
    reason: str

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    def __str__(self) -> str:
        return os.fspath(self.path)


def _oserror(ex: OSError) -> str:
    return f"cannot be read ({ex.strerror or ex})"


def _is_loop(path: Path) -> bool:
    try:
        path.stat()
    except OSError as ex:
        return ex.errno == errno.ELOOP
    return False


def _walk(folder: Path, seen: set[Path], above: frozenset[Path]) -> Iterator[Path | Unreadable]:
    try:
        real = folder.resolve()
        if real in above:
            yield Unreadable(folder, "is a link back to a folder it is in (a symbolic link loop)")
            return
        if real in seen:
            return  # the same folder reached through another link: its files are listed already
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except (OSError, RuntimeError) as ex:  # RuntimeError: Python 3.11's resolve() on a loop
        yield Unreadable(folder, _oserror(ex) if isinstance(ex, OSError) else "is a symbolic link loop")
        return
    seen.add(real)
    above = above | {real}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                yield from _walk(entry, seen, above)
            elif entry.suffix.lower() in SUPPORTED_SUFFIXES and (entry.is_file() or entry.is_symlink()):
                yield entry  # a broken link too: loading it says where it points
            elif entry.is_symlink() and _is_loop(entry):
                yield entry  # whatever its name: loading it says it is a loop
        except OSError as ex:  # a folder we may list but not look into
            yield Unreadable(entry, _oserror(ex))


def iter_sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | Path | Unreadable]:
    """The articles to import, in a stable order.

    Folders are walked recursively (sorted by name, hidden entries and files of other
    types skipped); "-" and files are passed through as given, even a missing one, so
    that load_document reports it rather than the file vanishing from the import. For
    the same reason a folder that cannot be listed, a symbolic link loop and a link
    to a missing article come through (as Unreadable, or as the link itself).
    """
    seen: set[Path] = set()
    for item in paths:
        if os.fspath(item) == STDIN:
            yield STDIN
        elif Path(item).is_dir():
            yield from _walk(Path(item), seen, frozenset())
        else:
            yield item if isinstance(item, str | Path) else Path(item)
