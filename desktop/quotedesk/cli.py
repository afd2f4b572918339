"""`quotedesk`: the command line face of the core (the GUI is the other one)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence

from quotedesk import __version__
from quotedesk.cli_args import text


def _dump(obj: dict) -> str:
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from JSON input: keep them escaped
        line = json.dumps(obj, ensure_ascii=True)
    return line


def _extract_line(line: str) -> dict:
    from quotedesk.attribution import extract

    try:
        item = json.loads(line)
    except (ValueError, RecursionError) as ex:  # RecursionError: arrays nested thousands deep
        return {"id": None, "error": f"not JSON: {ex}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    doc_id = item.get("id")
    text, lang = item.get("text"), item.get("lang")
    if not isinstance(text, str):
        return {"id": doc_id, "error": "'text' must be a string"}
    if lang is not None and not isinstance(lang, str):
        return {"id": doc_id, "error": "'lang' must be a string or null"}
    try:
        analysis = extract(text, lang)
    except Exception as ex:  # the contract: a bad document never stops the stream
        return {"id": doc_id, "error": f"{type(ex).__name__}: {ex}"}
    return {"id": doc_id, **analysis.to_dict()}


def run_jsonl(stdin, stdout) -> int:
    """One result line per input line. Byte streams are JSON Lines in UTF-8 whatever the locale
    says, so a line of bad bytes gets its own error instead of a UnicodeDecodeError ending the run."""
    binary = not isinstance(stdout, io.TextIOBase)
    for n, line in enumerate(stdin):
        if not line.strip():
            continue
        if isinstance(line, bytes):
            try:
                row = _extract_line(line.decode("utf-8-sig" if n == 0 else "utf-8"))
            except UnicodeDecodeError as ex:
                row = {"id": None, "error": f"not UTF-8: {ex}"}
        else:
            row = _extract_line(line)
        out = _dump(row) + "\n"
        stdout.write(out.encode("utf-8") if binary else out)
        stdout.flush()
    return 0


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_analysis(name: str, analysis, text: str) -> str:
    from collections import Counter

    kinds = Counter(q.kind for q in analysis.quotes)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no quotes"
    lines = [f"{name}  [{analysis.lang}]  {summary}"]
    if analysis.article_agency is not None:
        a = analysis.article_agency
        lines[0] += f"  · via {a.name} ({a.relation})"
    for n, q in enumerate(analysis.quotes, 1):
        lines.append(f"{n:3}. {q.kind:<8} “{_short(q.text)}”")
        who = q.speaker or "(no speaker)"
        if q.role:
            who += f" — {q.role}"
        mention = ""
        if q.speaker_start is not None:
            mention = f"  mention {text[q.speaker_start:q.speaker_end]!r}"
        lines.append(f"     speaker  {who}  [{q.speaker_kind}]{mention}  cue {q.cue!r}")
        agency = f"{q.agency} ({q.agency_relation})" if q.agency else "-"
        lines.append(f"     agency   {agency}   confidence {q.confidence:.2f}   at {q.start}-{q.end}")
        lines.append(f"     why      {q.evidence}")
    return "\n".join(lines)


def cmd_extract(args) -> int:
    from quotedesk.attribution import extract
    from quotedesk.ingest import IngestError, read_text_file

    if args.jsonl:
        return run_jsonl(sys.stdin.buffer, sys.stdout.buffer)
    if not args.files:
        print("quotedesk extract: name one or more files, or use --jsonl to read JSON Lines on stdin",
              file=sys.stderr)
        return 2
    status = 0
    results = []
    for path in args.files:
        try:
            text = sys.stdin.read() if path == "-" else read_text_file(path)
        except IngestError as ex:
            print(f"quotedesk: {ex}", file=sys.stderr)
            status = 1
            continue
        analysis = extract(text, args.lang, args.model)
        if args.json:
            results.append({"file": path, **analysis.to_dict()})
        else:
            print(format_analysis(path, analysis, text))
            print()
    if args.json:
        out = results[0] if len(results) == 1 else results
        print(json.dumps(out, ensure_ascii=False, indent=2))
    return status


# --- the library: import, search, claims --------------------------------------------

def _cell(value, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


def format_table(headers: Sequence[str], widths: Sequence[int], rows: Sequence[Sequence]) -> str:
    """Fixed-width columns; the last column takes the rest of the line."""
    def line(values: Sequence) -> str:
        cells = [_cell(v, w) for v, w in zip(values[:-1], widths[:-1], strict=True)]
        return "  ".join([*cells, _cell(values[-1], widths[-1]).rstrip()])

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _open_store(args):
    from quotedesk.store import Store

    return Store.open(args.db)


def _print_json(items) -> None:
    print(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2))


def cmd_import(args) -> int:
    from quotedesk.library import import_paths
    from quotedesk.store import StoreError

    try:
        store = _open_store(args)
    except StoreError as ex:
        print(f"quotedesk import: {ex}", file=sys.stderr)
        return 2
    live = sys.stderr.isatty()

    def progress(done: int, total: int, source: str, error: str | None) -> None:
        if error is not None:
            print(("\r\x1b[K" if live else "") + f"quotedesk: {error}", file=sys.stderr)
        if live:
            print(f"\r\x1b[K[{done}/{total}] {_short(source, 70)}", end="", file=sys.stderr, flush=True)
        elif done == total:
            print(f"[{done}/{total}] done", file=sys.stderr)

    with store:
        summary = import_paths(store, args.paths, progress=progress, batch_size=args.batch_size)
    if live:
        print("\r\x1b[K", end="", file=sys.stderr)
    print(f"{summary.line()}  ->  {store.path}")
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0


def cmd_search(args) -> int:
    from quotedesk.store import SearchSyntaxError, StoreError

    try:
        with _open_store(args) as store:
            hits = store.search(args.query, speaker=args.speaker, agency=args.agency, status=args.status,
                                rating=args.rating, since=args.since, until=args.until, limit=args.limit,
                                literal=args.literal)
    except SearchSyntaxError as ex:
        print(f"quotedesk search: {ex}. (Search syntax: words, \"a phrase\", OR, NOT, prefix*; "
              "add --literal to search for the words as typed.)", file=sys.stderr)
        return 2
    except StoreError as ex:
        print(f"quotedesk search: {ex}", file=sys.stderr)
        return 2
    if args.json:
        _print_json(hits)
        return 0
    if not hits:
        print("no matches")
        return 0
    if not hits.ranked:
        print("quotedesk search: many matches, so the most recently imported come first; add words or filters "
              "to rank them by relevance", file=sys.stderr)
    rows = [(h.claim_id, h.status, h.rating or "-", h.seen_on or "", h.speaker or "-",
             (h.outlet or h.title or "") if h.kind == "quote" else "(the claim itself)", f"“{h.text}”")
            for h in hits]
    print(format_table(("CLAIM", "STATUS", "RATING", "DATE", "SPEAKER", "SOURCE", "TEXT"),
                       (6, 11, 12, 10, 22, 24, 70), rows))
    return 0


def _add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="the database file (default: quotedesk.db in the user data folder, "
                                                "or $QUOTEDESK_DB)")


def _add_verdict_filters(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--speaker", type=text, help=f"only {what} by this speaker (name or alias)")
    p.add_argument("--status", type=text, help="unreviewed, 'in progress' or done")
    p.add_argument("--rating", type=text, help="a label on the rating scale, e.g. 'Mostly false'")


def _add_library_commands(sub) -> None:
    im = sub.add_parser("import", help="import articles (.txt, .html, .md, folders, '-' for stdin) into the library")
    im.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively); '-' for stdin")
    im.add_argument("--batch-size", type=int, default=50, help="articles stored per transaction (default 50)")
    _add_db_option(im)
    im.set_defaults(func=cmd_import)

    se = sub.add_parser("search", help="full-text search over quotes and claims")
    se.add_argument("query", type=text, help='FTS5 query: words, "a phrase", OR, NOT, prefix*')
    _add_verdict_filters(se, "quotes")
    se.add_argument("--agency", type=text, help="only quotes carried by this agency")
    se.add_argument("--since", type=text, help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    se.add_argument("--until", type=text, help="up to this date, inclusive")
    se.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    se.add_argument("--literal", action="store_true", help="search for the words as typed, not FTS5 syntax")
    se.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_db_option(se)
    se.set_defaults(func=cmd_search)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quotedesk", description="Who said this, and through whom did we hear it?")
    p.add_argument("--version", action="version", version=f"quotedesk {__version__}")
    gui = p.add_argument_group("the desktop app (no subcommand)")
    # own dest names, so the subcommands' --db keeps working exactly as before
    gui.add_argument("--db", dest="gui_db", metavar="PATH", help="the database the app opens, or the command "
                                                                 "after it (default: quotedesk.db in the user "
                                                                 "data folder)")
    gui.add_argument("--screenshot", metavar="FILE", help="render the main window offscreen at 1400x900 to a PNG")
    gui.add_argument("--article", dest="gui_article", type=int, metavar="ID", help="open this article")
    gui.add_argument("--claim-log", dest="gui_claim_log", action="store_true",
                     help="with --screenshot: show the claim log under the panes")
    gui.add_argument("--sample", dest="gui_sample", action="store_true",
                     help="on an empty library, import the sample article and open it")
    sub = p.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="find quotes, speakers and agencies in articles")
    ex.add_argument("files", nargs="*", help="text files ('-' for stdin)")
    ex.add_argument("--json", action="store_true", help="print JSON instead of a readable listing")
    ex.add_argument("--jsonl", action="store_true",
                    help='read {"id","text","lang"} JSON Lines on stdin, write one result per line')
    ex.add_argument("--lang", type=text, help="language code (default: detected)")
    ex.add_argument("--model", help="an installed trained spaCy pipeline whose entities help find names "
                                    "(e.g. en_core_web_sm); without it the rules work alone")
    ex.set_defaults(func=cmd_extract)
    _add_library_commands(sub)
    from quotedesk.cli_log import add_log_commands  # claims and export: the claim log

    add_log_commands(sub)
    from quotedesk.cli_backup import add_backup_commands

    add_backup_commands(sub)
    return p


def run_gui(args) -> int:
    """`quotedesk` with no subcommand: the desktop app, or its screenshot."""
    if args.screenshot:
        from quotedesk.gui.screenshot import render

        return render(args.screenshot, args.gui_db, args.gui_article, claim_log=args.gui_claim_log)
    from quotedesk.gui.app import run

    return run(args.gui_db, sample=args.gui_sample, article=args.gui_article)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        return run_gui(args)
    if args.gui_db:
        # "quotedesk --db X import …" means X: never write to the default library instead
        if not hasattr(args, "db"):
            parser.error(f"--db does not apply to '{args.command}'")
        if args.db and args.db != args.gui_db:
            parser.error("two different --db paths, one before the command and one after it")
        args.db = args.gui_db
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as ex:
        from quotedesk.cli_backup import report_damage  # a damaged page past the header shows at its first read

        if not report_damage(args, ex):
            raise
        return 2


if __name__ == "__main__":
    sys.exit(main())
