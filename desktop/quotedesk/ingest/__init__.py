"""Getting article text in: files, encodings, and what is wrong with them."""

from quotedesk.ingest.textfile import IngestError, decode_bytes, read_text_file

__all__ = ["IngestError", "decode_bytes", "read_text_file"]
