"""The claim log as records: one per claim, read through the Store API.

A record holds what the journalist hands in: what was claimed, by whom, where it first
appeared and everywhere else it did, which agencies carried it, the verdict (status,
rating, who rated it and when, notes, evidence, tags) and the claim's history. Records
are read one claim at a time, so a large log streams to its file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotedesk import __version__
from quotedesk.export.errors import ExportCancelled, ExportError
from quotedesk.export.filters import ExportFilters
from quotedesk.store import StoreError

if TYPE_CHECKING:
    from quotedesk.store import Appearance, ClaimRow, Event, RatingLevel, Store, Verdict

# progress(done, total): after each claim read
Progress = Callable[[int, int], None]

# A text filter keeps every claim the search finds, not only the best-ranked fifty.
TEXT_SEARCH_LIMIT = 1_000_000


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    claim: ClaimRow
    speaker_kind: str | None  # person, organization, anonymous, unknown
    speaker_role: str | None  # e.g. "Juru bicara Kremlin", where the claim first appeared with a role
    appearances: tuple[Appearance, ...]  # current ones, oldest first
    verdict: Verdict
    history: tuple[Event, ...]
    rated_by: str | None = None  # who gave the current rating, and when (ISO UTC)
    rated_at: str | None = None

    @property
    def first(self) -> Appearance | None:
        return self.appearances[0] if self.appearances else None

    @property
    def agencies(self) -> tuple[str, ...]:
        """The agencies that carried the claim, in the order they first did."""
        return tuple(dict.fromkeys(a.agency for a in self.appearances if a.agency))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.outlet for a in self.appearances if a.outlet))

    def to_dict(self) -> dict[str, Any]:
        """The full structure, as JSON holds it."""
        c, v = self.claim, self.verdict
        return {
            "id": c.id,
            "text": c.text,
            "speaker": c.speaker,
            "speaker_id": c.speaker_id,
            "speaker_kind": self.speaker_kind,
            "speaker_role": self.speaker_role,
            "first_seen": c.first_seen,
            "last_seen": c.last_seen,
            "agencies": list(self.agencies),
            "outlets": list(self.outlets),
            "first_appearance": _appearance(self.first) if self.first else None,
            "appearances": [_appearance(a) for a in self.appearances],
            "verdict": {
                "status": v.status,
                "rating": v.rating,
                "rated_by": self.rated_by,
                "rated_at": self.rated_at,
                "updated_by": v.updated_by,
                "updated_at": v.updated_at,
                "tags": list(v.tags),
                "notes": [{k: n.to_dict()[k] for k in ("id", "text", "author", "created_at")} for n in v.notes],
                "evidence": [{k: e.to_dict()[k] for k in ("id", "url", "note", "retrieved_at", "author",
                                                           "created_at")} for e in v.evidence],
            },
            "history": [e.to_dict() for e in self.history],
        }


def _appearance(a: Appearance) -> dict[str, Any]:
    return {"quote_id": a.quote_id, "article_id": a.article_id, "seen_on": a.seen_on, "outlet": a.outlet,
            "title": a.title, "url": a.url, "agency": a.agency, "speaker": a.speaker, "kind": a.kind,
            "text": a.text}


@dataclass(frozen=True, slots=True)
class ExportMeta:
    """How the log was made: when, by what, from which database, with which filters."""

    generated_at: str  # ISO 8601 UTC
    filters: ExportFilters
    claims: int
    database: str | None = None  # the file name only: a log handed on should not carry a home folder
    rating_scale: tuple[RatingLevel, ...] = ()
    generator: str = f"Quotedesk {__version__}"

    def line(self) -> str:
        """One line a person reads at the top of a CSV or a report."""
        source = f" from {self.database}" if self.database else ""
        noun = "claim" if self.claims == 1 else "claims"
        return (f"Claim log exported {self.generated_at} by {self.generator}{source}; "
                f"filters: {self.filters.describe()}; {self.claims} {noun}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "generator": self.generator,
            "generated_at": self.generated_at,
            "database": self.database,
            "filters": self.filters.to_dict(),
            "filters_text": self.filters.describe(),
            "claims": self.claims,
            "rating_scale": [{"label": lv.label, "value": lv.value} for lv in self.rating_scale],
        }


@dataclass(slots=True)
class ClaimLog:
    """The metadata, and the records read lazily in order: iterate `records()` once."""

    meta: ExportMeta
    store: Store
    claim_ids: list[int]
    progress: Progress | None = None
    should_stop: Callable[[], bool] | None = None

    def records(self) -> Iterator[ClaimRecord]:
        total = len(self.claim_ids)
        for done, claim_id in enumerate(self.claim_ids, 1):
            if self.should_stop is not None and self.should_stop():
                raise ExportCancelled("export cancelled")
            yield read_record(self.store, claim_id)
            if self.progress is not None:
                self.progress(done, total)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def check_names(store: Store, filters: ExportFilters) -> None:
    """A name no speaker or agency goes by is an ExportError: a typo should not look
    like an empty log."""
    if filters.speaker and not store.find_speakers(filters.speaker):
        raise ExportError(f"no speaker called {filters.speaker!r} in this database")
    if filters.agency and not store.agencies.find(filters.agency):
        raise ExportError(f"no agency called {filters.agency!r} in this database")


def select_claims(store: Store, filters: ExportFilters) -> list[int]:
    """The ids of the claims the filters keep, oldest first (see check_names)."""
    check_names(store, filters)
    among = None
    try:
        if filters.text:
            hits = store.search(filters.text, literal=filters.literal, limit=TEXT_SEARCH_LIMIT)
            among = {hit.claim_id for hit in hits}
        return store.claim_log_ids(among=among, speaker=filters.speaker, status=filters.status,
                                   rating=filters.rating, tag=filters.tag, agency=filters.agency,
                                   outlet=filters.outlet, since=filters.since, until=filters.until)
    except StoreError as ex:
        raise ExportError(str(ex)) from ex


def read_record(store: Store, claim_id: int) -> ClaimRecord:
    claim = store.claim(claim_id)
    verdict = store.verdict(claim_id)
    history = tuple(store.history("claim", claim_id))
    appearances = tuple(store.appearances(claim_id))
    quotes = {q.id: q for q in store.quotes(claim_id=claim_id)}
    if claim.speaker_id is not None:
        kind: str | None = store.speaker(claim.speaker_id).kind
    else:  # an anonymous source, or nobody named: the quotes say which
        kind = next((q.speaker_kind for q in quotes.values()), None)
    # the role the speaker was given where the claim first appeared with one ("Juru bicara Kremlin")
    role = next((quotes[a.quote_id].role for a in appearances if a.quote_id in quotes and quotes[a.quote_id].role),
                None)
    rated_by, rated_at = _who_rated(claim_id, verdict, history)
    return ClaimRecord(claim=claim, speaker_kind=kind, speaker_role=role, appearances=appearances,
                       verdict=verdict, history=history, rated_by=rated_by, rated_at=rated_at)


def _who_rated(claim_id: int, verdict: Verdict, history: tuple[Event, ...]) -> tuple[str | None, str | None]:
    """The person and time of the event that gave the current rating (an undo counts:
    it gave the rating back); the verdict's last change when the history has none."""
    if verdict.rating is None:
        return None, None
    for event in reversed(history):
        if event.entity == "claim" and event.entity_id == claim_id and event.field == "rating":
            if event.to_value == verdict.rating:
                return event.who, event.at
            break
    return verdict.updated_by, verdict.updated_at


def open_log(store: Store, filters: ExportFilters | None = None, *, progress: Progress | None = None,
             should_stop: Callable[[], bool] | None = None, generated_at: str | None = None) -> ClaimLog:
    """Select the claims now; their records are read as the log is written."""
    filters = filters or ExportFilters()
    ids = select_claims(store, filters)
    database = Path(store.path).name if store.path else None
    meta = ExportMeta(generated_at=generated_at or now_utc(), filters=filters, claims=len(ids),
                      database=database, rating_scale=tuple(store.rating_scale()))
    return ClaimLog(meta=meta, store=store, claim_ids=ids, progress=progress, should_stop=should_stop)
