"""Lines that name a report's own writers without 'By': a byline of names and places, and the note on the author
that closes a signed piece.

* **Byline of places**: a line made only of names, each followed by 'in' and a place, joined by 'and' or commas
  ('Tom Ashdown in London and Beatriz Lacerda in São Paulo', 'Aigerim Tulegenova in Almaty'). A sentence has a
  verb; such a line has none, so it is no report's content, and the writers it names are no actors.
* **Author's note**: one of the last two lines of a report, one sentence in which a name of two to four
  capitalised words (not 'The ...') covers, writes on, reports on, or is a writer, reporter, correspondent, editor
  or columnist, or is someone who writes ('Henrique Sampaio covers agribusiness for Mercado Aberto.', 'Laurent
  Kiesewetter-Ba is a former diplomat who writes on Central Africa.').

Both are debris of kind ``byline`` (:mod:`.debris`).
"""

from __future__ import annotations

import re

_WORD = r"(?!(?:The|A|An|In|At|On|This|That|Our|Its|His|Her|Their)\b)[A-ZÀ-Þ][\w.'’-]*"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|(?:de|da|do|dos|das|van|von|der|du|le|la|al|el|bin|ibn)))*?\s+{_WORD}"
"""A person's name: two or more capitalised words, with particles between ('Ana Luísa de Souza')."""
_PLACE = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"

_PLACED = re.compile(rf"^{_NAME}\s+in\s+{_PLACE}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAME}\s+in\s+{_PLACE})*$")
_NOTE = re.compile(
    rf"^{_NAME}\s+(?:covers\b|writes\s+(?:on|about|for)\b|reports\s+(?:on|from|for)\b"
    r"|is\s+(?:a|an|the)\s+[^.]{0,80}?\b(?:who\s+(?:writes|covers|reports)\b"
    r"|(?:writer|reporter|correspondent|editor|columnist|journalist)s?\b))[^\n]*[.]?$")


def place_byline(line: str) -> bool:
    """Whether a whole line is a byline of names and places ('Tom Ashdown in London and Beatriz Lacerda in São
    Paulo'); not 'Anger grows in Goma' (one capitalised word) nor a sentence that ends with a full stop."""
    line = line.strip()
    return len(line.split()) <= 24 and not line.endswith((".", "!", "?", ":")) and _PLACED.match(line) is not None


def author_note(line: str, near_end: bool) -> bool:
    """Whether a line, one of the last two of its report (``near_end``), is a note on the author ('Henrique Sampaio
    covers agribusiness for Mercado Aberto.'); not 'The port authority covers 13 km of quay.'"""
    line = line.strip()
    return near_end and len(line.split()) <= 30 and line.count(". ") == 0 and _NOTE.match(line) is not None
