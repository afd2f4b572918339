"""The claim log as a lazy Qt table: one window of rows at a time through
`Store.claim_log_rows`, which filters and sorts in SQL (every column sorts there)."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from quotedesk.gui import theme

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.export import ExportFilters
    from quotedesk.store import ClaimLogRow, Store

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ClaimLogRow behind a row
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class LogColumn(IntEnum):
    CLAIM = 0
    SPEAKER = 1
    ROLE = 2
    FIRST_SEEN = 3
    OUTLET = 4
    AGENCY = 5
    APPEARANCES = 6
    AGENCIES = 7
    RATING = 8
    STATUS = 9
    CHANGED_AT = 10
    CHANGED_BY = 11


# header, tooltip, and the store's sort key (store.claim_log.SORT_KEYS) of each column
COLUMNS: dict[LogColumn, tuple[str, str, str]] = {
    LogColumn.CLAIM: ("Claim", "What was said", "claim"),
    LogColumn.SPEAKER: ("Speaker", "Who said it", "speaker"),
    LogColumn.ROLE: ("Role", "The speaker's role where the claim first appeared with one", "role"),
    LogColumn.FIRST_SEEN: ("First seen", "Date of the first appearance", "first_seen"),
    LogColumn.OUTLET: ("Outlet", "Outlet of the first appearance", "outlet"),
    LogColumn.AGENCY: ("Agency", "Agency of the first appearance", "agency"),
    LogColumn.APPEARANCES: ("Seen", "Appearances: articles that carry the claim", "appearances"),
    LogColumn.AGENCIES: ("Agencies", "Every agency that carried it, first first", "agencies"),
    LogColumn.RATING: ("Rating", "The rating on the scale", "rating"),
    LogColumn.STATUS: ("Status", "Workflow status", "status"),
    LogColumn.CHANGED_AT: ("Last change", "When a person last changed the claim", "changed_at"),
    LogColumn.CHANGED_BY: ("By", "Who made the last change", "changed_by"),
}


def when(iso: str | None) -> str:
    """'2025-02-27T09:14:03.120Z' as '2025-02-27 09:14'."""
    return (iso or "")[:16].replace("T", " ")


def cell(row: ClaimLogRow, column: LogColumn) -> str:
    """What a column shows, as text (the claim on one line)."""
    values = {
        LogColumn.CLAIM: " ".join(row.text.split()),
        LogColumn.SPEAKER: row.speaker or "",
        LogColumn.ROLE: row.role or "",
        LogColumn.FIRST_SEEN: row.first_seen or "",
        LogColumn.OUTLET: row.first_outlet or "",
        LogColumn.AGENCY: row.first_agency or "",
        LogColumn.APPEARANCES: str(row.appearances),
        LogColumn.AGENCIES: ", ".join(row.agencies),
        LogColumn.RATING: row.rating or "",
        LogColumn.STATUS: theme.status_label(row.status),
        LogColumn.CHANGED_AT: when(row.changed_at),
        LogColumn.CHANGED_BY: row.changed_by or "",
    }
    return values[column]


class ClaimLogModel(QAbstractTableModel):
    """Rows arrive a page at a time as the view scrolls; a new filter or sort starts over."""

    PAGE = 200
    failed = Signal(str)  # a filter the store cannot read (a bad date, say)
    counted = Signal(int)  # how many claims the log holds with the current filters

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._filters: ExportFilters | None = None
        self._column = LogColumn.FIRST_SEEN
        self._descending = False
        self._rows: list[ClaimLogRow] = []
        self._exhausted = True
        self.total = 0

    @property
    def filters(self) -> ExportFilters:
        if self._filters is None:
            from quotedesk.export import ExportFilters

            self._filters = ExportFilters()
        return self._filters

    @property
    def sort_key(self) -> str:
        return COLUMNS[self._column][2]

    def set_filters(self, filters: ExportFilters) -> None:
        self._filters = filters
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LogColumn):
            return
        self._column = LogColumn(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        # the first sort on a column no index holds orders the whole log once: a second or
        # two for a million claims, so say so
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._reload()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.total = 0
        self.endResetModel()
        from quotedesk.store import StoreError
        try:
            self.total = self._store.claim_log_count(self.filters)
        except StoreError as ex:
            self._exhausted = True
            self.failed.emit(str(ex))
            self.counted.emit(0)
            return
        self.counted.emit(self.total)
        self.fetchMore(QModelIndex())

    def refresh_claim(self, claim_id: int) -> None:
        """A verdict changed: read the claim's row again where it is shown (its place in
        the order stays until the next reload)."""
        n = next((n for n, row in enumerate(self._rows) if row.claim_id == claim_id), None)
        fresh = self._store.claim_log_row(claim_id) if n is not None else None
        if n is not None and fresh is not None:
            self._rows[n] = fresh
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(LogColumn) - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows = self._store.claim_log_rows(self.filters, self.sort_key, self._descending, limit=self.PAGE,
                                          offset=len(self._rows))
        self._exhausted = len(self._rows) + len(rows) >= self.total or len(rows) < self.PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # --- reading ---------------------------------------------------------------------

    def row_at(self, row: int) -> ClaimLogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded(self) -> list[ClaimLogRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LogColumn):
            return None
        header, tip, _key = COLUMNS[LogColumn(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return header
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(row, column)
        if role == ROW_ROLE:
            return row
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LogColumn.CLAIM:
                return f"“{row.text}”\nDouble-click or Enter: open the first appearance"
            return cell(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LogColumn.APPEARANCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == LogColumn.STATUS:
            return theme.status_colour(row.status)
        return None
