"""`quotedesk --screenshot FILE`: the window rendered offscreen, with or without the claim log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from quotedesk.cli import main
from quotedesk.library import import_paths
from quotedesk.store import Store


def test_screenshots_of_the_window_and_of_the_claim_log(tmp_path: Path, sample_path: Path) -> None:
    db = tmp_path / "shot.db"
    with Store.open(db) as store:
        import_paths(store, [sample_path])
    plain, with_log = tmp_path / "window.png", tmp_path / "log.png"
    assert main(["--screenshot", str(plain), "--db", str(db)]) == 0
    assert main(["--screenshot", str(with_log), "--db", str(db), "--claim-log"]) == 0
    a, b = QImage(str(plain)), QImage(str(with_log))
    assert (a.width(), a.height()) == (b.width(), b.height()) == (1400, 900)
    assert a != b  # the claim log takes the bottom of the window
