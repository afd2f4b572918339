"""Store fixtures: a fresh database file per test, and articles built by hand.

Hand-built analyses keep these tests independent of the engine's accuracy and fast;
the tests that need the real pipeline use the sample article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from quotedesk.store import Store


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a test that forgets --db must not write into the real user data folder
    monkeypatch.setenv("QUOTEDESK_DB", str(tmp_path / "default" / "quotedesk.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as opened:
        opened.set_user_name("Tester")
        yield opened
