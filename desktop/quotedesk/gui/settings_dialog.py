"""Edit ▸ Settings…: the person's name for the history, the rating scale, the default
database, the theme and a trained spaCy pipeline per language.

The name and the scale live in the database (the `Store`); the rest are this
computer's preferences and live in QSettings.
"""

from __future__ import annotations

import os
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from quotedesk.gui.preferences import DB_ENV, DEFAULT_DB_KEY, MODEL_KEY, chosen_models, start_database  # noqa: F401
from quotedesk.gui.theme import THEME_CHOICES, THEME_KEY, apply_theme_choice, saved_theme

if TYPE_CHECKING:
    from quotedesk.store import Store

NO_MODEL = "none (rules only)"


def installed_pipelines(lang: str) -> list[str]:
    """Installed spaCy pipelines for `lang`, by package name (`en_core_web_sm`)."""
    prefix = f"{lang}_core_"
    names = {(dist.metadata["Name"] or "").replace("-", "_") for dist in metadata.distributions()}
    return sorted(n for n in names if n.lower().startswith(prefix))


def languages() -> list[str]:
    from quotedesk.attribution.lexicon import available_languages

    return sorted(available_languages())


class SettingsDialog(QDialog):
    def __init__(self, store: Store, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle("Settings")
        self.store = store
        self.settings = settings
        self._theme_before = saved_theme(settings)

        self.user_name = QLineEdit(store.user_name)
        self.user_name.setObjectName("user_name")
        self.user_name.setPlaceholderText("your name, as the history shows it")
        self._scale_before = store.rating_scale()
        self.scale = QPlainTextEdit("\n".join(level.label for level in self._scale_before))
        self.scale.setObjectName("rating_scale")
        self.scale.setFixedHeight(self.scale.fontMetrics().lineSpacing() * 7)
        self.database = QLineEdit(str(settings.value(DEFAULT_DB_KEY, "") or ""))
        self.database.setObjectName("default_database")
        self.database.setPlaceholderText(self._platform_default())
        browse = QPushButton("Choose…")
        browse.setObjectName("choose_database")
        browse.clicked.connect(self._choose_database)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(browse)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for key, label in THEME_CHOICES.items():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(list(THEME_CHOICES).index(self._theme_before))
        self.theme.currentIndexChanged.connect(lambda _i: self._apply_theme(self.theme.currentData()))
        self.models: dict[str, QComboBox] = {}

        form = QFormLayout()
        form.addRow("Your name", self.user_name)
        form.addRow("Rating scale\n(best first,\none per line)", self.scale)
        form.addRow("Default database", db_row)
        form.addRow("", QLabel("Opened the next time Quotedesk starts; File ▸ Open database switches now.",
                               objectName="database_note", wordWrap=True))
        if os.environ.get(DB_ENV):
            form.addRow("", QLabel(f"${DB_ENV} is set and is used instead.", wordWrap=True))
        form.addRow("Theme", self.theme)
        for lang in languages():
            box = QComboBox()
            box.setObjectName(f"model_{lang}")
            box.addItem(NO_MODEL, "")
            for name in installed_pipelines(lang):
                box.addItem(name, name)
            current = box.findData(str(settings.value(MODEL_KEY.format(lang=lang), "") or ""))
            box.setCurrentIndex(max(current, 0))
            box.setEnabled(box.count() > 1)
            box.setToolTip("Install e.g. " + f"{lang}_core_news_sm with pip to choose one" if box.count() == 1 else "")
            form.addRow(f"spaCy pipeline ({lang})", box)
            self.models[lang] = box

        self.error = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # quotes the labels typed
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _platform_default() -> str:
        from quotedesk.store import default_db_path

        return str(default_db_path())

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Default database", self.database.text(),
                                              "Quotedesk databases (*.db);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def _apply_theme(self, choice: str) -> None:
        apply_theme_choice(QApplication.instance(), choice)

    def scale_levels(self) -> list[str | tuple[str, float | None]]:
        """The labels typed, one per line; a label already on the scale keeps its value."""
        values = {level.label: level.value for level in self._scale_before}
        labels = [line.strip() for line in self.scale.toPlainText().splitlines() if line.strip()]
        return [(label, values[label]) if label in values else label for label in labels]

    def save(self) -> None:
        """Write everything; on a refused scale say why and stay open."""
        from quotedesk.store import StoreError

        if self.user_name.text().strip() != self.store.user_name:  # first: the scale's change is signed with it
            self.store.set_user_name(self.user_name.text().strip() or None)
        levels = self.scale_levels()
        if [lv if isinstance(lv, str) else lv[0] for lv in levels] != [lv.label for lv in self._scale_before]:
            try:
                self.store.set_rating_scale(levels)
            except StoreError as ex:
                self.error.setText(f"The rating scale was not changed: {ex}")
                self.error.show()
                return
            self._scale_before = self.store.rating_scale()
        self.settings.setValue(DEFAULT_DB_KEY, self.database.text().strip())
        self.settings.setValue(THEME_KEY, self.theme.currentData())
        self._theme_before = self.theme.currentData()
        for lang, box in self.models.items():
            self.settings.setValue(MODEL_KEY.format(lang=lang), box.currentData())
        self.settings.sync()
        self.accept()

    def reject(self) -> None:
        self._apply_theme(self._theme_before)  # a theme only tried on goes back
        super().reject()
