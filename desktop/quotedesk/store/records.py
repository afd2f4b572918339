"""What the store hands back: frozen rows, plain data for the CLI, the GUI and export."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

ImportStatus = Literal["imported", "unchanged", "revised", "reextracted"]


class _Dict:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class ImportResult(_Dict):
    status: ImportStatus
    article_id: int
    revision_id: int
    source: str | None = None
    quotes: int = 0  # quotes now current in the article
    new_claims: int = 0
    reanchored: int = 0  # quotes of the previous revision found again in this one


@dataclass(frozen=True, slots=True)
class Article(_Dict):
    id: int
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    lang: str | None
    agency: str | None
    current_revision_id: int | None
    revisions: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class LibraryRow(_Dict):
    """An article in the library listing, with its current quotes and their claims counted.

    `state` is the article's place in the workflow: "done" when every claim is done,
    "in progress" when any claim is reviewed (not "unreviewed"), else "unreviewed"
    (an article without claims too)."""

    article: Article
    quotes: int
    claims: int
    done: int
    reviewed: int
    state: str


@dataclass(frozen=True, slots=True)
class Revision(_Dict):
    id: int
    article_id: int
    number: int
    content_hash: str
    title: str | None
    source: str | None
    format: str | None
    imported_at: str


@dataclass(frozen=True, slots=True)
class StoredQuote(_Dict):
    """One appearance of a claim: a quote in an article, with what a person corrected."""

    id: int
    article_id: int
    revision_id: int
    claim_id: int
    is_current: bool
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_id: int | None
    speaker_kind: str
    role: str | None
    cue: str | None
    agency: str | None
    agency_relation: str | None
    confidence: float | None
    evidence: str | None
    extracted_speaker: str | None
    extracted_agency: str | None
    seen_on: str | None
    # where the speaker mention the cue attaches to sits in the revision's text
    # ("Peskov", "ujarnya", "he"); None when the engine named nobody there
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimRow(_Dict):
    id: int
    text: str
    speaker: str | None
    speaker_id: int | None
    status: str
    rating: str | None
    appearances: int
    first_seen: str | None
    last_seen: str | None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Appearance(_Dict):
    quote_id: int
    claim_id: int
    article_id: int
    title: str | None
    outlet: str | None
    url: str | None
    seen_on: str | None
    text: str
    speaker: str | None
    agency: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Note(_Dict):
    id: int
    claim_id: int
    text: str
    created_at: str
    author: str | None


@dataclass(frozen=True, slots=True)
class EvidenceLink(_Dict):
    id: int
    claim_id: int
    url: str
    retrieved_at: str | None
    note: str | None
    created_at: str
    author: str | None


@dataclass(frozen=True, slots=True)
class Verdict(_Dict):
    claim_id: int
    status: str
    rating: str | None
    updated_at: str | None = None
    updated_by: str | None = None
    notes: tuple[Note, ...] = ()
    evidence: tuple[EvidenceLink, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RatingLevel(_Dict):
    label: str
    position: int
    value: float | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker(_Dict):
    id: int
    name: str
    kind: str
    merged_into: int | None
    aliases: tuple[str, ...] = ()
    wikidata_id: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerListing(_Dict):
    """A root speaker with the claims of everyone merged into it counted in; `merged` is
    how many other speakers are merged into it."""

    id: int
    name: str
    kind: str
    claims: int
    merged: int = 0


@dataclass(frozen=True, slots=True)
class Event(_Dict):
    id: int
    at: str
    who: str
    action: str
    entity: str
    entity_id: Any
    field: str
    from_value: Any
    to_value: Any
    action_id: int | None
    undoes_event_id: int | None


@dataclass(frozen=True, slots=True)
class SearchHit(_Dict):
    """A quote (kind "quote") or a claim (kind "claim") whose text matched; `rank` is
    its place in the results, 0 first."""

    kind: Literal["quote", "claim"]
    claim_id: int
    quote_id: int | None
    text: str
    speaker: str | None
    agency: str | None
    article_id: int | None
    title: str | None
    outlet: str | None
    seen_on: str | None
    status: str
    rating: str | None
    rank: float = 0.0


@dataclass(frozen=True, slots=True)
class ClaimLogRow(_Dict):
    """A claim as the claim log lists it. The first appearance is the earliest dated
    current quote (undated ones after the dated); `role` is the speaker's where the
    claim first appeared with one; `agencies` those that carried it, in the order they
    first did; `changed_at`/`changed_by` the latest change a person made to the claim."""

    claim_id: int
    text: str
    speaker: str | None
    role: str | None
    first_seen: str | None
    first_outlet: str | None
    first_agency: str | None
    first_article_id: int | None
    first_quote_id: int | None
    appearances: int
    agencies: tuple[str, ...]
    rating: str | None
    status: str
    changed_at: str | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class Reappearance(_Dict):
    """A current quote of a claim rated False (or Mostly false) that reached the desk
    after the rating: `rated_at`/`rated_by` say when and by whom the rating was given."""

    quote_id: int
    article_id: int
    claim_id: int
    rating: str
    rated_at: str | None
    rated_by: str | None

    def line(self) -> str:
        """'rated False on 2025-02-27 by Ana Wulandari'."""
        on = f" on {self.rated_at[:10]}" if self.rated_at else ""
        by = f" by {self.rated_by}" if self.rated_by else ""
        return f"rated {self.rating}{on}{by}"
