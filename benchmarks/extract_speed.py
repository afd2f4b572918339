"""Throughput of quotedesk.attribution.extract(text, lang) on one CPU core.

Measures characters per second over a mix of Indonesian, English and German news text,
with roughly equal characters per language. It compares the figure with the peer,
textacy's direct_quotations over en_core_web_sm, and prints the peak RSS.

Corpus: the eval data next to the repo (../shared/eval-data, or $QUOTEDESK_EVAL_DATA) is
read at run time and never copied. Without it, a synthetic corpus is built from
resources/samples/*.txt and the template paragraphs below.

Run:  make bench   (or .venv/bin/python benchmarks/extract_speed.py [--chars N] [--check])
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import resource
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotedesk.attribution import extract
from quotedesk.attribution.language import detect_language

REPO = Path(__file__).resolve().parent.parent
LANGS = ("id", "en", "de")
TARGET_RATIO = 20.0
# measured on the project's 2-core CI-class machine; used when textacy is not installed
REFERENCE_PEER_CHARS_PER_S = 20_000.0
REFERENCE_NOTE = "stored reference: textacy 0.13 + en_core_web_sm, measured on the CI-class machine"
ID_SENTENCES_PER_ARTICLE = 40

SYNTHETIC = {
    "en": [
        '"We will not back down on this," {name}, the {role}, told {agency} on {day}.',
        '{name} said the talks would resume next week, adding that "nothing is agreed until '
        'everything is agreed."',
        "According to {agency}, the ministry had already approved {n} million dollars in aid.",
        '"It is too early to say," said a senior official who asked not to be named. '
        '"We are still counting."',
        'The {role} later denied the report, saying it was "simply false" and politically motivated.',
    ],
    "de": [
        "„Wir werden daran festhalten“, sagte {name}, {role}, am {day} der Nachrichtenagentur {agency}.",
        "{name} erklärte, die Gespräche würden in der kommenden Woche fortgesetzt.",
        "Laut {agency} hat das Ministerium bereits {n} Millionen Euro freigegeben.",
        "„Es ist noch zu früh, etwas zu sagen“, sagte ein Sprecher. „Wir zählen noch.“",
        "Dem {role} zufolge sei der Bericht „schlicht falsch“ und politisch motiviert.",
    ],
}
FILLERS = {
    "name": ["Maria Keller", "John Harris", "Ahmad Yusuf", "Elena Novak", "David Chen"],
    "role": ["Sprecher des Ministeriums", "spokesperson", "Bürgermeister", "foreign minister"],
    "agency": ["Reuters", "AFP", "AP", "dpa"],
    "day": ["Monday", "Dienstag", "Friday", "Donnerstag"],
}


def eval_data_dir() -> Path | None:
    path = Path(os.environ.get("QUOTEDESK_EVAL_DATA") or REPO / ".." / "shared" / "eval-data")
    return path if path.is_dir() else None


def german_articles(root: Path) -> Iterator[str]:
    for path in sorted((root / "german-wikinews-quotes" / "dev").glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))["originalText"]


def english_articles(root: Path) -> Iterator[str]:
    for path in sorted((root / "polnear" / "text").glob("*.txt")):
        yield path.read_text(encoding="utf-8")


def indonesian_articles(root: Path) -> Iterator[str]:
    """CoNLL token<TAB>tag lines, blank line = sentence end; ~40 sentences make one pseudo-article."""
    blocks = re.split(r"\n\s*\n", (root / "pfsa-id" / "dev-20.txt").read_text(encoding="utf-8").strip())
    sentences = [" ".join(line.split("\t", 1)[0] for line in block.splitlines()) for block in blocks]
    for i in range(0, len(sentences), ID_SENTENCES_PER_ARTICLE):
        yield "\n".join(sentences[i : i + ID_SENTENCES_PER_ARTICLE])


def synthetic_articles(lang: str, rng: random.Random) -> Iterator[str]:
    """Endless varied articles: the project's samples in `lang`, plus templates for en/de."""
    samples = [p.read_text(encoding="utf-8") for p in sorted((REPO / "resources" / "samples").glob("*.txt"))]
    samples = [s for s in samples if detect_language(s) == lang]
    templates = SYNTHETIC.get(lang, [])
    if not samples and not templates:
        return
    for i in itertools.count():
        if samples and (not templates or i % 2 == 0):
            paragraphs = samples[i % len(samples)].split("\n\n")
            yield "\n\n".join(paragraphs[:1] + rng.sample(paragraphs[1:], len(paragraphs) - 1))
            continue
        picks = rng.choices(templates, k=rng.randint(6, 12))
        fill = {key: rng.choice(values) for key, values in FILLERS.items()}
        yield "\n\n".join(t.format(n=rng.randint(2, 900), **fill) for t in picks)


def take_chars(articles: Iterable[str], budget: int) -> list[str]:
    """Articles until `budget` characters; a source that runs short is repeated (cycle)."""
    taken: list[str] = []
    total = 0
    for text in itertools.cycle(articles):
        if total >= budget:
            break
        taken.append(text)
        total += len(text)
    return taken


def build_corpus(total_chars: int, force_synthetic: bool) -> dict[str, list[str]]:
    root = None if force_synthetic else eval_data_dir()
    synthetic = "synthetic (resources/samples + templates)"
    print("corpus:", f"eval data at {root.resolve()}" if root else synthetic)
    budget = total_chars // len(LANGS)
    corpus: dict[str, list[str]] = {}
    for lang in LANGS:
        if root is not None:
            source = {"id": indonesian_articles, "en": english_articles, "de": german_articles}[lang](root)
        else:
            source = synthetic_articles(lang, random.Random(f"quotedesk-bench-{lang}"))
        texts = take_chars(source, budget)
        if texts:
            corpus[lang] = texts
            chars = sum(map(len, texts))
            print(f"  {lang}: {len(texts)} articles ({len(set(texts))} unique), {chars:,} chars")
    return corpus


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    except (AttributeError, OSError, ValueError):
        return "not pinned (sched_setaffinity unavailable)"


def time_calls(texts: list[str], run) -> float:
    start = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - start


def measure_peer(english: list[str]) -> tuple[float, str] | None:
    """textacy's direct_quotations after en_core_web_sm over the English part, if installed."""
    if not english:
        return None
    try:
        import spacy
        import textacy.extract

        nlp = spacy.load("en_core_web_sm")
    except (ImportError, OSError):
        return None
    list(textacy.extract.triples.direct_quotations(nlp(english[0])))  # warm up
    seconds = time_calls(english, lambda text: list(textacy.extract.triples.direct_quotations(nlp(text))))
    version = getattr(textacy, "__version__", "?")
    return sum(map(len, english)) / seconds, f"measured now: textacy {version} + en_core_web_sm, English part"


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_500_000, help="total corpus size (default 1.5M)")
    parser.add_argument("--peer-chars-per-s", type=float, default=None,
                        help="peer figure (default: measure if textacy is installed, else the reference)")
    parser.add_argument("--synthetic", action="store_true", help="ignore the eval data")
    parser.add_argument("--repeat", type=int, default=3, help="passes per language; the median counts (default 3)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the ratio is below the target")
    args = parser.parse_args(argv)

    print(f"quotedesk extract() throughput, {pin_one_core()}")
    corpus = build_corpus(args.chars, args.synthetic)
    for lang, texts in corpus.items():
        extract(texts[0], lang)  # warm up: load pipeline, lexicon, agencies

    print(f"\n{'lang':<6}{'chars':>12}{'seconds':>10}{'chars/s':>12}")
    total_chars, total_seconds = 0, 0.0
    for lang, texts in corpus.items():
        chars = sum(map(len, texts))
        # the median of a few passes: one pass on a shared 2-core machine varies by up to 1.5x
        runs = sorted(time_calls(texts, lambda text, lang=lang: extract(text, lang)) for _ in range(args.repeat))
        seconds = runs[len(runs) // 2]
        total_chars += chars
        total_seconds += seconds
        print(f"{lang:<6}{chars:>12,}{seconds:>10.2f}{chars / seconds:>12,.0f}")
    ours = total_chars / total_seconds
    print(f"{'total':<6}{total_chars:>12,}{total_seconds:>10.2f}{ours:>12,.0f}")

    if args.peer_chars_per_s is not None:
        peer_rate, peer_note = args.peer_chars_per_s, "given with --peer-chars-per-s"
    else:
        reference = (REFERENCE_PEER_CHARS_PER_S, REFERENCE_NOTE)
        peer_rate, peer_note = measure_peer(corpus.get("en", [])) or reference
    ratio = ours / peer_rate
    passed = ratio >= TARGET_RATIO
    print(f"\npeer: {peer_rate:,.0f} chars/s ({peer_note})")
    print(f"ratio vs textacy+en_core_web_sm: {ratio:.1f}×")
    print(f"target: {TARGET_RATIO:.0f}×  {'PASS' if passed else 'BELOW'}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
