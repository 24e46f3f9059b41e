"""Details of a cue verb: the channel it was said on, when, and in which tense.

In: a parsed document, a :class:`~.found.Found` whose source and content are already set, and its
cue verb. Out: the finding's ``channel`` ('on X', 'at a press conference', 'told CNN'), ``time``
('yesterday') and ``tense``, filled in by :func:`fill_details`; :func:`channel_of` names the
channel words of any phrase (the content finders use it to keep a channel out of an object).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..text import lexicons, timex
from ..text.nlp import Parsed
from .found import Found


def channel_of(phrase: SpacySpan) -> tuple[str, str | None] | None:
    """(kind, platform) of the channel words in a phrase; a named platform wins over a kind alone."""
    table = lexicons.channels()
    words = [t.lower_ for t in phrase]
    best: tuple[str, str | None] | None = None
    for n in (3, 2, 1):
        for k in range(len(words) - n + 1):
            key = " ".join(words[k:k + n])
            if key not in table or (key == "x" and phrase[k].text != "X"):
                continue  # the platform X, never the letter
            kind, platform = table[key]
            if best is None:
                best = (kind, platform)
            elif platform and not best[1]:
                best = (best[0], platform) if best[0] == kind or kind == "social_media" else best
    return best


def fill_details(parsed: Parsed, f: Found, v: Token) -> None:
    """Channel ('on X', 'at a press conference', 'told CNN'), time ('yesterday') and tense of a cue verb."""
    doc = parsed.doc
    taken = set(range(*f.source)) if f.source else set()
    auxes = [c.lower_ for c in parsed.children[v.i] if c.dep_ in ("aux", "auxpass")]
    f.tense = "future" if any(a in ("will", "'ll", "’ll", "shall") for a in auxes) else (
        "past" if v.tag_ in ("VBD", "VBN") or any(a in ("did", "had", "has", "have") for a in auxes) else "present")
    if v.lemma_.lower() == "tweet":
        f.channel = ("social_media", v.i, v.i + 1, "Twitter")
    obj_preps = [g for c in parsed.children[v.i] if c.dep_ == "dobj" for g in parsed.children[c.i] if g.dep_ == "prep"]
    # 'Speaking at a news conference in Kyiv, the president said ...': the occasion hangs on the participle
    speaking = lexicons.context_words("speaking")
    occasion = [g for c in parsed.children[v.i] if c.dep_ == "advcl" and c.lemma_.lower() in speaking
                for g in parsed.children[c.i] if g.dep_ == "prep"]
    for c in [*parsed.children[v.i], *obj_preps, *occasion]:
        at = parsed.token_start(c.i)
        if c.i in taken or any(a <= at < b for a, b in f.content):
            continue
        lo, hi = c.left_edge.i, c.right_edge.i + 1
        if hi - lo > 12:
            continue
        phrase = doc[lo:hi]
        if c.dep_ == "prep" or (c.dep_ in ("dative", "dobj") and v.lemma_.lower() == "tell"):
            hit = channel_of(phrase)
            if hit is not None and (f.channel is None or (f.channel[0] == "media" and hit[0] != "media")):
                f.channel = (hit[0], lo, hi, hit[1])
                continue
        if f.time is None and c.dep_ in ("prep", "npadvmod", "advmod", "tmod") and hi - lo <= 6 and \
                timex.is_time_phrase(phrase.text):
            f.time = (lo, hi)
