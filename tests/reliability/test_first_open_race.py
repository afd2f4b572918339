"""Two Quotedesks opening the same new database file at the same moment: both get a
working library with one schema, neither fails on "table already exists"."""

from __future__ import annotations

import subprocess
import sys
import time

from quotedesk.store import SCHEMA_VERSION, Store

OPENERS = 4

# Each process sleeps until the same instant, then opens (creating) the database.
OPEN_AT = """
import sys, time
from quotedesk.store import Store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
with Store.open(sys.argv[1]) as store:
    print(store.db.execute("PRAGMA user_version").fetchone()[0])
"""


def test_processes_creating_one_database_at_once_all_get_it(tmp_path):
    for round_ in range(2):
        path = tmp_path / f"race-{round_}.db"
        start = time.time() + 2.0  # enough for every interpreter to be up and waiting
        procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, str(path), repr(start)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(OPENERS)]
        results = [p.communicate(timeout=120) for p in procs]
        for proc, (out, err) in zip(procs, results, strict=True):
            assert proc.returncode == 0, err
            assert out.strip() == str(SCHEMA_VERSION)
        with Store.open(path) as store:
            tables = store.db.table_names()
            assert len(tables) == len(set(tables))
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert store.rating_scale()  # the v2 rows were written once, not dropped or doubled
            labels = [level.label for level in store.rating_scale()]
            assert len(labels) == len(set(labels))
