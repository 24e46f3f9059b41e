"""reportedly: who said what, who reportedly did what, with every record pointing into the text."""

from __future__ import annotations

__version__ = "0.1.0"
