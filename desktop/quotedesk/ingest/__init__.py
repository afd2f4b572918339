"""Getting article text in: files, folders, stdin and pasted text, whatever their
encoding or format (plain text, HTML, Markdown), as `quotedesk.model.Document`s.

Plain Python: no Qt here, so the CLI, the GUI's workers and tests share it.
"""

from quotedesk.ingest.documents import (
    SUPPORTED_SUFFIXES,
    document_from_bytes,
    document_from_text,
    iter_sources,
    load_document,
)
from quotedesk.ingest.textfile import MAX_BYTES, IngestError, decode_bytes, read_text_file

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "decode_bytes",
    "document_from_bytes",
    "document_from_text",
    "iter_sources",
    "load_document",
    "read_text_file",
]
