"""The claim log view: every claim with its speaker, first appearance, agencies and
verdict, filtered and sorted in the store; a double-click (or Enter) opens the first
appearance in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quotedesk.gui.claim_log_model import ROW_ROLE, ClaimLogModel, LogColumn
from quotedesk.model import STATUSES

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.export import ExportFilters
    from quotedesk.store import Store

WIDTHS = {LogColumn.SPEAKER: 130, LogColumn.ROLE: 110, LogColumn.FIRST_SEEN: 82, LogColumn.OUTLET: 100,
          LogColumn.AGENCY: 80, LogColumn.APPEARANCES: 44, LogColumn.AGENCIES: 120, LogColumn.RATING: 90,
          LogColumn.STATUS: 104, LogColumn.CHANGED_AT: 124, LogColumn.CHANGED_BY: 100}


class ClaimLogView(QDockWidget):
    openQuote = Signal(int, int)  # article id, quote id: the first appearance
    exportRequested = Signal()

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__("Claim log", parent)
        self.setObjectName("claimLog")
        self.store = store
        self.model = ClaimLogModel(store, self)
        self.text = self._edit("search", "Search claims (words as typed)")
        self.speaker = self._edit("speaker", "speaker", store.speaker_names(limit=2000))
        self.agency = self._edit("agency", "agency", store.agency_names())
        self.outlet = self._edit("outlet", "outlet")
        self.tag = self._edit("tag", "tag")
        self.since = self._edit("since", "from YYYY-MM-DD")
        self.until = self._edit("until", "to YYYY-MM-DD")
        self.rating = self._combo("rating", [(lv.label, lv.label) for lv in store.rating_scale()], "any rating")
        self.status = self._combo("status", [(s, s) for s in STATUSES], "any status")
        # both quote what the person typed: plain text, so "<b>" in a filter is shown as typed
        self.count = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.count.setObjectName("claimCount")
        self.problem = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.problem.setObjectName("filterProblem")
        export = QPushButton("Export…  (Ctrl+E)")
        export.setObjectName("exportClaimLog")
        export.clicked.connect(self.exportRequested)
        self.table = self._table()
        # a query per keystroke would search for every letter; wait for a pause in typing
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filters)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(lambda message: self.problem.setText(f"⚠ {message}"))

        first = QHBoxLayout()
        first.addWidget(self.text, 3)
        for w in (self.speaker, self.agency, self.outlet):
            first.addWidget(w, 1)
        second = QHBoxLayout()
        for w in (self.rating, self.status, self.tag, self.since, self.until):
            second.addWidget(w, 1)
        second.addStretch(1)
        second.addWidget(export)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        status_line = QHBoxLayout()
        status_line.addWidget(self.count, 1)
        status_line.addWidget(self.problem)
        layout.addLayout(status_line)
        self.setWidget(body)
        self.model.reload()

    # --- building ----------------------------------------------------------------------

    def _edit(self, name: str, placeholder: str, completions: list[str] | None = None) -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder, clearButtonEnabled=True)
        edit.setObjectName(f"log_{name}")
        if completions:
            completer = QCompleter(completions, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        edit.textChanged.connect(lambda _text: self._debounce.start())
        edit.returnPressed.connect(self.apply_filters)
        return edit

    def _combo(self, name: str, values: list[tuple[str, str]], anything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"log_{name}")
        combo.addItem(anything, "")
        for text, value in values:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _n: self.apply_filters())
        return combo

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("claimLogTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(30)
        header.setSectionResizeMode(LogColumn.CLAIM, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSortIndicator(LogColumn.FIRST_SEEN, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # a click on a header sorts in the store, in SQL
        table.activated.connect(self._activated)
        return table

    # --- filters -----------------------------------------------------------------------

    def filters(self) -> ExportFilters:
        """The filters as shown: what the table holds, and what an export of the view holds."""
        from quotedesk.export import ExportFilters

        def text(edit: QLineEdit) -> str | None:
            return " ".join(edit.text().split()) or None

        query = text(self.text)
        return ExportFilters(text=query, literal=bool(query), speaker=text(self.speaker), agency=text(self.agency),
                             outlet=text(self.outlet), rating=self.rating.currentData() or None,
                             status=self.status.currentData() or None, tag=text(self.tag), since=text(self.since),
                             until=text(self.until))

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.problem.clear()
        wanted = self.filters()
        if wanted != self.model.filters:
            self.model.set_filters(wanted)

    def reload(self) -> None:
        self.model.reload()

    def _counted(self, total: int) -> None:
        filters = self.model.filters.describe()
        noun = "claim" if total == 1 else "claims"
        self.count.setText(f"{total:,} {noun} · filters: {filters}")

    # --- opening -----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row.first_article_id is not None:
            self.openQuote.emit(row.first_article_id, row.first_quote_id)

    def focus(self) -> None:
        self.show()
        self.raise_()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
