"""quotedesk.resources finds the data inside a frozen (PyInstaller) bundle, simulated here."""

from __future__ import annotations

import sys

import pytest
from quotedesk import resources


@pytest.fixture
def fresh_lookup(monkeypatch):
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    resources.resources_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()


def _bundle(tmp_path):
    root = tmp_path / "_internal"  # PyInstaller 6 one-folder: sys._MEIPASS is dist/<name>/_internal
    (root / "resources" / "lexicons").mkdir(parents=True)
    (root / "resources" / "agencies.toml").write_text("", encoding="utf-8")
    return root


def test_frozen_bundle_resources_come_first(fresh_lookup, monkeypatch, tmp_path):
    root = _bundle(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    assert resources.resources_dir() == root / "resources"
    assert resources.resource_path("agencies.toml") == root / "resources" / "agencies.toml"


def test_env_var_overrides_the_bundle(fresh_lookup, monkeypatch, tmp_path):
    root = _bundle(tmp_path)
    other = tmp_path / "elsewhere"
    (other / "lexicons").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    monkeypatch.setenv(resources.ENV_VAR, str(other))
    assert resources.resources_dir() == other


def test_bundle_without_resources_falls_back_to_the_checkout(fresh_lookup, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (resources.resources_dir() / "lexicons").is_dir()
    assert resources.resources_dir() != tmp_path / "resources"


def test_not_frozen_uses_the_checkout(fresh_lookup, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    found = resources.resources_dir()
    assert (found / "lexicons").is_dir()
    assert (found / "agencies.toml").is_file()
