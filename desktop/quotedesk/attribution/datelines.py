"""Where a dateline that opens a sentence ends: "WASHINGTON -- President Obama, …",
"JAKARTA (ANTARA) - Menteri …", "BERLIN (dpa) - …". The place and the wire that sent the story
say nothing, so whatever looks for a sentence's subject or content starts after them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.view import ArticleView

MAX_DATELINE_TOKENS = 10
MAX_PLAIN_DATELINE = 3  # "Bad Homburg -"
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
_STATE_SHORT = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}")


def past_dateline(v: ArticleView, sa: int, limit: int) -> int:
    """The first token after a dateline that opens the sentence starting at token sa, else sa."""
    i, bracket, credited, titled = sa, False, False, False
    while i < limit and i - sa < MAX_DATELINE_TOKENS:
        w = v.words[i]
        if w == "(" or w == ")":
            bracket = w == "("
            credited = credited or bracket
        elif credited and not bracket and _DATE.fullmatch(w):
            pass  # "Berlin (Deutschland), 15.11.2023 –": Wikinews dates its stories after the place
        elif not (bracket or w.isupper() or w in (",", ".") or v.is_space(i)):
            # "Jakarta (ANTARA) -": a city in title case counts only before a bracketed credit;
            # "BUTLER, Pa. —", "SACRAMENTO, Calif. —": a state's short form after the city
            state = _STATE_SHORT.fullmatch(w) is not None and i > sa and v.words[i - 1] == ","
            if credited or not w[:1].isupper() or not (w.isalpha() or state):
                break
            titled |= not state
        i += 1
    if i == sa or i >= limit or v.words[i] not in DATELINE_DASHES:
        return sa
    # "Hamburg - Ein Forscherteam …": a city in title case alone opening a paragraph, the dash
    # set off by spaces; elsewhere a title-case name before a dash may be the subject
    alone = i - sa <= MAX_PLAIN_DATELINE and (sa == 0 or v.is_break(sa - 1)) \
        and v.ends[i - 1] < v.starts[i] and i + 1 < len(v) and v.ends[i] < v.starts[i + 1]
    return sa if titled and not credited and not alone else i + 1
