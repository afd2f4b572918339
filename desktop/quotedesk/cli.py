"""`quotedesk`: the command line face of the core (the GUI is the other one)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from quotedesk import __version__


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
    except ValueError as ex:
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
    for line in stdin:
        if not line.strip():
            continue
        stdout.write(_dump(_extract_line(line)) + "\n")
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
        return run_jsonl(sys.stdin, sys.stdout)
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


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="quotedesk", description="Who said this, and through whom did we hear it?")
    p.add_argument("--version", action="version", version=f"quotedesk {__version__}")
    sub = p.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="find quotes, speakers and agencies in articles")
    ex.add_argument("files", nargs="*", help="text files ('-' for stdin)")
    ex.add_argument("--json", action="store_true", help="print JSON instead of a readable listing")
    ex.add_argument("--jsonl", action="store_true",
                    help='read {"id","text","lang"} JSON Lines on stdin, write one result per line')
    ex.add_argument("--lang", help="language code (default: detected)")
    ex.add_argument("--model", help="an installed trained spaCy pipeline whose entities help find names "
                                    "(e.g. en_core_web_sm); without it the rules work alone")
    ex.set_defaults(func=cmd_extract)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
