"""How the claim store holds up at library scale.

Builds a synthetic library (default 100,000 articles and 1,000,000 quotes; --quick for
2,000 / 20,000) through the store's own import path (`Store.add_documents`, the code
`quotedesk import` runs after the engine), then prints:
- import speed in articles per second (store time only; generating the text is not counted);
- search p50/p95 over ~200 queries through `Store.search`, the same FTS5 queries run raw
  on the index tables, and the ratio between the two;
- the first page of the library (`Store.library`, 200 rows with their counts) p50/p95,
  without a filter and with each filter alone (search words, language, outlet, agency,
  status) and all together; a few claims of 0.5% of the articles are reviewed first so
  that the status filter has something to find;
- the speakers listing and the completer's name lists;
- the database size.

The goals: search p95 under 50 ms and within 1.5x the raw FTS5 query; the library's
first page p95 well under 100 ms with any filter.

    .venv/bin/python benchmarks/store_scale.py --quick
    .venv/bin/python benchmarks/store_scale.py                 # full size
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from quotedesk.model import AgencyMention, Analysis, Document, Quote
from quotedesk.store import Store, search

OUTLETS = [f"Outlet {n}" for n in range(60)]
AGENCIES = ["Reuters", "AP", "AFP", "ANTARA", "TASS", "Xinhua", "dpa", "Bernama", "Kyodo", "EFE"]
SYLLABLES = ["ka", "ra", "ma", "ta", "na", "sa", "pe", "lo", "mi", "du", "gan", "ber", "kan", "tor", "sel",
             "pri", "wan", "jo", "ha", "ul", "ek", "on", "tri", "vis", "zu", "bel", "ston", "ri", "ya", "ge"]


class World:
    """Words, speakers and statements with the skew of real news: a few of each are everywhere."""

    def __init__(self, rng: random.Random, vocabulary: int = 30_000, speakers: int = 8_000) -> None:
        self.rng = rng
        words: set[str] = set()
        while len(words) < vocabulary:
            words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        self.word_weights = list(accumulate(1 / (rank + 1) ** 1.05 for rank in range(vocabulary)))
        self.speakers = [f"{self._name()} {self._name()}" for _ in range(speakers)]
        self.speaker_weights = list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(speakers)))
        self.said: dict[str, list[str]] = {}

    def _name(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()

    def sentence(self, low: int, high: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.word_weights, k=self.rng.randint(low, high))
        return " ".join(words).capitalize()

    def statement(self, speaker: str) -> str:
        """Mostly new statements; some repeated, retyped or quoted in part, as the same
        claim travels from article to article."""
        earlier = self.said.setdefault(speaker, [])
        roll = self.rng.random()
        if earlier and roll < 0.25:
            return self.rng.choice(earlier)
        if earlier and roll < 0.30:
            return self.rng.choice(earlier).upper().rstrip(".") + "!"
        if earlier and roll < 0.35:
            words = self.rng.choice(earlier).split()
            if len(words) >= 8:
                start = self.rng.randint(0, len(words) - 5)
                return " ".join(words[start:start + 5])
        text = self.sentence(8, 22) + "."
        earlier.append(text)
        return text

    def article(self, n: int, quotes: int) -> tuple[Document, Analysis]:
        rng = self.rng
        parts: list[str] = []
        found: list[Quote] = []
        cast = rng.choices(self.speakers, cum_weights=self.speaker_weights, k=3)
        agency = rng.choice(AGENCIES) if rng.random() < 0.6 else None
        offset = 0
        for k in range(quotes):
            filler = self.sentence(6, 14) + ". "
            speaker = cast[k % 3]
            said = self.statement(speaker)
            head = f"{filler}“"
            start = offset + len(head)
            tail = f",” kata {speaker}. "
            parts.append(head + said + tail)
            found.append(Quote(text=said, start=start, end=start + len(said), kind="direct", speaker=speaker,
                               speaker_kind="person", cue="kata", agency=agency,
                               agency_relation="reported_by" if agency else None, confidence=0.9,
                               evidence="synthetic"))
            offset += len(head) + len(said) + len(tail)
        text = "".join(parts)
        title = self.sentence(4, 9)
        year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
        doc = Document(text=text, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                       source=f"synthetic/{n}.txt", title=title, outlet=rng.choice(OUTLETS),
                       url=f"https://news.example/{n}", published=f"{year}-{month:02d}-{day:02d}", lang="id")
        mention = AgencyMention(0, 0, agency, "reported_by") if agency else None
        return doc, Analysis(lang="id", quotes=tuple(found), article_agency=mention)


def build(store: Store, world: World, articles: int, quotes: int, batch: int) -> tuple[float, int]:
    per_article = max(1, round(quotes / articles))
    spent = 0.0
    made = 0
    report_every = max(batch, articles // 20)
    for first in range(0, articles, batch):
        items = [world.article(n, per_article) for n in range(first, min(first + batch, articles))]
        started = time.perf_counter()
        store.add_documents(items)
        spent += time.perf_counter() - started
        made += len(items)
        if made % report_every < batch:
            print(f"  {made:>8,} articles  {made / spent:8.0f} articles/s", file=sys.stderr, flush=True)
    return spent, made * per_article


def queries(world: World, statements: list[str], rng: random.Random, count: int) -> list[str]:
    """Single words from common to rare, pairs, phrases of stored statements, prefixes."""
    out: list[str] = []
    while len(out) < count:
        kind = len(out) % 5
        if kind == 0:
            out.append(world.words[rng.randint(0, 50)])  # common
        elif kind == 1:
            out.append(world.words[rng.randint(200, 5000)])  # middling
        elif kind == 2:
            a, b = rng.sample(world.words[:3000], 2)
            out.append(f"{a} {b}")
        elif kind == 3:
            words = rng.choice(statements).rstrip(".!").split()
            start = rng.randint(0, max(0, len(words) - 3))
            out.append('"' + " ".join(words[start:start + 3]).lower() + '"')
        else:
            out.append(world.words[rng.randint(100, 2000)][:4] + "*")
    return out


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def timed(fn, items: list[str]) -> list[float]:
    times = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - started) * 1000)
    return times


REVIEWED_SHARE = 0.005  # of the articles, some of whose claims a person has reviewed


def review(store: Store, rng: random.Random) -> int:
    """Verdicts on the claims of a few articles spread over the library: half of them
    done throughout, half with one claim in progress. Returns how many articles."""
    top = store.db.execute("SELECT MAX(id) FROM articles").fetchone()[0]
    chosen = rng.sample(range(1, top + 1), max(2, int(top * REVIEWED_SHARE)))
    with store.transaction():
        for n, article_id in enumerate(chosen):
            claim_ids = sorted({q.claim_id for q in store.quotes(article_id=article_id)})
            for claim_id in claim_ids if n % 2 == 0 else claim_ids[:1]:
                store.set_verdict(claim_id, status="done" if n % 2 == 0 else "in progress")
    return len(chosen)


def library_cases(world: World, rng: random.Random, count: int) -> dict[str, list[dict]]:
    """Keyword arguments of `Store.library` per case, varied from call to call."""
    words = [world.words[rng.randint(0, 50)] for _ in range(count // 2)]  # common
    words += [world.words[rng.randint(1000, 20000)] for _ in range(count - len(words))]  # rarer
    outlets = ["outlet 1", "Outlet 59", "OUTLET", "tlet 2", "no such outlet"]
    agencies = [*AGENCIES, "a", "no such agency"]
    states = ["unreviewed", "in progress", "done"]
    cases = {
        "no filter": [{} for _ in range(count)],
        "search words": [{"query": w, "literal": True} for w in words],
        "language": [{"lang": ("id", "ID", "en")[n % 3]} for n in range(count)],
        "outlet": [{"outlet": outlets[n % len(outlets)]} for n in range(count)],
        "agency": [{"agency": agencies[n % len(agencies)]} for n in range(count)],
        "status": [{"status": states[n % 3]} for n in range(count)],
        "all together": [{"query": words[n], "literal": True, "lang": "id", "outlet": outlets[n % 3],
                          "agency": agencies[n % len(AGENCIES)], "status": states[n % 3]} for n in range(count)],
    }
    return cases


def time_library(store: Store, cases: dict[str, list[dict]], limit: int) -> dict[str, tuple[list[float], int]]:
    """Per case: milliseconds per first page, and the rows the pages held in all."""
    for kwargs in (k for calls in cases.values() for k in calls[:3]):  # warm the cache for every case
        store.library(limit=limit, **kwargs)
    out: dict[str, tuple[list[float], int]] = {name: ([], 0) for name in cases}
    for n in range(max(len(calls) for calls in cases.values())):  # interleaved, as for search
        for name, calls in cases.items():
            if n < len(calls):
                started = time.perf_counter()
                rows = store.library(limit=limit, **calls[n])
                times, total = out[name]
                times.append((time.perf_counter() - started) * 1000)
                out[name] = (times, total + len(rows))
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=100_000)
    p.add_argument("--quotes", type=int, default=1_000_000)
    p.add_argument("--quick", action="store_true", help="2,000 articles and 20,000 quotes")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--limit", type=int, default=20, help="results per search (default 20)")
    p.add_argument("--batch", type=int, default=500, help="articles per transaction")
    p.add_argument("--db", help="build the library here and keep it (default: a temporary file)")
    p.add_argument("--search-only", action="store_true", help="search the library already at --db; build nothing")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--pages", type=int, default=50, help="library pages timed per case (default 50)")
    p.add_argument("--page-size", type=int, default=200, help="rows per library page (default 200, as the GUI)")
    args = p.parse_args()
    if args.quick:
        args.articles, args.quotes = 2_000, 20_000

    rng = random.Random(args.seed)
    world = World(rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "scale.db"
        if args.search_only != path.exists():
            print(f"{path}: " + ("no library to search" if args.search_only else "exists; name a new file"),
                  file=sys.stderr)
            return 2
        store = Store.open(path)
        spent = None
        if not args.search_only:
            print(f"building {args.articles:,} articles / {args.quotes:,} quotes in {path}", file=sys.stderr)
            spent, _ = build(store, world, args.articles, args.quotes, args.batch)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db = store.db
        articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        quotes = db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        claims = db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        repeated = db.execute("SELECT COUNT(*) FROM claims WHERE appearances > 1").fetchone()[0]
        top = db.execute("SELECT MAX(id) FROM claims").fetchone()[0]
        statements = [db.execute("SELECT text FROM claims WHERE id >= ? LIMIT 1", [rng.randint(1, top)]).fetchone()[0]
                      for _ in range(args.queries)]
        qs = queries(world, statements, rng, args.queries)

        def raw_same_plan(q: str) -> None:
            """The SQL the search needs, bare: the probe, then per index either the
            best-ranked or the newest matches."""
            many = db.execute("SELECT rowid FROM quotes_fts(?) ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                              [q, search.RANKED_MATCHES - 1]).fetchone()
            for table in ("quotes_fts", "claims_fts"):
                order = "rowid DESC" if many else "rank"
                db.execute(f"SELECT rowid FROM {table}(?) ORDER BY {order} LIMIT ?", [q, args.limit]).fetchall()

        def raw_ranked(q: str) -> None:
            for table in ("quotes_fts", "claims_fts"):
                db.execute(f"SELECT rowid, rank FROM {table}(?) ORDER BY rank LIMIT ?", [q, args.limit]).fetchall()

        def through_store(q: str) -> None:
            store.search(q, limit=args.limit)

        for q in qs[:20]:  # warm the page cache for all three, fairly
            raw_same_plan(q)
            raw_ranked(q)
            through_store(q)
        # interleaved, so that none gets a warmer cache than the others
        store_ms, raw_ms, naive_ms = [], [], []
        for q in qs:
            store_ms += timed(through_store, [q])
            raw_ms += timed(raw_same_plan, [q])
            naive_ms += timed(raw_ranked, [q])
        unranked = sum(not store.search(q, limit=args.limit).ranked for q in qs)

        reviewed = db.execute("SELECT COUNT(*) FROM verdicts WHERE status != 'unreviewed'").fetchone()[0]
        if not reviewed:
            print(f"reviewing some claims of {review(store, rng):,} articles", file=sys.stderr)
        states = {state: len(store.library(status=state, limit=args.page_size))
                  for state in ("unreviewed", "in progress", "done")}
        library_ms = time_library(store, library_cases(world, rng, args.pages), args.page_size)
        deep_ms = timed(lambda offset: store.library(limit=args.page_size, offset=int(offset)),
                        [str(rng.randint(0, max(0, articles - args.page_size))) for _ in range(args.pages)])
        speakers_ms = timed(lambda _: store.speakers_listing(limit=200), ["x"] * 5)
        names_ms = timed(lambda prefix: store.speaker_names(prefix, limit=50),
                         [world.speakers[rng.randint(0, 500)][:n] for n in (0, 1, 2, 3, 5) for _ in range(10)])
        agency_ms = timed(lambda _: store.agency_names(), ["x"] * 10)
        store.close()
        size = sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))

    s50, s95 = percentile(store_ms, 50), percentile(store_ms, 95)
    r50, r95 = percentile(raw_ms, 50), percentile(raw_ms, 95)
    n50, n95 = percentile(naive_ms, 50), percentile(naive_ms, 95)
    print(f"library            {articles:,} articles, {quotes:,} quotes, {claims:,} claims "
          f"({repeated:,} seen more than once)")
    if spent is not None:
        print(f"import             {articles / spent:,.0f} articles/s ({quotes / spent:,.0f} quotes/s, "
              f"{spent:,.1f} s, through Store.add_documents, {args.batch} per transaction)")
    print(f"search (Store)     p50 {s50:6.2f} ms   p95 {s95:6.2f} ms   {len(qs)} queries, limit {args.limit}, "
          f"{unranked} matched over {search.RANKED_MATCHES:,} quotes (newest first)")
    print(f"raw FTS5, same     p50 {r50:6.2f} ms   p95 {r95:6.2f} ms   the same MATCH on quotes_fts and claims_fts")
    print(f"ratio              p50 {s50 / r50:6.2f}x   p95 {s95 / r95:6.2f}x   (goal: p95 < 50 ms and <= 1.5x)")
    print(f"raw FTS5, all rank p50 {n50:6.2f} ms   p95 {n95:6.2f} ms   ORDER BY rank for every query, "
          "for comparison")
    print(f"library, first page of {args.page_size} (Store.library with the counts of each row; goal: p95 well "
          "under 100 ms)")
    for name, (times, rows) in library_ms.items():
        print(f"  {name:16s} p50 {percentile(times, 50):6.2f} ms   p95 {percentile(times, 95):6.2f} ms   "
              f"{len(times)} pages, {rows / len(times):5.0f} rows per page")
    print(f"  {'a random page':16s} p50 {percentile(deep_ms, 50):6.2f} ms   p95 {percentile(deep_ms, 95):6.2f} ms   "
          "no filter, offset anywhere in the library")
    print(f"  first page per state: {', '.join(f'{k} {v}' for k, v in states.items())} rows")
    print(f"speakers listing   p50 {percentile(speakers_ms, 50):6.2f} ms   200 root speakers by claims")
    print(f"speaker names      p50 {percentile(names_ms, 50):6.2f} ms   p95 {percentile(names_ms, 95):6.2f} ms   "
          "50 by prefix (0-5 letters)")
    print(f"agency names       p50 {percentile(agency_ms, 50):6.2f} ms")
    print(f"database           {size / 1024 / 1024:,.1f} MB ({size / articles / 1024:.1f} KB per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
