"""Fuzz quotedesk.attribution.extract with N article-shaped inputs on every core.

The inputs come from the generators the reliability tests use (tests/reliability/strategies.py),
driven by random.Random("<seed>:<i>"), so input i is the same on any machine and with any
--jobs. Each input is checked for: no exception, every offset valid (text[start:end] equals the
quote's text, speaker and agency spans inside the text), a JSON-clean result. A sample is also
run twice in its worker (same engine) and once more in this process: the workers are spawned
interpreters, so that rerun uses a fresh nlp and a different hash seed.

Failures go to --failures as JSON Lines (seed, index, lang, text, problems); rerun one with --index.

Run:  .venv/bin/python benchmarks/fuzz_engine.py [--n 100000] [--seed 0] [--jobs 0 (= all cores)]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from quotedesk.attribution import extract  # noqa: E402
from reliability.strategies import article, problems  # noqa: E402

BATCH = 250


def make_input(seed: int, i: int):
    return article(random.Random(f"{seed}:{i}"))


def digest(analysis) -> str:
    return hashlib.sha256(repr(analysis).encode("utf-8", "surrogatepass")).hexdigest()


def check_one(seed: int, i: int, recheck: bool) -> tuple[int, dict | None, str | None]:
    """(characters, failure record or None, digest of the result when it is resampled)."""
    art = make_input(seed, i)
    record = {"seed": seed, "index": i, "lang": art.lang, "text": art.text}
    try:
        first = extract(art.text, art.lang)
        found = problems(art.text, first)
        if recheck and not found and extract(art.text, art.lang) != first:
            found = ["a second run in the same process gave another result"]
    except Exception as ex:  # the property under test: nothing may raise
        return len(art.text), {**record, "problems": [f"{type(ex).__name__}: {ex}"],
                               "traceback": traceback.format_exc()}, None
    if found:
        return len(art.text), {**record, "problems": found}, None
    return len(art.text), None, digest(first) if recheck else None


def run_batch(args: tuple[int, int, int, int]) -> tuple[int, int, list[dict], dict[int, str]]:
    seed, lo, hi, every = args
    chars, failures, digests = 0, [], {}
    for i in range(lo, hi):
        n, failure, d = check_one(seed, i, i % every == 0)
        chars += n
        if failure is not None:
            failures.append(failure)
        if d is not None:
            digests[i] = d
    return hi - lo, chars, failures, digests


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=100_000, help="inputs to run (default 100000)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument("--recheck-every", type=int, default=20, help="rerun every k-th input for determinism")
    p.add_argument("--fresh-sample", type=int, default=300,
                   help="resampled inputs rerun in this process, with a fresh engine (default 300)")
    p.add_argument("--failures", default="fuzz_engine_failures.jsonl", help="where failures are written")
    p.add_argument("--index", type=int, help="run only input INDEX and print it and its result")
    args = p.parse_args(argv)

    if args.index is not None:
        art = make_input(args.seed, args.index)
        print(json.dumps({"lang": art.lang, "text": art.text}))
        a = extract(art.text, art.lang)
        print(json.dumps(a.to_dict(), indent=2))
        print("problems:", problems(art.text, a) or "none")
        return 0

    jobs = args.jobs or os.cpu_count() or 1
    every = max(1, args.recheck_every)
    tasks = [(args.seed, lo, min(args.n, lo + BATCH), every) for lo in range(0, args.n, BATCH)]
    t0 = time.perf_counter()
    done = chars = 0
    failures: list[dict] = []
    digests: dict[int, str] = {}
    # spawn: each worker is a fresh interpreter with its own hash seed and its own nlp
    with mp.get_context("spawn").Pool(jobs) as pool:
        for n, c, f, d in pool.imap_unordered(run_batch, tasks):
            done, chars = done + n, chars + c
            failures += f
            digests.update(d)
            if sys.stderr.isatty():
                print(f"\r{done}/{args.n}  {len(failures)} failures", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    elapsed = time.perf_counter() - t0

    # the same inputs in this process: another interpreter, another engine instance
    sample = sorted(random.Random(args.seed).sample(sorted(digests), min(args.fresh_sample, len(digests))))
    for i in sample:
        art = make_input(args.seed, i)
        if digest(extract(art.text, art.lang)) != digests[i]:
            failures.append({"seed": args.seed, "index": i, "lang": art.lang, "text": art.text,
                             "problems": ["another process gave another result"]})

    if failures:
        with open(args.failures, "w", encoding="utf-8") as fh:
            for f in sorted(failures, key=lambda f: f["index"]):
                fh.write(json.dumps(f) + "\n")
    rechecked = len(digests) + len(sample)
    print(f"{done} inputs, {len(failures)} failures, {chars} chars, {elapsed:.0f} s "
          f"({jobs} jobs, seed {args.seed}; {rechecked} determinism reruns, {len(sample)} in a fresh process)")
    if failures:
        print(f"failures written to {args.failures}; rerun one with --seed {args.seed} --index I")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
