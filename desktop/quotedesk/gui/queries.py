"""Reads the GUI needs, composed from `Store` methods: no SQL here, and nothing that
grows with the library beyond the rows shown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Appearance, LibraryRow, Store, StoredQuote


# Quotes shown by default; reported speech is behind a toggle.
MARKED_KINDS = frozenset({"direct", "partial"})


def article_stats(store: Store, article_id: int) -> LibraryRow:
    """One article's row as the library lists it: counts of quotes and claims, and state."""
    return store.library_row(article_id)


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    query: str = ""
    lang: str = ""
    outlet: str = ""
    agency: str = ""
    status: str = ""

    @property
    def narrows(self) -> bool:
        return bool(self.lang or self.outlet or self.agency or self.status)


def article_page(store: Store, flt: ArticleFilter, offset: int, limit: int) -> tuple[list[LibraryRow], int, bool]:
    """(rows, next offset, exhausted): one window of the library, newest first, filtered
    by the store. The search box's words are searched as typed; words with nothing to
    search for (only punctuation, say) find nothing."""
    from quotedesk.store import SearchSyntaxError
    try:
        rows = store.library(flt.query, lang=flt.lang, outlet=flt.outlet, agency=flt.agency, status=flt.status,
                             limit=limit + 1, offset=offset, literal=True)
    except SearchSyntaxError:
        return [], offset, True
    return rows[:limit], offset + min(len(rows), limit), len(rows) <= limit


def reappearance_lines(store: Store, article_id: int) -> dict[int, str]:
    """The article's quotes of claims rated False or Mostly false that came in after the
    rating: quote id -> 'rated False on 2025-02-27 by Ana Wulandari'."""
    return {r.quote_id: r.line() for r in store.reappearances([article_id])}


def flagged_articles(store: Store, article_ids: list[int]) -> dict[int, str]:
    """Which of these articles (a page of the library) carry such a reappearance, with
    the first one's line: one query for the page."""
    flags: dict[int, str] = {}
    for r in store.reappearances(article_ids):
        flags.setdefault(r.article_id, r.line())
    return flags


def visible_quotes(quotes: Iterable[StoredQuote], *, reported_speech: bool) -> list[StoredQuote]:
    return [q for q in quotes if reported_speech or q.kind in MARKED_KINDS]


def known_speakers(store: Store, limit: int = 2000) -> list[str]:
    """Speakers' names and aliases for the correction completer."""
    return store.speaker_names(limit=limit)


def known_agencies(store: Store, article_id: int | None = None) -> list[str]:
    """Every agency the store knows (its own and the shipped list), for the completer;
    `article_id` is kept for callers: the article's agencies are among them."""
    return store.agency_names()


def mention_span(text: str, quote: StoredQuote) -> tuple[int, int] | None:
    """Where the speaker mention the cue attaches to sits: the offsets the engine found.

    Quotes stored without them (the engine named nobody at the cue, or rows from before
    they were kept) fall back to the name the evidence opens a clause with ("'Peskov' =
    ..."), or an anonymous source's description, looked up closest to the quote.
    """
    start, end = quote.speaker_start, quote.speaker_end
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    return _mention_near_quote(text, quote)


def _mention_near_quote(text: str, quote: StoredQuote) -> tuple[int, int] | None:
    mention = None
    for part in (quote.evidence or "").split("; "):
        if part.startswith("'") and part.find("'", 1) > 1:
            mention = part[1:part.find("'", 1)]
            break
    if mention is None and quote.speaker_kind == "anonymous":
        mention = quote.speaker
    if not mention:
        return None
    lo, hi = max(0, quote.start - 400), min(len(text), quote.end + 400)
    best: tuple[int, int] | None = None
    at = text.find(mention, lo, hi)
    while at >= 0:
        if at + len(mention) <= quote.start or at >= quote.end:
            distance = quote.start - at if at < quote.start else at - quote.end
            if best is None or distance < best[0]:
                best = (distance, at)
        at = text.find(mention, at + 1, hi)
    return None if best is None else (best[1], best[1] + len(mention))


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    speaker_id: int
    name: str
    claims: int


def speaker_summaries(store: Store, limit: int = 5000) -> list[SpeakerSummary]:
    """Speakers (merged ones folded into their root) with their claim counts, most claims first."""
    return [SpeakerSummary(row.id, row.name, row.claims) for row in store.speakers_listing(limit=limit)]


def speaker_timeline(store: Store, speaker_id: int, limit: int = 1000) -> list[Appearance]:
    """The speaker's latest appearances (merged names included), oldest first: where and
    when they said what."""
    return store.speaker_appearances(speaker_id, limit=limit)
