"""Articles and their revisions.

An article is one story at one address; each distinct text of it is a revision that
keeps the text whole, so every quote offset indexes the text it was found in. The
same text (by content hash) is never stored twice. An edited text becomes a new
revision of the article it belongs to: the one at the same URL, or else the one with
the same title and outlet (a missing outlet matching a missing outlet, so a plain text
file saved again after editing is recognised by its title line).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from quotedesk.model import Document
from quotedesk.store.errors import NotFound
from quotedesk.store.records import Article, Revision, StoredQuote
from quotedesk.store.text import now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

_ARTICLE_SELECT = (
    "SELECT a.id, a.title, a.outlet, a.url, a.published, a.lang, ag.name, a.current_revision_id, "
    "(SELECT COUNT(*) FROM revisions r WHERE r.article_id = a.id), a.created_at, a.updated_at "
    "FROM articles a LEFT JOIN agencies ag ON ag.id = a.agency_id"
)
_QUOTE_SELECT = (
    "SELECT q.id, q.article_id, q.revision_id, q.claim_id, q.is_current, q.text, q.start_offset, q.end_offset, "
    "q.kind, q.speaker, q.speaker_id, q.speaker_kind, q.role, q.cue, ag.name, q.agency_relation, q.confidence, "
    "q.evidence, q.extracted_speaker, q.extracted_agency, q.seen_on, q.speaker_start, q.speaker_end "
    "FROM quotes q LEFT JOIN agencies ag ON ag.id = q.agency_id"
)


def revision_by_hash(db: Database, content_hash: str) -> tuple[int, int] | None:
    """(revision id, article id) of the stored text with this hash, if any."""
    row = db.execute("SELECT id, article_id FROM revisions WHERE content_hash = ?", [content_hash]).fetchone()
    return (row[0], row[1]) if row else None


def find_article(db: Database, doc: Document) -> int | None:
    if doc.url:
        row = db.execute("SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1", [doc.url]).fetchone()
        if row:
            return row[0]
    if doc.title and doc.title.strip():
        row = db.execute("SELECT id FROM articles WHERE title = ? AND outlet IS ? ORDER BY id LIMIT 1",
                         [doc.title, doc.outlet]).fetchone()
        if row:
            return row[0]
    return None


def insert_article(db: Database, doc: Document, lang: str | None, agency_id: int | None) -> int:
    stamp = now()
    return db.execute(
        "INSERT INTO articles (title, outlet, url, published, lang, agency_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [doc.title, doc.outlet, doc.url, doc.published, lang, agency_id, stamp, stamp],
    ).lastrowid


def update_article(db: Database, article_id: int, doc: Document, lang: str | None, agency_id: int | None) -> None:
    """What the new revision knows wins; what it does not say keeps its old value."""
    db.execute(
        "UPDATE articles SET title = COALESCE(?, title), outlet = COALESCE(?, outlet), url = COALESCE(?, url), "
        "published = COALESCE(?, published), lang = COALESCE(?, lang), agency_id = COALESCE(?, agency_id), "
        "updated_at = ? WHERE id = ?",
        [doc.title, doc.outlet, doc.url, doc.published, lang, agency_id, now(), article_id],
    )


def insert_revision(db: Database, article_id: int, doc: Document) -> int:
    number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE article_id = ?",
                        [article_id]).fetchone()[0]
    revision_id = db.execute(
        "INSERT INTO revisions (article_id, number, content_hash, title, text, source, format, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, number, doc.content_hash, doc.title, doc.text, doc.source, doc.format, now()],
    ).lastrowid
    db.execute("UPDATE articles SET current_revision_id = ? WHERE id = ?", [revision_id, article_id])
    return revision_id


def seen_on(db: Database, article_id: int) -> str:
    """The date an article's quotes count as said: its publication date, else the day
    it was first imported."""
    published, created = db.execute("SELECT published, created_at FROM articles WHERE id = ?",
                                    [article_id]).fetchone()
    return (published or created)[:10]


def get(db: Database, article_id: int) -> Article:
    row = db.execute(f"{_ARTICLE_SELECT} WHERE a.id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(f"there is no article {article_id}")
    return Article(*row)


def many(db: Database, ids: list[int]) -> dict[int, Article]:
    """The articles with these ids, by id (unknown ids left out)."""
    rows = db.execute(f"{_ARTICLE_SELECT} WHERE a.id IN (SELECT value FROM json_each(?))",
                      [json.dumps(list(ids))]).fetchall()
    return {r[0]: Article(*r) for r in rows}


def listing(db: Database, limit: int = 100, offset: int = 0) -> list[Article]:
    rows = db.execute(f"{_ARTICLE_SELECT} ORDER BY a.id DESC LIMIT ? OFFSET ?", [limit, offset]).fetchall()
    return [Article(*r) for r in rows]


def revisions(db: Database, article_id: int) -> list[Revision]:
    rows = db.execute(
        "SELECT id, article_id, number, content_hash, title, source, format, imported_at FROM revisions "
        "WHERE article_id = ? ORDER BY number", [article_id]).fetchall()
    return [Revision(*r) for r in rows]


def text(db: Database, article_id: int, revision_id: int | None = None) -> str:
    if revision_id is None:
        row = db.execute("SELECT r.text FROM articles a JOIN revisions r ON r.id = a.current_revision_id "
                         "WHERE a.id = ?", [article_id]).fetchone()
    else:
        row = db.execute("SELECT text FROM revisions WHERE id = ? AND article_id = ?",
                         [revision_id, article_id]).fetchone()
    if row is None:
        raise NotFound(f"there is no article {article_id}" if revision_id is None
                       else f"article {article_id} has no revision {revision_id}")
    return row[0]


def quotes(db: Database, *, article_id: int | None = None, claim_id: int | None = None,
           current_only: bool = True) -> list[StoredQuote]:
    where, params = [], []
    if article_id is not None:
        where.append("q.article_id = ?")
        params.append(article_id)
    if claim_id is not None:
        where.append("q.claim_id = ?")
        params.append(claim_id)
    if current_only:
        where.append("q.is_current = 1")
    sql = _QUOTE_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY q.article_id, q.position"
    return [_quote(r) for r in db.execute(sql, params).fetchall()]


def quote(db: Database, quote_id: int) -> StoredQuote:
    row = db.execute(f"{_QUOTE_SELECT} WHERE q.id = ?", [quote_id]).fetchone()
    if row is None:
        raise NotFound(f"there is no quote {quote_id}")
    return _quote(row)


def _quote(row: tuple) -> StoredQuote:
    values = list(row)
    values[4] = bool(values[4])
    return StoredQuote(*values)
