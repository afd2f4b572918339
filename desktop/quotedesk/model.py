"""Plain data passed between ingest, attribution, store, GUI and export.

Frozen dataclasses with no behaviour beyond (de)serialisation, so every layer can
share them without importing each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

# How far a person has got with checking a claim; the store keeps one per claim.
STATUSES = ("unreviewed", "in progress", "done")

QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]
AgencyRelation = Literal["told", "reported_by", "dateline"]


@dataclass(frozen=True, slots=True)
class AgencyMention:
    start: int
    end: int
    name: str
    relation: AgencyRelation | Literal["photo_credit"] | None


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote as the `quotedesk extract` contract describes it (see DESIGN.md)."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: SpeakerKind = "unknown"
    role: str | None = None
    cue: str | None = None
    agency: str | None = None
    agency_relation: AgencyRelation | None = None
    confidence: float = 0.0
    evidence: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the engine found in one text."""

    lang: str
    quotes: tuple[Quote, ...] = ()
    agencies: tuple[AgencyMention, ...] = ()
    article_agency: AgencyMention | None = None

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True, slots=True)
class Document:
    """An article as ingest hands it on: clean text plus what is known about it.

    `text` is what every quote offset indexes; `content_hash` is the SHA-256 hex of
    `text` encoded as UTF-8, so the same article read twice hashes the same.
    """

    text: str
    content_hash: str
    source: str  # the path it came from, or "<stdin>"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date, "2025-03-14", when the article says
    lang: str | None = None
    format: Literal["txt", "html", "md"] = "txt"
