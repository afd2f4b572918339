"""Help ▸ About: the version, the open database and the licence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

import quotedesk

LICENCE = "MIT"  # pyproject.toml's license field; a test keeps the two the same


def about_html(db_path: str) -> str:
    return (f"<h2>Quotedesk {html.escape(quotedesk.__version__)}</h2>"
            "<p>Quotes, speakers and agencies in news articles, and a claim log to check them.</p>"
            f"<p><b>Database:</b> {html.escape(db_path)}</p>"
            f"<p><b>Licence:</b> {html.escape(LICENCE)}</p>")


class AboutDialog(QDialog):
    def __init__(self, db_path: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle("About Quotedesk")
        self.text = QLabel(about_html(db_path), wordWrap=True)
        self.text.setObjectName("about_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
