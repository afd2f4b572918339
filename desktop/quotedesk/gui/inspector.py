"""The inspector dock: the verdict, notes, evidence, tags, appearances and history of
the selected quote's claim, and the speaker and agency corrections."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quotedesk.gui import theme
from quotedesk.gui.session import Session
from quotedesk.model import STATUSES
from quotedesk.wording import wording_difference

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Event, StoredQuote

NO_RATING = "— no rating —"


def event_line(ev: Event) -> str:
    def show(value) -> str:
        if value is None:
            return "∅"
        if isinstance(value, dict):
            value = value.get("text") or value.get("url") or json.dumps(value, ensure_ascii=False)
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 40 else text[:39] + "…"

    return f"{ev.at[:16].replace('T', ' ')}  {ev.who}: {ev.field} {show(ev.from_value)} → {show(ev.to_value)}"


class Inspector(QDockWidget):
    openQuote = Signal(int, int)  # article id, quote id
    correctRequested = Signal(str)  # "speaker" or "agency"

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__("Inspector", parent)
        self.setObjectName("inspector")
        self.session = session
        self.quote: StoredQuote | None = None
        self.claim_text = QLabel(wordWrap=True)
        self.speaker = QLabel(wordWrap=True)
        self.agency = QLabel(wordWrap=True)
        self.rating = QComboBox()
        self.rating.setObjectName("rating")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for s in STATUSES:
            self.status.addItem(theme.status_label(s), s)
        self.tags = QLineEdit(placeholderText="tags, comma separated")
        self.notes = QListWidget()
        self.note_edit = QLineEdit(placeholderText="Add a note, Enter to save  ( n )")
        self.note_edit.setObjectName("noteEdit")
        self.evidence = QListWidget()
        self.evidence_edit = QLineEdit(placeholderText="Evidence URL, Enter to add")
        self.appearances = QListWidget()
        self.appearances.setObjectName("appearances")
        self.history = QListWidget()
        self.history.setObjectName("history")
        for lst in (self.notes, self.evidence, self.appearances, self.history):
            lst.setMaximumHeight(110)
            lst.setWordWrap(True)
        self.rating.activated.connect(self._rating_chosen)
        self.status.activated.connect(self._status_chosen)
        self.tags.editingFinished.connect(self._tags_edited)
        self.note_edit.returnPressed.connect(self._note_entered)
        self.evidence_edit.returnPressed.connect(self._evidence_entered)
        self.appearances.itemActivated.connect(self._appearance_opened)
        self.appearances.itemClicked.connect(self._appearance_opened)
        self.setWidget(self._layout())
        self.show_quote(None)

    def _correct_buttons(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for field, key in (("speaker", "e"), ("agency", "a")):
            button = QPushButton(f"Correct {field}… ({key})")
            button.setObjectName(f"correct_{field}")
            button.clicked.connect(lambda _=False, f=field: self.correctRequested.emit(f))
            box.addWidget(button)
        return row

    def _layout(self) -> QWidget:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.claim_text)
        form.addRow("Speaker", self.speaker)
        form.addRow("Agency", self.agency)
        form.addRow(self._correct_buttons())
        form.addRow("Rating  (1–6)", self.rating)
        form.addRow("Status  (s)", self.status)
        form.addRow("Tags", self.tags)
        form.addRow(QLabel("<b>Notes</b>"))
        form.addRow(self.notes)
        form.addRow(self.note_edit)
        form.addRow(QLabel("<b>Evidence</b>"))
        form.addRow(self.evidence)
        form.addRow(self.evidence_edit)
        form.addRow(QLabel("<b>Also seen in</b>"))
        form.addRow(self.appearances)
        form.addRow(QLabel("<b>History</b>"))
        form.addRow(self.history)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        holder = QWidget()
        QVBoxLayout(holder).addWidget(scroll)
        holder.layout().setContentsMargins(0, 0, 0, 0)
        return holder

    # --- showing -----------------------------------------------------------------------

    def show_quote(self, quote: StoredQuote | None) -> None:
        self.quote = quote
        self.widget().setEnabled(quote is not None)
        for lst in (self.notes, self.evidence, self.appearances, self.history):
            lst.clear()
        if quote is None:
            self.claim_text.setText("<i>Select a quote to see its claim.</i>")
            self.speaker.clear()
            self.agency.clear()
            self.tags.clear()
            return
        store = self.session.store
        claim = store.claim(quote.claim_id)
        verdict = store.verdict(quote.claim_id)
        self.claim_text.setText(f"<b>Claim {claim.id}</b> · seen {claim.appearances}×<br>“{html.escape(claim.text)}”")
        self.speaker.setText(self._corrected(quote.speaker, quote.extracted_speaker, quote.role))
        relation = (quote.agency_relation or '').replace('_', ' ') or None
        self.agency.setText(self._corrected(quote.agency, quote.extracted_agency, relation))
        self.rating.clear()
        self.rating.addItem(NO_RATING, None)
        for n, level in enumerate(store.rating_scale(), 1):
            self.rating.addItem(f"{n}  {level.label}", level.label)
        self.rating.setCurrentIndex(max(0, self.rating.findData(verdict.rating)) if verdict.rating else 0)
        self.status.setCurrentIndex(max(0, self.status.findData(verdict.status)))
        self.tags.setText(", ".join(verdict.tags))
        for note in verdict.notes:
            self.notes.addItem(f"{note.text}  — {note.author or '?'}, {note.created_at[:10]}")
        for link in verdict.evidence:
            self.evidence.addItem(link.url + (f"  — {link.note}" if link.note else ""))
        for app in store.appearances(quote.claim_id):
            if app.quote_id == quote.id:
                continue
            where = app.outlet or app.title or f"article {app.article_id}"
            via = f" · via {app.agency}" if app.agency else ""
            wording = wording_difference(quote.text, app.text)
            item = QListWidgetItem(f"{app.seen_on or ''} · {where}{via} · {app.kind}\n    {wording}")
            item.setToolTip(f"“{app.text}”")
            item.setData(Qt.ItemDataRole.UserRole, (app.article_id, app.quote_id))
            self.appearances.addItem(item)
        if self.appearances.count() == 0:
            self.appearances.addItem("only here")
        for ev in store.history("claim", quote.claim_id):
            self.history.addItem(event_line(ev))
        self.history.scrollToBottom()

    @staticmethod
    def _corrected(now: str | None, extracted: str | None, detail: str | None) -> str:
        text = html.escape(now) if now else "<i>none</i>"
        if detail and now:
            text += f" — {html.escape(detail)}"
        if (now or None) != (extracted or None):
            text += f"<br><small>corrected; the engine said {html.escape(extracted or 'none')}</small>"
        return text

    # --- editing -----------------------------------------------------------------------

    def _rating_chosen(self, index: int) -> None:
        if self.quote is not None:
            self.session.set_rating(self.quote.claim_id, self.rating.itemData(index))

    def _status_chosen(self, index: int) -> None:
        if self.quote is not None:
            self.session.set_status(self.quote.claim_id, self.status.itemData(index))

    def _tags_edited(self) -> None:
        if self.quote is None:
            return
        wanted = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if sorted(wanted, key=str.casefold) != sorted(self.session.store.verdict(self.quote.claim_id).tags,
                                                      key=str.casefold):
            self.session.set_tags(self.quote.claim_id, wanted)

    def _note_entered(self) -> None:
        text = self.note_edit.text().strip()
        if self.quote is not None and text:
            self.note_edit.clear()
            self.session.add_note(self.quote.claim_id, text)

    def _evidence_entered(self) -> None:
        url = self.evidence_edit.text().strip()
        if self.quote is not None and url:
            self.evidence_edit.clear()
            self.session.add_evidence(self.quote.claim_id, url)

    def _appearance_opened(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.openQuote.emit(*target)

    def focus_note(self) -> None:
        self.raise_()
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
