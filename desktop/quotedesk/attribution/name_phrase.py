"""A phrase that names someone: its tokens, its kind and the role found around it."""

from __future__ import annotations

from dataclasses import dataclass

MAX_NAME_TOKENS = 10  # the longest capitalised run read as one name


@dataclass(frozen=True, slots=True)
class NamePhrase:
    """Tokens [start, end) of a name, with the role found around it."""

    start: int
    end: int
    text: str
    kind: str  # person | organization | anonymous | pronoun | role
    role: str | None = None
    role_start: int | None = None
    said_by: int | None = None  # the relative pronoun that stands for it: "Dschassim, der … betonte"
