"""What an import looks like while it runs: a progress bar with Cancel in the status
bar, and a dock that lists each file that could not be imported, without stopping anyone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QListWidget, QProgressBar, QPushButton, QStatusBar

from quotedesk.gui.workers import Jobs


class ImportProgress:
    def __init__(self, jobs: Jobs, status_bar: QStatusBar) -> None:
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setMaximumWidth(240)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton("Cancel")
        self.cancel.setObjectName("cancelImport")
        self.cancel.clicked.connect(jobs.cancel)
        self.status_bar = status_bar
        status_bar.addPermanentWidget(self.bar)
        status_bar.addPermanentWidget(self.cancel)
        self._show(False)
        jobs.started.connect(self._started)
        jobs.progress.connect(self._progress)
        jobs.finished.connect(lambda _r: self._show(False))
        jobs.failed.connect(lambda _m: self._show(False))

    def _show(self, visible: bool) -> None:
        self.bar.setVisible(visible)
        self.cancel.setVisible(visible)

    def _started(self, label: str) -> None:
        self.bar.setRange(0, 0)  # busy until the job knows how many files there are
        self.status_bar.showMessage(label)
        self._show(True)

    def _progress(self, done: int, total: int, source: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(f"{done}/{total}")
        self.status_bar.showMessage(source)


class ProblemsDock(QDockWidget):
    """Files that failed, one line each; the list only grows until cleared."""

    def __init__(self, jobs: Jobs, parent=None) -> None:
        super().__init__("Import problems", parent)
        self.setObjectName("importProblems")
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setWordWrap(True)
        self.setWidget(self.list)
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        jobs.problem.connect(self.add)
        jobs.failed.connect(lambda message: self.add("", message))
        self.hide()

    def add(self, source: str, message: str) -> None:
        self.list.addItem(message if source and source in message else f"{source}: {message}".lstrip(": "))
        self.show()

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
