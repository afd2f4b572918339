"""Full-text search over quotes and claims, with filters.

The query is FTS5 syntax, so phrases ("..."), OR, NOT, NEAR and prefixes (word*) work;
a query FTS5 cannot parse becomes a SearchSyntaxError saying what is wrong, and
`literal=True` searches for the words as typed, each quoted, which never fails. User
text only ever travels as an SQL parameter.

Hits are ranked by relevance (bm25). Without filters the best-ranked are taken from
the index first and only those are joined to their rows, so a search costs little more
than the bare FTS5 query. A query matching more than RANKED_MATCHES quotes is not
ranked (scoring every match is what makes a common word slow): its most recently
imported matches come first.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from quotedesk.store.errors import SearchSyntaxError, StoreError
from quotedesk.store.records import Note, SearchHit
from quotedesk.store.text import normalize

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

_SPEAKER_LABEL = "COALESCE(root.name, sp.name, (SELECT q2.speaker FROM quotes q2 WHERE q2.claim_id = c.id LIMIT 1))"


@dataclass(frozen=True, slots=True)
class Filters:
    speaker_ids: tuple[int, ...] | None = None
    agency_ids: tuple[int, ...] | None = None
    status: str | None = None
    rating: str | None = None
    since: str | None = None  # inclusive ISO dates
    until: str | None = None

    def any(self) -> bool:
        return any(v is not None for v in (self.speaker_ids, self.agency_ids, self.status, self.rating,
                                           self.since, self.until))


_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def parse_date(value: str, *, end: bool = False) -> str:
    """'2025', '2025-03' or '2025-03-14' as the first (or with end=True the last) day it covers."""
    m = _DATE.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        if day is None:
            day = 31 if end else 1
            date(year, month, 1)
            return f"{year:04d}-{month:02d}-{day:02d}"
        return date(year, month, int(day)).isoformat()
    except ValueError:
        raise StoreError(f"{value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD") from None


# Control characters separate words for the index's tokenizer anyway, and FTS5 reads its
# query as a C string: a NUL would end it mid-phrase. A lone surrogate (undecodable bytes
# of a command line) cannot be sent to SQLite at all.
_UNSEARCHABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]|(?P<surrogate>[\ud800-\udfff])")


def searchable(text: str) -> str:
    """The query with control characters as spaces and lone surrogates as U+FFFD."""
    return _UNSEARCHABLE.sub(lambda m: "\ufffd" if m["surrogate"] else " ", text)


def literal_query(text: str) -> str:
    """Each word as typed, as an FTS5 phrase; words without letters or digits are dropped."""
    phrases = ['"' + word.replace('"', '""') + '"' for word in searchable(text).split()
               if any(ch.isalnum() for ch in word)]
    return " ".join(phrases)


def syntax_error(query: str, ex: sqlite3.OperationalError) -> StoreError:
    message = str(ex)
    near = re.search(r'syntax error near "(.*)"', message)
    if "unterminated string" in message:
        reason = 'a double quote (") is opened and never closed'
    elif near is not None:
        reason = f"unexpected {near.group(1)!r}" if near.group(1) else "it ends where more was expected"
    elif "no such column" in message:
        column = message.rsplit(":", 1)[-1].strip()
        reason = f"{column!r} followed by ':' would name a field, and there is no such field"
    elif "unknown special query" in message:
        reason = "a query cannot start with '*'"
    elif "fts5" in message:
        reason = message.removeprefix("fts5: ")
    else:
        return StoreError(f"the search failed: {message}")
    return SearchSyntaxError(f"cannot search for {query!r}: {reason}")


def _filter_sql(filters: Filters, *, claim_level: bool) -> tuple[str, list]:
    parts: list[str] = []
    params: list = []

    def among(column: str, ids: tuple[int, ...]) -> str:
        params.extend(ids)
        return f"{column} IN ({', '.join('?' for _ in ids)})" if ids else "0"

    if filters.speaker_ids is not None:
        parts.append(among("c.speaker_id" if claim_level else "q.speaker_id", filters.speaker_ids))
    if filters.agency_ids is not None:
        if claim_level:
            parts.append("EXISTS (SELECT 1 FROM quotes qa WHERE qa.claim_id = c.id AND qa.is_current = 1 AND "
                         + among("qa.agency_id", filters.agency_ids) + ")")
        else:
            parts.append(among("q.agency_id", filters.agency_ids))
    if filters.status is not None:
        parts.append("COALESCE(v.status, 'unreviewed') = ?")
        params.append(filters.status)
    if filters.rating is not None:
        parts.append("v.rating = ?")
        params.append(filters.rating)
    if filters.since is not None:
        parts.append("c.last_seen >= ?" if claim_level else "q.seen_on >= ?")
        params.append(filters.since)
    if filters.until is not None:
        parts.append("c.first_seen <= ?" if claim_level else "q.seen_on <= ?")
        params.append(filters.until)
    return "".join(f" AND {p}" for p in parts), params


# Ranking by relevance (bm25) costs FTS5 a score for every match; past this many
# matches of a query, the most recently imported come first instead, so that a search
# for a word in half the library answers in milliseconds, not seconds.
RANKED_MATCHES = 5000


class Hits(list):
    """Search results, with how they are ordered: `ranked` is False when the query
    matched more than RANKED_MATCHES quotes and the newest come first."""

    ranked: bool = True


def prepare_query(query: str, literal: bool) -> str:
    fts_query = literal_query(query) if literal else searchable(query).strip()
    if not fts_query:
        raise SearchSyntaxError("nothing to search for" if not query.strip()
                                else f"nothing to search for in {query!r}: it has no letters or digits")
    return fts_query


def _many_matches(db: Database, fts: str, query: str) -> bool:
    row = db.execute(f"SELECT rowid FROM {fts}(?) ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                     [query, RANKED_MATCHES - 1]).fetchone()
    return row is not None


def _hits(db: Database, query: str, filters: Filters, limit: int, *, claim_level: bool,
          ranked: bool) -> list[tuple]:
    """Rows (kind, claim, quote, text, speaker, agency, article, title, outlet, date,
    status, rating), best first."""
    if claim_level:
        select = (
            f"SELECT 'claim', c.id, NULL, c.text, {_SPEAKER_LABEL}, NULL, NULL, NULL, NULL, c.last_seen, "
            "COALESCE(v.status, 'unreviewed'), v.rating, 1, c.normalized, c.appearances "
            "FROM {source} h JOIN claims c ON c.id = h.id "
            "LEFT JOIN speakers sp ON sp.id = c.speaker_id LEFT JOIN speakers root ON root.id = sp.merged_into "
            "LEFT JOIN verdicts v ON v.claim_id = c.id WHERE 1"
        )
        fts = "claims_fts"
    else:
        select = (
            "SELECT 'quote', q.claim_id, q.id, q.text, q.speaker, ag.name, q.article_id, a.title, a.outlet, "
            "q.seen_on, COALESCE(v.status, 'unreviewed'), v.rating, q.is_current "
            "FROM {source} h JOIN quotes q ON q.id = h.id JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN agencies ag ON ag.id = q.agency_id LEFT JOIN verdicts v ON v.claim_id = q.claim_id WHERE 1"
        )
        fts = "quotes_fts"
    if ranked and not filters.any():
        # Rank the index alone, exactly as a bare FTS5 query would, and join only the
        # best; a few more than asked for in case some are quotes no longer in their
        # article. The rank itself is not selected: FTS5 would score every match twice.
        window = 2 * limit + 20
        ids = [r[0] for r in db.execute(f"SELECT rowid FROM {fts}(?) ORDER BY rank LIMIT ?", [query, window])]
        if not ids:
            return []
        source = f"(SELECT column1 AS id FROM (VALUES {', '.join('(?)' for _ in ids)}))"
        key = 1 if claim_level else 2
        by_id = {r[key]: r for r in db.execute(select.format(source=source), ids)}
        kept = [by_id[i] for i in ids if i in by_id and by_id[i][12]]
        if len(kept) >= limit or len(ids) < window:
            return kept[:limit]
    where, params = _filter_sql(filters, claim_level=claim_level)
    current = "" if claim_level else " AND q.is_current = 1"
    if ranked:
        source = f"(SELECT rowid AS id, rank FROM {fts}(?))"
        order = " ORDER BY h.rank LIMIT ?"
    else:
        # rowid order is one FTS5 walks natively, newest first, stopping at the limit
        source = f"(SELECT rowid AS id FROM {fts}(?))"
        order = " ORDER BY h.id DESC LIMIT ?"
    sql = select.format(source=source) + current + where + order
    return db.execute(sql, [query, *params, limit]).fetchall()


def search(db: Database, query: str, filters: Filters = Filters(), *, limit: int = 50,
           literal: bool = False) -> Hits:
    """Quotes and claims matching `query`, best first (or newest first, see Hits). A
    claim is listed on its own only when none of its quotes is among the hits (its
    text was edited, say, or its quotes left their articles)."""
    fts_query = prepare_query(query, literal)
    limit = max(1, int(limit))
    try:
        ranked = not _many_matches(db, "quotes_fts", fts_query)
        quote_hits = _hits(db, fts_query, filters, limit, claim_level=False, ranked=ranked)
        claim_hits = _hits(db, fts_query, filters, limit, claim_level=True, ranked=ranked)
    except sqlite3.OperationalError as ex:
        raise syntax_error(query, ex) from None
    # A claim whose text is still that of its quotes is found through them; on its own
    # it is news only when a person rewrote it or its quotes left their articles.
    seen = {row[1] for row in quote_hits}
    claim_only = [row for row in claim_hits
                  if row[1] not in seen and (row[14] == 0 or normalize(row[3]) != row[13])]
    # Each list is in its own order; they are merged by position, a quote before a
    # claim at the same position (bm25 scores of two indexes are not comparable anyway).
    merged = sorted([(n, 0, row) for n, row in enumerate(quote_hits)] + [(n, 1, row) for n, row in
                                                                          enumerate(claim_only)])
    hits = Hits(SearchHit(*row[:12], rank=float(position)) for position, (_, _, row) in enumerate(merged[:limit]))
    hits.ranked = ranked
    return hits


def notes(db: Database, query: str, *, limit: int = 50, literal: bool = False) -> list[Note]:
    """Notes on claims matching `query`, best first."""
    fts_query = prepare_query(query, literal)
    try:
        rows = db.execute("SELECT n.id, n.claim_id, n.text, n.created_at, n.author FROM notes_fts(?) f "
                          "JOIN notes n ON n.id = f.rowid ORDER BY f.rank LIMIT ?", [fts_query, limit]).fetchall()
    except sqlite3.OperationalError as ex:
        raise syntax_error(query, ex) from None
    return [Note(*r) for r in rows]


def articles(db: Database, query: str, *, limit: int = 50, literal: bool = False) -> list[int]:
    """Ids of articles whose title or text (in any revision) matches `query`, best first."""
    fts_query = prepare_query(query, literal)
    try:
        rows = db.execute("SELECT r.article_id FROM revisions_fts(?) f JOIN revisions r ON r.id = f.rowid "
                          "GROUP BY r.article_id ORDER BY MIN(f.rank) LIMIT ?", [fts_query, limit]).fetchall()
    except sqlite3.OperationalError as ex:
        raise syntax_error(query, ex) from None
    return [r[0] for r in rows]
