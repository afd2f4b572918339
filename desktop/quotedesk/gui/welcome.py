"""The first run: a short, non-modal welcome on an empty library, shown once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

WELCOMED_KEY = "welcomed"

WELCOME_TEXT = (
    "Quotedesk finds the quotes in news articles — who said what, with which verb, and "
    "which agency carried it — in English, German and Indonesian. Check each claim, rate "
    "it, add notes and evidence, follow a speaker across articles, and export the claim "
    "log. Everything stays in one database on this computer."
)


def should_welcome(window) -> bool:
    """An empty library and no welcome before, on this computer."""
    return (not window.settings.value(WELCOMED_KEY, False, type=bool)
            and window.store is not None and not window.store.articles(limit=1))


class WelcomeDialog(QDialog):
    """Non-modal: the window behind it stays usable, and nothing waits on it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle("Welcome to Quotedesk")
        self.setModal(False)
        self.window_ = window
        text = QLabel(WELCOME_TEXT, wordWrap=True)
        text.setObjectName("welcome_text")
        self.sample = QPushButton("Load the sample articles")
        self.sample.setObjectName("load_sample")
        self.sample.setDefault(True)
        self.own = QPushButton("Import your own…")
        self.own.setObjectName("import_own")
        self.close_button = QPushButton("Close")
        self.close_button.setObjectName("close")
        self.sample.clicked.connect(lambda: self._then(window.load_sample))
        self.own.clicked.connect(lambda: self._then(window.import_files_dialog))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sample)
        buttons.addWidget(self.own)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Welcome to Quotedesk</h2>"))
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.resize(520, self.sizeHint().height())

    def _then(self, action) -> None:
        self.accept()
        action()


def welcome_if_first_run(window) -> WelcomeDialog | None:
    if not should_welcome(window):
        return None
    window.settings.setValue(WELCOMED_KEY, True)
    window.settings.sync()
    dialog = WelcomeDialog(window)
    dialog.show()
    return dialog
