"""The stretches of text around a quote where its cue and speaker can stand."""

from __future__ import annotations

from dataclasses import dataclass

from quotedesk.attribution.quotes import QuoteSpan
from quotedesk.attribution.view import SENT_FINAL, ArticleView

MAX_AFTER = 36
MAX_BEFORE = 70


@dataclass(frozen=True, slots=True)
class QuoteWindow:
    open_tok: int
    close_tok: int  # the closing mark's token, or the paragraph's last token
    before: tuple[int, int]  # tokens [a, b) before the opening mark, within the sentence
    after: tuple[int, int]  # tokens [a, b) after the closing mark, to the sentence end


def quote_window(view: ArticleView, q: QuoteSpan, k: int) -> QuoteWindow:
    open_tok = view.token_at(q.open_at)
    close_tok = view.token_at(q.close_at) if q.close_at is not None else view.token_before(q.end)
    n = len(view)
    # after: up to a sentence end outside quotes, a paragraph break or another quote
    a = close_tok + 1
    b = a
    if q.close_at is None or not _ends_sentence(view, close_tok):
        while b < n and b - a < MAX_AFTER:
            if view.is_break(b) or (view.quote_of[b] >= 0 and view.quote_of[b] != k):
                break
            if view.words[b] in SENT_FINAL:
                break
            b += 1
    # before: back to a sentence end, a paragraph break or the previous quote
    e = open_tok
    s = e
    while s > 0 and e - s < MAX_BEFORE:
        p = s - 1
        if view.is_break(p) or (view.quote_of[p] >= 0 and view.quote_of[p] != k) or view.words[p] in SENT_FINAL:
            break
        s -= 1
    return QuoteWindow(open_tok, close_tok, (s, e), (a, b))


def _ends_sentence(view: ArticleView, close_tok: int) -> bool:
    """“… Kindern.” Sie seien …: a full stop inside the marks and a capital after them
    start a new sentence, which is not the quote's tail ("…,” sagte er)."""
    i = close_tok + 1
    while i < len(view) and view.is_space(i) and not view.is_break(i):
        i += 1
    if i >= len(view) or view.is_break(i) or not view.words[i][:1].isupper():
        return False
    j = close_tok - 1
    while j >= 0 and view.is_space(j):
        j -= 1
    return j >= 0 and view.words[j] == "."
