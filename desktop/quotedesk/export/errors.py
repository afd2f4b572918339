"""What can stop an export, as one-line messages a person can act on."""

from __future__ import annotations


class ExportError(Exception):
    """The export cannot be made as asked: a filter names nobody, the file cannot be written."""


class ExportCancelled(ExportError):
    """The person cancelled; nothing was written."""


class CannotWrite(ExportError):
    """The file cannot be written (a missing folder, no permission, a full disk)."""
