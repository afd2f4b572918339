"""Which quotation marks hold speech, and which hold a scare quote, a title or a name."""

from __future__ import annotations

from quotedesk.attribution.cues import Cue
from quotedesk.attribution.lexicon import Lexicon
from quotedesk.attribution.quotes import QuoteSpan, title_case_line
from quotedesk.attribution.speakers import Speaker
from quotedesk.attribution.view import ArticleView
from quotedesk.attribution.windows import QuoteWindow

MIN_UNATTRIBUTED_WORDS = 8
MAX_TITLE_WORDS = 7
MAX_SUBJECT_NAME_WORDS = 3  # "„Landser“ habe …", "“Hamilton” opened on Broadway"
MAX_ACRONYM = 8
MIN_INHERITED_WORDS = 3  # a neighbour's speech goes on in a sentence, not in a heading of two words
MAX_NAME_BEFORE_LISTENER = 6  # "sagte Friedrich Merz der „…“", "sagte der FDP-Politiker der „…“"
MAX_NAMING_GAP = 8  # tokens between "called" and the name it gave: "called the 1996 pageant winner"


class SpeechTest:
    def __init__(self, view: ArticleView, lexicon: Lexicon, cue_ending: dict[int, Cue]):
        self.v, self.lex, self.cue_ending = view, lexicon, cue_ending
        self.cue_words = lexicon.cue_verbs

    def is_speech(self, span: QuoteSpan, w: QuoteWindow, kind: str, speaker: Speaker | None, how: str,
                  cue: Cue | None = None) -> bool:
        """Scare quotes, titles and names in quotation marks are not speech."""
        text = self.v.text[span.start : span.end]
        words = [t for t in text.split() if any(ch.isalpha() for ch in t)]
        if not words:
            return False
        stripped = text.strip()
        if stripped[:1] in "([" and stripped.rstrip(".")[-1:] in ")]":
            return False  # "(CROSSTALK.)", "[inaudible]": a transcript's stage direction
        capitalised = all(t[0].isupper() or not t[0].isalpha() for t in words)
        # "State of the Union", "Make Your Kid a Millionaire": title case keeps its small words low
        small = self.lex.title_small_words
        title_case = words[0][0].isupper() and all(
            t[0].isupper() or not t[0].isalpha() or t.lower().strip(",.:;!?") in small for t in words)
        titled = (capitalised or title_case) and (len(words) >= 2 or not self.lex.capitalised_nouns)
        # a title opens with a capital: "the campaign “to continue calling out …”" is speech (but
        # "der Website „icelandreview.com“" names one)
        opens_lower = words[0][:1].islower() and len(words) >= 3
        if (self.announced_as_title(w.open_tok, titled) and not opens_lower) or self.followed_by_acronym(w.close_tok) \
                or (len(words) <= MAX_TITLE_WORDS and self.announced_as_term(w.open_tok)) \
                or self.in_compound(span) \
                or self.names_a_source(w.open_tok, capitalised) or self.explained_after(w.close_tok) \
                or (words[0][0].isupper() and len(words) <= MAX_TITLE_WORDS and text.rstrip()[-1:] not in ".?!…,"
                    and self.told_to(w.open_tok)) \
                or (words[0][0].isupper() and self.in_apposition(w.open_tok, w.close_tok)):
            return False
        if len(words) <= MAX_SUBJECT_NAME_WORDS and words[0][:1].isupper() and text.rstrip()[-1:] not in ".?!…," \
                and self.names_the_subject(w.open_tok, w.close_tok):
            return False  # "„Landser“ habe in seinen Liedern …": a band's, a book's name opens the sentence
        if len(words) <= MAX_TITLE_WORDS and words[0].lower() in self.lex.org_heads \
                and text.rstrip()[-1:] not in ".?!…,":
            return False  # „Verband integrativer Kinderbetreuungseinrichtungen“: an institution's name
        if how == "inherited" and len(words) < MIN_INHERITED_WORDS and text.rstrip()[-1:] not in ".?!…," \
                and self.heading_between(w.open_tok, w.close_tok):
            return False  # '… kata Wimboh. ” Diaspora bond ” Pemerintah …': a heading between quotes
        if speaker is not None and self.labelled(w.open_tok):
            return True  # "Trump openly admires Putin as a “strong leader”": his label for him
        if speaker is None or how == "subject":
            if how == "colon":
                return len(words) >= 3
            sentence_like = text.rstrip()[-1:] in ".?!…," and len(words) >= 3 and kind == "direct"
            if how in ("none", "subject"):
                # a long quotation in title case is a title: “Pelayanan Daring Bidang Dukcapil: …”
                return sentence_like or (len(words) >= MIN_UNATTRIBUTED_WORDS and not titled)
            if how == "lead-in" and cue is not None and cue.kind == "verb" and sentence_like:
                return True  # 'I laughed and said, "I don't believe in the devil."': whoever it was, it was said
            return len(words) >= MIN_UNATTRIBUTED_WORDS and not titled
        # a title or a name in quotation marks inside a sentence: "Revolusi Akhlaq", "Jungle Fever";
        # unless someone is said to have called something so: "Trump called her “Miss Piggy”"
        named = cue is not None and cue.end <= w.open_tok and w.open_tok - cue.end <= MAX_NAMING_GAP \
            and self.v.lower[cue.start] in self.lex.naming_verbs
        if named or how == "worded":
            return True  # "mit den Worten „…“": announced as said
        if kind == "partial" and len(words) <= self.lex.term_max_words:
            return False
        return not (kind == "partial" and titled and len(words) <= MAX_TITLE_WORDS)

    def _before(self, open_tok: int) -> int:
        v = self.v
        j = open_tok - 1
        while j >= 0 and (v.words[j] == ":" or v.is_space(j)) and not v.is_break(j):
            j -= 1  # "(Motto: „…“)"
        return j

    def labelled(self, open_tok: int) -> bool:
        """Does "as", "as a" or "als" stand right before the quotation, outside a headline in
        title case ("Lawmakers Rip Trump As A ‘Fraud’"), whose capitals name no one?"""
        v, j = self.v, self._before(open_tok)
        if j >= 1 and v.lower[j] in self.lex.determiners:
            j -= 1
            while j >= 0 and v.is_space(j):
                j -= 1
        if j >= 1 and v.lower[j] in self.lex.conjunctions and v.quote_of[j - 1] >= 0 and v.is_quote_mark(j - 1):
            # "as “Miss Piggy” and “Miss Housekeeping”": the label goes on
            o = j - 1
            while o > 0 and v.quote_of[o - 1] == v.quote_of[j - 1]:
                o -= 1
            return self.labelled(o)
        if j < 0 or v.lower[j] not in self.lex.label_markers:
            return False
        a, b = v.paragraph_bounds(open_tok)
        return not title_case_line(v.words[a : b + 1], self.lex.title_small_words)

    def announced_as_title(self, open_tok: int, titled: bool = False) -> bool:
        """'webinar bertajuk “…”', 'a book titled “…”', 'unter dem Motto „…“': what
        follows is a name, not something said; a title may stand one word further on
        ('telekonferensi media “2021 Asia Economic Outlook”')."""
        j = self._before(open_tok)
        if j < 0:
            return False
        if self._marks_title(self.v.lower[j]):
            return True
        return titled and j >= 1 and self.v.words[j].isalpha() and self._marks_title(self.v.lower[j - 1])

    def announced_as_term(self, open_tok: int) -> bool:
        """'istilah “gencatan senjata kemanusiaan”', 'der Begriff „soziale Marktwirtschaft“': a
        term, which unlike a title need not open with a capital."""
        j = self._before(open_tok)
        return j >= 0 and self.v.lower[j] in self.lex.term_markers

    def _marks_title(self, low: str) -> bool:
        lex = self.lex
        return low in lex.title_markers or (bool(lex.title_marker_suffixes) and low.endswith(lex.title_marker_suffixes))

    def names_a_source(self, open_tok: int, capitalised: bool) -> bool:
        """'laut „news.bbc.co.uk“', 'berichtete die „Automobilwoche“', 'told the “Times”':
        the quotation marks hold the name of who reported, not what was said."""
        v = self.v
        j = open_tok - 1
        while j >= 0 and v.is_space(j):
            j -= 1
        if j < 0:
            return False
        cue = self.cue_ending.get(j)
        if cue is not None:
            return cue.kind == "according_before"
        if capitalised and v.lower[j] in self.lex.determiners:
            k = j - 1
            while k >= 0 and v.is_space(k):
                k -= 1
            return k >= 0 and k in self.cue_ending and self.cue_ending[k].kind in ("verb", "according_before")
        return False

    def names_the_subject(self, open_tok: int, close_tok: int) -> bool:
        """Does the quotation open its sentence and a verb in lower case follow it, as a name
        that is the sentence's subject does?"""
        v, lex = self.v, self.lex
        if not v.opens_sentence(open_tok):
            return False
        k = close_tok + 1
        while k < len(v) and v.is_space(k):
            k += 1
        if k >= len(v) or not (v.words[k].isalpha() and v.words[k].islower()):
            return False
        low = v.lower[k]
        return not (low in self.cue_words or low in lex.pronouns or low in lex.plural_pronouns
                    or low in lex.determiners or low in lex.conjunctions or low in lex.prepositions)

    def heading_between(self, open_tok: int, close_tok: int) -> bool:
        """Does the quotation open its sentence and run straight into the next one's capital?"""
        v, k = self.v, close_tok + 1
        while k < len(v) and v.is_space(k) and "\n" not in v.words[k]:
            k += 1
        return v.opens_sentence(open_tok) and k < len(v) and v.words[k][:1].isupper()

    def told_to(self, open_tok: int) -> bool:
        """'sagte Merz der „Bild am Sonntag“', 'sagte er dem „Spiegel“': after the verb and its
        speaker, an article and a name in quotation marks is the paper it was said to; 'ein
        Papier, das dem „Spiegel“ vorliegt': in a relative clause, the paper that has it."""
        v, lex = self.v, self.lex
        j = open_tok - 1
        while j >= 0 and v.is_space(j):
            j -= 1
        if j < 1 or v.lower[j] not in lex.listener_articles:
            return False
        if j >= 2 and v.lower[j - 1] in lex.relatives and v.words[j - 2] == ",":
            return True
        k = j - 1
        # the speaker between: "Merz", "der FDP-Politiker", "die 50-Jährige", "er"
        while k >= 0 and j - k <= MAX_NAME_BEFORE_LISTENER and (
                v.words[k][:1].isupper() or v.is_space(k) or v.words[k] == "-" or v.words[k][:1].isdigit()
                or (v.lower[k] in lex.determiners and j - k > 1) or v.lower[k] in lex.pronouns):
            k -= 1
        return k < j - 1 and k in self.cue_ending and self.cue_ending[k].kind == "verb"

    def explained_after(self, close_tok: int) -> bool:
        """'„Wikiasari“, so heißt ein geplantes Projekt': the words after name what was quoted."""
        v, n = self.v, len(self.v)
        k = close_tok + 1
        while k < n and (v.is_space(k) or v.words[k] == ","):
            k += 1
        return any(v.lower[k : k + len(p.split())] == p.split() for p in self.lex.title_after)

    def in_apposition(self, open_tok: int, close_tok: int) -> bool:
        """'der Wettbewerb, das „III Championnat …“' and '„Hvalur 9“, ein Schiff der Firma': where
        nouns are capitalised, a quotation set off by a comma and an article names a thing."""
        v, lex, n = self.v, self.lex, len(self.v)
        if not lex.capitalised_nouns:
            return False
        j = self._before(open_tok)
        if j >= 1 and v.lower[j] in lex.determiners and v.words[j - 1] == ",":
            return True
        k = close_tok + 1
        while k < n and v.is_space(k):
            k += 1
        return k + 2 < n and v.words[k] == "," and v.lower[k + 1] in lex.determiners \
            and v.words[k + 2][:1].isupper() and v.lower[k + 2] not in self.cue_words

    def in_compound(self, span: QuoteSpan) -> bool:
        """'der „Bild“-Zeitung', 'the “yes”-campaign': a hyphen glued to the closing mark makes
        the quotation the first part of a word; 'im ZDF-„Morgenmagazin“': one glued to the
        opening mark, the last part."""
        text, o = self.v.text, span.open_at
        if o >= 2 and text[o - 1] in "-‐" and text[o - 2].isalnum():
            return True
        if span.close_at is None:
            return False
        k = span.close_at + 1
        return k + 1 < len(text) and text[k] in "-‐" and text[k + 1].isalpha()

    def followed_by_acronym(self, close_tok: int) -> bool:
        """'der „Union pour un Mouvement Populaire“ (UMP)': a name with its short form."""
        v, n = self.v, len(self.v)
        k = close_tok + 1
        while k < n and v.is_space(k):
            k += 1
        if k + 2 >= n or v.words[k] != "(" or v.words[k + 2] != ")":
            return False
        w = v.words[k + 1]
        return 2 <= len(w) <= MAX_ACRONYM and w.isalnum() and sum(ch.isupper() for ch in w) >= 2
