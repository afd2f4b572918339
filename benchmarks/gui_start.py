"""Start-up of the desktop app: time to first paint of the main window, as a ratio to a
bare QMainWindow measured in the same run, and how soon the library and quotes panes
show their first rows.

Each variant runs in a fresh interpreter (so module imports count, as they do for a
person starting the app), from just after PySide6.QtWidgets is imported, which both
need, to the window's first paint event. Medians of --runs runs. Goal: ratio <= 2x.

    .venv/bin/python benchmarks/gui_start.py                      # an empty library
    .venv/bin/python benchmarks/gui_start.py --db /tmp/big.db     # e.g. store_scale.py's 100k library
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
painted = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at" not in painted:
            painted["at"] = time.perf_counter()
        return False

spy = FirstPaint()
variant, db = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
rows_at = None
if variant == "bare":
    window = QMainWindow()
    window.resize(1400, 900)
    window.installEventFilter(spy)
    window.show()
else:
    # the app's own start path: the window shows, paints, then opens its store
    from PySide6.QtCore import QSettings
    from quotedesk.gui.app import Windows
    settings = QSettings(os.path.join(os.path.dirname(db), "bench.ini"), QSettings.Format.IniFormat)
    windows = Windows(settings)
    window = windows.open(db)
    window.resize(1400, 900)
    window.installEventFilter(spy)
while "at" not in painted:
    app.processEvents()
first_paint = painted["at"] - t0
painted_wall = time.time() - (time.perf_counter() - painted["at"])
extra = {}
if variant == "app":
    while window.store is None:  # the store opened and the start article shown
        app.processEvents()
    app.processEvents()
    extra["ready_ms"] = (time.perf_counter() - t0) * 1000
    t1 = time.perf_counter()
    window.open_start_article()
    app.processEvents()
    extra["open_article_ms"] = (time.perf_counter() - t1) * 1000
    extra["library_rows"] = window.library.model.rowCount()
    extra["quote_cards"] = window.quotes.model.rowCount()
    t2 = time.perf_counter()
    bar = window.library.table.verticalScrollBar()
    for _ in range(20):  # scroll to the end 20 times: each fetches one more page, never the whole library
        bar.setValue(bar.maximum())
        app.processEvents()
    extra["scroll_20_pages_ms"] = (time.perf_counter() - t2) * 1000
    extra["library_rows_after_scroll"] = window.library.model.rowCount()
    extra["spacy_loaded"] = "spacy" in sys.modules
print(json.dumps({"first_paint_ms": first_paint * 1000, "painted_wall": painted_wall, **extra}))
"""


def run(variant: str, db: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    launched = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, variant, db], capture_output=True, text=True, env=env,
                         check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["from_launch_ms"] = (result["painted_wall"] - launched) * 1000
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", help="the library to open (default: a new empty one)")
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or os.path.join(tmp, "empty.db")
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so a busy machine slows both alike
            bare.append(run("bare", db))
            app.append(run("app", db))
    for key, what in (("from_launch_ms", "from process launch (what a person waits)"),
                      ("first_paint_ms", "after QtWidgets is imported (our own cost only)")):
        b = statistics.median(r[key] for r in bare)
        a = statistics.median(r[key] for r in app)
        print(f"first paint, {what}:")
        print(f"  bare QMainWindow     {b:7.1f} ms")
        print(f"  Quotedesk            {a:7.1f} ms   ratio {a / b:.2f}x   (goal <= 2x)")
    print(f"library open and start article shown, after QtWidgets is imported: "
          f"{statistics.median(r['ready_ms'] for r in app):7.1f} ms")
    last = app[-1]
    print(f"open the start article         {statistics.median(r['open_article_ms'] for r in app):7.1f} ms   "
          f"library rows {last['library_rows']}, quote cards {last['quote_cards']}")
    print(f"scroll the library 20 pages    {statistics.median(r['scroll_20_pages_ms'] for r in app):7.1f} ms   "
          f"rows loaded {last['library_rows_after_scroll']}")
    print(f"spaCy imported at start-up:    {last['spacy_loaded']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
