"""The library pane: every article, with a search box and filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quotedesk.gui.models import ROW_ROLE, ArticleColumn, ArticleTableModel
from quotedesk.gui.queries import ArticleFilter
from quotedesk.model import STATUSES

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Store

LANGUAGES = ("", "id", "en", "de")
MAX_PAGES_TO_FIND = 20  # an article further down a huge library is opened without its row selected


class LibraryPane(QWidget):
    articleSelected = Signal(int)
    sampleRequested = Signal()

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self.model = ArticleTableModel(store, self)
        self.search = QLineEdit(placeholderText="Search articles  ( / )", clearButtonEnabled=True)
        self.lang = self._combo(LANGUAGES, "any language")
        self.status = self._combo(("", *STATUSES), "any status")
        self.outlet = QLineEdit(placeholderText="outlet", clearButtonEnabled=True)
        self.agency = QLineEdit(placeholderText="agency", clearButtonEnabled=True)
        self.table = self._table()
        self.empty = self._empty_state()
        # a search per keystroke would hit FTS for every letter; wait for a pause in typing
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        for edit in (self.search, self.outlet, self.agency):
            edit.textChanged.connect(self._debounce.start)
            edit.returnPressed.connect(self.apply_filter)
        self.lang.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for w in (self.lang, self.status, self.outlet, self.agency):
            filters.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        title = QLabel("<b>Library</b>")
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.reload()

    def _combo(self, values: tuple[str, ...], anything: str) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(value or anything, value)
        return combo

    def _table(self) -> QTableView:
        table = QTableView()
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
        header.setSectionResizeMode(ArticleColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        for col, width in ((ArticleColumn.OUTLET, 64), (ArticleColumn.DATE, 80), (ArticleColumn.LANG, 38),
                           (ArticleColumn.QUOTES, 34), (ArticleColumn.PROGRESS, 52)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _empty_state(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        label = QLabel("The library is empty. Import articles (File ▸ Import, or drop files here), "
                       "or start with the sample article.", wordWrap=True)
        button = QPushButton("Load the sample article")
        button.setObjectName("loadSample")
        button.clicked.connect(self.sampleRequested)
        layout.addWidget(label)
        layout.addWidget(button)
        layout.addStretch(1)
        return box

    def _update_empty(self, *_args) -> None:
        empty = self.model.rowCount() == 0 and not self.current_filter().query and not self.current_filter().narrows
        self.empty.setVisible(empty)

    def current_filter(self) -> ArticleFilter:
        return ArticleFilter(query=self.search.text().strip(), lang=self.lang.currentData() or "",
                             outlet=self.outlet.text().strip(), agency=self.agency.text().strip(),
                             status=self.status.currentData() or "")

    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.current_article_id()
        self.model.set_filter(self.current_filter())
        if keep is not None:
            self.select_article(keep, emit=False)

    def _current_changed(self, current, _previous) -> None:
        article = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if article is not None and not self._quiet:
            self.articleSelected.emit(article.id)

    _quiet = False

    def current_article_id(self) -> int | None:
        article = self.model.article_at(self.table.currentIndex().row())
        return article.id if article else None

    def select_article(self, article_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        pages = 0
        while row is None and self.model.canFetchMore() and pages < MAX_PAGES_TO_FIND:
            self.model.fetchMore()
            pages += 1
            row = self.model.row_of(article_id)
        if row is None:
            return False
        self._quiet = not emit
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def step(self, delta: int) -> None:
        """The next (+1) or previous (-1) article."""
        row = self.table.currentIndex().row() + delta
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if 0 <= row < self.model.rowCount():
            article = self.model.article_at(row)
            if article is not None:
                self.select_article(article.id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
