"""Locate the read-only data that ships with Quotedesk (lexicons, agencies, samples).

The same lookup must work from a source checkout, an editable install and a frozen
(PyInstaller) bundle, so the places are tried in that order of specificity.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENV_VAR = "QUOTEDESK_RESOURCES"


@cache
def resources_dir() -> Path:
    candidates: list[Path] = []
    if os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_resources")  # wheels built by packaging/
    candidates.append(here.parent.parent / "resources")  # source checkout: desktop/quotedesk/..
    for path in candidates:
        if (path / "lexicons").is_dir():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise FileNotFoundError(f"Quotedesk resources not found (tried {tried}); set {ENV_VAR}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
