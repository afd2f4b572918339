"""The window's settings, about and welcome dialogs, kept out of main_window: the keymap
names them as `app_dialogs.settings` and `app_dialogs.about`."""

from __future__ import annotations

from quotedesk.gui.preferences import chosen_models


class AppDialogs:
    def __init__(self, window) -> None:
        self.window = window
        self.dialog = None  # the one open, kept alive while it shows
        self.welcome = None
        window.jobs.models = chosen_models(window.settings)

    def settings(self) -> None:
        from quotedesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.store, self.window.settings, self.window)
        dialog.accepted.connect(self._settings_saved)
        self._open(dialog)

    def _settings_saved(self) -> None:
        self.window.jobs.models = chosen_models(self.window.settings)
        self.window.session.libraryChanged.emit()  # the scale shows in the inspector and the quotes

    def about(self) -> None:
        from quotedesk.gui.about import AboutDialog

        self._open(AboutDialog(self.window.db_key, self.window))

    def welcome_if_first_run(self):
        from quotedesk.gui.welcome import welcome_if_first_run

        self.welcome = welcome_if_first_run(self.window)
        return self.welcome

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.open()
