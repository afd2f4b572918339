"""A person's corrections of who said a quote and which agency carried it.

A correction is an override row, kept apart from what the engine extracted, keyed by
the quote and by its anchor (the article and the normalised quote text). Re-extracting
the article or importing a new revision re-anchors quotes and applies the overrides
again, so a correction is made once. Clearing an override (None) returns the quote to
what the engine said.

An override value of "" means "nobody": the person says the quote has no speaker or
no agency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotedesk.store import claims
from quotedesk.store.errors import NotFound, StoreError
from quotedesk.store.matching import ClaimMatcher
from quotedesk.store.speakers import Agencies, Speakers
from quotedesk.store.text import now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

FIELDS = ("speaker", "agency")


def effective_speaker(extracted: str | None, extracted_kind: str, override: str | None,
                      overridden: bool) -> tuple[str | None, str]:
    """(speaker label, speaker kind) once a person's correction, if any, is applied."""
    if not overridden:
        return extracted, extracted_kind
    if not override:
        return None, "unknown"
    kind = extracted_kind if extracted_kind in ("person", "organization") and override == extracted else "person"
    return override, kind


def for_article(db: Database, article_id: int) -> list[tuple[int, int, str, str, str | None]]:
    """(override id, quote id, anchor, field, value) of every override in the article."""
    return db.execute("SELECT id, quote_id, anchor, field, value FROM overrides WHERE article_id = ? ORDER BY id",
                      [article_id]).fetchall()


def _current(db: Database, quote_id: int, field: str) -> tuple[bool, Any]:
    row = db.execute("SELECT value FROM overrides WHERE quote_id = ? AND field = ?", [quote_id, field]).fetchone()
    return (row is not None, row[0] if row else None)


def apply_to_quote(db: Database, speakers: Speakers, agencies: Agencies, matcher: ClaimMatcher,
                   quote_id: int) -> set[int]:
    """Recompute a quote's effective speaker and agency; return the claims touched."""
    row = db.execute(
        "SELECT extracted_speaker, extracted_speaker_kind, extracted_agency FROM quotes WHERE id = ?",
        [quote_id]).fetchone()
    if row is None:
        raise NotFound(f"there is no quote {quote_id}")
    extracted, extracted_kind, extracted_agency = row
    has_speaker, speaker_value = _current(db, quote_id, "speaker")
    label, kind = effective_speaker(extracted, extracted_kind or "unknown", speaker_value, has_speaker)
    speaker_id = speakers.resolve(label, kind)
    has_agency, agency_value = _current(db, quote_id, "agency")
    agency = (agency_value or None) if has_agency else extracted_agency
    db.execute("UPDATE quotes SET speaker = ?, speaker_kind = ?, speaker_id = ?, agency_id = ? WHERE id = ?",
               [label, kind, speaker_id, agencies.resolve(agency), quote_id])
    old_claim, new_claim = claims.reassign(db, matcher, speakers, quote_id, speaker_id)
    return {old_claim, new_claim}


def set_override(db: Database, speakers: Speakers, agencies: Agencies, matcher: ClaimMatcher,
                 quote_id: int, field: str, new: str | None, who: str | None) -> str | None:
    """The applier for quote.speaker and quote.agency; returns the previous override
    (None when there was none)."""
    if field not in FIELDS:
        raise StoreError(f"cannot correct {field!r}; only {', '.join(FIELDS)}")
    row = db.execute("SELECT article_id, anchor FROM quotes WHERE id = ?", [quote_id]).fetchone()
    if row is None:
        raise NotFound(f"there is no quote {quote_id}")
    article_id, anchor = row
    _, previous = _current(db, quote_id, field)
    if new is None:
        db.execute("DELETE FROM overrides WHERE quote_id = ? AND field = ?", [quote_id, field])
    else:
        db.execute(
            "INSERT INTO overrides (article_id, quote_id, anchor, field, value, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (quote_id, field) DO UPDATE SET value = excluded.value, "
            "created_at = excluded.created_at, created_by = excluded.created_by",
            [article_id, quote_id, anchor, field, new.strip(), now(), who],
        )
    touched = apply_to_quote(db, speakers, agencies, matcher, quote_id)
    claims.refresh_stats(db, touched)
    return previous
