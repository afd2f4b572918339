"""`quotedesk --screenshot FILE`: the main window rendered offscreen, for docs and review."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1400, 900)


def render(path: str | os.PathLike[str], db: str | None = None, article: int | None = None, *,
           claim_log: bool = False) -> int:
    # offscreen unless told otherwise, so it runs on a server or in CI without a display
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from quotedesk.gui.app import application
    from quotedesk.gui.main_window import MainWindow
    from quotedesk.store import Store

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        # a throwaway settings file: the picture never depends on, or changes, the person's layout
        settings = QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat)
        with Store.open(db) as store:
            window = MainWindow(store, settings)
            window.resize(*SIZE)
            window.show()
            opened = window.open_article(article) if article is not None else window.open_start_article()
            if opened and window.quotes.shown_quotes():
                window.quotes.select_quote(window.quotes.shown_quotes()[0].id)
                window.reader.stop_flash()
            if claim_log:
                window.claim_log.show()
            for _ in range(3):
                app.processEvents()
            window.quotes.view.doItemsLayout()  # cards laid out for the final pane width, not a delayed one
            app.processEvents()
            ok = window.grab().save(os.fspath(path), "PNG")
            window.close()
    return 0 if ok else 1
