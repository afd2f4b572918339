"""A real first run: the welcome on an empty library, Settings, and About."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
import quotedesk
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from quotedesk.gui import main_window as main_window_module
from quotedesk.gui import settings_dialog, theme
from quotedesk.gui.about import LICENCE
from quotedesk.gui.app import Windows
from quotedesk.gui.main_window import MainWindow
from quotedesk.gui.welcome import WELCOMED_KEY, WelcomeDialog
from quotedesk.store import Store

from tests.gui.conftest import JOB_TIMEOUT_MS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def keep_palette(qapp):
    original = qapp.palette()
    yield
    qapp.setPalette(original)


@pytest.fixture
def started(qtbot, tmp_path: Path, settings: QSettings):
    """Start the app the way `quotedesk` does, on a database of its own; closed afterwards."""
    opened: list[Windows] = []

    def start(name: str = "first.db", **kwargs) -> MainWindow:
        windows = Windows(settings)
        opened.append(windows)
        window = windows.open(os.fspath(tmp_path / name), **kwargs)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        return window
    yield start
    for windows in opened:
        for w in list(windows.windows):
            w.jobs.cancel()
            w.jobs.wait()
            windows._close(w)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def open_settings(qtbot, window: MainWindow):
    window.actions_by_name["settings"].trigger()
    dialog = window.app_dialogs.dialog
    assert dialog is not None and dialog.objectName() == "settings_dialog"
    qtbot.waitExposed(dialog)
    return dialog


# --- the welcome -------------------------------------------------------------------------


def test_first_start_welcomes_without_blocking_and_loads_the_sample(qtbot, started, settings: QSettings) -> None:
    window = started()
    qtbot.waitUntil(lambda: window.app_dialogs.welcome is not None)
    welcome = window.app_dialogs.welcome
    assert isinstance(welcome, WelcomeDialog)
    assert welcome.isVisible() and not welcome.isModal()
    assert QApplication.activeModalWidget() is None
    assert settings.value(WELCOMED_KEY, False, type=bool)

    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        click(qtbot, welcome.sample)
    assert not welcome.isVisible()
    assert window.library.model.rowCount() >= 1
    assert window.article_id is not None
    assert window.quotes.shown_quotes()


def test_the_welcome_is_shown_once(qtbot, started) -> None:
    first = started("one.db")
    qtbot.waitUntil(lambda: first.app_dialogs.welcome is not None)
    click(qtbot, first.app_dialogs.welcome.close_button)
    assert not first.app_dialogs.welcome.isVisible()
    # another empty library, the same computer: no second welcome
    second = started("two.db")
    qtbot.waitUntil(lambda: second.windowTitle() == "Quotedesk — two.db")
    assert second.app_dialogs.welcome is None


def test_import_your_own_opens_the_import_dialog(qtbot, started, sample_path: Path, monkeypatch) -> None:
    asked: list[str] = []

    def pick(parent, caption, *args):
        asked.append(caption)
        return [os.fspath(sample_path)], ""
    monkeypatch.setattr(main_window_module.QFileDialog, "getOpenFileNames", pick)
    window = started()
    qtbot.waitUntil(lambda: window.app_dialogs.welcome is not None)
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        click(qtbot, window.app_dialogs.welcome.own)
    assert asked == ["Import files"]
    assert window.library.model.rowCount() == 1


def test_sample_start_opens_the_sample_and_no_welcome(qtbot, started) -> None:
    window = started(sample_if_empty=True)
    qtbot.waitUntil(lambda: window.article_id is not None, timeout=JOB_TIMEOUT_MS)
    assert window.app_dialogs.welcome is None
    assert window.quotes.shown_quotes()[0].speaker == "Dmitry Peskov"


def test_a_window_built_directly_shows_no_welcome(window: MainWindow, settings: QSettings) -> None:
    assert window.app_dialogs.welcome is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
    assert not settings.value(WELCOMED_KEY, False, type=bool)


# --- settings ----------------------------------------------------------------------------


def test_settings_write_the_name_and_the_scale_to_the_store(qtbot, window: MainWindow, store: Store) -> None:
    dialog = open_settings(qtbot, window)
    dialog.user_name.clear()
    qtbot.keyClicks(dialog.user_name, "Ana Reporter")
    dialog.scale.selectAll()
    for i, label in enumerate(("Correct", "Misleading", "False")):
        if i:
            qtbot.keyClick(dialog.scale, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.scale, label)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert store.user_name == "Ana Reporter"
    assert [level.label for level in store.rating_scale()] == ["Correct", "Misleading", "False"]
    latest = store.recent_events(1)[0]
    assert (latest.action, latest.who) == ("set rating scale", "Ana Reporter")


def test_a_refused_scale_is_explained_and_changes_nothing(qtbot, window: MainWindow, store: Store) -> None:
    before = [level.label for level in store.rating_scale()]
    dialog = open_settings(qtbot, window)
    dialog.scale.selectAll()
    qtbot.keyClicks(dialog.scale, "True")
    qtbot.keyClick(dialog.scale, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.scale, "True")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "same label twice" in dialog.error.text()
    assert [level.label for level in store.rating_scale()] == before


def test_the_theme_applies_at_once_and_is_remembered(qtbot, window: MainWindow, settings: QSettings,
                                                     monkeypatch) -> None:
    theme.apply_theme(QApplication.instance(), dark=False)
    dialog = open_settings(qtbot, window)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "Dark")
    assert dialog.theme.currentData() == "dark"
    assert theme.is_dark()  # before OK: a person sees it at once
    ok(qtbot, dialog)
    assert settings.value(theme.THEME_KEY) == "dark"
    assert theme.is_dark()
    # the next start takes the saved choice
    theme.apply_theme(QApplication.instance(), dark=False)
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    theme.apply_saved_theme(QApplication.instance(), settings)
    assert theme.is_dark()


def test_a_theme_tried_and_cancelled_goes_back(qtbot, window: MainWindow, settings: QSettings) -> None:
    theme.apply_theme(QApplication.instance(), dark=False)
    settings.setValue(theme.THEME_KEY, "light")
    dialog = open_settings(qtbot, window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert theme.is_dark()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not theme.is_dark()
    assert settings.value(theme.THEME_KEY) == "light"


def test_the_default_database_is_used_unless_db_or_the_environment_say_otherwise(
        qtbot, window: MainWindow, settings: QSettings, tmp_path: Path, monkeypatch) -> None:
    chosen = os.fspath(tmp_path / "newsroom.db")
    dialog = open_settings(qtbot, window)
    note = dialog.findChild(QLabel, "database_note")
    assert note is not None and "next time Quotedesk starts" in note.text()
    qtbot.keyClicks(dialog.database, chosen)
    ok(qtbot, dialog)
    assert settings.value(settings_dialog.DEFAULT_DB_KEY) == chosen
    monkeypatch.delenv("QUOTEDESK_DB", raising=False)
    assert settings_dialog.start_database(None, settings) == chosen
    assert settings_dialog.start_database("given.db", settings) == "given.db"
    monkeypatch.setenv("QUOTEDESK_DB", os.fspath(tmp_path / "env.db"))
    assert settings_dialog.start_database(None, settings) is None  # the store reads $QUOTEDESK_DB


def test_installed_pipelines_are_found_by_language(monkeypatch) -> None:
    class Dist:
        def __init__(self, name: str) -> None:
            self.metadata = {"Name": name}
    fake = [Dist("en_core_web_sm"), Dist("en-core-web-md"), Dist("de_core_news_sm"), Dist("spacy"),
            Dist("en_other")]
    monkeypatch.setattr(settings_dialog.metadata, "distributions", lambda: fake)
    assert settings_dialog.installed_pipelines("en") == ["en_core_web_md", "en_core_web_sm"]
    assert settings_dialog.installed_pipelines("id") == []


def test_the_chosen_pipeline_is_used_by_imports(qtbot, window: MainWindow, settings: QSettings,
                                                sample_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings_dialog, "installed_pipelines",
                        lambda lang: ["id_core_news_sm"] if lang == "id" else [])
    dialog = open_settings(qtbot, window)
    box = dialog.models["id"]
    assert box.isEnabled() and not dialog.models["en"].isEnabled()
    assert box.currentText() == settings_dialog.NO_MODEL
    box.setCurrentIndex(box.findText("id_core_news_sm"))
    ok(qtbot, dialog)
    assert settings.value("spacy_model/id") == "id_core_news_sm"
    assert window.jobs.models == {"id": "id_core_news_sm"}

    from quotedesk.attribution import engine

    real = engine.extract
    used: list[tuple[str, str | None]] = []

    def extract(text, lang=None, model=None):
        used.append((lang, model))
        return real(text, lang)  # the pipeline is not installed here: the rules do the work
    monkeypatch.setattr(engine, "extract", extract)
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        window.import_paths([os.fspath(sample_path)])
    assert used == [("id", "id_core_news_sm")]
    assert window.library.model.rowCount() == 1
    # re-extraction (Ctrl+R) runs the same pipeline
    with qtbot.waitSignal(window.jobs.finished, timeout=JOB_TIMEOUT_MS):
        window.reextract_current()
    assert used == [("id", "id_core_news_sm"), ("id", "id_core_news_sm")]


def test_the_choice_survives_a_new_window(qtbot, store: Store, settings: QSettings) -> None:
    settings.setValue("spacy_model/en", "en_core_web_sm")
    settings.setValue("spacy_model/de", "")
    other = MainWindow(store, settings)
    qtbot.addWidget(other)
    assert other.jobs.models == {"en": "en_core_web_sm"}


# --- about -------------------------------------------------------------------------------


def test_about_says_the_version_the_database_and_the_licence(qtbot, window: MainWindow, store: Store) -> None:
    window.actions_by_name["about"].trigger()
    dialog = window.app_dialogs.dialog
    qtbot.waitExposed(dialog)
    text = dialog.text.text()
    assert f"Quotedesk {quotedesk.__version__}" in text
    assert os.fspath(store.path) in text
    assert f"Licence:</b> {LICENCE}" in text


def test_the_licence_shown_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    licence = project["license"]
    assert (licence if isinstance(licence, str) else licence.get("text")) == LICENCE
