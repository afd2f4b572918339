"""Quotedesk: who said this, and through whom did we hear it?"""

__version__ = "0.1.0"
