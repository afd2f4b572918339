"""Listings for the GUI: the library window with its counts, speakers by claims, and the
names a completer offers. Each is a few SQL queries whatever the size of the library.

The library is listed newest first (by article id, as `Store.articles`), with a search
too: relevance ranking would need a bm25 score for every match of a common word (see
`search.RANKED_MATCHES`), and a list paged by offset needs one fixed order anyway;
`Store.search_articles` stays the ranked search. The search covers each article's
current title and text (the `revisions_fts` index), the text the reader shows; words
only in an earlier revision do not list the article.

The window walks `articles` newest first and stops when it is full; each filter is a
cheap test per article. The search words, an agency that is rare, and the reviewed
status are sets built once from an index (the matching revisions; the articles with
that agency's quotes; the articles with a reviewed claim), which the walk looks each
article up in; a common agency is asked per article instead, as matches come soon. The
language or outlet index leads the walk only when it is the one filter. So the worst
case, a filter that keeps almost nothing, is one read of the articles table, which holds
no text: about 10 ms for 100k articles (benchmarks/store_scale.py).
"""

from __future__ import annotations

import json
import sqlite3
import tomllib
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from quotedesk.resources import resource_path
from quotedesk.store import articles, search
from quotedesk.store.errors import NotFound
from quotedesk.store.records import Appearance, LibraryRow, SpeakerListing
from quotedesk.store.speakers import Speakers
from quotedesk.store.text import normalize
from quotedesk.store.verdicts import canonical_status

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

# Past this many current quotes carrying the wanted agencies, they are common enough
# that walking the newest articles and asking each finds a window sooner than
# collecting every such article first.
AGENCY_SET_LIMIT = 20_000

_JSON_IDS = "(SELECT value FROM json_each(?))"

# Articles with at least one current quote whose claim is reviewed: the only ones whose
# state can be other than "unreviewed". Verdict rows exist only for claims a person
# touched, so this is small next to the library.
_REVIEWED_ARTICLES = (
    "SELECT article_id FROM quotes WHERE claim_id IN (SELECT claim_id FROM verdicts WHERE status != 'unreviewed') "
    "AND is_current = 1"
)
_SOME_CLAIM_NOT_DONE = (
    "EXISTS (SELECT 1 FROM quotes qs LEFT JOIN verdicts vs ON vs.claim_id = qs.claim_id "
    "WHERE qs.article_id = a.id AND qs.is_current = 1 AND COALESCE(vs.status, 'unreviewed') != 'done')"
)


def state(claims: int, done: int, reviewed: int) -> str:
    if claims and done == claims:
        return "done"
    return "in progress" if reviewed else "unreviewed"


def _matching(rows: Iterable[tuple[Any, str | None]], needle: str) -> list[Any]:
    """The keys of the rows whose name contains `needle`, ignoring case (all of Unicode's)."""
    wanted = needle.strip().casefold()
    return [key for key, name in rows if name and wanted in name.casefold()]


def _conditions(db: Database, query: str, lang: str, outlet: str, agency: str, status: str,
                literal: bool) -> tuple[list[str], list[Any]] | None:
    """WHERE terms on `articles a`, or None when nothing can match."""
    where: list[str] = []
    params: list[Any] = []
    # An index on the language or the outlet leads the walk only for a filter on its own:
    # next to another filter, one matching most of the library (every article is "id", say)
    # would cost a row lookup per article where the plain walk reads the table in order.
    plus = "" if sum(bool(f.strip()) for f in (query, lang, outlet, agency, status)) == 1 else "+"
    if query.strip():
        where.append("a.current_revision_id IN (SELECT rowid FROM revisions_fts(?))")
        params.append(search.prepare_query(query, literal))
    if lang.strip():
        where.append(f"{plus}a.lang = ? COLLATE NOCASE")
        params.append(lang.strip())
    if outlet.strip():
        # Outlets are few next to articles: the ones containing the text are found in
        # Python (full Unicode case folding, which SQLite's LIKE lacks), then matched exactly.
        outlets = _matching([(name, name) for (name,) in db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")], outlet)
        if not outlets:
            return None
        where.append(f"{plus}a.outlet IN {_JSON_IDS}")
        params.append(_json(outlets))
    if agency.strip():
        ids = _matching(db.execute("SELECT id, name FROM agencies").fetchall(), agency)
        if not ids:
            return None
        common = db.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM quotes WHERE agency_id IN {_JSON_IDS} AND is_current = 1 "
            "LIMIT ?)", [_json(ids), AGENCY_SET_LIMIT]).fetchone()[0] >= AGENCY_SET_LIMIT
        if common:
            quoted = (f"EXISTS (SELECT 1 FROM quotes qa WHERE qa.article_id = a.id AND qa.is_current = 1 "
                      f"AND qa.agency_id IN {_JSON_IDS})")
        else:
            quoted = f"a.id IN (SELECT article_id FROM quotes WHERE agency_id IN {_JSON_IDS} AND is_current = 1)"
        where.append(f"(a.agency_id IN {_JSON_IDS} OR {quoted})")
        params += [_json(ids), _json(ids)]
    if status.strip():
        wanted = canonical_status(status)
        if wanted == "unreviewed":
            where.append(f"a.id NOT IN ({_REVIEWED_ARTICLES})")
        else:
            where.append(f"a.id IN ({_REVIEWED_ARTICLES})")
            where.append(_SOME_CLAIM_NOT_DONE if wanted == "in progress" else f"NOT {_SOME_CLAIM_NOT_DONE}")
    return where, params


def _json(values: list) -> str:
    return json.dumps(values, ensure_ascii=False)


def window_query(db: Database, query: str = "", *, lang: str = "", outlet: str = "", agency: str = "",
                 status: str = "", limit: int = 200, offset: int = 0,
                 literal: bool = False) -> tuple[str, list[Any]] | None:
    """The SQL (and its parameters) selecting the ids of one window; None when nothing
    can match (no outlet or agency contains the text)."""
    found = _conditions(db, query, lang, outlet, agency, status, literal)
    if found is None:
        return None
    where, params = found
    sql = "SELECT a.id FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
    return sql + " ORDER BY a.id DESC LIMIT ? OFFSET ?", [*params, max(0, int(limit)), max(0, int(offset))]


def library(db: Database, query: str = "", *, lang: str = "", outlet: str = "", agency: str = "",
            status: str = "", limit: int = 200, offset: int = 0, literal: bool = False) -> list[LibraryRow]:
    window = window_query(db, query, lang=lang, outlet=outlet, agency=agency, status=status, limit=limit,
                          offset=offset, literal=literal)
    if window is None or limit <= 0:
        return []
    try:
        ids = [r[0] for r in db.execute(*window)]
    except sqlite3.OperationalError as ex:
        if query.strip():
            raise search.syntax_error(query, ex) from None
        raise
    return rows_for(db, ids)


def rows_for(db: Database, ids: list[int]) -> list[LibraryRow]:
    """Library rows of these articles, in this order (unknown ids left out)."""
    if not ids:
        return []
    found = articles.many(db, ids)
    counts = {r[0]: r[1:] for r in db.execute(
        "SELECT q.article_id, COUNT(*), COUNT(DISTINCT q.claim_id), "
        "COUNT(DISTINCT CASE WHEN v.status = 'done' THEN q.claim_id END), "
        "COUNT(DISTINCT CASE WHEN v.status != 'unreviewed' THEN q.claim_id END) "
        f"FROM quotes q LEFT JOIN verdicts v ON v.claim_id = q.claim_id WHERE q.article_id IN {_JSON_IDS} "
        "AND q.is_current = 1 GROUP BY q.article_id", [_json(ids)])}
    out = []
    for article_id in ids:
        article = found.get(article_id)
        if article is None:
            continue
        quotes, claims, done, reviewed = counts.get(article_id, (0, 0, 0, 0))
        out.append(LibraryRow(article, quotes, claims, done, reviewed, state(claims, done, reviewed)))
    return out


def library_row(db: Database, article_id: int) -> LibraryRow:
    rows = rows_for(db, [article_id])
    if not rows:
        raise NotFound(f"there is no article {article_id}")
    return rows[0]


# --- speakers -------------------------------------------------------------------------------

def speakers_listing(db: Database, limit: int = 200, offset: int = 0) -> list[SpeakerListing]:
    """Root speakers, each with the claims of its whole group, most claims first."""
    rows = db.execute(
        "WITH per AS (SELECT speaker_id, COUNT(*) AS n FROM claims WHERE speaker_id IS NOT NULL "
        "GROUP BY speaker_id), "
        "grp AS (SELECT COALESCE(sp.merged_into, sp.id) AS root, SUM(COALESCE(per.n, 0)) AS claims, "
        "COUNT(*) - 1 AS merged FROM speakers sp LEFT JOIN per ON per.speaker_id = sp.id GROUP BY root) "
        "SELECT r.id, r.name, r.kind, grp.claims, grp.merged FROM grp JOIN speakers r ON r.id = grp.root "
        "ORDER BY grp.claims DESC, r.name COLLATE NOCASE, r.id LIMIT ? OFFSET ?",
        [max(0, int(limit)), max(0, int(offset))]).fetchall()
    return [SpeakerListing(*r) for r in rows]


def speaker_appearances(db: Database, group: tuple[int, ...], limit: int = 1000) -> list[Appearance]:
    """The latest `limit` current appearances of the claims of these speakers, oldest
    first. The window is chosen on the index alone, so a speaker quoted in half the
    library costs a sort of numbers, and only the rows kept are read whole."""
    ids = [r[0] for r in db.execute(
        f"SELECT q.id FROM quotes q WHERE q.claim_id IN (SELECT id FROM claims WHERE speaker_id IN {_JSON_IDS}) "
        "AND q.is_current = 1 ORDER BY COALESCE(q.seen_on, '') DESC, q.article_id DESC, q.id DESC LIMIT ?",
        [_json(list(group)), max(0, int(limit))])]
    rows = db.execute(
        "SELECT q.id, q.claim_id, q.article_id, a.title, a.outlet, a.url, q.seen_on, q.text, q.speaker, "
        "ag.name, q.kind FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"LEFT JOIN agencies ag ON ag.id = q.agency_id WHERE q.id IN {_JSON_IDS} "
        "ORDER BY COALESCE(q.seen_on, ''), q.article_id, q.id", [_json(ids)]).fetchall()
    return [Appearance(*r) for r in rows]


def speaker_names(db: Database, prefix: str = "", limit: int = 50) -> list[str]:
    """Speakers' names and aliases (a name is an alias too; merged speakers' included)
    starting with `prefix`, compared as `normalize` compares names (case, punctuation and
    spacing aside), in the order of that form. Each normalised form is one alias, so no
    name comes twice."""
    key = normalize(prefix)
    if prefix.strip() and not key:
        return []
    rows = db.execute("SELECT alias FROM speaker_aliases WHERE normalized >= ? AND normalized < ? "
                      "ORDER BY normalized LIMIT ?", [key, key + "\U0010ffff", max(0, int(limit))])
    return [r[0] for r in rows]


# --- agencies -------------------------------------------------------------------------------

@cache
def shipped_agencies() -> tuple[str, ...]:
    """The agency names in resources/agencies.toml."""
    with resource_path("agencies.toml").open("rb") as fh:
        return tuple(entry["name"] for entry in tomllib.load(fh).get("agency", []))


def agency_names(db: Database) -> list[str]:
    """Agencies in this database and in the shipped list, one spelling each, alphabetical."""
    names: dict[str, str] = {}
    for (name,) in db.execute("SELECT name FROM agencies ORDER BY id"):
        names.setdefault(normalize(name), name)
    for name in shipped_agencies():
        names.setdefault(normalize(name), name)
    return sorted(names.values(), key=lambda n: (n.casefold(), n))



class Listings:
    """The listings part of the `Store` facade (mixed into it): thin calls of the above."""

    db: Database
    speakers: Speakers

    def library(self, query: str = "", *, lang: str = "", outlet: str = "", agency: str = "", status: str = "",
                limit: int = 200, offset: int = 0, literal: bool = False) -> list[LibraryRow]:
        """One window of the library, newest first, each article with its counts and state.

        `query` is an FTS5 query over the current title and text (with literal=True, the
        words as typed); `lang` is exact, `outlet` a substring of the outlet, `agency` a
        substring of the article's agency or of any of its current quotes', `status` one
        of STATUSES: the article's state. All case-insensitive, all applied in SQL.
        """
        return library(self.db, query, lang=lang, outlet=outlet, agency=agency, status=status, limit=limit,
                       offset=offset, literal=literal)

    def library_row(self, article_id: int) -> LibraryRow:
        """One article as `library` lists it, e.g. to refresh its counts after a verdict."""
        return library_row(self.db, article_id)

    def speakers_listing(self, limit: int = 200, offset: int = 0) -> list[SpeakerListing]:
        """Root speakers with the claims of everyone merged into them, most claims first."""
        return speakers_listing(self.db, limit, offset)

    def speaker_appearances(self, speaker_id: int, limit: int = 1000) -> list[Appearance]:
        """Where the speaker, or anyone merged with them, was last quoted (the latest
        `limit` appearances), oldest first: their timeline."""
        return speaker_appearances(self.db, self.speakers.group(speaker_id), limit)

    def speaker_names(self, prefix: str = "", limit: int = 50) -> list[str]:
        """Speakers' names and aliases starting with `prefix`, for a completer."""
        return speaker_names(self.db, prefix, limit)

    def agency_names(self) -> list[str]:
        """The agencies in this database and in the shipped list, for a completer."""
        return agency_names(self.db)
