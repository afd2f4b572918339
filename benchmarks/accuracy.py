"""Score the engine on the annotated dev sets with the project's scorer.

    .venv/bin/python benchmarks/accuracy.py        (or: make accuracy)

The sets and the scorer live outside the repository in ../shared (licensed for
evaluation only; never copied here). Prints a Markdown table for the README.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEDESK_SHARED", REPO.parent / "shared"))
SCORER = SHARED / "tools" / "score.py"
SETS = ("pfsa-dev", "polnear-dev", "german-dev")
BAR = {"F1": 0.93, "attributed_F1": 0.85}


def score(name: str) -> dict | None:
    cmd = f"{sys.executable} -m quotedesk.cli extract --jsonl"
    out = subprocess.run([sys.executable, str(SCORER), "--set", name, "--cmd", cmd],
                         capture_output=True, text=True, check=False)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    return json.loads(lines[-1]) if lines else None


def fmt(x) -> str:
    return "–" if x is None else f"{x:.3f}"


def main() -> int:
    if not SCORER.is_file():
        print(f"no scorer at {SCORER}: the dev sets are not on this machine")
        return 0
    print("| set | docs | direct P | direct R | direct F1 | speaker acc | attributed F1 | indirect F1 | chars/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in SETS:
        r = score(name)
        if r is None or "error" in r:
            print(f"| {name} | not scored: {r and r.get('error')} |")
            continue
        print(f"| {name} | {r['docs']} | {fmt(r['P'])} | {fmt(r['R'])} | {fmt(r['F1'])} | {fmt(r['speaker_acc'])} "
              f"| {fmt(r['attributed_F1'])} | {fmt(r.get('indirect_F1'))} | {r['chars_per_s']:,.0f} |")
    print(f"\nbar for the engine issue: direct F1 >= {BAR['F1']}, attributed F1 >= {BAR['attributed_F1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
