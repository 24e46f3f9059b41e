"""The actors and recipients of a recorded event: linked document actors or the phrase itself, with their
country and PLOVER sector.

In: one argument phrase of a mention (:class:`~reportedly.events.mention_types.Arg`) with the resolver clusters
it links to, the :class:`~reportedly.text.nlp.Parsed` document, the actor resolver and its actor ids. Out:
:class:`~reportedly.model.EventActor` records appended by :func:`add_actor` (a group of several countries is
one record per country; 'our soldiers' in a statement take the speaker's country; a person's sector comes
from their titles, :func:`sector_of_titles`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..attribution.speakers import Resolver
from ..model import EventActor, Span
from ..text import lexicons
from ..text.nlp import Parsed
from .mention_types import Arg, Mention
from .words import phrase_sector, sector_words


def add_actor(out: list[EventActor], arg: Arg, clusters: list[int], m: Mention, parsed: Parsed,
               resolver: Resolver | None, ids: dict[int, str], speaker_countries: Sequence[str],
               seen: tuple[set[str | None], set[Span]] | None = None) -> None:
    """Append the event actors of one argument to ``out``; ``seen`` holds the actor ids and spans already in
    ``out`` (kept up to date here; made from ``out`` when not given)."""
    if seen is None:
        seen = ({x.actor for x in out}, {x.spans[0] for x in out if len(x.spans) == 1})
    ids_in, spans_in = seen
    doc = parsed.doc
    tokens = doc[arg.start:arg.end]
    # tokens.root, without spaCy's count of heads for every token (a side of a split phrase: its own word)
    root = doc[arg.head] if arg.shared else parsed.span_root(arg.start, arg.end)
    sector = phrase_sector(tokens) or (phrase_sector(doc[arg.shared[0]:arg.shared[1]]) if arg.shared else None)
    if clusters and resolver is not None:
        for k in clusters:
            c = resolver.clusters[k]
            aid = ids.get(k)
            if aid is not None and aid in ids_in:
                continue
            span = parsed.char_span(arg.start, arg.end)
            sec = sector
            if c.type == "person":
                sec = sector or _title_sector(c.titles)
            elif c.type == "country":
                sec = sector if sector and arg.end - arg.start > 1 else None
            codes = _phrase_countries(root, parsed, m, resolver, speaker_countries, arg.start)
            ids_in.add(aid)
            spans_in.add(span)
            if c.type == "group" and len(codes) > 1:
                for code in codes:
                    out.append(EventActor(actor=aid, text=parsed.text[span[0]:span[1]], spans=[span], country=code,
                                          sector=sec))
                continue
            country = c.country or next(iter(codes), None)
            out.append(EventActor(actor=aid, text=parsed.text[span[0]:span[1]], spans=[span],
                                  country=country, sector=sec))
        return
    span = parsed.char_span(arg.start, arg.end)
    if span in spans_in:
        return
    if root.pos_ == "PRON" and root.lower_ in ("it", "they", "them", "which", "that", "this"):
        return
    codes = _phrase_countries(root, parsed, m, resolver, speaker_countries, arg.start) or [None]
    ids_in.add(None)
    spans_in.add(span)
    for code in codes:
        out.append(EventActor(actor=None, text=parsed.text[span[0]:span[1]], spans=[span], country=code,
                              sector=sector))


def _title_sector(titles: list[str]) -> str | None:
    return sector_of_titles(tuple(titles))


TITLE_BREAKS = frozenset({"for", "of", "to", "at", "in", "on", "with", "and"})


@lru_cache(maxsize=2048)
def sector_of_titles(titles: tuple[str, ...]) -> str | None:
    """PLOVER sector of a person from their titles ('former Prime Minister' is ELI, 'Foreign Minister' GOV).

    A title is read like a phrase, from its head backwards: the words before its first preposition
    ('the Union's special envoy for Asia' -> envoy -> GOV, not union), then the words after it.
    """
    words = sector_words()
    for t in titles:
        low = t.lower()
        if low.startswith("former") or " former " in low:
            return "ELI"
        tokens = re.findall(r"[a-z]+", low)
        three = next((w for k in range(len(tokens) - 2) if (w := " ".join(tokens[k:k + 3])) in words), None)
        if three is not None:  # 'Chief of Staff', 'Secretary of State'
            return words[three]
        cut = next((k for k, w in enumerate(tokens) if w in TITLE_BREAKS), len(tokens))
        for part in (tokens[:cut], tokens[cut:]):
            for k in range(len(part) - 1, -1, -1):
                if k > 0 and f"{part[k - 1]} {part[k]}" in words:
                    return words[f"{part[k - 1]} {part[k]}"]
                if part[k] in words:
                    return words[part[k]]
    return None


def _phrase_countries(root: Any, parsed: Parsed, m: Mention, resolver: Resolver | None,
                      speaker_countries: Sequence[str], start: int = 0) -> list[str]:
    """Countries of an unlinked phrase starting at token ``start``: country words and demonyms modifying its head
    ``root`` ('Chinese and North Korean forces'), a possessor ('its air force'), or the speaker for 'our soldiers'
    in a statement; a phrase that is a demonym alone ('Nigerian' of 'Nigerian and British forces') its country."""
    out: list[str] = []
    mods = [c for c in parsed.children[root.i] if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < root.i]
    if not mods and root.pos_ == "ADJ" and (code := lexicons.country_code(root.text)):
        return [code]
    listed = {c.i for c in mods}
    for c in list(mods):
        for x in parsed.conjuncts(c.i):  # (a set beside the list: the conjuncts can be many)
            if x.i not in listed:
                listed.add(x.i)
                mods.append(x)
    for c in mods:
        if c.i < start:
            continue  # the other side of 'Chilean and Peruvian negotiators', split into two actors
        if any(g.text in ("-", "–") for g in parsed.children[c.i]) or (
                c.i + 1 < len(root.doc) and root.doc[c.i + 1].text == "-"):
            continue  # 'Turkish-built', 'Chinese-supplied'
        first = min([c.i] + [g.i for g in c.lefts if g.dep_ in ("compound", "amod") and g.is_title])
        name = root.doc[first:c.i + 1].text
        code = lexicons.country_code(name) or lexicons.country_code(c.text)
        if code and code not in out:
            out.append(code)
        if c.dep_ == "poss" and c.pos_ == "PRON" and resolver is not None:
            if c.lower_ in ("our", "my") and speaker_countries:
                out.extend(x for x in speaker_countries if x not in out)
            elif c.lower_ in ("its", "their"):
                for k in resolver.resolve_pronoun(c):
                    code = resolver.clusters[k].country
                    if code and code not in out:
                        out.append(code)
    return out
