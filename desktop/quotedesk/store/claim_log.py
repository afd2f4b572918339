"""Which claims a claim log holds: the ids of the claims matching an export's filters.

Claim-level filters (speaker, status, rating, tag) test the claim and its verdict;
appearance-level filters (agency, outlet, dates) ask for one current appearance that
meets all of them at once, so "Reuters, in February" means a Reuters appearance in
February, not a Reuters appearance and some other appearance in February. The claims
come oldest first (by first appearance), then by id; claims with no current appearance
(their quotes left their articles on re-extraction) have no date and come last.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quotedesk.store import search, verdicts

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

    from quotedesk.store.speakers import Agencies


@dataclass(frozen=True, slots=True)
class LogFilters:
    """Already resolved to ids and canonical labels; None means "any"."""

    among: tuple[int, ...] | None = None  # only these claims (e.g. the ones a text search found)
    speaker_ids: tuple[int, ...] | None = None
    status: str | None = None
    rating: str | None = None
    tag: str | None = None
    agency_ids: tuple[int, ...] | None = None
    outlet: str | None = None  # case-insensitive substring of the article's outlet
    since: str | None = None  # inclusive ISO dates
    until: str | None = None


def _ids_param(ids: Iterable[int]) -> str:
    # one JSON parameter instead of one per id: a text search may find tens of thousands
    return json.dumps(sorted(set(ids)))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def claim_ids(db: Database, filters: LogFilters) -> list[int]:
    where: list[str] = []
    params: list[Any] = []
    if filters.among is not None:
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(_ids_param(filters.among))
    if filters.speaker_ids is not None:
        where.append("c.speaker_id IN (SELECT value FROM json_each(?))")
        params.append(_ids_param(filters.speaker_ids))
    if filters.status is not None:
        where.append("COALESCE(v.status, 'unreviewed') = ?")
        params.append(filters.status)
    if filters.rating is not None:
        where.append("v.rating = ?")
        params.append(filters.rating)
    if filters.tag is not None:
        where.append("c.id IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
                     "WHERE t.name = ? COLLATE NOCASE)")
        params.append(filters.tag)
    seen: list[str] = []
    if filters.agency_ids is not None:
        seen.append("q.agency_id IN (SELECT value FROM json_each(?))")
        params.append(_ids_param(filters.agency_ids))
    if filters.outlet is not None:
        seen.append("a.outlet LIKE ? ESCAPE '\\'")
        params.append(_like(filters.outlet))
    if filters.since is not None:
        seen.append("q.seen_on >= ?")
        params.append(filters.since)
    if filters.until is not None:
        seen.append("q.seen_on <= ?")
        params.append(filters.until)
    if seen:
        where.append("EXISTS (SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id "
                     "WHERE q.claim_id = c.id AND q.is_current = 1 AND " + " AND ".join(seen) + ")")
    sql = ("SELECT c.id FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY c.first_seen IS NULL, c.first_seen, c.id")
    return [row[0] for row in db.execute(sql, params).fetchall()]


class ClaimLog:
    """The claim-log part of the `Store` facade (mixed into it)."""

    db: Database
    agencies: Agencies

    _speaker_filter: Callable[[str | None], tuple[int, ...] | None]  # the Store's own

    def claim_log_ids(self, *, among: Iterable[int] | None = None, speaker: str | None = None,
                      status: str | None = None, rating: str | None = None, tag: str | None = None,
                      agency: str | None = None, outlet: str | None = None, since: str | None = None,
                      until: str | None = None) -> list[int]:
        """Ids of the claims a claim log with these filters holds, oldest first (see
        store.claim_log); `among` keeps only those claims, e.g. the ones a search found."""
        return claim_ids(self.db, LogFilters(
            among=None if among is None else tuple(among),
            speaker_ids=self._speaker_filter(speaker),
            status=verdicts.canonical_status(status) if status else None,
            rating=verdicts.canonical_rating(self.db, rating) if rating else None,
            tag=(" ".join(tag.split()) or None) if tag else None,
            agency_ids=tuple(self.agencies.find(agency)) if agency else None,
            outlet=(outlet.strip() or None) if outlet else None,
            since=search.parse_date(since) if since else None,
            until=search.parse_date(until, end=True) if until else None,
        ))
