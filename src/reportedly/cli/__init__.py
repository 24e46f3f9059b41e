"""Command line: a thin click layer over the library (``reportedly --help``).

:mod:`.app` holds the command group and its error handling; the commands are grouped by what they
work on: :mod:`.documents`, :mod:`.store`, :mod:`.serve`; :mod:`.render` prints a document as tables.
"""

from __future__ import annotations

from . import documents, serve, store  # noqa: F401  (each module adds its commands to the group)
from .app import main

__all__ = ["main"]
