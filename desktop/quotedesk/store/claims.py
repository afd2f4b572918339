"""Claims: what a speaker said, whatever article carried it.

A claim's text is its first appearance's (or what a person rewrote it to); its
`normalized` form, the matching key, stays that of the first appearance so matching
gives the same answer in every session. `appearances`, `first_seen` and `last_seen`
are kept up to date from the current quotes after every change that touches them,
so that listing a million claims by count needs no aggregate.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from quotedesk.store.errors import NotFound, StoreError
from quotedesk.store.matching import ClaimMatcher
from quotedesk.store.records import Appearance, ClaimRow
from quotedesk.store.speakers import Speakers
from quotedesk.store.text import norm_key, now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

_SPEAKER_LABEL = (
    "COALESCE(root.name, sp.name, "
    "(SELECT q.speaker FROM quotes q WHERE q.claim_id = c.id ORDER BY q.id LIMIT 1))"
)
_CLAIM_SELECT = (
    f"SELECT c.id, c.text, {_SPEAKER_LABEL} AS speaker, COALESCE(root.id, sp.id) AS speaker_id, "
    "COALESCE(v.status, 'unreviewed') AS status, v.rating, c.appearances, c.first_seen, c.last_seen "
    "FROM claims c LEFT JOIN speakers sp ON sp.id = c.speaker_id "
    "LEFT JOIN speakers root ON root.id = sp.merged_into "
    "LEFT JOIN verdicts v ON v.claim_id = c.id"
)


def create(db: Database, speaker_id: int | None, text: str, normalized: str) -> int:
    return db.execute(
        "INSERT INTO claims (speaker_id, text, normalized, norm_key, created_at) VALUES (?, ?, ?, ?, ?)",
        [speaker_id, text, normalized, norm_key(normalized), now()],
    ).lastrowid


def match_or_create(db: Database, matcher: ClaimMatcher, speaker_id: int | None, text: str,
                    normalized: str) -> tuple[int, bool]:
    """The claim this quote is an appearance of, and whether it had to be created."""
    found = matcher.find(speaker_id, normalized)
    if found is not None:
        return found, False
    claim_id = create(db, speaker_id, text, normalized)
    matcher.added(speaker_id, claim_id, normalized)
    return claim_id, True


def reassign(db: Database, matcher: ClaimMatcher, speakers: Speakers, quote_id: int,
             speaker_id: int | None) -> tuple[int, int]:
    """Move a quote whose speaker changed to the right claim; return (old, new) claim ids.

    When the quote was its claim's only appearance and the new speaker has no such
    claim yet, the claim itself moves to the new speaker, verdict and all: a person
    correcting who said it has not made it a different statement.
    """
    row = db.execute("SELECT claim_id, anchor, text FROM quotes WHERE id = ?", [quote_id]).fetchone()
    old_claim, anchor, text = row
    claim_speaker = db.execute("SELECT speaker_id FROM claims WHERE id = ?", [old_claim]).fetchone()[0]
    same_group = (claim_speaker is None and speaker_id is None) or (
        claim_speaker is not None and speaker_id is not None
        and speakers.root(claim_speaker) == speakers.root(speaker_id))
    if same_group:
        return old_claim, old_claim
    found = matcher.find(speaker_id, anchor)
    if found is None:
        others = db.execute("SELECT COUNT(*) FROM quotes WHERE claim_id = ? AND id != ? AND is_current = 1",
                            [old_claim, quote_id]).fetchone()[0]
        if others == 0:
            db.execute("UPDATE claims SET speaker_id = ? WHERE id = ?", [speaker_id, old_claim])
            matcher.forget(claim_speaker)
            matcher.forget(speaker_id)
            return old_claim, old_claim
        found, _ = match_or_create(db, matcher, speaker_id, text, anchor)
    db.execute("UPDATE quotes SET claim_id = ? WHERE id = ?", [found, quote_id])
    return old_claim, found


_REFRESH = (
    "UPDATE claims SET "
    "appearances = (SELECT COUNT(*) FROM quotes WHERE claim_id = claims.id AND is_current = 1), "
    "first_seen = (SELECT MIN(seen_on) FROM quotes WHERE claim_id = claims.id AND is_current = 1), "
    "last_seen = (SELECT MAX(seen_on) FROM quotes WHERE claim_id = claims.id AND is_current = 1) "
    "WHERE id = ?"
)


def refresh_stats(db: Database, claim_ids: Iterable[int]) -> None:
    """Recount appearances; call inside the transaction that changed them."""
    # outside one, Python's sqlite3 would open a transaction here that nothing commits
    if not db.conn.in_transaction:
        raise RuntimeError("refresh_stats must run inside the transaction that changed the appearances")
    db.conn.executemany(_REFRESH, [(cid,) for cid in sorted(set(claim_ids))])


def _tags_for(db: Database, claim_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not claim_ids:
        return {}
    marks = ", ".join("?" for _ in claim_ids)
    out: dict[int, list[str]] = {}
    for cid, name in db.execute(
            f"SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
            f"WHERE ct.claim_id IN ({marks}) ORDER BY t.name", claim_ids):
        out.setdefault(cid, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _rows(db: Database, sql: str, params: list[Any]) -> list[ClaimRow]:
    rows = db.execute(sql, params).fetchall()
    tags = _tags_for(db, [r[0] for r in rows])
    return [ClaimRow(*r, tags=tags.get(r[0], ())) for r in rows]


def get(db: Database, claim_id: int) -> ClaimRow:
    rows = _rows(db, f"{_CLAIM_SELECT} WHERE c.id = ?", [claim_id])
    if not rows:
        raise NotFound(f"there is no claim {claim_id}")
    return rows[0]


ORDERS = {
    "appearances": "c.appearances DESC, c.last_seen DESC, c.id",
    "recent": "c.last_seen DESC, c.id DESC",
    "first": "c.first_seen, c.id",
    "id": "c.id",
}


def listing(db: Database, *, speaker_ids: tuple[int, ...] | None = None, status: str | None = None,
            rating: str | None = None, tag: str | None = None, limit: int = 100, offset: int = 0,
            order: str = "appearances") -> list[ClaimRow]:
    where: list[str] = []
    params: list[Any] = []
    if speaker_ids is not None:
        where.append(f"c.speaker_id IN ({', '.join('?' for _ in speaker_ids)})")
        params += list(speaker_ids)
    if status is not None:
        where.append("COALESCE(v.status, 'unreviewed') = ?")
        params.append(status)
    if rating is not None:
        where.append("v.rating = ?")
        params.append(rating)
    if tag is not None:
        where.append("c.id IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
                     "WHERE t.name = ?)")
        params.append(tag)
    if order not in ORDERS:
        raise StoreError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
    return _rows(db, sql, [*params, limit, offset])


def appearances(db: Database, claim_id: int, *, current_only: bool = True) -> list[Appearance]:
    """Where a claim appeared, oldest first: the timeline of one statement."""
    sql = (
        "SELECT q.id, q.claim_id, q.article_id, a.title, a.outlet, a.url, q.seen_on, q.text, q.speaker, "
        "ag.name, q.kind FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN agencies ag ON ag.id = q.agency_id WHERE q.claim_id = ?"
        + (" AND q.is_current = 1" if current_only else "")
        + " ORDER BY q.seen_on, q.id"
    )
    return [Appearance(*r) for r in db.execute(sql, [claim_id]).fetchall()]


def set_text(db: Database, claim_id: int, new: Any, _old: Any) -> Any:
    if not isinstance(new, str) or not new.strip():
        raise StoreError("a claim needs some text")
    row = db.execute("SELECT text FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise NotFound(f"there is no claim {claim_id}")
    db.execute("UPDATE claims SET text = ? WHERE id = ?", [new, claim_id])
    return row[0]
