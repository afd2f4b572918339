"""The frozen one-folder bundle (packaging/build.sh) runs: --version, extract --jsonl, --screenshot.

Deselected by default (pytest.ini); run with `pytest -m packaging tests/packaging`. The bundle in
dist/Quotedesk/ is reused when it is newer than every source, resource and packaging file; otherwise
it is built, which takes a few minutes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from quotedesk import __version__

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "Quotedesk"
EXE = BUNDLE / ("quotedesk.exe" if sys.platform == "win32" else "quotedesk")
SOURCES = ("desktop/quotedesk", "resources", "packaging", "pyproject.toml")


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for f in files:
            if not f.is_file() or "__pycache__" in f.parts:
                continue
            newest = max(newest, f.stat().st_mtime)
    return newest


@pytest.fixture(scope="session")
def bundle() -> Path:
    if not EXE.exists() or EXE.stat().st_mtime < _newest_source():
        env = {**os.environ, "PYTHON": sys.executable}
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=env, check=True, timeout=1800)
    assert EXE.exists(), f"no bundle at {EXE}"
    return EXE


def _run(exe: Path, *args: str, stdin: str | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QUOTEDESK_RESOURCES")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=timeout, cwd="/" if sys.platform != "win32" else None)


def test_version(bundle):
    done = _run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"quotedesk {__version__}"


def test_extract_jsonl_finds_the_speaker(bundle):
    line = json.dumps({"id": "1", "text": "“Ya,” kata Budi.", "lang": "id"}, ensure_ascii=False)
    done = _run(bundle, "extract", "--jsonl", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert "Budi" in done.stdout
    result = json.loads(done.stdout.splitlines()[0])
    assert result["id"] == "1"


def test_screenshot_of_an_imported_sample(bundle, tmp_path):
    db = tmp_path / "frozen.db"
    png = tmp_path / "frozen.png"
    done = _run(bundle, "import", str(ROOT / "resources" / "samples"), "--db", str(db))
    assert done.returncode == 0, done.stderr
    done = _run(bundle, "--screenshot", str(png), "--db", str(db))
    assert done.returncode == 0, done.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a rendered window, not an empty image
