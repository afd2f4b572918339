"""Export the claim log (Ctrl+E): the current view or everything, in any format
`quotedesk.export` writes, or as PDF (`gui.pdf`); the export runs off the GUI thread
(`workers.Jobs`) with a progress bar and Cancel, and a file is replaced only when whole."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from quotedesk.gui.workers import Jobs

if TYPE_CHECKING:
    from quotedesk.export import ExportFilters

# (format for quotedesk.export or "pdf", what a person reads, file suffix)
FORMATS = (
    ("csv", "CSV (spreadsheet)", ".csv"),
    ("json", "JSON", ".json"),
    ("jsonl", "JSON Lines", ".jsonl"),
    ("md", "Markdown report", ".md"),
    ("html", "HTML report", ".html"),
    ("claimreview", "ClaimReview (schema.org JSON-LD)", ".jsonld"),
    ("pdf", "PDF report", ".pdf"),
)
SUFFIXES = {suffix for _f, _l, suffix in FORMATS}
FOLDER_KEY = "export/folder"


class ExportDialog(QDialog):
    exported = Signal(str)  # the result, one line

    def __init__(self, db_path: str, view_filters: ExportFilters | None, settings: QSettings,
                 parent=None, *, view_count: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle("Export the claim log")
        self.settings = settings
        self.view_filters = view_filters
        self.jobs = Jobs(db_path, self)
        shown = f": {view_count:,} claim{'' if view_count == 1 else 's'}" if view_count is not None else ""
        self.view = QRadioButton(f"The current view{shown} (filters: {view_filters.describe()})"
                                 if view_filters is not None else "The current view (the claim log is closed)")
        self.view.setObjectName("scopeView")
        self.everything = QRadioButton("Everything: every claim")
        self.everything.setObjectName("scopeAll")
        scope = QButtonGroup(self)
        for button in (self.view, self.everything):
            scope.addButton(button)
        self.view.setEnabled(view_filters is not None)
        (self.view if view_filters is not None else self.everything).setChecked(True)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for fmt, label, _suffix in FORMATS:
            self.format.addItem(label, fmt)
        self.per = QComboBox()
        self.per.setObjectName("per")
        self.per.addItem("one row per claim", "claim")
        self.per.addItem("one row per appearance", "appearance")
        self.bom = QCheckBox("Byte order mark (for Excel)")
        self.bom.setObjectName("bom")
        self.path = QLineEdit(self._default_path())
        self.path.setObjectName("path")
        browse = QPushButton("Browse…")
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgress")
        self.message = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # quotes filters and paths
        self.message.setObjectName("exportMessage")
        self.export_button = QPushButton("Export")
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel export")
        self.cancel_button.setObjectName("cancelExport")
        close = QPushButton("Close")
        close.setObjectName("close")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.jobs.cancel)
        close.clicked.connect(self.reject)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.jobs.started.connect(lambda label: self._running(True, label))
        self.jobs.progress.connect(self._progress)
        self.jobs.finished.connect(self._finished)
        self.jobs.failed.connect(self._failed)

        form = QFormLayout()
        form.addRow(self.view)
        form.addRow(self.everything)
        form.addRow("Format", self.format)
        csv_row = QHBoxLayout()
        csv_row.addWidget(self.per)
        csv_row.addWidget(self.bom)
        form.addRow("CSV", csv_row)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow("File", file_row)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(running)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 0)
        self._format_changed()
        self._running(False)

    # --- choices -----------------------------------------------------------------------

    def fmt(self) -> str:
        return self.format.currentData()

    def choose_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def filters(self) -> ExportFilters | None:
        """What is exported: the view's filters, or None for every claim."""
        return self.view_filters if self.view.isChecked() else None

    def _default_path(self) -> str:
        folder = self.settings.value(FOLDER_KEY, "", type=str) or os.path.expanduser("~")
        return os.path.join(folder, "claim-log.csv")

    def _format_changed(self, *_args) -> None:
        csv = self.fmt() == "csv"
        self.per.setEnabled(csv)
        self.bom.setEnabled(csv)
        suffix = next(s for f, _l, s in FORMATS if f == self.fmt())
        path = Path(self.path.text().strip() or self._default_path())
        if path.suffix.lower() in SUFFIXES or not path.suffix:
            self.path.setText(os.fspath(path.with_suffix(suffix)))

    def _browse(self) -> None:
        label = self.format.currentText()
        suffix = Path(self.path.text()).suffix
        chosen, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text(), f"{label} (*{suffix})")
        if chosen:
            self.path.setText(chosen)

    # --- running -----------------------------------------------------------------------

    def start(self) -> bool:
        path = os.path.expanduser(self.path.text().strip())
        if not path:
            self.message.setText("⚠ Name the file to write.")
            return False
        self.settings.setValue(FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
        csv = self.fmt() == "csv"
        return self.jobs.export(self.fmt(), path, self.filters(), per=self.per.currentData() if csv else "claim",
                                bom=self.bom.isChecked() and csv)

    def _running(self, running: bool, label: str = "") -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        self.bar.setVisible(running)
        if running:
            self.bar.setRange(0, 0)  # busy until the claims are chosen and counted
            self.message.setText(label)

    def _progress(self, done: int, total: int, _source: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(f"{done:,} / {total:,} claims")

    def _finished(self, result) -> None:
        self._running(False)
        line = f"Exported {result.line()}"
        self.message.setText(line)
        self.exported.emit(line)

    def _failed(self, message: str) -> None:
        self._running(False)
        kind, _, text = message.partition(": ")
        if kind == "ExportCancelled":
            self.message.setText("Export cancelled: nothing was written, and any earlier file is as it was.")
        else:
            self.message.setText(f"⚠ {text if kind in ('ExportError', 'CannotWrite') else message}")

    def reject(self) -> None:
        self.jobs.cancel()  # a closed dialog leaves no export running
        super().reject()
