"""Lines that name a report's own writers without 'By': a byline of names and places.

* **Byline of places**: a line made only of names, each followed by 'in' and a place, joined by 'and' or commas
  ('Tom Ashdown in London and Beatriz Lacerda in São Paulo', 'Aigerim Tulegenova in Almaty'). A sentence has a
  verb; such a line has none, so it is no report's content, and the writers it names are no actors.

It is debris of kind ``byline`` (:mod:`.debris`, which also finds the note on the author that closes a signed
piece).
"""

from __future__ import annotations

import re

_WORD = r"(?!(?:The|A|An|In|At|On|This|That|Our|Its|His|Her|Their)\b)[A-ZÀ-Þ][\w.'’-]*"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|(?:de|da|do|dos|das|van|von|der|du|le|la|al|el|bin|ibn)))*?\s+{_WORD}"
"""A person's name: two or more capitalised words, with particles between ('Ana Luísa de Souza')."""
_PLACE = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"

_PLACED = re.compile(rf"^{_NAME}\s+in\s+{_PLACE}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_NAME}\s+in\s+{_PLACE})*$")


def place_byline(line: str) -> bool:
    """Whether a whole line is a byline of names and places ('Tom Ashdown in London and Beatriz Lacerda in São
    Paulo'); not 'Anger grows in Goma' (one capitalised word) nor a sentence that ends with a full stop."""
    line = line.strip()
    return len(line.split()) <= 24 and not line.endswith((".", "!", "?", ":")) and _PLACED.match(line) is not None
