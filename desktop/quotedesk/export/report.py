"""The claim log as a report a person reads: Markdown, or a standalone HTML page.

One section per claim: the quote, the speaker, the rating and status (who rated it,
when), where it first appeared, the agencies, every appearance, the notes and the
evidence links. A line under the title says how the log was made.

Everything from the database is text, never markup:
- HTML: every value goes through html.escape (quotes included), and the page's
  Content-Security-Policy allows no script at all, as a second lock.
- Markdown: <, > and entity-like & become entities (every Markdown flavour passes
  those through as text), the characters that make emphasis, code, links and tables
  are backslash-escaped, and so are the line starts that would make a heading, a list
  or a quote.
- Links: only http and https URLs become links (a javascript: or data: URL is shown
  as text); they are percent-encoded so no character can end the link early.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

from quotedesk.export.rows import ClaimRecord, ExportMeta

TITLE = "Claim log"


# --- shared -------------------------------------------------------------------------

def safe_url(url: str | None) -> str | None:
    """The URL ready for a link, or None when it should not be one."""
    if not url:
        return None
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in ("http", "https") or any(ord(ch) < 32 for ch in url):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~")


def when(iso: str | None) -> str:
    """'2025-02-26T08:15:00.000Z' as '2025-02-26 08:15 UTC'; a date stays a date."""
    if not iso:
        return ""
    if len(iso) <= 10:
        return iso
    return f"{iso[:10]} {iso[11:16]} UTC" if iso.endswith("Z") else iso[:16].replace("T", " ")


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def rating_summary(meta: ExportMeta, records: list[ClaimRecord]) -> str:
    """'1 False, 2 Mostly true, 3 not rated', in the order of the scale."""
    counts = Counter(r.verdict.rating for r in records)
    parts = [f"{counts[lv.label]} {lv.label}" for lv in meta.rating_scale if counts[lv.label]]
    parts += [f"{n} {label}" for label, n in counts.items()
              if label is not None and label not in {lv.label for lv in meta.rating_scale}]
    if counts[None]:
        parts.append(f"{counts[None]} not rated")
    return ", ".join(parts) or "no claims"


def _speaker(record: ClaimRecord) -> str:
    """'Dmitry Peskov (Juru bicara Kremlin)', 'Sumber ... (anonymous source)'."""
    name = one_line(record.claim.speaker) or "unknown"
    extra = one_line(record.speaker_role) or ("anonymous source" if record.speaker_kind == "anonymous" else "")
    return f"{name} ({extra})" if extra else name


def _rated(record: ClaimRecord) -> str:
    v = record.verdict
    text = v.rating or "not rated"
    text += f" · status: {v.status}"
    if v.rating and record.rated_by:
        text += f" · rated by {record.rated_by}"
    if v.rating and record.rated_at:
        text += f" on {when(record.rated_at)}"
    return text


# --- Markdown -------------------------------------------------------------------------

_MD_INLINE = re.compile(r"[\\`*_\[\]|~]")
_MD_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=])", re.MULTILINE)
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def md(text: str | None) -> str:
    """Text that renders as itself in Markdown (CommonMark, GFM, Python-Markdown)."""
    text = _MD_ENTITY_LIKE.sub("&amp;", text or "")
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(0), text)
    text = _MD_ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_link(label: str | None, url: str | None) -> str:
    target = safe_url(url)
    text = md(one_line(label) or one_line(url))
    if target is None:
        return text + (f" ({md(one_line(url))})" if url and one_line(label) not in ("", one_line(url)) else "")
    return f"[{text}]({target})"


def _md_block(text: str) -> list[str]:
    """A blockquote keeping the text's line breaks."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return ["> " + md(line) if line else ">" for line in lines] or [">"]


def _md_claim(n: int, record: ClaimRecord) -> list[str]:
    c, v, first = record.claim, record.verdict, record.first
    out = [f"## {n}. {md(one_line(c.speaker) or 'Unknown speaker')}", "", *_md_block(c.text), ""]
    out.append(f"- **Claim:** #{c.id}")
    out.append(f"- **Speaker:** {md(_speaker(record))}")
    out.append(f"- **Rating:** {md(_rated(record))}")
    if first is not None:
        where = ", ".join(md(one_line(x)) for x in (first.seen_on, first.outlet) if x)
        out.append(f"- **First appeared:** {where}: {md_link(first.title or first.url or 'article', first.url)}")
    out.append(f"- **Agencies:** {md(', '.join(record.agencies)) or 'none named'}")
    if v.tags:
        out.append(f"- **Tags:** {md(', '.join(v.tags))}")
    out.append("")
    out += [f"### Appearances ({len(record.appearances)})", ""]
    if record.appearances:
        out += ["| Date | Outlet | Article | Agency |", "| --- | --- | --- | --- |"]
        for a in record.appearances:
            out.append(f"| {md(a.seen_on)} | {md(one_line(a.outlet))} | "
                       f"{md_link(a.title or a.url or 'article', a.url)} | {md(one_line(a.agency))} |")
    else:
        out.append("None in the current text of any article.")
    out.append("")
    if v.notes:
        out += ["### Notes", ""]
        for note in v.notes:
            out += [*_md_block(note.text), ">", f"> — {md(one_line(note.author) or 'unknown')}, "
                                                 f"{md(when(note.created_at))}", ""]
    if v.evidence:
        out += ["### Evidence", ""]
        for link in v.evidence:
            item = f"- {md_link(link.url, link.url)}"
            if link.note:
                item += f" — {md(one_line(link.note))}"
            if link.retrieved_at:
                item += f" (retrieved {md(when(link.retrieved_at))})"
            out.append(item)
        out.append("")
    return out


def render_markdown(meta: ExportMeta, records: Iterable[ClaimRecord]) -> str:
    records = list(records)
    out = [f"# {TITLE}", "", f"*{md(meta.line())}*", "", f"Ratings: {md(rating_summary(meta, records))}.", ""]
    for n, record in enumerate(records, 1):
        out += ["---", "", *_md_claim(n, record)]
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML -------------------------------------------------------------------------------

CSP = "default-src 'none'; style-src 'unsafe-inline'"  # a constant: written into the page as is

STYLE = """
body { font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", sans-serif; color: #1d1d1f; max-width: 60em;
       margin: 2em auto; padding: 0 1em; }
h1 { margin-bottom: .2em; }
.meta { color: #555; font-size: 13px; }
section.claim { border-top: 1px solid #ccc; padding-top: .5em; margin-top: 1.5em; page-break-inside: avoid; }
blockquote { margin: .5em 0; padding: .3em 1em; border-left: 4px solid #8a6d3b; background: #faf7f0;
             font-size: 17px; }
table.facts { width: auto; font-size: 15px; }
table.facts th { padding-right: 1.5em; white-space: nowrap; }
table.facts th, table.facts td { border: none; padding-top: .05em; padding-bottom: .05em; }
.rating { font-weight: 700; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; border-bottom: 1px solid #e3e3e3; padding: .2em .5em; vertical-align: top; }
.note { border-left: 3px solid #ccc; padding-left: .8em; margin: .5em 0; }
.by { color: #555; font-size: 13px; }
h3 { font-size: 15px; margin-bottom: .2em; }
"""


def h(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _h_lines(text: str) -> str:
    return "<br>".join(h(line.strip()) for line in text.strip().splitlines())


def h_link(label: str | None, url: str | None) -> str:
    target = safe_url(url)
    text = h(one_line(label) or one_line(url))
    if target is None:
        return text + (f" ({h(one_line(url))})" if url and one_line(label) not in ("", one_line(url)) else "")
    return f'<a href="{h(target)}" rel="noopener noreferrer">{text}</a>'


def _fact(label: str, markup: str) -> str:
    """A row of the facts table; `markup` is escaped already."""
    return f"<tr><th>{h(label)}</th><td>{markup}</td></tr>"


def _h_claim(n: int, record: ClaimRecord) -> list[str]:
    c, v, first = record.claim, record.verdict, record.first
    out = [f'<section class="claim" id="claim-{int(c.id)}">',
           f"<h2>{n}. {h(one_line(c.speaker) or 'Unknown speaker')}</h2>",
           f"<blockquote>{_h_lines(c.text)}</blockquote>", '<table class="facts">',
           _fact("Claim", f"#{int(c.id)}"),
           _fact("Speaker", h(_speaker(record))),
           _fact("Rating", f'<span class="rating">{h(v.rating or "not rated")}</span>'
                           f"{h(_rated(record).removeprefix(v.rating or 'not rated'))}")]
    if first is not None:
        where = ", ".join(h(one_line(x)) for x in (first.seen_on, first.outlet) if x)
        out.append(_fact("First appeared", f"{where}: {h_link(first.title or first.url or 'article', first.url)}"))
    out.append(_fact("Agencies", h(", ".join(record.agencies)) or "none named"))
    if v.tags:
        out.append(_fact("Tags", h(", ".join(v.tags))))
    out += ["</table>", f"<h3>Appearances ({len(record.appearances)})</h3>"]
    if record.appearances:
        out.append('<table class="appearances"><thead><tr><th>Date</th><th>Outlet</th><th>Article</th>'
                   "<th>Agency</th></tr></thead><tbody>")
        for a in record.appearances:
            out.append(f"<tr><td>{h(a.seen_on)}</td><td>{h(one_line(a.outlet))}</td>"
                       f"<td>{h_link(a.title or a.url or 'article', a.url)}</td><td>{h(one_line(a.agency))}</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append("<p>None in the current text of any article.</p>")
    if v.notes:
        out.append("<h3>Notes</h3>")
        for note in v.notes:
            out.append(f'<div class="note"><p>{_h_lines(note.text)}</p><p class="by">— '
                       f"{h(one_line(note.author) or 'unknown')}, {h(when(note.created_at))}</p></div>")
    if v.evidence:
        out.append("<h3>Evidence</h3><ul>")
        for link in v.evidence:
            item = h_link(link.url, link.url)
            if link.note:
                item += f" — {h(one_line(link.note))}"
            if link.retrieved_at:
                item += f" (retrieved {h(when(link.retrieved_at))})"
            out.append(f"<li>{item}</li>")
        out.append("</ul>")
    out.append("</section>")
    return out


def render_html(meta: ExportMeta, records: Iterable[ClaimRecord]) -> str:
    """A standalone page: inline style, no script, no outside resource."""
    records = list(records)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<meta name="generator" content="{h(meta.generator)}">',
           f"<title>{h(TITLE)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
           f"<header><h1>{h(TITLE)}</h1>", f'<p class="meta">{h(meta.line())}</p>',
           f"<p>Ratings: {h(rating_summary(meta, records))}.</p></header>", "<main>"]
    for n, record in enumerate(records, 1):
        out += _h_claim(n, record)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
