"""Qt item models over the store: lazy, windowed, and read-only.

The article model fetches one page at a time (canFetchMore/fetchMore) through
`Store.library`, which filters in SQL and counts each row's quotes and claims with the
page, so a library of 100k articles shows its first rows as fast as a library of ten.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quotedesk.gui import theme
from quotedesk.gui.queries import ArticleFilter, article_page, article_stats, flagged_articles

if TYPE_CHECKING:  # the store loads after the window first paints (see app.Windows)
    from quotedesk.store import Article, LibraryRow, Store, StoredQuote, Verdict

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the record behind a row (Article or StoredQuote)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
FLAG_ROLE = Qt.ItemDataRole.UserRole + 4  # 'rated False on … by …' where a debunked claim reappears, else None
FLAG_MARK = "⚠"


class ArticleColumn(IntEnum):
    TITLE = 0
    OUTLET = 1
    DATE = 2
    LANG = 3
    QUOTES = 4
    PROGRESS = 5


ARTICLE_HEADERS = {
    ArticleColumn.TITLE: "Title", ArticleColumn.OUTLET: "Outlet", ArticleColumn.DATE: "Date",
    ArticleColumn.LANG: "Lang", ArticleColumn.QUOTES: "Qs", ArticleColumn.PROGRESS: "Done",
}
ARTICLE_HEADER_TIPS = {
    ArticleColumn.QUOTES: "Quotes in the article", ArticleColumn.PROGRESS: "Claims verified (status done) of all",
}


class ArticleTableModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ArticleFilter()
        self._rows: list[LibraryRow] = []
        self._flags: dict[int, str] = {}  # article id -> a reappearance of a claim rated false
        self._next_offset = 0
        self._exhausted = False

    # --- loading ---------------------------------------------------------------------

    def set_filter(self, flt: ArticleFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._flags = [], {}
        self._next_offset, self._exhausted = 0, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh_article(self, article_id: int) -> None:
        """Counts of one article changed (a verdict, an import): read its row again."""
        row = self.row_of(article_id)
        if row is None:
            return
        from quotedesk.store import NotFound
        try:
            self._rows[row] = article_stats(self._store, article_id)
        except NotFound:
            return
        self._flags.pop(article_id, None)
        self._flags.update(flagged_articles(self._store, [article_id]))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(ArticleColumn) - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows, self._next_offset, self._exhausted = article_page(self._store, self._filter, self._next_offset,
                                                                self.PAGE)
        if rows:
            self._flags.update(flagged_articles(self._store, [r.article.id for r in rows]))
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # --- reading ---------------------------------------------------------------------

    def article_at(self, row: int) -> Article | None:
        return self._rows[row].article if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.article.id == article_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ArticleColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ArticleColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ARTICLE_HEADERS[ArticleColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ARTICLE_HEADER_TIPS.get(ArticleColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        article = entry.article
        column = ArticleColumn(index.column())
        if role == ROW_ROLE:
            return article
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            flag = self._flags.get(article.id)
            title = article.title or "(untitled)"
            return f"{title}\n{FLAG_MARK} A claim seen again here was {flag}" if flag else title
        if role == FLAG_ROLE:
            return self._flags.get(article.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ArticleColumn.QUOTES, ArticleColumn.PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == STATUS_ROLE:
            return entry.state
        return None

    def _display(self, entry: LibraryRow, column: ArticleColumn) -> str:
        article = entry.article
        if column == ArticleColumn.TITLE:
            flag = f"{FLAG_MARK} " if article.id in self._flags else ""
            return flag + (article.title or "(untitled)")
        if column == ArticleColumn.OUTLET:
            return article.outlet or article.agency or ""
        if column == ArticleColumn.DATE:
            return (article.published or article.created_at or "")[:10]
        if column == ArticleColumn.LANG:
            return article.lang or ""
        if column == ArticleColumn.QUOTES:
            return str(entry.quotes)
        return f"{theme.status_look(entry.state).mark} {entry.done}/{entry.claims}"


class QuoteListModel(QAbstractListModel):
    """The quotes of one article, in reading order, with their claims' verdicts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._quotes: list[StoredQuote] = []
        self._verdicts: dict[int, Verdict] = {}
        self._flags: dict[int, str] = {}  # quote id -> 'rated False on … by …'

    def set_quotes(self, quotes: list[StoredQuote], verdicts: dict[int, Verdict],
                   flags: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._quotes = sorted(quotes, key=lambda q: (q.start, q.end))
        self._verdicts = dict(verdicts)
        self._flags = dict(flags or {})
        self.endResetModel()

    def set_flags(self, flags: dict[int, str]) -> None:
        changed = {qid for qid, _line in set(flags.items()) ^ set(self._flags.items())}
        self._flags = dict(flags)
        for row, quote in enumerate(self._quotes):
            if quote.id in changed:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def update_verdict(self, verdict: Verdict) -> None:
        self._verdicts[verdict.claim_id] = verdict
        for row, quote in enumerate(self._quotes):
            if quote.claim_id == verdict.claim_id:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def replace_quote(self, quote: StoredQuote) -> None:
        for row, old in enumerate(self._quotes):
            if old.id == quote.id:
                self._quotes[row] = quote
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def quotes(self) -> list[StoredQuote]:
        return list(self._quotes)

    def verdict(self, claim_id: int) -> Verdict | None:
        return self._verdicts.get(claim_id)

    def row_of(self, quote_id: int) -> int | None:
        return next((n for n, q in enumerate(self._quotes) if q.id == quote_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._quotes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._quotes):
            return None
        quote = self._quotes[index.row()]
        verdict = self._verdicts.get(quote.claim_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return quote.text
        if role == ROW_ROLE:
            return quote
        if role == STATUS_ROLE:
            return verdict.status if verdict else "unreviewed"
        if role == VERDICT_ROLE:
            return verdict
        if role == FLAG_ROLE:
            return self._flags.get(quote.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return quote.evidence or None
        return None
