"""Undo the commonest mojibake: UTF-8 text once read as Windows-1252 and saved again as
UTF-8, so that "déclaré" arrives as "dÃ©clarÃ©" and "’" as "â€™".

The rule is cheap and only fires when it cannot be wrong in practice: the text must hold
a pair that looks like a UTF-8 lead byte and continuation byte seen through Windows-1252,
and ALL of it must map back to bytes that are valid UTF-8. Real accented text almost never
passes that second test (one lone "é" breaks it), and text with any character Windows-1252
lacks (Cyrillic, CJK) is left alone.
"""

from __future__ import annotations

import codecs
import re

# Windows-1252 leaves five bytes undefined; Windows itself reads them as the C1 controls of
# the same number, and so does mojibake made there.
_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def _shown_as(byte: int) -> str:
    return chr(byte) if byte in _UNDEFINED else bytes([byte]).decode("cp1252")


_CONTINUATION = "".join(_shown_as(b) for b in range(0x80, 0xC0))
_LEAD = "".join(_shown_as(b) for b in range(0xC2, 0xF5))
_PAIR = re.compile(f"[{re.escape(_LEAD)}][{re.escape(_CONTINUATION)}]")
_ROUNDS = 3  # text mangled twice over is common enough; more is not worth a loop


def _c1_as_bytes(ex: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(ex, UnicodeEncodeError):
        raise ex
    bad = ex.object[ex.start:ex.end]
    if all(ord(ch) in _UNDEFINED for ch in bad):
        return bad.encode("latin-1"), ex.end
    raise ex


codecs.register_error("quotedesk-c1", _c1_as_bytes)


def repair(text: str) -> str:
    """The text with UTF-8-through-Windows-1252 mojibake undone, or unchanged."""
    for _ in range(_ROUNDS):
        if not _PAIR.search(text):
            break
        try:
            text = text.encode("cp1252", errors="quotedesk-c1").decode("utf-8")
        except UnicodeError:
            break
    return text
