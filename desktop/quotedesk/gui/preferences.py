"""The app's own preferences read at start-up (QSettings), kept apart from the Settings
dialog so that reading them costs nothing before the window paints."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

DEFAULT_DB_KEY = "default_database"
DB_ENV = "QUOTEDESK_DB"  # the store's own override (store.connection.ENV_DB), named here to stay light
MODEL_KEY = "spacy_model/{lang}"


def start_database(db: str | None, settings: QSettings) -> str | None:
    """The database the app opens: --db, else $QUOTEDESK_DB (None lets the store read it),
    else the default chosen in Settings, else None (the user data folder)."""
    if db or os.environ.get(DB_ENV):
        return db or None
    return str(settings.value(DEFAULT_DB_KEY, "") or "") or None


def chosen_models(settings: QSettings) -> dict[str, str]:
    """Language -> the pipeline chosen for it; languages left on the rules are absent."""
    settings.beginGroup(MODEL_KEY.split("/")[0])  # read at start-up: no lexicon or spaCy import
    try:
        chosen = {lang: str(settings.value(lang, "") or "") for lang in settings.childKeys()}
    finally:
        settings.endGroup()
    return {lang: name for lang, name in chosen.items() if name}
