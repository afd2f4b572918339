"""Load resources/lexicons/<lang>.toml into typed, frozen objects.

Language knowledge stays data: the engine only ever asks a Lexicon, so a new
language is a new TOML file (and a test), never an edit of the engine.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from quotedesk.attribution.lexicon_values import lower_set, particles, phrases, short_forms
from quotedesk.resources import resource_path


@dataclass(frozen=True)
class Lexicon:
    code: str
    name: str
    markers: frozenset[str]
    abbreviations: tuple[str, ...]  # as written: one token each, full stop included
    cue_verbs: frozenset[str]
    cue_clitics: tuple[str, ...]
    weak_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    tail_only: frozenset[str]
    quote_only: frozenset[str]
    passive_auxiliaries: frozenset[str]
    passive_before_to: frozenset[str]
    coordinated_after: frozenset[str]
    according_back: frozenset[str]
    participle_openers: frozenset[str]
    report_back_nouns: frozenset[str]
    according_compound_openers: frozenset[str]
    according_compound_suffixes: frozenset[str]
    according_compound_links: tuple[str, ...]
    according_possessed_nouns: frozenset[str]
    quoting_verbs: frozenset[str]
    quote_tail_words: frozenset[str]
    inverted_verbs: frozenset[str]
    continuation: frozenset[str]
    title_markers: frozenset[str]
    time_words: frozenset[str]
    not_cues: tuple[str, ...]
    title_small_words: frozenset[str]
    term_max_words: int
    term_markers: frozenset[str]
    negations: frozenset[str]
    negation_follows: bool
    negation_bridges: frozenset[str]
    participle_suffixes: tuple[str, ...]
    past_suffixes: tuple[str, ...]
    auxiliaries: frozenset[str]
    report_nouns: frozenset[str]
    report_verbs: frozenset[str]
    passive_cues: frozenset[str]
    naming_verbs: frozenset[str]
    title_marker_suffixes: tuple[str, ...]
    plural_verb_endings: tuple[str, ...]
    object_articles: frozenset[str]
    content_lead_ins: tuple[tuple[str, ...], ...]
    title_after: tuple[str, ...]
    according_before: tuple[str, ...]
    according_carriers: frozenset[str]
    according_after: tuple[str, ...]
    impersonal: frozenset[str]
    impersonal_sources: frozenset[str]
    impersonal_back: frozenset[str]
    complementizers: frozenset[str]
    report_back: frozenset[str]
    agent_markers: frozenset[str]
    cue_prepositions: frozenset[str]
    that_only: frozenset[str]
    noun_homographs: frozenset[str]
    homograph_subjects: frozenset[str]
    wh_words: frozenset[str]
    as_markers: frozenset[str]
    label_markers: frozenset[str]
    as_only: frozenset[str]
    copulas: frozenset[str]
    passive_after_copula: bool
    relatives: frozenset[str]
    means_markers: frozenset[str]
    adverbs: frozenset[str]
    adverb_suffixes: tuple[str, ...]
    verb_particles: frozenset[str]
    particle_verbs: dict[str, frozenset[str]]
    conjunctions: frozenset[str]
    coordinators: frozenset[str]
    clause_openers: frozenset[str]
    content_breaks: frozenset[str]
    tail_clause_openers: frozenset[str]
    subject_breaks: frozenset[str]
    listeners: frozenset[str]
    infinitive_verbs: frozenset[str]
    frame_nouns: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    demonstrative_pronouns: frozenset[str]
    first_person: frozenset[str]
    first_person_plural: frozenset[str]
    masculine: frozenset[str]
    feminine: frozenset[str]
    object_pronouns: frozenset[str]
    clitic_suffix: str
    anonymous_heads: tuple[str, ...]
    anonymous_plural: frozenset[str]
    titles: tuple[str, ...]
    title_modifiers: frozenset[str]
    deputies: frozenset[str]
    past_modifiers: frozenset[str]
    title_post_modifiers: frozenset[str]
    honorifics: frozenset[str]
    ranks: frozenset[str]
    general_roles: frozenset[str]
    source_places: frozenset[str]
    title_suffixes: tuple[str, ...]
    organizations: tuple[str, ...]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    not_names: frozenset[str]
    not_person_suffixes: tuple[str, ...]
    not_person_patterns: tuple[re.Pattern[str], ...]
    adjective_endings: tuple[str, ...]
    inflected_adjective_endings: tuple[str, ...]
    role_joiners: frozenset[str]
    prepositions: frozenset[str]
    capitalised_nouns: bool
    modifiers_follow_nouns: bool
    demonstratives: frozenset[str]
    definite_articles: frozenset[str]
    apposition_articles: frozenset[str]
    epithets: tuple[re.Pattern, ...]
    role_epithets: tuple[re.Pattern, ...]
    plural_articles: frozenset[str]
    singular_endings: tuple[str, ...]
    affiliation_tags: tuple[re.Pattern, ...]
    partitives: tuple[str, ...]
    frame_ends_at_comma: bool
    possessives: frozenset[str]
    reflexive_possessives: frozenset[str]
    source_prepositions: frozenset[str]
    listener_articles: frozenset[str]
    genitive_articles: frozenset[str]
    alias_markers: tuple[str, ...]
    or_words: frozenset[str]
    nickname_markers: tuple[str, ...]
    old_spellings: tuple[tuple[str, str], ...]
    kinship: frozenset[str]
    not_person_words: frozenset[str]
    place_heads: frozenset[str]
    place_names: frozenset[str]
    place_prepositions: frozenset[str]
    person_epithets: frozenset[str]
    degrees: frozenset[str]
    name_particles: frozenset[str]
    determiners: frozenset[str]
    noun_markers: frozenset[str]
    possessive_markers: frozenset[str]
    agency_told: tuple[str, ...]
    agency_reported_by: tuple[str, ...]
    agency_reported_after: tuple[str, ...]
    agency_nouns: tuple[str, ...]
    agency_source_lines: tuple[str, ...]
    agency_credit_openers: tuple[str, ...]
    photo_credit: tuple[str, ...]
    role_short_forms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]

    def full_role(self, role: str) -> str:
        """The role with its short forms written out ("Wapres" → "wakil presiden", "Sen." → "senator"),
        so that the same office is known again however the article abbreviates it."""
        words, out, k = role.lower().split(), [], 0
        while k < len(words):
            for short, full in self.role_short_forms:
                if tuple(words[k:k + len(short)]) == short:
                    out.extend(full)
                    k += len(short)
                    break
            else:
                out.append(words[k])
                k += 1
        return " ".join(out)

    def role_key(self, role: str) -> tuple[frozenset[str], str]:
        """(modifiers, office written out): "former Sen." is ({"former"}, "senator"), so that
        "the former senator" is not taken for the senator in office, nor "Wakil Presiden"
        ({"wakil"}, "presiden") for the president."""
        words = self.full_role(role).split()
        k = 0
        while k < len(words) - 1 and (words[k] in self.title_modifiers or words[k] in self.deputies):
            k += 1
        # "acting", "Plt": the same office, held for now; only a past holder or a deputy is another
        kept = frozenset(w for w in words[:k] if w in self.past_modifiers or w in self.deputies)
        e = len(words)
        while self.modifiers_follow_nouns and e - 1 > k and words[e - 1] in self.ranks:
            e -= 1  # "Kapolri Jenderal": the rank after the office is the holder's (not "Air Force Gen.")
        return kept, " ".join(words[k:e])

    @property
    def particle_phrases(self) -> tuple[tuple[str, ...], ...]:
        """Name particles as word tuples, longest first: ("von", "der") before ("von",)."""
        return tuple(sorted((tuple(p.split()) for p in self.name_particles), key=lambda p: -len(p)))

    @property
    def single_word_clitics(self) -> frozenset[str]:
        return frozenset(c for c in self.cue_clitics if " " not in c)


def lexicon_from_dict(data: dict) -> Lexicon:
    lang = data["language"]
    cues = data.get("cues", {})
    pron = data.get("pronouns", {})
    titles = data.get("titles", {})
    orgs = data.get("organizations", {})
    names = data.get("names", {})
    ag = data.get("agencies", {})
    return Lexicon(
        code=lang["code"],
        name=lang.get("name", lang["code"]),
        markers=lower_set(lang.get("markers", [])),
        abbreviations=tuple(sorted(str(a) for a in lang.get("abbreviations", []))),
        cue_verbs=lower_set(cues.get("verbs", [])) | lower_set(cues.get("reported", [])),
        cue_clitics=phrases(cues.get("clitics", [])),
        weak_verbs=lower_set(cues.get("weak_verbs", [])) | lower_set(cues.get("reported", [])),
        tail_only=lower_set(cues.get("tail_only", [])),
        quote_only=lower_set(cues.get("quote_only", [])),
        passive_auxiliaries=lower_set(cues.get("passive_auxiliaries", [])),
        passive_before_to=lower_set(cues.get("passive_before_to", [])),
        coordinated_after=lower_set(cues.get("coordinated_after", [])),
        according_back=lower_set(cues.get("according_back", [])),
        participle_openers=lower_set(cues.get("participle_openers", [])),
        report_back_nouns=lower_set(cues.get("report_back_nouns", [])) | lower_set(cues.get("nouns", [])),
        according_compound_openers=lower_set(cues.get("according_compound_openers", [])),
        according_compound_suffixes=lower_set(cues.get("according_compound_suffixes", [])),
        according_compound_links=tuple(sorted(lower_set(cues.get("according_compound_links", [])))),
        according_possessed_nouns=lower_set(cues.get("according_possessed_nouns", [])),
        quoting_verbs=lower_set(cues.get("quoting", [])),
        quote_tail_words=lower_set(cues.get("quote_tail_words", [])),
        inverted_verbs=lower_set(cues.get("inverted", [])),
        continuation=lower_set(cues.get("continuation", [])),
        title_markers=lower_set(cues.get("title_markers", [])),
        time_words=lower_set(cues.get("time_words", [])),
        not_cues=phrases(cues.get("not_cues", [])),
        title_small_words=lower_set(cues.get("title_small_words", [])),
        term_max_words=int(cues.get("term_max_words", 0)),
        term_markers=lower_set(cues.get("term_markers", [])),
        negations=lower_set(cues.get("negations", [])),
        negation_follows=bool(cues.get("negation_follows", False)),
        negation_bridges=lower_set(cues.get("negation_bridges", [])),
        participle_suffixes=tuple(lower_set(cues.get("participle_suffixes", []))),
        past_suffixes=tuple(lower_set(cues.get("past_suffixes", []))),
        auxiliaries=lower_set(cues.get("auxiliaries", [])),
        report_nouns=lower_set(cues.get("report_nouns", [])),
        report_verbs=lower_set(cues.get("report_verbs", [])),
        passive_cues=lower_set(cues.get("passive", [])),
        naming_verbs=lower_set(cues.get("naming", [])),
        title_marker_suffixes=tuple(sorted(lower_set(cues.get("title_marker_suffixes", [])))),
        plural_verb_endings=tuple(sorted(lower_set(cues.get("plural_verb_endings", [])))),
        object_articles=lower_set(cues.get("object_articles", [])),
        content_lead_ins=tuple(tuple(p.split()) for p in lower_set(cues.get("content_lead_ins", []))),
        title_after=phrases(cues.get("title_after", [])),
        speech_nouns=lower_set(cues.get("nouns", [])),
        according_before=phrases(cues.get("according_before", [])),
        according_carriers=lower_set(cues.get("according_carriers", [])),
        according_after=phrases(cues.get("according_after", [])),
        impersonal=lower_set(cues.get("impersonal", [])),
        impersonal_sources=lower_set(cues.get("impersonal_sources", [])),
        impersonal_back=lower_set(cues.get("impersonal_back", [])),
        complementizers=lower_set(cues.get("complementizers", [])),
        report_back=lower_set(cues.get("report_back", [])),
        agent_markers=lower_set(cues.get("agent_markers", [])),
        cue_prepositions=lower_set(cues.get("cue_prepositions", [])),
        that_only=lower_set(cues.get("that_only", [])),
        noun_homographs=lower_set(cues.get("noun_homographs", [])),
        homograph_subjects=lower_set(cues.get("homograph_subjects", [])),
        wh_words=lower_set(cues.get("wh_words", [])),
        as_markers=lower_set(cues.get("as_markers", [])),
        label_markers=lower_set(cues.get("label_markers", [])),
        as_only=lower_set(cues.get("as_only", [])),
        copulas=lower_set(cues.get("copulas", [])),
        passive_after_copula=bool(cues.get("passive_after_copula", False)),
        relatives=lower_set(cues.get("relatives", [])),
        means_markers=lower_set(cues.get("means_markers", [])),
        adverbs=lower_set(cues.get("adverbs", [])),
        adverb_suffixes=tuple(lower_set(cues.get("adverb_suffixes", []))),
        verb_particles=lower_set(cues.get("verb_particles", [])),
        particle_verbs=particles(cues.get("particle_verbs", [])),
        conjunctions=lower_set(cues.get("conjunctions", [])),
        coordinators=lower_set(cues.get("coordinators", [])),
        clause_openers=lower_set(cues.get("clause_openers", [])),
        content_breaks=lower_set(cues.get("content_breaks", [])),
        tail_clause_openers=lower_set(cues.get("tail_clause_openers", [])),
        subject_breaks=lower_set(cues.get("subject_breaks", [])),
        listeners=lower_set(cues.get("listeners", [])),
        infinitive_verbs=lower_set(cues.get("infinitive_verbs", [])),
        frame_nouns=lower_set(cues.get("frame_nouns", [])),
        pronouns=lower_set(pron.get("singular", [])),
        plural_pronouns=lower_set(pron.get("plural", [])),
        demonstrative_pronouns=lower_set(pron.get("demonstrative", [])),
        first_person=lower_set(pron.get("first_person", [])),
        first_person_plural=lower_set(pron.get("first_person_plural", [])),
        masculine=lower_set(pron.get("masculine", [])),
        feminine=lower_set(pron.get("feminine", [])),
        object_pronouns=lower_set(pron.get("objects", [])),
        clitic_suffix=pron.get("clitic_suffix", ""),
        anonymous_heads=phrases(data.get("anonymous", {}).get("heads", [])),
        anonymous_plural=lower_set(data.get("anonymous", {}).get("plural", [])),
        titles=phrases(titles.get("roles", [])),
        title_modifiers=lower_set(titles.get("modifiers", [])),
        deputies=lower_set(titles.get("deputies", [])),
        past_modifiers=lower_set(titles.get("past_modifiers", [])),
        title_post_modifiers=lower_set(titles.get("post_modifiers", [])),
        honorifics=lower_set(titles.get("honorifics", [])),
        ranks=lower_set(titles.get("ranks", [])),
        general_roles=lower_set(titles.get("general_roles", [])),
        source_places=lower_set(data.get("anonymous", {}).get("places", [])),
        title_suffixes=tuple(sorted(lower_set(titles.get("compound_suffixes", [])))),
        organizations=tuple(sorted(set(orgs.get("names", [])), key=lambda n: (-len(n), n))),
        org_heads=lower_set(orgs.get("heads", [])),
        org_tails=lower_set(orgs.get("tails", [])),
        not_names=frozenset(names.get("not_names", [])),
        not_person_suffixes=tuple(str(x).lower() for x in names.get("not_person_suffixes", [])),
        not_person_patterns=tuple(re.compile(x, re.IGNORECASE) for x in names.get("not_person_patterns", [])),
        role_joiners=lower_set(names.get("role_joiners", [])),
        adjective_endings=tuple(lower_set(names.get("adjective_endings", []))),
        inflected_adjective_endings=tuple(lower_set(names.get("inflected_adjective_endings", []))),
        prepositions=lower_set(names.get("prepositions", [])),
        capitalised_nouns=bool(names.get("capitalised_nouns", False)),
        modifiers_follow_nouns=bool(names.get("modifiers_follow_nouns", False)),
        demonstratives=lower_set(names.get("demonstratives", [])),
        definite_articles=lower_set(names.get("definite_articles", [])),
        apposition_articles=lower_set(names.get("apposition_articles", [])),
        epithets=tuple(re.compile(p) for p in names.get("epithets", [])),
        role_epithets=tuple(re.compile(p) for p in names.get("role_epithets", [])),
        plural_articles=lower_set(names.get("plural_articles", [])),
        singular_endings=tuple(names.get("singular_endings", [])),
        affiliation_tags=tuple(re.compile(p) for p in names.get("affiliation_tags", [])),
        partitives=phrases(names.get("partitives", [])),
        frame_ends_at_comma=bool(cues.get("frame_ends_at_comma", False)),
        possessives=lower_set(pron.get("possessives", [])),
        reflexive_possessives=lower_set(pron.get("reflexive_possessives", [])),
        source_prepositions=lower_set(cues.get("source_prepositions", [])),
        listener_articles=lower_set(names.get("listener_articles", [])),
        genitive_articles=lower_set(names.get("genitive_articles", [])),
        alias_markers=tuple(sorted(lower_set(names.get("alias_markers", [])), key=lambda x: -len(x.split()))),
        or_words=lower_set(names.get("or_words", [])),
        nickname_markers=phrases(names.get("nickname_markers", [])),
        old_spellings=tuple((a.lower(), b.lower()) for a, b in names.get("old_spellings", [])),
        kinship=lower_set(names.get("kinship", [])),
        not_person_words=lower_set(names.get("not_person_words", [])),
        place_heads=lower_set(names.get("place_heads", [])),
        place_names=frozenset(names.get("place_names", [])),
        place_prepositions=lower_set(names.get("place_prepositions", [])),
        person_epithets=lower_set(names.get("person_epithets", [])),
        degrees=frozenset(names.get("degrees", [])),
        name_particles=lower_set(names.get("particles", [])),
        determiners=lower_set(names.get("determiners", [])),
        noun_markers=lower_set(names.get("noun_markers", [])),
        possessive_markers=lower_set(names.get("possessive_markers", [])),
        agency_told=phrases(ag.get("told", [])),
        agency_reported_by=phrases(ag.get("reported_by", [])),
        agency_reported_after=phrases(ag.get("reported_after", [])),
        agency_nouns=phrases(ag.get("nouns", [])),
        agency_source_lines=phrases(ag.get("source_lines", [])),
        agency_credit_openers=phrases(ag.get("credit_openers", [])),
        photo_credit=phrases(ag.get("photo_credit", [])),
        role_short_forms=short_forms(titles.get("short_forms", [])),
    )


def available_languages() -> tuple[str, ...]:
    folder = resource_path("lexicons")
    return tuple(sorted(p.stem for p in folder.glob("*.toml")))


@cache
def load_lexicon(code: str) -> Lexicon:
    path = resource_path("lexicons", f"{code}.toml")
    if not path.is_file():
        raise KeyError(f"no lexicon for language {code!r} (have: {', '.join(available_languages())})")
    with path.open("rb") as fh:
        return lexicon_from_dict(tomllib.load(fh))
