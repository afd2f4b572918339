"""The claim log: which claims a log holds, one sorted window of it for a view, and the
claims seen again after they were rated false.

Claim-level filters (speaker, status, rating, tag) test the claim and its verdict;
appearance-level filters (agency, outlet, dates) ask for one current appearance that
meets all of them at once, so "Reuters, in February" means a Reuters appearance in
February, not a Reuters appearance and some other appearance in February. The claims
come oldest first (by first appearance), then by id; claims with no current appearance
(their quotes left their articles on re-extraction) have no date and come last.

A view (`claim_log_rows`) sorts on any of its columns in SQL. The order is computed
once per filter, sort and state of the database, as an array of claim ids, and each
window then reads only its own rows (two queries per window, whatever its offset): a
sort on a column no index holds (the first outlet, the agencies, the last change)
costs one pass over the matching claims, not one per page scrolled.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from quotedesk.store import search, verdicts
from quotedesk.store.claims import _SPEAKER_LABEL
from quotedesk.store.records import ClaimLogRow, Reappearance
from quotedesk.store.schema import DEFAULT_STATUS, STATUSES

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

    from quotedesk.store.speakers import Agencies

# A text filter keeps every claim the search finds, not only the best-ranked fifty
# (the same limit the export uses, so a view and its export hold the same claims).
TEXT_SEARCH_LIMIT = 1_000_000

# A claim with one of these ratings (labels of the default scale) that is seen again
# after the rating is flagged where it reappears.
FLAGGED_RATINGS = ("False", "Mostly false")


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


class LogQuery(Protocol):
    """The filters of a claim-log view, as a person chose them ("" or None: any).
    `quotedesk.export.ExportFilters` is one, so a view exports exactly what it shows."""

    text: str | None
    literal: bool
    speaker: str | None
    agency: str | None
    outlet: str | None
    rating: str | None
    status: str | None
    tag: str | None
    since: str | None
    until: str | None


def _ids_param(ids: Iterable[int]) -> str:
    # one JSON parameter instead of one per id: a text search may find tens of thousands
    return json.dumps(sorted(set(ids)))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(filters: LogFilters) -> tuple[str, list[Any]]:
    """' WHERE ...' on `claims c` (or ''), and its parameters.

    Each filter is a set the claim must be in, built once from an index (verdicts are
    few; an agency's or an outlet's quotes are found through theirs), rather than a
    test per claim: a test per claim reads every claim's quotes."""
    where: list[str] = []
    params: list[Any] = []
    if filters.among is not None:
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(_ids_param(filters.among))
    if filters.speaker_ids is not None:
        where.append("c.speaker_id IN (SELECT value FROM json_each(?))")
        params.append(_ids_param(filters.speaker_ids))
    if filters.status is not None:
        # a claim without a verdict row is unreviewed
        if filters.status == DEFAULT_STATUS:
            where.append("c.id NOT IN (SELECT claim_id FROM verdicts WHERE status != ?)")
        else:
            where.append("c.id IN (SELECT claim_id FROM verdicts WHERE status = ?)")
        params.append(filters.status)
    if filters.rating is not None:
        where.append("c.id IN (SELECT claim_id FROM verdicts WHERE rating = ?)")
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
        # one appearance meeting them all at once
        where.append("c.id IN (SELECT q.claim_id FROM quotes q JOIN articles a ON a.id = q.article_id "
                     "WHERE q.is_current = 1 AND " + " AND ".join(seen) + ")")
    return (" WHERE " + " AND ".join(where) if where else ""), params


def claim_ids(db: Database, filters: LogFilters) -> list[int]:
    where, params = _where(filters)
    sql = "SELECT c.id FROM claims c" + where + " ORDER BY c.first_seen IS NULL, c.first_seen, c.id"
    return [row[0] for row in db.execute(sql, params).fetchall()]


def count(db: Database, filters: LogFilters) -> int:
    where, params = _where(filters)
    return db.execute("SELECT COUNT(*) FROM claims c" + where, params).fetchone()[0]


# --- the view: every column sortable in SQL -----------------------------------------------

_SPEAKER_JOINS = (" LEFT JOIN speakers sp ON sp.id = c.speaker_id"
                  " LEFT JOIN speakers root ON root.id = sp.merged_into")
# the first appearance: the earliest dated current quote, undated ones after the dated
_FIRST_QUOTE = ("(SELECT q.id FROM quotes q WHERE q.claim_id = c.id AND q.is_current = 1 "
                "ORDER BY q.seen_on IS NULL, q.seen_on, q.id LIMIT 1)")
_ROLE = ("(SELECT q.role FROM quotes q WHERE q.claim_id = c.id AND q.is_current = 1 AND q.role != '' "
         "ORDER BY q.seen_on IS NULL, q.seen_on, q.id LIMIT 1)")
_LAST_EVENT = "(SELECT MAX(e.id) FROM events e WHERE e.entity = 'claim' AND e.entity_id = c.id)"
# the agencies in the order they first carried the claim
_AGENCY_ORDER = "MIN(q.seen_on) IS NULL, MIN(q.seen_on), MIN(q.id)"
_AGENCIES = ("(SELECT group_concat(name, ', ') FROM (SELECT ag.name AS name FROM quotes q "
             "JOIN agencies ag ON ag.id = q.agency_id WHERE q.claim_id = c.id AND q.is_current = 1 "
             f"GROUP BY ag.id ORDER BY {_AGENCY_ORDER}))")
_STATUS_ORDER = ("CASE COALESCE(v.status, 'unreviewed') "
                 + " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(STATUSES)) + " END")

# sort key -> SQL expression; rows without a value come last either way, ties go by id
SORT_SQL: dict[str, str] = {
    "claim": "c.text COLLATE NOCASE",
    "speaker": f"{_SPEAKER_LABEL} COLLATE NOCASE",
    "role": f"{_ROLE} COLLATE NOCASE",
    "first_seen": "c.first_seen",
    "outlet": f"(SELECT a.outlet FROM quotes fq JOIN articles a ON a.id = fq.article_id WHERE fq.id = {_FIRST_QUOTE})"
              " COLLATE NOCASE",
    "agency": f"(SELECT ag.name FROM quotes fq JOIN agencies ag ON ag.id = fq.agency_id WHERE fq.id = {_FIRST_QUOTE})"
              " COLLATE NOCASE",
    "appearances": "c.appearances",
    "agencies": f"{_AGENCIES} COLLATE NOCASE",
    "rating": "(SELECT rs.position FROM rating_scale rs WHERE rs.label = v.rating)",  # the scale's order
    "status": _STATUS_ORDER,
    "changed_at": _LAST_EVENT,  # event ids grow with time
    "changed_by": f"(SELECT e.who FROM events e WHERE e.id = {_LAST_EVENT}) COLLATE NOCASE",
}
SORT_KEYS = tuple(SORT_SQL)
# sorts an index of claims gives in order (schema v4): the first window of an unfiltered
# log is read off the index, without ordering the whole log first
INDEXED_SORTS = frozenset({"first_seen", "appearances"})
_VERDICT_SORTS = frozenset({"rating", "status"})


def ordered_ids(db: Database, filters: LogFilters, sort_key: str, descending: bool, *,
                limit: int = -1, offset: int = 0) -> array:
    """The claims the filters keep, in the order asked for (a window of them with `limit`)."""
    expr = SORT_SQL[sort_key]
    where, params = _where(filters)
    joins = " LEFT JOIN verdicts v ON v.claim_id = c.id" if sort_key in _VERDICT_SORTS else ""
    joins += _SPEAKER_JOINS if sort_key == "speaker" else ""
    way = "DESC" if descending else "ASC"
    sql = (f"SELECT c.id FROM claims c{joins}{where} ORDER BY {expr} {way} NULLS LAST, c.id {way} "
           "LIMIT ? OFFSET ?")
    return array("q", (row[0] for row in db.execute(sql, [*params, int(limit), max(0, int(offset))])))


def log_rows(db: Database, ids: list[int]) -> list[ClaimLogRow]:
    """The rows of these claims, in this order: two queries, whatever their number."""
    if not ids:
        return []
    param = _ids_param(ids)
    rows = {r[0]: r for r in db.execute(
        f"SELECT c.id, c.text, {_SPEAKER_LABEL}, {_ROLE}, c.first_seen, a.outlet, ag.name, fq.article_id, fq.id, "
        "c.appearances, v.rating, COALESCE(v.status, 'unreviewed'), e.at, e.who "
        f"FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id{_SPEAKER_JOINS} "
        f"LEFT JOIN quotes fq ON fq.id = {_FIRST_QUOTE} LEFT JOIN articles a ON a.id = fq.article_id "
        f"LEFT JOIN agencies ag ON ag.id = fq.agency_id LEFT JOIN events e ON e.id = {_LAST_EVENT} "
        "WHERE c.id IN (SELECT value FROM json_each(?))", [param])}
    agencies: dict[int, list[str]] = {}
    for claim_id, name in db.execute(
            "SELECT q.claim_id, ag.name FROM quotes q JOIN agencies ag ON ag.id = q.agency_id "
            "WHERE q.claim_id IN (SELECT value FROM json_each(?)) AND q.is_current = 1 "
            f"GROUP BY q.claim_id, ag.id ORDER BY q.claim_id, {_AGENCY_ORDER}", [param]):
        agencies.setdefault(claim_id, []).append(name)
    return [ClaimLogRow(*rows[i][:10], tuple(agencies.get(i, ())), *rows[i][10:]) for i in ids if i in rows]


def reappearances(db: Database, article_ids: Iterable[int]) -> list[Reappearance]:
    """Current quotes in these articles of claims rated False or Mostly false, that
    reached the desk after the rating: their revision was imported after it, and they
    are not dated before its day (an old article imported late is no reappearance)."""
    rated_at = "COALESCE(e.at, v.updated_at)"
    rows = db.execute(
        f"SELECT q.id, q.article_id, q.claim_id, v.rating, {rated_at}, COALESCE(e.who, v.updated_by) "
        "FROM quotes q JOIN verdicts v ON v.claim_id = q.claim_id JOIN revisions r ON r.id = q.revision_id "
        "LEFT JOIN events e ON e.id = (SELECT MAX(x.id) FROM events x WHERE x.entity = 'claim' "
        "AND x.entity_id = q.claim_id AND x.field = 'rating') "
        "WHERE q.article_id IN (SELECT value FROM json_each(?)) AND q.is_current = 1 "
        "AND v.rating IN (SELECT value FROM json_each(?)) "
        f"AND r.imported_at > {rated_at} AND (q.seen_on IS NULL OR q.seen_on >= substr({rated_at}, 1, 10)) "
        "ORDER BY q.article_id, q.id", [_ids_param(article_ids), json.dumps(FLAGGED_RATINGS)]).fetchall()
    return [Reappearance(*r) for r in rows]


class ClaimLog:
    """The claim-log part of the `Store` facade (mixed into it)."""

    db: Database
    agencies: Agencies

    _speaker_filter: Callable[[str | None], tuple[int, ...] | None]  # the Store's own
    search: Callable[..., list]  # the Store's own
    _log_cache: tuple[tuple[int, int], dict[tuple, Any]] | None = None  # see _log_cached

    def claim_log_ids(self, *, among: Iterable[int] | None = None, speaker: str | None = None,
                      status: str | None = None, rating: str | None = None, tag: str | None = None,
                      agency: str | None = None, outlet: str | None = None, since: str | None = None,
                      until: str | None = None) -> list[int]:
        """Ids of the claims a claim log with these filters holds, oldest first (see
        store.claim_log); `among` keeps only those claims, e.g. the ones a search found."""
        return claim_ids(self.db, self._log_filters(among, speaker, status, rating, tag, agency, outlet, since, until))

    def _log_filters(self, among, speaker, status, rating, tag, agency, outlet, since, until) -> LogFilters:
        return LogFilters(
            among=None if among is None else tuple(among),
            speaker_ids=self._speaker_filter(speaker),
            status=verdicts.canonical_status(status) if status else None,
            rating=verdicts.canonical_rating(self.db, rating) if rating else None,
            tag=(" ".join(tag.split()) or None) if tag else None,
            agency_ids=tuple(self.agencies.find(agency)) if agency else None,
            outlet=(outlet.strip() or None) if outlet else None,
            since=search.parse_date(since) if since else None,
            until=search.parse_date(until, end=True) if until else None,
        )

    def _log_state(self) -> tuple[int, int]:
        # another connection's commit changes data_version; this one's writes change total_changes
        return self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes

    def _log_cached(self, key: tuple, make: Callable[[], Any]) -> Any:
        """What `make` returns for `key`, remembered until the database changes: the
        last filters resolved, the last order and the last count."""
        state = self._log_state()
        if self._log_cache is None or self._log_cache[0] != state:
            self._log_cache = (state, {})
        cache = self._log_cache[1]
        if key not in cache:
            cache.pop(next((k for k in cache if k[0] == key[0]), None), None)  # one of each kind
            cache[key] = make()
        return cache[key]

    def _resolved(self, query: LogQuery) -> LogFilters:
        fields = (query.text, query.literal, query.speaker, query.agency, query.outlet, query.rating, query.status,
                  query.tag, query.since, query.until)

        def resolve() -> LogFilters:
            among = None
            if query.text:  # the same search an export makes, so both hold the same claims
                hits = self.search(query.text, literal=query.literal, limit=TEXT_SEARCH_LIMIT)
                among = {hit.claim_id for hit in hits}
            return self._log_filters(among, query.speaker, query.status, query.rating, query.tag, query.agency,
                                     query.outlet, query.since, query.until)
        return self._log_cached(("filters", fields), resolve)

    def claim_log_rows(self, filters: LogQuery, sort_key: str = "first_seen", descending: bool = False, *,
                       limit: int = 200, offset: int = 0) -> list[ClaimLogRow]:
        """One window of the claim log: the claims the filters keep (as an export with
        the same filters holds them), sorted on any column of `SORT_KEYS`, rows without
        a value last. Raises StoreError for a filter that cannot be read (a bad date,
        a rating not on the scale, search words with nothing to search for)."""
        if sort_key not in SORT_SQL:
            raise ValueError(f"unknown sort key {sort_key!r}; use one of: {', '.join(SORT_KEYS)}")
        resolved = self._resolved(filters)
        limit, offset = max(0, int(limit)), max(0, int(offset))
        if sort_key in INDEXED_SORTS and resolved == LogFilters():
            ids = ordered_ids(self.db, resolved, sort_key, bool(descending), limit=limit, offset=offset)
        else:  # ordered once, in one pass; each window is then a slice
            ids = self._log_cached(("order", resolved, sort_key, bool(descending)),
                                   lambda: ordered_ids(self.db, resolved, sort_key, bool(descending)))
            ids = ids[offset:offset + limit]
        return log_rows(self.db, ids.tolist())

    def claim_log_count(self, filters: LogQuery) -> int:
        """How many claims the log holds with these filters."""
        resolved = self._resolved(filters)
        return self._log_cached(("count", resolved), lambda: count(self.db, resolved))

    def claim_log_row(self, claim_id: int) -> ClaimLogRow | None:
        """One claim as the claim log lists it (None when there is no such claim)."""
        rows = log_rows(self.db, [claim_id])
        return rows[0] if rows else None

    def reappearances(self, article_ids: Iterable[int]) -> list[Reappearance]:
        """The quotes in these articles of claims rated False or Mostly false that came
        in after the rating, with who rated them and when: one query for a page."""
        return reappearances(self.db, article_ids)
