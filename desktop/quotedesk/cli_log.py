"""`quotedesk claims` and `quotedesk export`: the claim log on screen and in a file,
with one set of filters, so what the table lists is what the file holds."""

from __future__ import annotations

import argparse
import json
import sys

from quotedesk.cli import _add_db_option, _add_verdict_filters, _open_store, format_table
from quotedesk.cli_args import text


def add_log_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text", type=text,
                   help='only claims whose text or quotes match this search (words, "a phrase", OR, NOT, prefix*)')
    p.add_argument("--literal", action="store_true", help="search for the --text words as typed")
    _add_verdict_filters(p, "claims")
    p.add_argument("--tag", type=text, help="only claims with this tag")
    p.add_argument("--agency", type=text, help="only claims carried by this agency")
    p.add_argument("--outlet", type=text, help="only claims that appeared in an outlet whose name contains this")
    p.add_argument("--since", type=text,
                   help="only claims that appeared on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", type=text, help="only claims that appeared on or before this date")


def log_filters(args):
    from quotedesk.export import ExportFilters

    return ExportFilters(text=args.text, literal=args.literal, speaker=args.speaker, agency=args.agency,
                         outlet=args.outlet, rating=args.rating, status=args.status, tag=args.tag,
                         since=args.since, until=args.until)


def cmd_claims(args) -> int:
    from quotedesk.export import ExportError
    from quotedesk.export.rows import check_names
    from quotedesk.store import StoreError

    filters = log_filters(args)
    try:
        with _open_store(args) as store:
            check_names(store, filters)
            total = store.claim_log_count(filters)
            rows = store.claim_log_rows(filters, args.sort, args.desc, limit=args.limit)
    except (StoreError, ExportError, ValueError) as ex:
        print(f"quotedesk claims: {ex}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no claims ({filters.describe()})")
        return 0
    table = [(r.claim_id, r.appearances, r.first_seen or "", _first_place(r), ", ".join(r.agencies) or "-",
              r.status, r.rating or "-", _changed(r), _who(r), f"“{r.text}”") for r in rows]
    print(format_table(("CLAIM", "SEEN", "FIRST", "FIRST IN", "AGENCIES", "STATUS", "RATING", "CHANGED",
                        "SPEAKER", "TEXT"), (6, 4, 10, 18, 16, 11, 12, 24, 26, 60), table))
    shown = f"{len(rows)} of {total}" if total > len(rows) else f"{total}"
    print(f"\n{shown} claims · filters: {filters.describe()} · sorted by {args.sort}{' (descending)' * args.desc}")
    return 0


def _first_place(r) -> str:
    return " · ".join(x for x in (r.first_outlet, r.first_agency and f"via {r.first_agency}") if x) or "-"


def _changed(r) -> str:
    return f"{(r.changed_at or '')[:10]} {r.changed_by or ''}".strip() or "-"


def _who(r) -> str:
    return (r.speaker or "-") + (f" — {r.role}" if r.role else "")


def cmd_export(args) -> int:
    from pathlib import Path

    from quotedesk.export import CannotWrite, ExportError, export, format_for_path
    from quotedesk.store import Store, StoreError, default_db_path

    to_stdout = args.out == "-"
    fmt = args.format or (None if to_stdout else format_for_path(args.out))
    if fmt is None:
        print("quotedesk export: say which format with --format (csv, json, jsonl, md, html, claimreview), "
              "or end the --out file name with .csv, .json, .jsonl, .md, .html or .jsonld", file=sys.stderr)
        return 2
    db_path = Path(args.db).expanduser() if args.db else default_db_path()
    if not db_path.is_file():
        print(f"quotedesk export: there is no database at {db_path}; import articles first, or name one with --db",
              file=sys.stderr)
        return 2
    filters = log_filters(args)
    live = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if live and (done == total or done % max(1, total // 100) == 0):
            print(f"\r\x1b[K[{done}/{total}] exporting claims", end="", file=sys.stderr, flush=True)

    try:
        store = Store.open(db_path)
    except StoreError as ex:
        print(f"quotedesk export: {ex}", file=sys.stderr)
        return 2
    try:
        with store:
            result = export(store, fmt, sys.stdout if to_stdout else args.out, filters, per=args.per, bom=args.bom,
                            progress=progress)
    except CannotWrite as ex:
        print(("\r\x1b[K" if live else "") + f"quotedesk export: {ex}", file=sys.stderr)
        return 1
    except ExportError as ex:
        print(("\r\x1b[K" if live else "") + f"quotedesk export: {ex}", file=sys.stderr)
        return 2
    if live:
        print("\r\x1b[K", end="", file=sys.stderr)
    print(result.line(), file=sys.stderr if to_stdout else sys.stdout)
    return 0


def add_log_commands(sub) -> None:
    from quotedesk.store.claim_log import SORT_KEYS  # the claim log's own columns, not a copy

    cl = sub.add_parser("claims", help="the claim log: every claim, where it first appeared, who carried it, "
                                       "how it was rated and by whom")
    add_log_filters(cl)
    cl.add_argument("--sort", default="first_seen", choices=SORT_KEYS,
                    help="the column to sort on (default first_seen)")
    cl.add_argument("--desc", action="store_true", help="sort descending")
    cl.add_argument("--limit", type=int, default=100, help="at most this many claims (default 100)")
    cl.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_db_option(cl)
    cl.set_defaults(func=cmd_claims)

    ex = sub.add_parser("export", help="write the claim log (all claims, or those the filters keep) to a file",
                        description="Write the claim log: what was claimed, by whom, where it first appeared, "
                                    "which agencies carried it, how it was rated, on what evidence and by whom. "
                                    "The file records the filters and the time that made it.")
    ex.add_argument("--format", choices=("csv", "json", "jsonl", "md", "html", "claimreview"),
                    help="csv, json, jsonl, md (Markdown report), html (standalone report) or claimreview "
                         "(schema.org JSON-LD, rated claims only); default: from the --out file name")
    ex.add_argument("--out", required=True, metavar="PATH", help="the file to write ('-' for stdout)")
    ex.add_argument("--per", choices=("claim", "appearance"), default="claim",
                    help="CSV: one row per claim (default) or one per appearance")
    ex.add_argument("--bom", action="store_true", help="CSV: start with a byte order mark, so Excel reads UTF-8")
    add_log_filters(ex)
    _add_db_option(ex)
    ex.set_defaults(func=cmd_export)


