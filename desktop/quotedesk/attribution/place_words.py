"""Words that name places inside a role: "Bupati Sleman | Kustini", "Kepala Dinas Kesehatan
Kendari | Rahminingrum". Where the last of them stands, the holder's name begins.

Mixed into `RolePhrases`, whose tokens and lexicon it reads.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MAX_PLACE_WORDS = 3  # "di Labuhan Jambu", "di Tanjung Priok Utara"


class PlaceWords:
    v: ArticleView
    lex: Lexicon
    _placed_words: Counter[str] | None = None  # words after a preposition or a place word, built on first use
    _placed_runs: frozenset[tuple[str, ...]] | None = None  # capitalised runs after "di", likewise

    def _after_place_words(self, k: int, e: int) -> int:
        """First token of run [k, e) after the words that name places and institutions."""
        lex, low = self.lex, self.v.lower
        # "BPBD Kota | Bekasi | Karsono": a place head and the place's own name after it end what
        # names the institution, wherever they are in the run
        t = next((p + 2 for p in range(e - 3, k - 1, -1) if low[p] in lex.place_heads), k)
        t = max(t, self._after_place_names(k, e))
        while t < e - 1 and (low[t] in lex.not_person_words
                             or any(p.match(self.v.words[t]) for p in lex.not_person_patterns)):
            t += 1
        return t

    def _after_place_names(self, k: int, e: int) -> int:
        """"Kepala Dinas Kesehatan Kendari | Rahminingrum", "Ketua DPRD Jawa Barat | Taufik Hidayat":
        past the last place the lexicon knows in run [k, e), and the words that go with it."""
        v, lex = self.v, self.lex
        p = next((p for p in range(e - 2, k - 1, -1) if v.words[p] in lex.place_names), None)
        t = k if p is None else p + 1
        t = max(t, self._after_article_place(k, e))
        if t == k:
            return k
        while t < e - 1 and v.lower[t] in lex.not_person_words:
            t += 1
        return t

    def _after_article_place(self, k: int, e: int) -> int:
        """"Manajer BUMDes Labuhan Jambu | Sanawiyah" where the article writes "di Labuhan Jambu":
        past the last run of two or more words in [k, e) that stands after a place's preposition
        elsewhere, with at least one word left for the name."""
        if self._placed_runs is None:
            self._placed_runs = self._runs_after_place_prepositions()
        words = self.v.words
        for end in range(e - 1, k + 1, -1):
            for size in range(MAX_PLACE_WORDS, 1, -1):
                if end - size >= k and tuple(words[end - size:end]) in self._placed_runs:
                    return end
        return k

    def _runs_after_place_prepositions(self) -> frozenset[tuple[str, ...]]:
        v, n = self.v, len(self.v)
        runs = set()
        for t in range(1, n):
            if v.lower[t - 1] not in self.lex.place_prepositions or not v.is_upper_initial(t):
                continue
            u = t
            while u < n and u - t <= MAX_PLACE_WORDS and v.words[u].isalpha() and v.is_upper_initial(u):
                u += 1
            if 2 <= u - t <= MAX_PLACE_WORDS:
                runs.add(tuple(v.words[t:u]))
        return frozenset(runs)

    def _named_as_place(self, tok: int, elsewhere: bool = False) -> bool:
        """Does the word at `tok` stand anywhere in the article (`elsewhere`: but at `tok`) after a
        preposition or a place or institution word ("di Sleman", "Kabupaten Sleman")?"""
        v = self.v
        if self._placed_words is None:
            self._placed_words = Counter(v.words[t] for t in range(1, len(v)) if self._placed_at(t))
        return v.words[tok] in self.lex.place_names \
            or self._placed_words[v.words[tok]] > (1 if elsewhere and tok > 0 and self._placed_at(tok) else 0)

    def _placed_at(self, t: int) -> bool:
        low = self.v.lower[t - 1]
        return low in self.lex.prepositions or low in self.lex.not_person_words
