"""How two appearances of one claim differ in wording: a partial quote against the full
one, a word changed on the way through an agency, or another language altogether.

Plain Python (difflib over words), for the inspector, the reports and notebooks alike.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WORD = re.compile(r"\w[\w'’-]*")
MIN_SHARED = 0.3  # below this share of words in common, it is another wording, not an edit
MAX_SHOWN = 3  # changes listed; more become "and N more"


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return 0 < n <= len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def wording_difference(reference: str, other: str) -> str:
    """One line saying how `other` is worded next to `reference`."""
    a, b = _words(reference), _words(other)
    fa, fb = [w.casefold() for w in a], [w.casefold() for w in b]
    if fa == fb:
        return "same wording"
    if _contains(fa, fb):
        return f"a part of it ({len(b)} of {len(a)} words)"
    if _contains(fb, fa):
        return f"a longer version ({len(b)} words, {len(b) - len(a)} more)"
    matcher = SequenceMatcher(None, fa, fb, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if not fa or not fb or shared / max(len(fa), len(fb)) < MIN_SHARED:
        return "other wording: a translation or a paraphrase"
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            changes.append(f"“{' '.join(a[i1:i2])}” → “{' '.join(b[j1:j2])}”")
        elif tag == "delete":
            changes.append(f"without “{' '.join(a[i1:i2])}”")
        elif tag == "insert":
            changes.append(f"adds “{' '.join(b[j1:j2])}”")
    shown = "; ".join(changes[:MAX_SHOWN])
    return shown + (f"; and {len(changes) - MAX_SHOWN} more" if len(changes) > MAX_SHOWN else "")
