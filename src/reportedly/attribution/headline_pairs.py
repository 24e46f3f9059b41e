"""A headline's two verbs with one subject: 'India rejects Trump's mediation claim, says truce agreed directly'.

Headlines drop the 'and' and the second subject. The parse then reads the first clause as what the second verb
says ('[India rejects Trump's claim], says truce agreed ...'), and the source picked for 'says' could be any name in
it (here 'Trump', the one rejected). In a headline paragraph, a speech verb with no subject of its own, after a
comma and a first clause that opens the sentence with its own subject, is that subject's statement of what follows
it; and the first verb, when it is a cue of the lexicon with an object ('rejects X', 'denies report'), is that
subject's statement of its object. A headline's semicolon ends what was said ('Pakistan says it downed five jets;
India silent'). A headline that opens with a quotation and a colon gives the quotation to the name after the colon
when the name is followed by 'on', 'to' ... or a cue of the lexicon ("'We will not retreat': Zelensky vows to hold
the line", '"Befitting reply": Rajnath Singh on the strikes'; not "'They shot us': Sondela mourns ...", where a
resident spoke).

In: a :class:`~reportedly.text.nlp.Parsed` document and the corrected findings. Out: the findings with such headline
statements set right (:func:`split_headline_pairs`). No library reads headline grammar, hence our own rule.
"""

from __future__ import annotations

import re

from ..text.nlp import Parsed
from .cues import cue_lexicon
from .found import Found, cue_spans
from .headlines import HEADLINE_TOKENS
from .quotes import Quote, QuoteIndex, find_quotes

_SUBJECTS = ("nsubj", "nsubjpass")
_AFTER_SPEAKER = frozenset({"on", "to", "at", "in", "after", "over", ",", "—", "–", "-", ":"})
"""What follows the speaker's name in '"QUOTE": X on the strikes' (else a cue verb: 'X vows ...', 'X hails ...')."""
_SINGLE = re.compile(r"'[^\n]{2,160}?(')\s*:")
"""A headline's quotation in straight single marks before a colon ("'We won't go': ...", to its closing mark)."""


def split_headline_pairs(parsed: Parsed, found: list[Found]) -> list[Found]:
    """``found`` with 'X does A, says B' in the headline read as X's two statements (see the module docstring)."""
    if not parsed.blocks or parsed.blocks[0][1] > HEADLINE_TOKENS:
        return found
    doc, kids = parsed.doc, parsed.children
    end = parsed.blocks[0][1]
    lexicon = cue_lexicon()
    heads = {f.head: f for f in found if f.cue}
    added: list[Found] = []
    quotes = QuoteIndex(parsed.text, find_quotes(parsed.text, [parsed.char_span(0, end)]))
    head_end = parsed.token_end(end - 1)
    for f in found:
        s, e = f.content[-1] if f.content else (0, 0)
        cut = parsed.text.find("; ", s, min(e, head_end))
        if f.cue and f.kind == "indirect" and cut > s:
            f.content = [*f.content[:-1], (s, cut)]
    for f in found:
        v = doc[f.head]
        if not f.cue or f.head >= end or v.pos_ != "VERB":
            continue
        # a subject of its own, unless it is the start of what follows ('..., say more arrests likely')
        if any(c.dep_ in _SUBJECTS and (c.i < v.i or c.i >= end - 1
                                          or doc[c.i + 1].pos_ not in ("ADJ", "ADV", "VERB", "AUX"))
               for c in kids[v.i]):
            continue
        first = next((c for c in kids[v.i] if c.dep_ == "ccomp" and c.i < v.i and c.left_edge.i == 0), None)
        if first is None or doc[v.i - 1].text != "," or v.i + 1 >= end:
            continue
        subject = next((c for c in kids[first.i] if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        last = end - 1
        while last > v.i and doc[last].is_punct:
            last -= 1
        if last <= v.i:
            continue
        f.source, f.source_head = (subject.left_edge.i, subject.right_edge.i + 1), subject.i
        f.content = [(parsed.token_start(v.i + 1), parsed.token_end(last))]
        f.kind = quotes.kind_of(f.content)
        entry = lexicon.get((first.lemma_.lower(), "verb"))
        obj = next((c for c in kids[first.i] if c.dep_ == "dobj"), None)
        if entry is not None and obj is not None and first.i not in heads:
            added.append(Found(cue=[first.i], content=[(parsed.token_start(obj.left_edge.i),
                                                          parsed.token_end(obj.right_edge.i))],
                               source=f.source, source_head=subject.i, frame="object", cls=entry.cls,
                               cue_spans=cue_spans(parsed, [first.i]),
                               tense="present"))
    quoted = _quote_then_name(parsed, found, end, quotes)
    if quoted is not None:
        added.append(quoted)
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: (f.content[0][0], f.head))


def _quote_then_name(parsed: Parsed, found: list[Found], end: int, quotes: QuoteIndex) -> Found | None:
    """The finding of a headline '"QUOTE": Name ...': the quotation, said by the name right after the colon."""
    doc = parsed.doc
    first = quotes.around(parsed.token_start(0), parsed.token_end(0))
    if first is None:  # straight single marks, which the quotation finder leaves to apostrophes: "'We won't go':"
        m = _SINGLE.match(parsed.text, parsed.token_start(0), parsed.token_end(end - 1))
        first = Quote([(m.start(), m.end(1))]) if m is not None else None
    if first is None:
        return None
    colon = next((t for t in doc[:end] if parsed.token_start(t.i) >= first.end), None)
    if colon is None or colon.text != ":" or colon.i + 1 >= end:
        return None
    name = doc[colon.i + 1]
    if not (name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.text[:1].isupper())):
        return None
    last = name.i
    while last + 1 < end and doc[last + 1].pos_ == "PROPN":
        last += 1
    after = doc[last + 1] if last + 1 < end else None
    if after is not None and after.lower_ not in _AFTER_SPEAKER and (after.lemma_.lower(), "verb") not in cue_lexicon():
        return None  # "'They shot us like animals': Sondela mourns ...": the place mourns, a resident spoke
    if any(f.content and f.content[0][0] < first.end and first.start < f.content[-1][1] for f in found):
        return None
    return Found(cue=[colon.i], content=list(first.spans), source=(name.i, last + 1), source_head=last,
                 frame="colon", cls="speech", kind="direct", cue_spans=cue_spans(parsed, [colon.i]))
