"""What stands between a subject and its verb and names no one: a party or state in
brackets ("Rep. Jason Chaffetz (R-Utah) said"), an adverb or degrees in commas ("lawmakers,
however, said"; "Windhu Purnomo, MS, PhD, menilai") and a phrase in commas that opens with a
preposition ("The company, in a statement, said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.view import ArticleView

MAX_PAREN_TOKENS = 8


def skip_parenthesis(v: ArticleView, lex: Lexicon, cue_words: frozenset[str], j: int, floor: int) -> int:
    """The last token before whatever of these ends at token j, or j."""
    k = j
    while k - 2 > floor and v.words[k] == ",":
        if v.words[k - 2] == "," and (v.lower[k - 1] in lex.adverbs or v.words[k - 1] in lex.degrees):
            k -= 2
            continue
        aside = _prepositional_aside(v, lex, cue_words, k, floor)
        day = _day_in_commas(v, lex, k - 1, floor) if aside is None else None
        if day is not None:
            # "Achmad Yurianto, di Jakarta, Rabu (22/4/2020), mengatakan": the day, then where, in
            # commas; not "Robby Kayame saat ditemui di Jayapura, Rabu (…), mengatakan"
            aside = _prepositional_aside(v, lex, cue_words, day, floor)
        if aside is None:
            break
        k = aside
    if k < j:
        return k - 1
    if j <= floor or v.words[j] != ")":
        return j
    k = j - 1
    while k > floor and j - k <= MAX_PAREN_TOKENS and v.words[k] not in ("(", ")"):
        k -= 1
    if v.words[k] != "(" or j - k > MAX_PAREN_TOKENS:
        return j
    k -= 1
    while k >= floor and v.is_space(k):
        k -= 1
    return k if k >= floor else j


def _day_in_commas(v: ArticleView, lex: Lexicon, j: int, floor: int) -> int | None:
    """The comma before a day ending at token j, with its date in brackets or without
    (", Rabu", ", Rabu ( 22 / 4 / 2020 )"), if one stands there."""
    o = j
    if v.words[j] == ")":
        o = next((t for t in range(j - 1, max(floor, j - MAX_PAREN_TOKENS) - 1, -1) if v.words[t] in ("(", ")")), j)
        if v.words[o] != "(" or not any(v.words[t].isdigit() for t in range(o + 1, j)):
            return None
        o -= 1
    if o - 1 <= floor or v.lower[o] not in lex.time_words or v.words[o - 1] != ",":
        return None
    return o - 1


def past_parenthesis(v: ArticleView, i: int, limit: int) -> int:
    """The token after a party or state in brackets opening at token i ("(D-N.Y.)"), or i."""
    if i >= limit or v.words[i] != "(":
        return i
    close = next((t for t in range(i + 1, min(limit, i + MAX_PAREN_TOKENS)) if v.words[t] in ("(", ")")), None)
    if close is None or v.words[close] != ")":
        return i
    k = close + 1
    while k < limit and v.is_space(k):
        k += 1
    return k


def _prepositional_aside(v: ArticleView, lex: Lexicon, cue_words: frozenset[str], k: int, floor: int) -> int | None:
    """The comma opening a phrase in commas that ends at the comma k and opens with a
    preposition ("…, in a statement on Monday, said"; "…, for its part, said"), if one does."""
    if lex.capitalised_nouns:
        return None  # German puts such a phrase anywhere: "9.000 Menschenleben, nach anderen Quellen …, forderte"
    c = next((t for t in range(k - 1, max(floor, k - MAX_PAREN_TOKENS - 1), -1) if v.words[t] == ","), None)
    if c is None or c <= floor or v.lower[c + 1] not in lex.prepositions:
        return None
    if any(v.lower[t] in cue_words or v.quote_of[t] >= 0 for t in range(c + 1, k)):
        return None
    return c
