"""Reads the GUI needs that the Store offers only in pieces, composed from `Store` methods.

Each function here names the Store method that would do it better (see the report in
the module docstrings below); until then they stay small and only touch visible rows.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from quotedesk.resources import resource_path
from quotedesk.store import Article, Store, StoredQuote

# Quotes shown by default; reported speech is behind a toggle.
MARKED_KINDS = frozenset({"direct", "partial"})


@dataclass(frozen=True, slots=True)
class ArticleStats:
    quotes: int
    claims: int
    done: int
    reviewed: int  # claims not "unreviewed"

    @property
    def state(self) -> str:
        if self.claims and self.done == self.claims:
            return "done"
        return "in progress" if self.reviewed else "unreviewed"


def article_stats(store: Store, article_id: int) -> ArticleStats:
    """Better: `Store.articles(...)` returning quote and verdict counts per row."""
    quotes = store.quotes(article_id=article_id)
    claim_ids = {q.claim_id for q in quotes}
    statuses = [store.verdict(cid).status for cid in claim_ids]
    return ArticleStats(len(quotes), len(claim_ids), statuses.count("done"),
                        sum(s != "unreviewed" for s in statuses))


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

    def keeps(self, store: Store, article: Article) -> bool:
        if self.lang and (article.lang or "").casefold() != self.lang.casefold():
            return False
        if self.outlet and self.outlet.casefold() not in (article.outlet or "").casefold():
            return False
        if self.agency and not self._has_agency(store, article):
            return False
        return not self.status or article_stats(store, article.id).state == self.status

    def _has_agency(self, store: Store, article: Article) -> bool:
        wanted = self.agency.casefold()
        if wanted in (article.agency or "").casefold():
            return True
        return any(wanted in (q.agency or "").casefold() for q in store.quotes(article_id=article.id))


SEARCH_LIMIT = 500
SCAN_BUDGET = 5000  # rows looked at per page when a filter is on, so one page never scans a whole library


def article_page(store: Store, flt: ArticleFilter, offset: int, limit: int) -> tuple[list[Article], int, bool]:
    """(articles, next offset, exhausted): one window of the library, newest first.

    Better: `Store.articles(query=, lang=, outlet=, agency=, status=, limit=, offset=)`
    filtering in SQL; here a filter scans pages of `Store.articles` instead.
    """
    if flt.query.strip():
        if offset:
            return [], offset, True
        found = store.search_articles(flt.query, limit=SEARCH_LIMIT, literal=True)
        return [a for a in found if flt.keeps(store, a)], SEARCH_LIMIT, True
    if not flt.narrows:
        rows = store.articles(limit=limit, offset=offset)
        return rows, offset + len(rows), len(rows) < limit
    kept: list[Article] = []
    scanned = 0
    while len(kept) < limit and scanned < SCAN_BUDGET:
        rows = store.articles(limit=limit, offset=offset)
        offset += len(rows)
        scanned += len(rows)
        kept += [a for a in rows if flt.keeps(store, a)]
        if len(rows) < limit:
            return kept, offset, True
    return kept, offset, False


def visible_quotes(quotes: Iterable[StoredQuote], *, reported_speech: bool) -> list[StoredQuote]:
    return [q for q in quotes if reported_speech or q.kind in MARKED_KINDS]


def known_speakers(store: Store, limit: int = 2000) -> list[str]:
    """Better: `Store.speaker_names(prefix)` over the speakers and their aliases."""
    names = {c.speaker for c in store.claims(limit=limit) if c.speaker}
    return sorted(names, key=str.casefold)


def known_agencies(store: Store, article_id: int | None = None) -> list[str]:
    """Better: `Store.agency_names()`; here the shipped lexicon plus the article's own."""
    with resource_path("agencies.toml").open("rb") as fh:
        names = {entry["name"] for entry in tomllib.load(fh).get("agency", [])}
    if article_id is not None:
        names |= {q.agency for q in store.quotes(article_id=article_id) if q.agency}
    return sorted(names, key=str.casefold)


def mention_span(text: str, quote: StoredQuote) -> tuple[int, int] | None:
    """Where the speaker mention the cue attaches to sits, near the quote.

    Better: `StoredQuote.speaker_start/speaker_end` (the quotes table has them). Until
    then the mention is the name the evidence opens a clause with ("'Peskov' = ..."),
    or an anonymous source's description, looked up closest to the quote.
    """
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
    claim_ids: tuple[int, ...]


def speaker_summaries(store: Store, limit: int = 5000) -> list[SpeakerSummary]:
    """Speakers with their claims, most claims first.

    Better: `Store.speakers_listing(limit, offset)` with claim counts in SQL; here the
    claims listing (by id, so the window is stable) is grouped by its root speaker.
    """
    names: dict[int, str] = {}
    claims: dict[int, list[int]] = {}
    for claim in store.claims(limit=limit, order="id"):
        if claim.speaker_id is None:
            continue
        names[claim.speaker_id] = claim.speaker or f"speaker {claim.speaker_id}"
        claims.setdefault(claim.speaker_id, []).append(claim.id)
    rows = [SpeakerSummary(sid, names[sid], tuple(ids)) for sid, ids in claims.items()]
    return sorted(rows, key=lambda s: (-len(s.claim_ids), s.name.casefold()))


def speaker_timeline(store: Store, claim_ids: Iterable[int]):
    """Every appearance of these claims, oldest first: where and when the speaker said what."""
    found = [app for cid in claim_ids for app in store.appearances(cid)]
    return sorted(found, key=lambda a: (a.seen_on or "", a.article_id, a.quote_id))
