"""Read a text file whatever its encoding, and refuse what is not text with a clear
message instead of a traceback or mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

_MB = 1024 * 1024
MAX_BYTES = 64 * _MB
BINARY_SAMPLE = 8192
CONTROL_RATIO = 0.10
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


class IngestError(ValueError):
    """The input cannot be read as an article; the message says why, for a person."""


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
                return data.decode(enc)
            except UnicodeDecodeError as ex:
                raise IngestError(f"{name}: starts with a {enc} mark but is not valid {enc} ({ex.reason})") from ex
    guess = _utf16_guess(data[:BINARY_SAMPLE])
    if guess:
        try:
            return data.decode(guess)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise IngestError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
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
        raise IngestError(f"{p}: no such file") from ex
    except OSError as ex:
        raise IngestError(f"{p}: cannot be read ({ex.strerror or ex})") from ex
    if p.is_dir():
        raise IngestError(f"{p}: is a folder, not a file")
    if st.st_size > limit:
        raise IngestError(too_big_message(str(p), st.st_size, limit))
    try:
        with p.open("rb") as fh:
            # Read one byte past the limit: stat lies for pipes and files still growing.
            data = fh.read(limit + 1)
    except OSError as ex:
        raise IngestError(f"{p}: cannot be read ({ex.strerror or ex})") from ex
    if len(data) > limit:
        raise IngestError(f"{p}: is over the {_limit(limit)} limit")
    return data


def read_text_file(path: str | Path, max_bytes: int | None = None) -> str:
    return decode_bytes(read_file_bytes(path, max_bytes), str(path))
