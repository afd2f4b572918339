"""The attribution engine: quotes, speakers and agencies. Plain Python, no Qt."""

from quotedesk.attribution.engine import analyse_doc, extract

__all__ = ["analyse_doc", "extract"]
