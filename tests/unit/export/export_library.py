"""A small claim library for the export tests, built through the real import pipeline.

Four short articles (Indonesian, English, German) are written into a temporary folder
and imported with `import_paths`:
- Dmitry Peskov's sentence appears three times, through two agencies (Reuters twice,
  the Associated Press once), in Kompas, The Jakarta Post and Tempo;
- Tempo also carries hostile text: a quote with <script>, one starting with
  =HYPERLINK(...), and a title with & and double quotes;
- Lavrov's claim is corrected to the Cyrillic spelling of his name, and its text
  rewritten with a newline and double quotes;
- Merz's article (German) has no URL, so its ClaimReview needs the local URI.
Verdicts, notes, evidence and tags are then set through the Store API, as a person does.

conftest.py builds it once per session; each test gets its own copy of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quotedesk.library import import_paths
from quotedesk.store import Store

ARTICLES = {
    "1-kompas.md": """---
title: Kremlin soal kontak dengan AS
outlet: Kompas
url: https://example.id/kremlin-1
date: 2025-02-26
lang: id
---
JAKARTA - "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri," kata Dmitry Peskov \
kepada Reuters, Rabu.
""",
    "2-jakpost.md": """---
title: Peskov on expert talks
outlet: The Jakarta Post
url: https://example.com/peskov-2
date: 2025-02-27
lang: en
---
MOSCOW (AP) - "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri," Kremlin spokesman \
Dmitry Peskov said.
""",
    "3-tempo.md": """---
title: Kremlin bersiap & "siaga"
outlet: Tempo
url: https://example.id/kremlin-3
date: 2025-02-28
lang: id
---
"Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri," kata juru bicara Kremlin Dmitry \
Peskov seperti dikutip Reuters.

"<script>alert('x')</script> adalah kebohongan besar," kata Budi Santoso kepada Reuters.

"=HYPERLINK('http://evil.example') tidak benar," ujar Siti Nurhaliza.

"Rusia siap berdialog," kata Menteri Luar Negeri Rusia Sergey Lavrov.
""",
    "4-spiegel.md": """---
title: Merz zu den Gesprächen
outlet: Der Spiegel
date: 2025-03-01
lang: de
---
BERLIN (dpa) - "Wir werden das sorgfältig prüfen", sagte Friedrich Merz am Freitag.
""",
}

PESKOV_TEXT = "Kontak sedang dipersiapkan di tingkat ahli melalui kementerian luar negeri,"
HOSTILE_NOTE = 'Kemlu RI membantah.\n=HYPERLINK("http://evil.example","klik")\n<script>alert(1)</script> "dikutip"'
LAVROV_TEXT = 'Rusia siap berdialog,\n"kapan saja"'
LAVROV_CYRILLIC = "Сергей Лавров"
EVIDENCE_URL = "https://kemlu.go.id/siaran?id=1&x=<b>"
HOSTILE_URL = "javascript:alert(document.cookie)"


@dataclass(frozen=True)
class Library:
    path: Path
    peskov: int  # 3 appearances, Reuters + Associated Press; False, done; note, evidence, tags
    script: int  # <script> quote; Mostly false
    formula: int  # =HYPERLINK quote; not rated
    lavrov: int  # Cyrillic speaker, text with a newline; Mostly true
    merz: int  # no URL anywhere; Unverifiable, in progress


def _claim_id(store: Store, speaker: str) -> int:
    found = [c.id for c in store.claims(limit=100, order="id") if c.speaker == speaker]
    assert len(found) == 1, f"the engine no longer finds exactly one claim by {speaker}: {found}"
    return found[0]


def build_library(folder: Path) -> Library:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "claims.db"
    with Store.open(path) as store:
        summary = import_paths(store, sorted(folder.glob("*.md")))
        assert summary.imported == 4 and not summary.failed, summary.line()
        store.set_user_name("Ana Wulandari")
        peskov, script = _claim_id(store, "Dmitry Peskov"), _claim_id(store, "Budi Santoso")
        formula, lavrov, merz = (_claim_id(store, "Siti Nurhaliza"), _claim_id(store, "Sergey Lavrov"),
                                 _claim_id(store, "Friedrich Merz"))
        assert store.claim(peskov).appearances == 3, "the engine no longer matches Peskov's three appearances"

        store.set_verdict(peskov, status="done", rating="False")
        store.add_note(peskov, HOSTILE_NOTE)
        store.add_evidence(peskov, EVIDENCE_URL, note='Siaran pers "resmi"', retrieved_at="2025-03-02T09:00:00Z")
        store.add_evidence(peskov, HOSTILE_URL, note="hostile link")
        store.tag(peskov, "kremlin", "ukraina")
        store.set_user_name("Budi Editor")
        store.set_verdict(script, rating="Mostly false")
        store.set_user_name("Ana Wulandari")
        lavrov_quote = store.quotes(claim_id=lavrov)[0]
        store.correct_speaker(lavrov_quote.id, LAVROV_CYRILLIC)
        lavrov = store.quote(lavrov_quote.id).claim_id
        store.set_claim_text(lavrov, LAVROV_TEXT)
        store.set_verdict(lavrov, status="done", rating="Mostly true")
        store.set_verdict(merz, status="in progress", rating="Unverifiable")
    return Library(path, peskov, script, formula, lavrov, merz)
