"""How a lexicon's TOML lists become the values the engine compares words with."""

from __future__ import annotations


def lower_set(items) -> frozenset[str]:
    # str.lower, as spaCy's LOWER: casefold would turn "äußerte" into "äusserte"
    return frozenset(str(x).lower() for x in items)


def phrases(items) -> tuple[str, ...]:
    """Lower-cased phrases, longest first so the longest match wins."""
    return tuple(sorted({str(x).lower() for x in items}, key=lambda p: (-len(p.split()), p)))


def particles(pairs) -> dict[str, frozenset[str]]:
    """[verb, particle] pairs: a verb may take one particle or another ("sprach von", "sprach … aus")."""
    out: dict[str, set[str]] = {}
    for verb, part in pairs:
        out.setdefault(str(verb).lower(), set()).add(str(part).lower())
    return {verb: frozenset(parts) for verb, parts in out.items()}


def short_forms(pairs) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """[short, full] pairs as word tuples, longest short form first."""
    pairs = ((tuple(str(k).lower().split()), tuple(str(v).lower().split())) for k, v in pairs)
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))
