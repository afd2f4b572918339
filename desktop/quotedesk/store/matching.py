"""When is a new quote the same statement as a claim already stored?

Per speaker (a merged group counts as one speaker), a quote joins a claim when, after
`normalize`:
- the texts are equal;
- one is contained in the other, word-aligned, and the shorter has at least
  MIN_CONTAINED_TOKENS words (a partial quote of a longer one);
- they are near-identical: rapidfuzz's token-set ratio reaches FUZZY_THRESHOLD, the
  shorter has at least MIN_FUZZY_TOKENS words and half the words of the longer, and the
  words that differ include no negation ("will" and "will not" are opposite claims,
  however similar their tokens).

Quotes with no named speaker (anonymous sources, unknown) join only a claim without a
speaker of exactly the same text, and only when that text has MIN_UNATTRIBUTED_TOKENS
words: "a source said" in two articles may be two people, but the same long sentence
from nobody in particular is one statement going round.

To stay fast on a large library a quote is never compared with every claim: the
claims of its speaker's group are held in an inverted index (word -> claims) built on
first use, and only the few claims sharing the most rare words are scored.
"""

from __future__ import annotations

import heapq
from collections import Counter, OrderedDict
from typing import TYPE_CHECKING

from quotedesk.store.speakers import Speakers
from quotedesk.store.text import norm_key

if TYPE_CHECKING:  # sqlite-utils costs a tenth of a second to import: only Store.open needs it
    from sqlite_utils import Database

MIN_CONTAINED_TOKENS = 3
MIN_FUZZY_TOKENS = 4
MIN_LENGTH_RATIO = 0.5
FUZZY_THRESHOLD = 90.0
MIN_UNATTRIBUTED_TOKENS = 5
SHORTLIST = 25
COMMON_POSTINGS = 200  # a word in more of the group's claims than this tells little apart
MIN_SHARED = 0.5  # of the rare words looked up, the share a candidate must contain
MAX_CACHED_CLAIMS = 400_000

NEGATIONS = frozenset({
    # en
    "not", "no", "never", "nothing", "none", "nobody", "t", "cannot", "nor", "neither",
    # id
    "tidak", "tak", "bukan", "belum", "jangan", "tiada", "enggak", "nggak", "gak",
    # de
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
})


def same_statement(a: str, b: str) -> float | None:
    """A score (100 equal, 99 contained, else the fuzzy ratio) if `a` and `b` are the
    same statement by the rules above, else None. Both are normalised texts."""
    if a == b:
        return 100.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    short_words, long_words = short.split(), long.split()
    if len(short_words) >= MIN_CONTAINED_TOKENS and f" {short} " in f" {long} ":
        return 99.0
    if len(short_words) < MIN_FUZZY_TOKENS or len(short_words) < MIN_LENGTH_RATIO * len(long_words):
        return None
    if NEGATIONS & (set(short_words) ^ set(long_words)):
        return None
    from rapidfuzz import fuzz  # imported on first use: the app paints before it compares claims

    score = fuzz.token_set_ratio(a, b)
    return min(score, 98.0) if score >= FUZZY_THRESHOLD else None


class _Group:
    """The claims of one speaker group, indexed by word."""

    __slots__ = ("exact", "ids", "lengths", "norms", "postings")

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.norms: list[str] = []
        self.lengths: list[int] = []
        self.postings: dict[str, list[int]] = {}
        self.exact: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, claim_id: int, normalized: str) -> None:
        idx = len(self.ids)
        words = normalized.split()
        self.ids.append(claim_id)
        self.norms.append(normalized)
        self.lengths.append(len(words))
        for word in set(words):
            self.postings.setdefault(word, []).append(idx)
        self.exact.setdefault(normalized, idx)

    def find(self, normalized: str) -> int | None:
        idx = self.exact.get(normalized)
        if idx is not None:
            return self.ids[idx]
        words = set(normalized.split())
        lists = sorted((self.postings[w] for w in words if w in self.postings), key=len)
        if not lists:
            return None
        hits: Counter[int] = Counter()
        considered = 0
        for n, postings in enumerate(lists):
            if n >= 2 and len(postings) > COMMON_POSTINGS:
                break
            hits.update(postings)
            considered += 1
        # A claim that is the same statement holds most of the shorter side's rare
        # words; one that shares a word or two is a different statement, not worth scoring.
        lengths = self.lengths
        shortlist = heapq.nlargest(
            SHORTLIST,
            ((count / min(considered, lengths[idx]), idx) for idx, count in hits.items()
             if count >= MIN_SHARED * min(considered, lengths[idx])),
        )
        best: tuple[float, int] | None = None
        for _, idx in shortlist:
            score = same_statement(normalized, self.norms[idx])
            if score is not None and (best is None or score > best[0]):
                best = (score, idx)
        return self.ids[best[1]] if best else None


class ClaimMatcher:
    """Finds the claim a quote belongs to. Caches per speaker group; `clear` after a
    failed transaction or a change of who belongs to which group."""

    def __init__(self, db: Database, speakers: Speakers, max_cached: int = MAX_CACHED_CLAIMS) -> None:
        self.db = db
        self.speakers = speakers
        self.max_cached = max_cached
        self._groups: OrderedDict[int, _Group] = OrderedDict()
        self._cached = 0

    def clear(self) -> None:
        self._groups.clear()
        self._cached = 0

    def forget(self, speaker_id: int | None) -> None:
        if speaker_id is None:
            return
        group = self._groups.pop(self.speakers.root(speaker_id), None)
        if group is not None:
            self._cached -= len(group)

    def find(self, speaker_id: int | None, normalized: str) -> int | None:
        if not normalized:
            return None
        if speaker_id is None:
            if len(normalized.split()) < MIN_UNATTRIBUTED_TOKENS:
                return None
            row = self.db.execute(
                "SELECT id FROM claims WHERE speaker_id IS NULL AND norm_key = ? AND normalized = ? "
                "ORDER BY id LIMIT 1",
                [norm_key(normalized), normalized],
            ).fetchone()
            return row[0] if row else None
        return self._group(speaker_id).find(normalized)

    def added(self, speaker_id: int | None, claim_id: int, normalized: str) -> None:
        if speaker_id is None:
            return
        root = self.speakers.root(speaker_id)
        group = self._groups.get(root)
        if group is not None:
            group.add(claim_id, normalized)
            self._cached += 1

    def _group(self, speaker_id: int) -> _Group:
        root = self.speakers.root(speaker_id)
        group = self._groups.get(root)
        if group is not None:
            self._groups.move_to_end(root)
            return group
        members = self.speakers.group(root)
        group = _Group()
        marks = ", ".join("?" for _ in members)
        for claim_id, normalized in self.db.execute(
                f"SELECT id, normalized FROM claims WHERE speaker_id IN ({marks}) ORDER BY id", list(members)):
            group.add(claim_id, normalized)
        self._groups[root] = group
        self._cached += len(group)
        while self._cached > self.max_cached and len(self._groups) > 1:
            _, evicted = self._groups.popitem(last=False)
            self._cached -= len(evicted)
        return group
