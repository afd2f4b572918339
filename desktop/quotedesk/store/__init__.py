"""The claim store: articles, quotes, claims, speakers, verdicts and their history in
one SQLite file, through sqlite-utils. No Qt and no NLP: the CLI, the GUI and the
import pipeline (`quotedesk.library`) all call the `Store` facade below.

Every write runs in one transaction; a change by a person also appends its events in
that same transaction, so the history never disagrees with the data.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from quotedesk.model import Analysis, Document
from quotedesk.store import articles, busy, claims, events, overrides, search, verdicts
from quotedesk.store.backup import BackupInfo, backup_connection
from quotedesk.store.changes import ChangeWatch, SharedFile
from quotedesk.store.claim_log import ClaimLog
from quotedesk.store.connection import default_db_path, open_db
from quotedesk.store.errors import NotFound, SearchSyntaxError, StoreError
from quotedesk.store.importing import Importer
from quotedesk.store.listings import Listings
from quotedesk.store.matching import ClaimMatcher
from quotedesk.store.records import (
    Appearance,
    Article,
    ClaimLogRow,
    ClaimRow,
    Event,
    ImportResult,
    LibraryRow,
    Note,
    RatingLevel,
    Reappearance,
    Revision,
    SearchHit,
    Speaker,
    SpeakerListing,
    StoredQuote,
    Verdict,
)
from quotedesk.store.schema import SCHEMA_VERSION, STATUSES, USER_NAME_KEY
from quotedesk.store.speakers import Agencies, Speakers
from quotedesk.store.text import now

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

__all__ = [
    "SCHEMA_VERSION", "STATUSES", "Appearance", "Article", "ClaimLogRow", "ClaimRow", "Event", "ImportResult",
    "LibraryRow", "NotFound", "Note", "RatingLevel", "Reappearance", "Revision", "SearchHit", "SearchSyntaxError",
    "Speaker", "SpeakerListing", "Store", "StoreError", "StoredQuote", "Verdict", "default_db_path", "open_db",
]


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


class Store(Listings, ClaimLog, SharedFile):
    """One open database (its listings for the GUI: `Listings`). Not thread-safe: give each thread its own Store."""

    def __init__(self, db: Database, path: str | os.PathLike[str] | None = None) -> None:
        self.db = db
        self.path = path
        self.speakers = Speakers(db)
        self.agencies = Agencies(db)
        self.matcher = ClaimMatcher(db, self.speakers)
        self._importer = Importer(db, self.speakers, self.agencies, self.matcher)
        self._changes = ChangeWatch(db)
        self._appliers: dict[tuple[str, str], events.Applier] = {
            ("claim", "status"): lambda cid, new, _old: verdicts.set_status(db, cid, new, self.user_name),
            ("claim", "rating"): lambda cid, new, _old: verdicts.set_rating(db, cid, new, self.user_name),
            ("claim", "text"): lambda cid, new, old: claims.set_text(db, cid, new, old),
            ("claim", "note"): lambda cid, new, old: verdicts.set_note(db, cid, new, old),
            ("claim", "evidence"): lambda cid, new, old: verdicts.set_evidence(db, cid, new, old),
            ("claim", "tags"): lambda cid, new, old: verdicts.set_tags(db, cid, new, old),
            ("quote", "speaker"): lambda qid, new, _old: self._override(qid, "speaker", new),
            ("quote", "agency"): lambda qid, new, _old: self._override(qid, "agency", new),
            ("speaker", "merged_into"): self._set_merged_into,
            ("speaker", "distinct_from"): self.speakers.set_distinct,
            ("speaker", "alias"): self.speakers.set_alias,
            ("settings", "rating_scale"): lambda _id, new, old: verdicts.set_scale(db, _id, new, old),
        }

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Store:
        """Open (creating and upgrading as needed) the database at `path`, or the default one."""
        return cls(open_db(path), path if path is not None else default_db_path())

    def close(self) -> None:
        self.db.close()

    def backup(self, dest: str | os.PathLike[str]) -> BackupInfo:
        """An online copy to `dest` (a folder: a timestamped file in it), checked before it is kept."""
        return backup_connection(self.db.conn, dest, live=self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions -------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write, holding the write lock from its start (see `busy`). Caches are
        dropped if it fails, since they may hold ids of rows the rollback took away."""
        try:
            with busy.write_transaction(self.db):
                yield
        except BaseException:
            self._forget_caches()
            raise

    def _forget_caches(self) -> None:
        self.speakers.clear()
        self.agencies.clear()
        self.matcher.clear()

    @contextlib.contextmanager
    def _person(self, name: str) -> Iterator[events.Action]:
        with self.transaction():
            yield events.Action(self.db, name, self.user_name)

    # --- who ------------------------------------------------------------------------

    @property
    def user_name(self) -> str:
        return events.current_user(self.db)

    def set_user_name(self, name: str | None) -> None:
        """The name written into the history; None goes back to the OS user name."""
        with self.transaction():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                            "value = excluded.value", [USER_NAME_KEY, (name or "").strip() or None])

    # --- import ----------------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        return articles.revision_by_hash(self.db, content_hash) is not None

    def add_document(self, doc: Document, analysis: Analysis) -> ImportResult:
        return self.add_documents([(doc, analysis)])[0]

    def add_documents(self, items: Iterable[tuple[Document, Analysis]]) -> list[ImportResult]:
        """Store analysed articles in one transaction: all of them or none."""
        with self.transaction():
            return [self._importer.add(doc, analysis) for doc, analysis in items]

    def reanalyse(self, article_id: int, analysis: Analysis) -> ImportResult:
        """Replace the article's extraction with `analysis` of its current text,
        keeping quotes found again, their claims and a person's corrections."""
        with self.transaction():
            return self._importer.reanalyse(article_id, analysis)

    # --- reading ---------------------------------------------------------------------

    def article(self, article_id: int) -> Article:
        return articles.get(self.db, article_id)

    def articles(self, *, limit: int = 100, offset: int = 0) -> list[Article]:
        return articles.listing(self.db, limit, offset)

    def revisions(self, article_id: int) -> list[Revision]:
        return articles.revisions(self.db, article_id)

    def article_text(self, article_id: int, revision_id: int | None = None) -> str:
        return articles.text(self.db, article_id, revision_id)

    def quotes(self, *, article_id: int | None = None, claim_id: int | None = None,
               current_only: bool = True) -> list[StoredQuote]:
        return articles.quotes(self.db, article_id=article_id, claim_id=claim_id, current_only=current_only)

    def quote(self, quote_id: int) -> StoredQuote:
        return articles.quote(self.db, quote_id)

    def claim(self, claim_id: int) -> ClaimRow:
        return claims.get(self.db, claim_id)

    def claims(self, *, speaker: str | None = None, status: str | None = None, rating: str | None = None,
               tag: str | None = None, limit: int = 100, offset: int = 0, order: str = "appearances") -> list[ClaimRow]:
        speaker_ids = self._speaker_filter(speaker)
        return claims.listing(
            self.db, speaker_ids=speaker_ids, status=verdicts.canonical_status(status) if status else None,
            rating=verdicts.canonical_rating(self.db, rating) if rating else None, tag=tag, limit=limit,
            offset=offset, order=order)

    def appearances(self, claim_id: int) -> list[Appearance]:
        return claims.appearances(self.db, claim_id)

    def verdict(self, claim_id: int) -> Verdict:
        return verdicts.get(self.db, claim_id)

    def rating_scale(self) -> list[RatingLevel]:
        return verdicts.rating_scale(self.db)

    def speaker(self, speaker_id: int) -> Speaker:
        return self.speakers.get(speaker_id)

    def find_speakers(self, name: str) -> list[Speaker]:
        return [self.speakers.get(sid) for sid in self.speakers.find(name)]

    def history(self, entity: str, entity_id: Any) -> list[Event]:
        """The events about one entity, oldest first; a claim's include its quotes'."""
        related = None
        if entity == "claim":
            quote_ids = [r[0] for r in self.db.execute("SELECT id FROM quotes WHERE claim_id = ?", [entity_id])]
            related = {"quote": quote_ids}
        return events.history(self.db, entity, entity_id, related=related)

    def recent_events(self, limit: int = 50) -> list[Event]:
        return events.recent(self.db, limit)

    def search(self, query: str, *, speaker: str | None = None, agency: str | None = None,
               status: str | None = None, rating: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 50, literal: bool = False) -> search.Hits:
        """Quotes and claims matching an FTS5 query (or, with literal=True, the words as
        typed), best first; `.ranked` on the result is False when the query matched so
        much that the newest come first instead."""
        filters = search.Filters(
            speaker_ids=self._speaker_filter(speaker),
            agency_ids=tuple(self.agencies.find(agency)) if agency else None,
            status=verdicts.canonical_status(status) if status else None,
            rating=verdicts.canonical_rating(self.db, rating) if rating else None,
            since=search.parse_date(since) if since else None,
            until=search.parse_date(until, end=True) if until else None,
        )
        return search.search(self.db, query, filters, limit=limit, literal=literal)

    def search_notes(self, query: str, *, limit: int = 50, literal: bool = False) -> list[Note]:
        return search.notes(self.db, query, limit=limit, literal=literal)

    def search_articles(self, query: str, *, limit: int = 50, literal: bool = False) -> list[Article]:
        return [self.article(aid) for aid in search.articles(self.db, query, limit=limit, literal=literal)]

    def _speaker_filter(self, speaker: str | None) -> tuple[int, ...] | None:
        if not speaker:
            return None
        return self.speakers.expand(self.speakers.find(speaker))

    # --- verdicts: changes by a person, each one event per field changed --------------

    def set_verdict(self, claim_id: int, *, status: str | None = UNSET, rating: str | None = UNSET) -> Verdict:
        """Set the workflow status and/or the rating (None clears the rating)."""
        with self._person("set verdict") as action:
            if status is not UNSET:
                old = verdicts.set_status(self.db, claim_id, status, action.who)
                action.record("claim", claim_id, "status", old, verdicts.canonical_status(status))
            if rating is not UNSET:
                old = verdicts.set_rating(self.db, claim_id, rating, action.who)
                new = None if rating is None else verdicts.canonical_rating(self.db, rating)
                action.record("claim", claim_id, "rating", old, new)
        return self.verdict(claim_id)

    def set_claim_text(self, claim_id: int, text: str) -> None:
        with self._person("edit claim") as action:
            old = claims.set_text(self.db, claim_id, text.strip(), None)
            action.record("claim", claim_id, "text", old, text.strip())

    def add_note(self, claim_id: int, text: str) -> int:
        if not text.strip():
            raise StoreError("a note needs some text")
        self.claim(claim_id)
        with self._person("add note") as action:
            value = {"id": verdicts.new_id(self.db, "notes"), "text": text, "created_at": now(), "author": action.who}
            verdicts.set_note(self.db, claim_id, value, None)
            action.record("claim", claim_id, "note", None, value)
        return value["id"]

    def edit_note(self, note_id: int, text: str | None) -> None:
        """Change a note's text; None deletes the note."""
        row = self.db.execute("SELECT claim_id, text, created_at, author FROM notes WHERE id = ?",
                              [note_id]).fetchone()
        if row is None:
            raise NotFound(f"there is no note {note_id}")
        claim_id, *rest = row
        current = dict(zip(("text", "created_at", "author"), rest, strict=True)) | {"id": note_id}
        new = None if text is None else {**current, "text": text}
        with self._person("edit note" if text is not None else "delete note") as action:
            old = verdicts.set_note(self.db, claim_id, new, current)
            action.record("claim", claim_id, "note", old, new)

    def add_evidence(self, claim_id: int, url: str, *, retrieved_at: str | None = None, note: str | None = None) -> int:
        if not url.strip():
            raise StoreError("an evidence link needs a URL")
        self.claim(claim_id)
        with self._person("add evidence") as action:
            value = {"id": verdicts.new_id(self.db, "evidence_links"), "url": url.strip(),
                     "retrieved_at": retrieved_at or now(), "note": note, "created_at": now(), "author": action.who}
            verdicts.set_evidence(self.db, claim_id, value, None)
            action.record("claim", claim_id, "evidence", None, value)
        return value["id"]

    def remove_evidence(self, link_id: int) -> None:
        row = self.db.execute("SELECT claim_id FROM evidence_links WHERE id = ?", [link_id]).fetchone()
        if row is None:
            raise NotFound(f"there is no evidence link {link_id}")
        with self._person("remove evidence") as action:
            old = verdicts.set_evidence(self.db, row[0], None, {"id": link_id})
            action.record("claim", row[0], "evidence", old, None)

    def tag(self, claim_id: int, *tags: str) -> list[str]:
        self.claim(claim_id)
        current = verdicts.get_tags(self.db, claim_id)
        return self._set_tags(claim_id, sorted({*current, *(verdicts.clean_tag(t) for t in tags)}, key=str.casefold))

    def untag(self, claim_id: int, *tags: str) -> list[str]:
        drop = {verdicts.clean_tag(t).casefold() for t in tags}
        self.claim(claim_id)
        current = verdicts.get_tags(self.db, claim_id)
        return self._set_tags(claim_id, [t for t in current if t.casefold() not in drop])

    def _set_tags(self, claim_id: int, new: list[str]) -> list[str]:
        with self._person("tag") as action:
            old = verdicts.set_tags(self.db, claim_id, new, None)
            action.record("claim", claim_id, "tags", old, verdicts.get_tags(self.db, claim_id))
        return verdicts.get_tags(self.db, claim_id)

    def set_rating_scale(self, levels: Iterable[str | tuple[str, float | None]]) -> list[RatingLevel]:
        """Replace the scale, best first: labels, or (label, ClaimReview value) pairs."""
        new = [[lv, None] if isinstance(lv, str) else [lv[0], lv[1]] for lv in levels]
        with self._person("set rating scale") as action:
            old = verdicts.set_scale(self.db, None, new, None)
            action.record("settings", None, "rating_scale", old, [[lv.label, lv.value] for lv in self.rating_scale()])
        return self.rating_scale()

    # --- corrections and speakers --------------------------------------------------------

    def _override(self, quote_id: int, field: str, new: str | None) -> str | None:
        return overrides.set_override(self.db, self.speakers, self.agencies, self.matcher, quote_id, field, new,
                                      self.user_name)

    def correct_speaker(self, quote_id: int, name: str | None) -> StoredQuote:
        """Say who really said the quote ("" or None: nobody named); kept across re-extraction."""
        return self._correct(quote_id, "speaker", name)

    def correct_agency(self, quote_id: int, name: str | None) -> StoredQuote:
        return self._correct(quote_id, "agency", name)

    def clear_correction(self, quote_id: int, field: str) -> StoredQuote:
        """Back to what the engine extracted."""
        with self._person(f"clear {field} correction") as action:
            old = self._override(quote_id, field, None)
            action.record("quote", quote_id, field, old, None)
        return self.quote(quote_id)

    def _correct(self, quote_id: int, field: str, value: str | None) -> StoredQuote:
        value = (value or "").strip()
        with self._person(f"correct {field}") as action:
            old = self._override(quote_id, field, value)
            action.record("quote", quote_id, field, old, value)
        return self.quote(quote_id)

    def _set_merged_into(self, speaker_id: int, new: Any, old: Any) -> Any:
        self.matcher.clear()
        return self.speakers.set_merged_into(speaker_id, new, old)

    def merge_speakers(self, keep_id: int, other_id: int) -> None:
        """From now on `other_id` (with anyone merged into it) is the same person as `keep_id`."""
        with self._person("merge speakers") as action:
            self.speakers.merge(keep_id, other_id, action)
            self.matcher.clear()

    def unmerge(self, speaker_id: int) -> None:
        with self._person("unmerge speaker") as action:
            self.speakers.unmerge(speaker_id, action)
            self.matcher.clear()

    def mark_distinct(self, speaker_id: int, other_id: int) -> None:
        """Remember that these two are not the same person; merging them is then refused."""
        with self._person("mark not the same person") as action:
            self.speakers.mark_distinct(speaker_id, other_id, action)

    def add_alias(self, speaker_id: int, alias: str) -> None:
        with self._person("add alias") as action:
            self.speakers.add_alias(speaker_id, alias, action)

    # --- undo -------------------------------------------------------------------------------

    def undo(self, event_id: int | None = None) -> list[Event]:
        """Reverse the last action not yet undone (or the one holding `event_id`) by
        appending the reverse events; returns them."""
        with self.transaction():
            ids = events.undo(self.db, self._appliers, self.user_name, event_id)
        return events.get_events(self.db, ids)
