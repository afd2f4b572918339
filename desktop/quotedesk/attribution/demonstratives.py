"""Speakers named again by a noun and a demonstrative where the demonstrative follows its
noun ("“…,” kata pria itu", "“…,” demikian pernyataan kementerian tersebut"), and an
anonymous source named again by its noun ("the diplomat", "diplomat tersebut")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotedesk.attribution.genitives import HYPHENS
from quotedesk.attribution.mentions import NamePhrase
from quotedesk.attribution.view import SENT_FINAL

if TYPE_CHECKING:
    from quotedesk.attribution.coref import Coreference, Person
    from quotedesk.attribution.lexicon import Lexicon
    from quotedesk.attribution.mentions import Mentions
    from quotedesk.attribution.view import ArticleView

MAX_DEMONSTRATIVE_PHRASE = 6  # "pria berusia 71 tahun itu"
MAX_BACK_TO_SOURCE = 600  # tokens: a source named again within a few paragraphs
MAX_RELATIVE_CLAUSE = 10  # "yang tidak ingin disebutkan namanya"
MAX_INSTITUTION = 7  # "A | Department of Health and Social Care | spokesperson"
MAX_QUALIFIERS = 2  # "a senior security | analyst"
MAX_EPITHET_MODIFIERS = 2  # "politikus | senior partai | itu"
MAX_EPITHET_TAIL = 5  # "politisi | senior Partai Golkar | ini", "politisi | dari PDI - P | ini"
MAX_KIN_PHRASE = 12  # "Putra sulung Presiden keenam RI Susilo Bambang Yudhoyono | itu"
MAX_MODIFIERS = 4  # "seorang pejabat | senior pemerintahan Joe Biden | yang …"


def demonstrative_phrase(v: ArticleView, lex: Lexicon, i: int, limit: int) -> NamePhrase | None:
    """Lower-case words from token i that end on a demonstrative, then the sentence end, a
    comma or where and to whom: "pria berusia 71 tahun itu", "kementerian tersebut"."""
    if not lex.demonstratives:
        return None
    while i < limit and v.is_space(i):
        i += 1
    if i >= limit or not v.words[i].isalpha() or _function_word(lex, v.lower[i]):
        return None
    # a capital opening the sentence is no name unless the word is written so inside one too
    if not (v.words[i].islower() or (v.opens_sentence(i) and v.words[i] not in v.midcap)):
        return None
    j = i + 1
    epithet = v.lower[i] in lex.person_epithets
    while j < limit and j - i < MAX_DEMONSTRATIVE_PHRASE and v.lower[j] not in lex.demonstratives:
        w = v.words[j]
        if epithet and (w == "," or w in SENT_FINAL):
            # "ujar perempuan asal Depok, Jawa Barat, …": a person's epithet needs no demonstrative
            return NamePhrase(i, j, v.span_text(i, j - 1), "described")
        # after its noun, a place or an institution may qualify it: "pria asal Bandung itu",
        # "perwira menengah Polri itu"
        if not (v.is_space(j) or w.isdigit() or w.isalpha()) or _function_word(lex, v.lower[j]):
            return None
        j += 1
    if j >= limit or v.lower[j] not in lex.demonstratives:
        return None
    k = j + 1
    while k < limit and v.is_space(k):
        k += 1
    if k < limit and not (v.words[k] in SENT_FINAL or v.words[k] == "," or v.lower[k] in lex.prepositions
                          or v.lower[k] in lex.listeners):
        return None
    return NamePhrase(i, j + 1, v.span_text(i, j), "described")


def demonstrative_subject(v: ArticleView, lex: Lexicon, j: int, floor: int) -> NamePhrase | None:
    """"Pria itu mengatakan", "Bendahara negara itu menambahkan": a noun and its demonstrative
    ending on token j, before the verb."""
    if v.lower[j] not in lex.demonstratives:
        return None
    i = j
    # "Pelatih asal Belanda itu", "Pelatih berusia 48 tahun itu": a place or an age may qualify
    # the noun, but the noun itself is lower case or opens the sentence
    while i - 1 >= floor and j - i < MAX_DEMONSTRATIVE_PHRASE and v.words[i - 1].isalnum() \
            and not _function_word(lex, v.lower[i - 1]) and v.lower[i - 1] not in lex.determiners \
            and v.lower[i - 1] not in lex.clause_openers:
        i -= 1
    while i < j and not (v.words[i].islower() or v.opens_sentence(i)):
        i += 1
    ph = demonstrative_phrase(v, lex, i, j + 1) if i < j else None
    if ph is None or ph.end != j + 1:
        return None
    b = ph.start - 1
    while b >= floor and v.is_space(b):
        b -= 1
    if b >= floor and v.lower[b] in lex.relatives:
        return None  # "sumber yang mengetahui isi perjanjian tersebut mengatakan": a relative clause
    k = j + 1
    while k < len(v) and v.is_space(k):
        k += 1
    # "Hal itu disampaikan …", "Kondisi itu disebutkan …": a passive verb's subject is what was said
    return None if k < len(v) and v.lower[k] in lex.passive_cues else ph


def names_someone(v: ArticleView, lex: Lexicon, ph: NamePhrase) -> bool:
    """"pria itu" names one written about before; a thing ("kebijakan itu", "hal itu",
    "pernyataan itu") speaks for no one."""
    head = v.lower[ph.start]
    return not (head in lex.not_person_words or any(p.match(head) for p in lex.not_person_patterns)
                or f"{head} {v.lower[ph.end - 1]}" in lex.report_back or head in lex.report_back_nouns)


def _function_word(lex: Lexicon, low: str) -> bool:
    return low in lex.cue_verbs or low in lex.prepositions or low in lex.conjunctions or low in lex.pronouns \
        or low in lex.complementizers or low in lex.relatives or low in lex.adverbs


def anonymous_named_before(v: ArticleView, lex: Lexicon, m: Mentions, ph: NamePhrase,
                           before: Callable[[int, int], NamePhrase | None]) -> NamePhrase | None:
    """"“Nobody is moving,” the diplomat said" after "A senior Western diplomat, who …, said":
    the anonymous source whose head noun the described phrase repeats."""
    words = [t for t in range(ph.start, ph.end) if v.words[t].isalpha() and v.lower[t] not in lex.demonstratives
             and v.lower[t] not in lex.determiners]
    if not words:
        return None
    head = v.lower[words[0] if lex.modifiers_follow_nouns else words[-1]]
    again = None  # "The official said …" between: named again itself, so the first naming is sought
    for t in range(ph.start - 1, max(-1, ph.start - MAX_BACK_TO_SOURCE), -1):
        end = m.anonymous.get(t)
        if end is None or v.lower[end - 1] != head:
            continue
        found = before(end - 1, v.sentence_bounds(t)[0])
        if found is None or found.kind != "anonymous":
            continue
        if not _definite(v, lex, found):
            return _with_relative_clause(v, lex, found)
        again = again or found
    return again


def indefinite_article(v: ArticleView, lex: Lexicon, ph: NamePhrase, floor: int = 0) -> int | None:
    """Where the indefinite article of a role no one is named for stands: "Ein | Polizeisprecher",
    "A | security analyst", "seorang | juru bicara"; None if the role has none."""
    if ph.kind != "role":
        return None
    det = (ph.role_start if ph.role_start is not None else ph.start) - 1
    while det > floor and det > ph.start - MAX_QUALIFIERS - 1 and v.words[det].isalpha() \
            and v.words[det].islower() and v.lower[det] not in lex.determiners:
        det -= 1
    k = det  # "A | Department of Health and Social Care | spokesperson": the institution it speaks for
    while k > floor and k > ph.start - MAX_INSTITUTION - 1 and v.words[k].isalpha() \
            and v.lower[k] not in lex.determiners and (
            v.words[k][:1].isupper() or ((v.lower[k] in lex.role_joiners or v.lower[k] in lex.conjunctions)
                                         and v.words[k - 1][:1].isupper())):
        k -= 1
    if k < det and v.words[k + 1][:1].isupper() and v.lower[k] in lex.determiners:
        det = k
    if det < floor or v.lower[det] not in lex.determiners or v.lower[det] in lex.definite_articles:
        return None
    return det


def _definite(v: ArticleView, lex: Lexicon, ph: NamePhrase) -> bool:
    return v.lower[ph.start] in lex.definite_articles or any(
        v.lower[t] in lex.demonstratives for t in range(ph.start, ph.end))


def _with_relative_clause(v: ArticleView, lex: Lexicon, ph: NamePhrase) -> NamePhrase:
    """The source as it was first named, its relative clause up to its verb included: "Seorang
    diplomat yang tidak ingin disebutkan namanya (mengatakan)", "seorang pejabat senior
    pemerintahan Biden yang tidak mau disebutkan namanya (mengatakan)"."""
    rel = ph.end
    while rel < len(v) and rel - ph.end < MAX_MODIFIERS and v.words[rel].isalpha() \
            and v.lower[rel] not in lex.relatives:
        rel += 1  # the words that follow the head noun in Indonesian: "pejabat | senior pemerintahan Biden"
    if rel >= len(v) or v.lower[rel] not in lex.relatives:
        return ph

    def speaks(j: int) -> bool:  # the clause's own "disebutkan namanya" is no verb of the source
        return v.lower[j] in lex.cue_verbs and v.lower[j] not in lex.passive_cues and (
            j + 1 >= len(v) or f"{v.lower[j]} {v.lower[j + 1]}" not in lex.not_cues)

    j = ph.end
    while j < len(v) and j - ph.end < MAX_RELATIVE_CLAUSE and not speaks(j) \
            and v.words[j] not in SENT_FINAL and v.words[j] != ",":
        j += 1
    if j >= len(v) or not speaks(j):
        return ph
    return NamePhrase(ph.start, j, v.span_text(ph.start, j - 1), "anonymous")


class NamedAgain:
    """Mixed into `SpeakerFinder`: who a described phrase names again."""

    v: ArticleView
    lex: Lexicon
    m: Mentions
    coref: Coreference
    antecedent: Callable[..., Person | None]
    previous_subject: Callable[..., Person | None]

    def _named_before(self, ph: NamePhrase) -> Person | None:
        """"kementerian tersebut": the ministry named before; "pria itu", "der 65-Jährige": the
        person last named."""
        v, lex = self.v, self.lex
        if v.lower[ph.start] in lex.definite_articles and any(
                p.match(v.span_text(ph.start + 1, ph.end - 1).lower()) for p in lex.epithets):
            return self.antecedent(ph.start, False)  # "sagte der 65-Jährige": the one last named
        head = v.lower[ph.start]
        if head in lex.person_epithets and v.lower[ph.end - 1] not in lex.demonstratives:
            p = self.antecedent(ph.start, False)  # "ujar perempuan asal Depok": the one just written about
            return p if p is not None and p.kind == "person" and p.may_be(self.gender_of(ph.start)) else None
        if v.lower[ph.end - 1] not in lex.demonstratives:
            return None
        if head in lex.org_heads:
            return self.coref.last_organization(head, ph.start)
        # "para pejabat itu" is a group, not the one last named
        if head in lex.determiners:
            return None
        p = self.antecedent(ph.start, False)
        if p is not None and ph.start in self.m.titles:  # "Juru bicara kementerian itu"
            return p if self._may_hold(p, v.span_text(ph.start, self.m.titles[ph.start] - 1), ph) else None
        return p

    def _epithet_of(self, ph: NamePhrase) -> Person | None:
        """"sagte der SPD-Politiker", "so der DIW-Präsident", "kata politikus itu": a role with the
        definite article or a demonstrative and no holder of its own names again someone just
        written about."""
        v, lex = self.v, self.lex
        if lex.modifiers_follow_nouns and self._demonstrative_closes(ph):
            # "tegas politikus Partai Golkar tersebut": the demonstrative after the role says
            # it is someone already written about
            p = self.antecedent(ph.start, False)
            return p if p is not None and p.kind == "person" and self._may_hold(p, ph.role or ph.text, ph) else None
        det = ph.role_start if ph.role_start is not None and ph.role_start < ph.start else ph.start - 1
        noun = v.lower[ph.end - 1]
        head = next((h for h in lex.org_heads if noun.endswith(h) and h not in lex.title_suffixes), None) \
            if lex.capitalised_nouns and det >= 0 and v.lower[det] in lex.definite_articles else None
        if head is not None:
            # "…, teilte der Automobilclub mit": an institution named again, never a person
            sa = v.sentence_bounds(ph.start)[0]
            since = v.sentence_bounds(sa - 1)[0] if sa > 0 else sa
            return self.coref.last_organization(head, ph.start) or self.coref.last_organization(None, sa, since)
        qualified = False
        if not (lex.modifiers_follow_nouns or lex.capitalised_nouns):
            # "the Indiana governor", "the Vermont senator": a name of place or party before the
            # role says it is someone the story knows
            # "the Republican | presidential | nominee": a plain adjective may stand among them
            while det > 0 and ph.start - det <= MAX_EPITHET_MODIFIERS and v.words[det].replace(".", "").isalpha() \
                    and v.lower[det] not in lex.definite_articles and (v.words[det][:1].isupper() or (
                        v.words[det - 1][:1].isupper() and not _function_word(lex, v.lower[det]))):
                det, qualified = det - 1, qualified or v.words[det][:1].isupper()
            if qualified and det > 0 and v.lower[det] in lex.title_modifiers:
                det -= 1  # "the former | South Carolina | governor"
            if qualified and det > 0 and v.lower[det] in lex.coordinators and det in self.m.title_end_to_start:
                # "the former secretary of state | and | current Democratic presidential nominee": two roles
                det = self.m.title_end_to_start[det] - 1
                while det > 0 and v.lower[det] in lex.title_modifiers:
                    det -= 1
        if det < 0 or v.lower[det] not in lex.definite_articles:
            return None
        if qualified:  # only the one the sentence before was about, and not a name's apposition
            k = det - 1
            while k >= 0 and (v.is_space(k) or v.is_quote_mark(k)):
                k -= 1
            opens = k < 0 or v.words[k] in SENT_FINAL or v.lower[k] in self.m.cue_words or (
                v.words[k] == "," and (v.quote_of[k] >= 0 or self.m.phrase_ending_at(k - 1) is None))
            if opens and k > 0 and v.words[k] == "," and v.quote_of[k] < 0:
                # "As far as whether Sanders still senses anger at Clinton …, the Vermont senator
                # acknowledged": the first one the opening clause names, not after a preposition
                named = next((p for t in range(v.sentence_bounds(k)[0], k) if (p := self.m.phrase_at(t)) is not None
                              and p.start == t and p.kind == "person"
                              and (t == 0 or v.lower[t - 1] not in lex.prepositions)), None)
                if named is not None:
                    return self.coref.find(named.text, named.start)
            return self.previous_subject(ph.start, past_nameless=True) if opens else None
        # "„…“, sagte der Vizekanzler": a role closing a quotation's tail with its article
        tail = lex.capitalised_nouns and det > 1 and v.lower[det - 1] in self.m.cue_words \
            and v.words[det - 2] == "," and ph.end < len(v) and (
                v.words[ph.end] in SENT_FINAL or v.lower[ph.end] in lex.prepositions)  # "… am Dienstag."
        # "the Republican said", not "the Republican convention": in English the word is an adjective as often
        epithet = any(p.match(ph.text) for p in lex.role_epithets) and (lex.capitalised_nouns or ph.end >= len(v)
                                                                       or not v.words[ph.end].isalpha()
                                                                       or v.lower[ph.end] in self.m.cue_words)
        if not (tail or qualified or epithet):
            return None  # a bare "der Ehemann", "der Vorsitzende" may be someone new
        p = self.antecedent(ph.start, False)
        # a bare tail ("sagte der Wissenschaftler") is someone with a role, or the one the
        # sentence before was about ("Der Seismologe Naci Görür warnte …")
        return p if p is not None and p.kind == "person" and (
            p.role or not tail or self.previous_subject(ph.start) is p) else None

    def _may_hold(self, p: Person, role: str, ph: NamePhrase) -> bool:
        """"juru bicara tersebut" after "Presiden Amerika Serikat Donald Trump" is someone else. A
        bare role named again with a demonstrative is the one last named only if the article
        gave them no role or one with the same head noun, or if it is what anyone in public life
        may be called ("politikus itu") or a rank ("jenderal bintang empat itu"). A role with a
        name in it, or a past one, is the writer's epithet for them: "Wali Kota Surabaya dua
        periode ini" for the minister Risma, "Mantan Gubernur DKI Jakarta itu" for the president."""
        v, lex = self.v, self.lex
        if not p.role or any(v.words[t][:1].isupper() for t in range(ph.start + 1, ph.end)):
            return True
        modifiers, office = lex.role_key(role)
        words = office.split()
        if not words or modifiers & lex.past_modifiers:
            return True
        head = words[0] if lex.modifiers_follow_nouns else words[-1]
        if head in lex.general_roles or head in lex.ranks:
            return True
        return head in lex.full_role(p.role).split()

    def _demonstrative_closes(self, ph: NamePhrase) -> bool:
        """"politikus itu", "politikus Golkar tersebut", "politikus senior itu"; not a role a
        plain noun before owns ("maklumat Kapolri itu": the demonstrative is the notice's)."""
        v, lex, cues = self.v, self.lex, self.m.cue_words
        first = ph.role_start if ph.role_start is not None else ph.start
        if first > 0 and v.words[first - 1].isalpha() and v.words[first - 1].islower() \
                and v.lower[first - 1] not in cues and v.lower[first - 1] not in lex.prepositions \
                and not any(m.split()[-1] == v.lower[first - 1] for m in lex.according_before):
            return False
        if v.lower[ph.end - 1] in lex.demonstratives:
            return True
        k, n = ph.end, len(v)
        while k < n and k - ph.end < MAX_EPITHET_TAIL and v.lower[k] not in lex.demonstratives \
                and v.lower[k] not in cues and v.lower[k] not in lex.relatives and (
                    (v.words[k].isalpha() and v.words[k].islower() and v.lower[k] not in lex.prepositions)
                    # "politisi senior | Partai Golkar | ini", "politisi | dari PDI-P | ini": whose party
                    or v.is_upper_initial(k) or (v.words[k] in HYPHENS and k > ph.end and v.is_upper_initial(k - 1))
                    or (v.lower[k] in lex.prepositions and k + 1 < n and v.is_upper_initial(k + 1))):
            k += 1
        return k < n and v.lower[k] in lex.demonstratives and not (
            k - ph.end > MAX_EPITHET_MODIFIERS and not any(v.is_upper_initial(t) for t in range(ph.end, k)))

    def _definite(self, ph: NamePhrase) -> bool:
        """"the diplomat", "diplomat tersebut": one named before, not a new one."""
        v, lex = self.v, self.lex
        return v.lower[ph.start] in lex.definite_articles or v.lower[ph.end - 1] in lex.demonstratives or (
            ph.end < len(v) and v.lower[ph.end] in lex.demonstratives)

    def _role_source_before(self, ph: NamePhrase) -> NamePhrase | None:
        """"the spokesperson" after "A Downing Street spokesperson said": the nearest earlier
        phrase with the same role noun, where an indefinite article made it a source no one is
        named for."""
        v, lex = self.v, self.lex
        if ph.kind != "role" or ph.start == 0 or v.lower[ph.start - 1] not in lex.definite_articles:
            return None
        head = v.lower[ph.end - 1]
        for t in range(ph.start - 2, max(-1, ph.start - MAX_BACK_TO_SOURCE), -1):
            # where nouns are capitalised, a compound ends on it: "ein Polizeisprecher … der Sprecher"
            if not (v.lower[t] == head or (lex.capitalised_nouns and v.lower[t].endswith(head))) \
                    or v.quote_of[t] >= 0:
                continue
            earlier = self.m.phrase_ending_at(t)
            if earlier is not None and earlier.kind == "anonymous" and earlier.end == t + 1 \
                    and v.lower[earlier.start] not in lex.definite_articles:
                det = earlier.start  # "ein Sprecher der Polizei": a source the lexicon knows
            else:
                det = indefinite_article(v, lex, earlier) if earlier is not None else None
            if det is None:
                return None  # the noun last stood for someone named, or for no one
            end = self.m.genitive_end(earlier.end)
            return NamePhrase(det, end, v.span_text(det, end - 1), "anonymous")
        return None

    def demonstrative(self, i: int, limit: int) -> NamePhrase | None:
        return demonstrative_phrase(self.v, self.lex, i, limit)

    def _kin_named_again(self, j: int, floor: int) -> NamePhrase | None:
        """"Putra sulung Presiden keenam RI Susilo Bambang Yudhoyono itu mengatakan": a relative
        of someone named, closed by a demonstrative, is one written about before, not the one
        named inside."""
        v, lex = self.v, self.lex
        if v.lower[j] not in lex.demonstratives or not lex.kinship:
            return None
        i = j
        while i - 1 >= floor and j - i < MAX_KIN_PHRASE and v.words[i - 1].isalpha() \
                and v.lower[i - 1] not in lex.cue_verbs and v.lower[i - 1] not in lex.conjunctions:
            i -= 1
        if i == j or v.lower[i] not in lex.kinship:
            return None
        return NamePhrase(i, j + 1, v.span_text(i, j), "described")

    def subject_named_again(self, j: int, floor: int) -> tuple[bool, NamePhrase | None, int]:
        """A noun and its demonstrative ending on token j, before the verb: (True, the phrase)
        when it names someone ("Pria itu mengatakan"), (True, None) when a thing ("Kebijakan
        itu"); else (False, None, where the subject may end): before a time phrase ("X, seusai
        rapat kerja itu menjelaskan") or j itself."""
        v, lex = self.v, self.lex
        said = demonstrative_subject(v, lex, j, floor) or self._kin_named_again(j, floor)
        if said is None:
            return False, None, j
        b = said.start - 1
        if b > floor and (v.lower[b] in lex.prepositions or v.lower[b] in lex.clause_openers):
            b -= 1
            while b > floor and (v.words[b] == "," or v.is_space(b)):
                b -= 1
            return False, None, b
        return True, (said if names_someone(v, lex, said) else None), j

