"""The person's changes: thin calls into `Store`, an undo/redo stack over its events,
and one signal per kind of change so every pane can refresh what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from quotedesk.model import STATUSES

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Store, StoredQuote, Verdict


class Session(QObject):
    claimChanged = Signal(int)  # claim id: its verdict, notes, evidence or tags changed
    quoteChanged = Signal(int)  # quote id: its speaker or agency was corrected
    libraryChanged = Signal()  # anything else (undo of a merge, an import)
    failed = Signal(str)

    def __init__(self, store: Store | None, parent=None) -> None:
        super().__init__(parent)
        self.store = store  # None until the window has a store open; nothing calls in before
        # The store's undo reverses "the latest action not yet undone", and a redo is the
        # undo of an undo; these stacks remember which action each key press means.
        self._undone: list[int] = []  # first event of each undo action, newest last
        self._redone: list[int] = []  # first event of each redo action, newest last

    # --- verdicts ----------------------------------------------------------------------

    def _write(self, fn, *args, **kwargs):
        from quotedesk.store import StoreError
        try:
            result = fn(*args, **kwargs)
        except StoreError as ex:
            self.failed.emit(str(ex))
            return None
        self._undone.clear()
        self._redone.clear()
        return result

    def set_rating(self, claim_id: int, label: str | None) -> Verdict | None:
        verdict = self._write(self.store.set_verdict, claim_id, rating=label)
        if verdict is not None:
            self.claimChanged.emit(claim_id)
        return verdict

    def rate_level(self, claim_id: int, level: int) -> Verdict | None:
        scale = self.store.rating_scale()
        if not 1 <= level <= len(scale):
            self.failed.emit(f"the rating scale has {len(scale)} levels")
            return None
        return self.set_rating(claim_id, scale[level - 1].label)

    def set_status(self, claim_id: int, status: str) -> Verdict | None:
        verdict = self._write(self.store.set_verdict, claim_id, status=status)
        if verdict is not None:
            self.claimChanged.emit(claim_id)
        return verdict

    def cycle_status(self, claim_id: int) -> Verdict | None:
        current = self.store.verdict(claim_id).status
        following = STATUSES[(STATUSES.index(current) + 1) % len(STATUSES)] if current in STATUSES else STATUSES[0]
        return self.set_status(claim_id, following)

    def add_note(self, claim_id: int, text: str) -> None:
        if self._write(self.store.add_note, claim_id, text) is not None:
            self.claimChanged.emit(claim_id)

    def add_evidence(self, claim_id: int, url: str, note: str | None = None) -> None:
        if self._write(self.store.add_evidence, claim_id, url, note=note) is not None:
            self.claimChanged.emit(claim_id)

    def set_tags(self, claim_id: int, tags: list[str]) -> None:
        current = set(self.store.verdict(claim_id).tags)
        wanted = {t.strip() for t in tags if t.strip()}
        if wanted - current:
            self._write(self.store.tag, claim_id, *sorted(wanted - current))
        if current - wanted:
            self._write(self.store.untag, claim_id, *sorted(current - wanted))
        self.claimChanged.emit(claim_id)

    # --- corrections -------------------------------------------------------------------

    def correct(self, quote_id: int, field: str, name: str | None) -> StoredQuote | None:
        fn = self.store.correct_speaker if field == "speaker" else self.store.correct_agency
        quote = self._write(fn, quote_id, name)
        if quote is not None:
            self.quoteChanged.emit(quote_id)
            self.claimChanged.emit(quote.claim_id)
        return quote

    def clear_correction(self, quote_id: int, field: str) -> StoredQuote | None:
        quote = self._write(self.store.clear_correction, quote_id, field)
        if quote is not None:
            self.quoteChanged.emit(quote_id)
        return quote

    def merge_speakers(self, keep_id: int, other_id: int) -> bool:
        done = self._write(lambda: self.store.merge_speakers(keep_id, other_id) or True) is not None
        self.libraryChanged.emit()
        return done

    def unmerge(self, speaker_id: int) -> bool:
        done = self._write(lambda: self.store.unmerge(speaker_id) or True) is not None
        self.libraryChanged.emit()
        return done

    # --- undo --------------------------------------------------------------------------

    def undo(self) -> bool:
        # after a redo, undo takes back that redo first
        return self._reverse(self._redone.pop() if self._redone else None, self._undone)

    def redo(self) -> bool:
        if not self._undone:
            self.failed.emit("nothing to redo")
            return False
        return self._reverse(self._undone.pop(), self._redone)

    def _reverse(self, event_id: int | None, remember: list[int]) -> bool:
        """Redo is the store's undo of an undo: both append the reverse events."""
        from quotedesk.store import StoreError
        try:
            events = self.store.undo(event_id)
        except StoreError as ex:
            self.failed.emit(str(ex))
            return False
        if events:
            remember.append(events[0].id)
        self._announce(events)
        return True

    def _announce(self, events) -> None:
        for ev in events:
            if ev.entity == "claim":
                self.claimChanged.emit(int(ev.entity_id))
            elif ev.entity == "quote":
                self.quoteChanged.emit(int(ev.entity_id))
                self.claimChanged.emit(self.store.quote(int(ev.entity_id)).claim_id)
            else:
                self.libraryChanged.emit()
