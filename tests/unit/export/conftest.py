"""Export fixtures: the claim library of export_library.py, one copy per test."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from export_library import Library, build_library
from quotedesk.store import Store


@pytest.fixture(scope="session")
def library_template(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return build_library(tmp_path_factory.mktemp("export-library"))


@pytest.fixture
def library(library_template: Library, tmp_path: Path) -> Library:
    path = tmp_path / "claims.db"
    shutil.copyfile(library_template.path, path)
    return replace(library_template, path=path)


@pytest.fixture
def store(library: Library):
    with Store.open(library.path) as opened:
        yield opened
