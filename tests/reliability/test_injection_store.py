"""Injection through the store and the CLI: FTS5 syntax in every search and filter,
SQL-looking text in every field. Each is only ever data: a search either answers or
says in one line what is wrong with the query, a literal search finds the quote that
holds the text, every value reads back exactly as written, and the schema and every
table are as they were."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from quotedesk import cli
from quotedesk.export import ExportFilters
from quotedesk.model import Analysis, Document, Quote
from quotedesk.store import SearchSyntaxError, Store, StoreError

# What a person might type into a search box, by accident or not.
SEARCHES = [
    '"', "*", "NEAR(", "NEAR(a b, 99999999999)", "AND OR", "x AND", "NOT", "col:x", "text:x", "{text speaker}: x",
    "rank:x", "^", "^x", "-x", "+", "'", "''", '"; DROP TABLE claims; --', "'); DROP TABLE quotes; --",
    "x' OR '1'='1", "%", "50%", "_", "a_b", "\\", "C:\\temp\\x", "Ünïcödé straße", "Путин заявил", "北京 上海",
    "مرحبا", "😀 emoji", "\u202eevil", "(((((x", "(" * 2000 + "x", "x" * 5000, "\x00", "a\x00b", "x:", ":x",
    "x*", "* x", '"x" * y', "{", "}", "NEAR", "OR OR OR", "\t\n",
]
# Text that looks like SQL (or like trouble) in a stored field.
HOSTILE_VALUES = [
    "'; DROP TABLE claims; --", 'Robert"); DROP TABLE quotes;--', "x' OR '1'='1", "1; DELETE FROM verdicts",
    "' UNION SELECT sql FROM sqlite_master --", "%_\\%", "NULL", "a\x00b", "-- comment", "/* c */",
    "<script>alert(1)</script>", "=HYPERLINK(\"http://evil\")", "Ünïcödé \u202e 😀",
]


def _table_state(store: Store) -> tuple[list, dict[str, int]]:
    master = store.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    names = [n for n in store.db.table_names() if not n.endswith(("_data", "_idx", "_docsize", "_config"))]
    counts = {n: store.db.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    return master, counts


def _add(store: Store, quote: str, *, speaker: str = "Ann Lee", n: int, title: str | None = None,
         outlet: str | None = None, url: str | None = None, agency: str | None = None) -> int:
    """One article holding one quote; returns the quote's claim id."""
    text = f'{speaker} said: "{quote}" And more.'
    doc = Document(text=text, content_hash=hashlib.sha256(f"{n}:{text}".encode("utf-8", "replace")).hexdigest(),
                   source=f"{n}.txt", title=title or f"Article {n}", outlet=outlet, url=url,
                   published="2025-03-01", lang="en")
    start = text.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), kind="direct", speaker=speaker,
              speaker_kind="person", cue="said", agency=agency, agency_relation="told" if agency else None,
              confidence=0.9, evidence="test")
    result = store.add_document(doc, Analysis(lang="en", quotes=(q,)))
    return store.quotes(article_id=result.article_id)[0].claim_id


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "library.db") as opened:
        opened.set_user_name("Tester")
        yield opened


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A library with one quote, note and article title per search string, each holding it."""
    path = tmp_path_factory.mktemp("inject") / "library.db"
    claims: dict[str, int] = {}
    with Store.open(path) as store:
        store.set_user_name("Tester")
        for n, query in enumerate(SEARCHES):
            text = f"Quote{n} holds {query} inside."
            # a speaker each: the claim matcher would take near-identical texts by one person for one claim
            claims[query] = _add(store, text, n=n, title=f"Title{n} {query}", speaker=f"Person{n} Example")
            store.add_note(claims[query], f"Note{n} holds {query} inside.")
    assert len(set(claims.values())) == len(SEARCHES)
    return path, claims


@pytest.fixture
def library(searchable: tuple[Path, dict[str, int]]):
    with Store.open(searchable[0]) as opened:
        yield opened, searchable[1]


def _one_line_or_hits(call) -> list | None:
    """The answer, or None for a SearchSyntaxError/StoreError with a one-line message."""
    try:
        return call()
    except StoreError as ex:
        message = str(ex)
        assert message and "\n" not in message, message
        assert "OperationalError" not in message and "fts5:" not in message and "Traceback" not in message
        return None


@pytest.mark.parametrize("query", SEARCHES)
def test_fts_syntax_in_a_query_is_an_answer_or_a_clear_message(library, query: str) -> None:
    store, _claims = library
    before = _table_state(store)
    for call in (lambda: store.search(query), lambda: store.search_notes(query),
                 lambda: store.search_articles(query), lambda: store.library(query),
                 lambda: store.claim_log_rows(ExportFilters(text=query)),
                 lambda: store.claim_log_count(ExportFilters(text=query))):
        _one_line_or_hits(call)
    assert _table_state(store) == before


@pytest.mark.parametrize("query", SEARCHES)
def test_a_literal_search_finds_the_quote_that_holds_the_text(library, query: str) -> None:
    store, claims = library
    before = _table_state(store)
    n = SEARCHES.index(query)
    whole = f"Quote{n} holds {query} inside."
    # the text around it pins down the one quote, whatever the query's own characters are
    assert claims[query] in {h.claim_id for h in store.search(whole, literal=True)}
    assert claims[query] in {n.claim_id for n in store.search_notes(f"Note{n} holds {query} inside.", literal=True)}
    assert any(a.title == f"Title{n} {query}" for a in store.search_articles(f"Title{n} {query}", literal=True))
    assert f"Title{n} {query}" in {r.article.title for r in store.library(f"Title{n} {query}", literal=True)}
    assert claims[query] in {r.claim_id for r in store.claim_log_rows(ExportFilters(text=whole, literal=True))}
    if any(ch.isalnum() for ch in query):  # the text alone: found among whatever else has those words
        assert claims[query] in {h.claim_id for h in store.search(query, literal=True, limit=1000)}
        assert claims[query] in {r.claim_id for r in store.claim_log_rows(ExportFilters(text=query, literal=True))}
    else:  # the index holds words; a query of punctuation alone is told so, in one line
        with pytest.raises(SearchSyntaxError, match=r"no letters or digits|nothing to search for"):
            store.search(query, literal=True)
    assert _table_state(store) == before


@pytest.mark.parametrize("query", ["\ud800", "x\udcff", "\udcffAND"])
def test_a_lone_surrogate_in_a_query_is_no_crash(library, query: str) -> None:
    # the command line hands undecodable bytes of argv over as lone surrogates
    store, _claims = library
    for literal in (False, True):
        _one_line_or_hits(lambda lit=literal: store.search(query, literal=lit))
        _one_line_or_hits(lambda lit=literal: store.search_notes(query, literal=lit))
        _one_line_or_hits(lambda lit=literal: store.library(query, literal=lit))
        _one_line_or_hits(lambda lit=literal: store.claim_log_rows(ExportFilters(text=query, literal=lit)))


@pytest.mark.parametrize("value", [q for q in SEARCHES if "\x00" not in q] + HOSTILE_VALUES[:6])
def test_every_filter_takes_any_text_as_data(library, value: str) -> None:
    store, _claims = library
    before = _table_state(store)
    for name in ("speaker", "agency", "status", "rating", "since", "until"):
        _one_line_or_hits(lambda n=name: store.search("holds", **{n: value}))
    for name in ("speaker", "status", "rating", "tag"):
        _one_line_or_hits(lambda n=name: store.claims(**{n: value}))
    for name in ("speaker", "agency", "outlet", "rating", "status", "tag", "since", "until"):
        _one_line_or_hits(lambda n=name: store.claim_log_rows(ExportFilters(**{n: value})))
        _one_line_or_hits(lambda n=name: store.claim_log_ids(**{n: value}))
    for name in ("lang", "outlet", "agency", "status"):
        _one_line_or_hits(lambda n=name: store.library("", **{n: value}))
    store.speaker_names(value)
    assert _table_state(store) == before


@pytest.mark.parametrize("value", ["%", "_", "\\", "50%_\\x", "'; DROP TABLE claims; --", "x' OR '1'='1", "Ünï"])
def test_a_filter_on_a_hostile_name_finds_exactly_that_one(store: Store, value: str) -> None:
    """LIKE wildcards and quotes in a filter match themselves, not everything."""
    plain = _add(store, "Plain words here.", n=1, outlet="Plain Daily", speaker="Bo Chen")
    odd = _add(store, "Odd words here.", n=2, outlet=f"The {value} Times", speaker="Cy Pratt")
    store.tag(odd, value)
    quote = store.quotes(claim_id=odd)[0].id
    store.correct_speaker(quote, f"Speaker {value}")
    store.correct_agency(quote, f"Agency {value}")

    def log(**filters) -> set[int]:
        return {r.claim_id for r in store.claim_log_rows(ExportFilters(**filters))}

    assert log(outlet=value) == {odd}
    assert log(tag=value) == {odd}
    assert log(speaker=f"Speaker {value}") == {odd}
    assert log(agency=f"Agency {value}") == {odd}
    assert log() == {plain, odd}
    assert [r.article.outlet for r in store.library("", outlet=value)] == [f"The {value} Times"]
    assert [r.article.outlet for r in store.library("", agency=f"Agency {value}")] == [f"The {value} Times"]
    assert {h.claim_id for h in store.search("words", speaker=f"Speaker {value}")} == {odd}
    assert {c.id for c in store.claims(tag=value)} == {odd}
    assert f"Speaker {value}" in store.speaker_names("Speaker")


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_sql_looking_text_in_every_field_reads_back_exactly(store: Store, value: str) -> None:
    claim = _add(store, "A plain claim to work on.", n=1, title=f"Title {value}", outlet=f"Outlet {value}",
                 url=f"https://example.com/?q={value}")
    other = _add(store, "Another claim, by someone else.", n=2, speaker="Bo Chen")
    master_before, counts_before = _table_state(store)
    quote = store.quotes(claim_id=claim)[0]

    store.set_user_name(f"Editor {value}")
    assert store.user_name == f"Editor {value}"
    store.set_claim_text(claim, f"Claim {value}")
    note = store.add_note(claim, f"Note {value}")
    store.add_evidence(claim, f"https://example.com/{value}", note=f"Evidence {value}")
    store.tag(claim, f"tag {value}")
    store.correct_speaker(quote.id, f"Speaker {value}")
    store.correct_agency(quote.id, f"Agency {value}")
    speaker_id = store.find_speakers("Bo Chen")[0].id
    store.add_alias(speaker_id, f"Alias {value}")
    store.set_rating_scale(["True", (f"Label {value}", 0.5), ("False", 0.0)])
    store.set_verdict(claim, status="done", rating=f"Label {value}")

    article = store.article(quote.article_id)
    assert (article.title, article.outlet, article.url) == (f"Title {value}", f"Outlet {value}",
                                                            f"https://example.com/?q={value}")
    assert store.claim(claim).text == f"Claim {value}"
    verdict = store.verdict(claim)
    assert [n.text for n in verdict.notes] == [f"Note {value}"] and verdict.notes[0].id == note
    assert verdict.notes[0].author == f"Editor {value}"
    assert [(e.url, e.note) for e in verdict.evidence] == [(f"https://example.com/{value}", f"Evidence {value}")]
    assert verdict.tags == (f"tag {value}",) or list(verdict.tags) == [f"tag {value}"]
    assert verdict.rating == f"Label {value}" and verdict.updated_by == f"Editor {value}"
    fresh = store.quote(quote.id)
    assert (fresh.speaker, fresh.agency) == (f"Speaker {value}", f"Agency {value}")
    assert f"Alias {value}" in store.speaker(speaker_id).aliases
    assert [lv.label for lv in store.rating_scale()] == ["True", f"Label {value}", "False"]
    assert store.claim(other).text == "Another claim, by someone else."
    # every such text is stored, in its own row: no table, index or trigger came or went
    master_after, counts_after = _table_state(store)
    assert master_after == master_before
    assert counts_after["claims"] == counts_before["claims"] and counts_after["quotes"] == counts_before["quotes"]
    assert counts_after["articles"] == counts_before["articles"]
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    # and it is found as the data it is (where it has any word to find)
    if any(ch.isalnum() for ch in value):
        assert claim in {h.claim_id for h in store.search(f"Claim {value}", literal=True)}
        assert note in {n.id for n in store.search_notes(f"Note {value}", literal=True)}


@pytest.mark.parametrize("query", [q for q in SEARCHES if "\x00" not in q] + ["\udcff", "x\udcffy"])
@pytest.mark.parametrize("literal", [False, True])
def test_quotedesk_search_answers_in_one_line(searchable, capsys: pytest.CaptureFixture, query: str,
                                              literal: bool) -> None:
    path, claims = searchable
    argv = ["search", "--db", str(path), *(["--literal"] if literal else []), "--", query]
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 2), (code, err)
    if code == 2:
        assert err.startswith("quotedesk search: ") and err.count("\n") == 1, err
    with Store.open(path) as store:
        assert store.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == len(set(claims.values()))
    if literal and query in claims and any(ch.isalnum() for ch in query):
        n = SEARCHES.index(query)
        assert code == 0 and f"Quote{n} holds" in out


UNDECODABLE_FILTERS = [
    ["search", "x", "--rating"], ["search", "x", "--speaker"], ["search", "x", "--agency"], ["search", "x", "--status"],
    ["search", "x", "--since"], ["claims", "--tag"], ["claims", "--speaker"], ["claims", "--outlet"],
    ["claims", "--text"], ["claims", "--until"],
]


@pytest.mark.parametrize("args", UNDECODABLE_FILTERS, ids=lambda a: " ".join(a))
def test_undecodable_bytes_in_a_cli_filter_are_data(searchable, capsys: pytest.CaptureFixture, args) -> None:
    # bytes of argv that are not UTF-8 arrive as lone surrogates; SQLite cannot take those
    path, _claims = searchable
    code = cli.main([*args, "x\udcffy", "--db", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 2), (code, err)
    if code == 2:  # a rating or status that is not on the scale, a date that is not one
        assert err.count("\n") == 1 and "x\ufffdy" in err, err


def _tree(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


def test_traversal_in_a_file_name_or_url_is_only_data(store: Store, tmp_path: Path) -> None:
    """A file named like a path up the tree imports as itself; a URL given where a path
    goes is never fetched nor read as a local file; a pasted article's URL and title
    name no file. Nothing is written anywhere but the database."""
    from quotedesk.library import import_paths, import_text

    folder = tmp_path / "in" / "deep"
    folder.mkdir(parents=True)
    odd = folder / "..\\..\\x.txt"  # backslashes are ordinary characters in a POSIX file name
    odd.write_text('Ann Lee said: "Prices will fall next month." Then she left.', encoding="utf-8")
    before = _tree(tmp_path)
    summary = import_paths(store, [odd, "file:///etc/passwd", "https://example.com/../../etc/passwd",
                                   "../../../../../../etc/passwd-does-not-exist"])
    assert summary.imported == 1 and len(summary.failed) == 3, summary.line()
    assert all("\n" not in message for _source, message in summary.failed)
    texts = [store.article_text(a.id) for a in store.articles()]
    assert not any("root:" in t for t in texts)  # /etc/passwd was never read
    assert store.revisions(store.articles()[0].id)[0].source.endswith("..\\..\\x.txt")
    pasted = import_text(store, 'Bo Chen said: "Rice imports are stopped." Then more.', title="../../../evil",
                         outlet="..\\..\\outlet", url="file:///etc/passwd")
    article = store.article(pasted.results[0].article_id)
    assert (article.title, article.outlet, article.url) == ("../../../evil", "..\\..\\outlet", "file:///etc/passwd")
    assert "root:" not in store.article_text(article.id)
    db_files = {p.name for p in tmp_path.iterdir()}
    assert _tree(tmp_path) == sorted({*before, *(Path(n) for n in db_files)})
    assert not (tmp_path / "evil").exists() and not (tmp_path.parent / "evil").exists()
