"""The desktop app: a thin Qt face over the core (`quotedesk.store`, `quotedesk.library`).

Only this package imports Qt; widgets read and write through `Store` methods and run
imports through `library`, never SQL or NLP of their own.
"""
