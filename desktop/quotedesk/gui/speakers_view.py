"""Speakers: each with aliases and claim counts, merge and unmerge, and a dated timeline
of what they said across articles (a click opens the article at the quote)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quotedesk.gui.queries import SpeakerSummary, speaker_summaries, speaker_timeline
from quotedesk.gui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole


class SpeakersView(QDialog):
    openQuote = Signal(int, int)  # article id, quote id

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("speakers_view")
        self.setWindowTitle("Speakers")
        self.session = session
        self.speakers = QListWidget()
        self.speakers.setObjectName("speakerList")
        self.details = QLabel(wordWrap=True)
        self.members = QListWidget()
        self.members.setMaximumHeight(90)
        self.unmerge_button = QPushButton("Unmerge the selected name")
        self.merge_target = QComboBox()
        self.merge_button = QPushButton("Merge into")
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.speakers.currentItemChanged.connect(self._show_current)
        self.timeline.itemActivated.connect(self._open)
        self.timeline.itemClicked.connect(self._open)
        self.merge_button.clicked.connect(self._merge)
        self.unmerge_button.clicked.connect(self._unmerge)
        self.session.libraryChanged.connect(self.reload)

        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.merge_target, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.details)
        side.addWidget(QLabel("<b>Merged names</b>"))
        side.addWidget(self.members)
        side.addWidget(self.unmerge_button)
        side.addLayout(merge_row)
        side.addWidget(QLabel("<b>Timeline</b> (click to open the article at the quote)"))
        side.addWidget(self.timeline, 1)
        split = QSplitter()
        split.addWidget(self.speakers)
        split.addWidget(right)
        split.setSizes([260, 540])
        QVBoxLayout(self).addWidget(split)
        self.resize(860, 560)
        self._rows: list[SpeakerSummary] = []
        self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        self._rows = speaker_summaries(self.session.store)
        self.speakers.clear()
        self.merge_target.clear()
        for row in self._rows:
            item = QListWidgetItem(f"{row.name}  ({row.claims} claims)")
            item.setData(ID_ROLE, row.speaker_id)
            self.speakers.addItem(item)
            self.merge_target.addItem(row.name, row.speaker_id)
        ids = [r.speaker_id for r in self._rows]
        self.speakers.setCurrentRow(ids.index(keep) if keep in ids else 0)

    def current_id(self) -> int | None:
        item = self.speakers.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_current(self, *_args) -> None:
        row = next((r for r in self._rows if r.speaker_id == self.current_id()), None)
        self.members.clear()
        self.timeline.clear()
        if row is None:
            self.details.setText("No speakers yet.")
            return
        store = self.session.store
        speaker = store.speaker(row.speaker_id)
        aliases = ", ".join(speaker.aliases) or "none"
        self.details.setText(f"<b>{html.escape(speaker.name)}</b> · {html.escape(speaker.kind)} · {row.claims} claims"
                             f"<br>Aliases: {html.escape(aliases)}")
        for member_id in store.speakers.group(row.speaker_id)[1:]:
            item = QListWidgetItem(store.speaker(member_id).name)
            item.setData(ID_ROLE, member_id)
            self.members.addItem(item)
        self.unmerge_button.setEnabled(self.members.count() > 0)
        for app in speaker_timeline(store, row.speaker_id):
            where = app.outlet or app.title or f"article {app.article_id}"
            item = QListWidgetItem(f"{app.seen_on or '????-??-??'}  {where}: “{app.text}”")
            item.setData(ID_ROLE, (app.article_id, app.quote_id))
            self.timeline.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.openQuote.emit(*item.data(ID_ROLE))

    def _merge(self) -> None:
        keep, other = self.merge_target.currentData(), self.current_id()
        if keep is not None and other is not None and keep != other:
            self.session.merge_speakers(keep, other)

    def _unmerge(self) -> None:
        item = self.members.currentItem() or self.members.item(0)
        if item is not None:
            self.session.unmerge(item.data(ID_ROLE))
