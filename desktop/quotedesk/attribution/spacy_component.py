"""The engine as a spaCy component: nlp.add_pipe("quotedesk_attribution") -> doc._.quotes.

Registered through the `spacy_factories` entry point, so spaCy finds it without
quotedesk being imported first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotedesk.attribution.engine import analyse_doc, resolve_language

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuotedeskAttribution:
    def __init__(self, nlp: Language, name: str, lang: str | None):
        self.name = name
        self.lang = lang or nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        code, lexicon = resolve_language(doc.text, self.lang)
        doc._.quotes = list(analyse_doc(doc, lexicon, code).quotes)
        return doc


@Language.factory(
    "quotedesk_attribution",
    default_config={"lang": None},
    assigns=["doc._.quotes"],
    requires=[],
)
def make_quotedesk_attribution(nlp: Language, name: str, lang: str | None) -> QuotedeskAttribution:
    return QuotedeskAttribution(nlp, name, lang)
