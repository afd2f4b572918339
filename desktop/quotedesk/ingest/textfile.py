"""Read a text file whatever its encoding, and refuse what is not text with a clear
message instead of a traceback or mojibake."""

from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path

from quotedesk.ingest.mojibake import repair

_MB = 1024 * 1024
MAX_BYTES = 64 * _MB
BINARY_SAMPLE = 8192
CONTROL_RATIO = 0.10
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


class IngestError(ValueError):
    """The input cannot be read as an article; the message says why, for a person."""


# What a file is, by its first bytes, when it is a kind that is never text: naming it
# says more than "binary", and it is decided before any guess that could misread it.
# An archive is only ever named, never opened, so a zip bomb costs what its file size does.
_SIGNATURES = (
    (b"PK\x03\x04", "a zip archive"), (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xfd7zXZ\x00", "an xz archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"), (b"%PDF-", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"\x7fELF", "a program"),
)


def _signature(data: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample and not _utf16_guess(sample):
        return True
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _ALLOWED_CONTROLS)
    return controls / len(sample) > CONTROL_RATIO


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    even = sample[0::2]
    odd = sample[1::2]
    if len(sample) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Text from bytes: BOMs first, then UTF-8, UTF-16 without BOM, then Windows-1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as ex:
                raise IngestError(f"{name}: starts with a {enc} mark but is not valid {enc} ({ex.reason})") from ex
            return repair(text) if enc == "utf-8-sig" else text
    kind = _signature(data)
    if kind:
        raise IngestError(f"{name}: looks like a binary file, not text ({kind})")
    guess = _utf16_guess(data[:BINARY_SAMPLE])
    if guess:
        try:
            return data.decode(guess)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise IngestError(f"{name}: looks like a binary file, not text")
    try:
        return repair(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _size(n: int, fmt: str = ".1f") -> str:
    """'80.0 MB' for a file's size; with fmt 'g', '64 MB' for a limit."""
    if n >= _MB:
        return f"{n / _MB:{fmt}} MB"
    if n >= 1024:
        return f"{n / 1024:{fmt}} KB"
    return f"{n} bytes"


def _limit(n: int) -> str:
    return _size(n, "g")


def too_big_message(name: str, size: int, max_bytes: int) -> str:
    return f"{name}: is {_size(size)}, over the {_limit(max_bytes)} limit"


def _unreadable(path: Path, ex: OSError) -> str:
    if ex.errno == errno.ELOOP:
        return f"{path}: is a symbolic link loop (its links lead back to themselves)"
    return f"{path}: cannot be read ({ex.strerror or ex})"


def read_file_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The raw bytes of a file, refusing folders, missing files and files over the limit.

    The limit is looked up at call time (not bound as a default) so one setting, or a
    test's monkeypatch of MAX_BYTES, governs every reader.
    """
    p = Path(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    try:
        st = p.stat()
    except FileNotFoundError as ex:
        if p.is_symlink():
            raise IngestError(f"{p}: is a link to {os.readlink(p)}, which does not exist") from ex
        raise IngestError(f"{p}: no such file") from ex
    except OSError as ex:
        raise IngestError(_unreadable(p, ex)) from ex
    if p.is_dir():
        raise IngestError(f"{p}: is a folder, not a file")
    if st.st_size > limit:
        raise IngestError(too_big_message(str(p), st.st_size, limit))
    try:
        with p.open("rb") as fh:
            # Read one byte past the limit: stat lies for pipes and files still growing.
            data = fh.read(limit + 1)
    except FileNotFoundError as ex:  # gone between the stat and the open
        raise IngestError(f"{p}: no such file") from ex
    except OSError as ex:
        raise IngestError(_unreadable(p, ex)) from ex
    if len(data) > limit:
        raise IngestError(f"{p}: is over the {_limit(limit)} limit")
    return data


def read_text_file(path: str | Path, max_bytes: int | None = None) -> str:
    return decode_bytes(read_file_bytes(path, max_bytes), str(path))
