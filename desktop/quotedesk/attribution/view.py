"""A flat, index-friendly view of a tokenised article.

The engine reads tokens through plain Python lists built once per text: cheaper
than touching spaCy Token objects in every rule, and independent of which
pipeline produced the Doc.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.sentences import sentence_starts

SENT_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
QUOTE_GLYPHS = frozenset({'"', "“", "”", "„", "‟", "«", "»", "「", "」", "『", "』", "''", "``", "‘", "’", "‚"})
DASHES = frozenset({"-", "–", "—", "--"})
# the dashes that set off an aside ("— tim pemadam yang tiba pertama —"); a hyphen joins words
ASIDE_DASHES = DASHES - {"-"}


@dataclass
class ArticleView:
    text: str
    doc: Doc
    words: list[str] = field(init=False)
    lower: list[str] = field(init=False)
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    sent_start: list[bool] = field(init=False)
    quote_of: list[int] = field(init=False)  # index of the enclosing quote span, or -1
    _breaks: list[int] | None = field(init=False, default=None)  # newline tokens, built on first use
    _lowercase: frozenset[str] | None = field(init=False, default=None)
    # where sentences open and the tokens that close the one before, built on first use
    _openings: list[int] | None = field(init=False, default=None)
    _closings: list[int] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        doc = self.doc
        # one array read, column by column, instead of a Python Token object per token
        cols = doc.to_array([IDX, LENGTH, SENT_START]) if len(doc) else None
        text = self.text
        self.starts = cols[:, 0].tolist() if cols is not None else []
        self.ends = (cols[:, 0] + cols[:, 1]).tolist() if cols is not None else []
        self.words = [text[a:b] for a, b in zip(self.starts, self.ends, strict=True)]
        self.lower = [w.lower() for w in self.words]
        if doc.has_annotation("SENT_START"):
            self.sent_start = (cols[:, 2] == 1).tolist() if cols is not None else []
        else:
            self.sent_start = sentence_starts(self.words)
        if self.sent_start:
            self.sent_start[0] = True
        self.quote_of = [-1] * len(self.words)
        # words written with a capital inside a sentence: names, not sentence openers (after a
        # dash the article's own first sentence opens: "Bola.com, Jakarta - Pelatih …")
        self.midcap = {
            w for i, w in enumerate(self.words)
            if i and w[:1].isupper() and not self.sent_start[i] and self.words[i - 1] not in SENT_FINAL
            and self.words[i - 1] not in QUOTE_GLYPHS and self.words[i - 1] not in DASHES and self.words[i - 1].strip()
        }

    def __len__(self) -> int:
        return len(self.words)

    def mark_quotes(self, spans: list[QuoteSpan]) -> None:
        for k, q in enumerate(spans):
            last = self.token_at(q.close_at) if q.close_at is not None else self.token_before(q.end)
            for i in range(self.token_at(q.open_at), min(last, len(self.words) - 1) + 1):
                if self.quote_of[i] == -1:
                    self.quote_of[i] = k

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after `offset`."""
        return bisect_right(self.ends, offset)

    def token_before(self, offset: int) -> int:
        """Index of the last token that starts before `offset`."""
        return bisect_left(self.starts, offset) - 1

    def is_break(self, i: int) -> bool:
        """A paragraph break: a whitespace token with a newline in it."""
        return "\n" in self.words[i]

    def opens_sentence(self, i: int) -> bool:
        if i == 0 or self.sent_start[i]:
            return True
        while i > 1 and not self.words[i - 1].strip() and "\n" not in self.words[i - 1]:
            i -= 1  # a no-break space is not a sentence boundary
        p = self.words[i - 1]
        if p in QUOTE_GLYPHS:  # after “…,” the sentence goes on; after “….” a new one starts
            return i < 2 or self.words[i - 2] in SENT_FINAL or not self.words[i - 2].strip()
        return p in SENT_FINAL or not p.strip()

    def is_space(self, i: int) -> bool:
        return not self.words[i].strip()

    def is_sentence_end(self, i: int) -> bool:
        w = self.words[i]
        return w in SENT_FINAL or "\n" in w

    def is_upper_initial(self, i: int) -> bool:
        w = self.words[i]
        return bool(w) and w[0].isupper()

    def age_at(self, i: int) -> bool:
        """'(24)' at token i: the age a news story puts after a person's name."""
        w = self.words
        return i + 2 < len(w) and w[i] == "(" and w[i + 2] == ")" and w[i + 1].isdigit() and len(w[i + 1]) <= 3

    def is_quote_mark(self, i: int) -> bool:
        return self.words[i] in QUOTE_GLYPHS

    def comma_before(self, i: int) -> bool:
        """Does a comma stand right before token i, perhaps inside a closing quote ("…,” and")?"""
        k = i - 1
        while k >= 0 and (self.is_space(k) or self.is_quote_mark(k)):
            k -= 1
        return k >= 0 and self.words[k] == ","

    def span_text(self, i: int, j: int) -> str:
        """Text of tokens i..j inclusive."""
        return self.text[self.starts[i] : self.ends[j]]

    @property
    def lowercase_words(self) -> frozenset[str]:
        """Every word the text writes in lower case somewhere: no name is among them."""
        if self._lowercase is None:
            self._lowercase = frozenset(w for w in self.words if w.islower())
        return self._lowercase

    def paragraph_bounds(self, i: int) -> tuple[int, int]:
        """Token range [a, b] of the paragraph around token i, between newline tokens."""
        if self._breaks is None:
            self._breaks = [t for t, w in enumerate(self.words) if "\n" in w]
        k = bisect_left(self._breaks, i)
        a = self._breaks[k - 1] + 1 if k > 0 else 0
        b = self._breaks[k] - 1 if k < len(self._breaks) else len(self.words) - 1
        return a, max(a, b)

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token range [a, b] of the sentence around token i, not crossing paragraphs: it opens
        at a sentence start or after a newline, and ends before a sentence start or a newline."""
        if self._openings is None:
            n, words, starts = len(self.words), self.words, self.sent_start
            self._openings = [t for t in range(n) if t == 0 or starts[t] or "\n" in words[t - 1]]
            self._closings = [t for t in range(1, n) if starts[t] or "\n" in words[t]]
        a = self._openings[bisect_right(self._openings, i) - 1] if i > 0 else 0
        k = bisect_right(self._closings, i)
        b = self._closings[k] - 1 if k < len(self._closings) else len(self.words) - 1
        return a, b
