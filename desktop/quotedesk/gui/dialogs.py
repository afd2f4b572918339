"""Small dialogs: a speaker or agency correction, a pasted article, the cheat sheet.

They open non-modally (`open()`, not `exec()`), so the app and its tests never block
inside a nested event loop; the window acts on `accepted`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)


class CorrectionDialog(QDialog):
    """Who really said it (or which agency carried it), with a completer over the known names."""

    CLEAR = 2  # result code: back to what the engine extracted

    def __init__(self, field: str, current: str | None, extracted: str | None, names: list[str],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"correct_{field}_dialog")
        self.field = field
        self.setWindowTitle(f"Correct the {field}")
        self.edit = QLineEdit(current or "")
        self.edit.setObjectName("name")
        self.edit.setPlaceholderText("nobody named" if field == "speaker" else "no agency")
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.edit.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        reset = QPushButton("Back to extracted")
        reset.setObjectName("reset")
        reset.setEnabled((current or None) != (extracted or None))
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        reset.clicked.connect(lambda: self.done(self.CLEAR))
        layout = QVBoxLayout(self)
        hint = f"The engine said: {extracted or 'none'}. The correction survives re-extraction."
        layout.addWidget(QLabel(hint, wordWrap=True, textFormat=Qt.TextFormat.PlainText))  # a name is text
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.buttons = buttons

    def value(self) -> str:
        return self.edit.text().strip()


class PasteDialog(QDialog):
    def __init__(self, parent=None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("paste_dialog")
        self.setWindowTitle("Paste an article")
        self.title = QLineEdit()
        self.outlet = QLineEdit()
        self.url = QLineEdit()
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText("The article text")
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Outlet", self.outlet)
        form.addRow("URL", self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def values(self) -> tuple[str, str, str, str]:
        return self.title.text(), self.outlet.text(), self.url.text(), self.text.toPlainText()


class CheatSheet(QDialog):
    def __init__(self, html: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        self.setWindowTitle("Keyboard shortcuts")
        view = QTextBrowser()
        view.setHtml(html)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        self.resize(460, 620)
