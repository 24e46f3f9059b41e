"""The writer's comment after a reported claim: ', a claim Kyiv denied', ', a figure that could not be verified'.

Wire copy sums up what a source said with a noun in apposition and says who disputed it: 'Russia's defence
ministry said its forces had taken the village, a claim Kyiv denied.' The parse hangs the apposition inside the
reported clause, so the content ran on over the writer's comment. Here the content ends before the comma, and when
the comment names who denied, rejected or disputed the claim ('a claim Kyiv denied', 'an allegation the company
rejected', 'something the firm disputes'), that becomes a statement of its own: its source is the one denying, its
cue the verb, and its content what was claimed, so that disputes find both sides in one sentence.

In: a :class:`~reportedly.text.nlp.Parsed` document and the corrected findings (:mod:`.boundaries`). Out: the
findings with such contents cut and the denials added (:func:`split_claim_tails`). The nouns are the
``claim-noun`` words of ``data/context_words.tsv``; the verbs are the lexicon's denial class and
:data:`~.cues.DISPUTING`. No library reads this construction, hence our own rule.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ..text import lexicons
from ..text.nlp import Parsed
from .classes import can_speak
from .cues import DISPUTING, cue_lexicon
from .found import Found, cue_spans
from .quotes import QuoteIndex, find_quotes

_SUBJECTS = ("nsubj", "nsubjpass")


def split_claim_tails(parsed: Parsed, found: list[Found]) -> list[Found]:
    """``found`` with every content that runs over ', a claim X denied' cut before the comma, and X's denial added
    (in text order)."""
    nouns = lexicons.context_words("claim-noun")
    doc = parsed.doc
    added: list[Found] = []
    heads = {f.head for f in found if f.cue}
    quotes: QuoteIndex | None = None
    for f in found:
        if not f.cue or f.kind == "direct" or not f.content:
            continue
        s, e = f.content[-1]
        first, end = bisect.bisect_left(parsed.starts, s), bisect.bisect_left(parsed.starts, e)
        for i in range(first + 2, min(end + 2, len(doc) - 1)):  # the comment may follow a content cut before it
            det, noun = doc[i], doc[i + 1]
            if doc[i - 1].text != "," or not (
                    (det.lower_ in ("a", "an") and noun.lower_ in nouns) or det.lower_ == "something"):
                continue
            if quotes is None:
                quotes = QuoteIndex(parsed.text, find_quotes(parsed.text, [(0, len(parsed.text))]))
            cut = parsed.token_end(i - 2)
            if quotes.around(cut - 1, cut + 1) is not None:
                break  # inside a quotation: the speaker's own words
            if cut < e:
                f.content = [*f.content[:-1], (s, cut)]
                f.kind = quotes.kind_of(f.content)
            denial = _denial(parsed, range(i, parsed.sentences[parsed.sentence_of[i]][1]), f, heads)
            if denial is not None:
                denial.kind = quotes.kind_of(denial.content)
                added.append(denial)
            break
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: (f.content[0][0], f.head))


def _denial(parsed: Parsed, tokens: range, claim: Found, heads: set[int]) -> Found | None:
    """The finding for 'X denied' in the comment's tokens: X the source, the claim's content as its content."""
    doc = parsed.doc
    lexicon = cue_lexicon()
    for i in tokens:
        v = doc[i]
        lemma = v.lemma_.lower()
        entry = lexicon.get((lemma, "verb"))
        if v.pos_ != "VERB" or i in heads or not ((entry is not None and entry.cls == "denial") or lemma in DISPUTING):
            continue
        subject = next((c for c in parsed.children[i] if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.i not in tokens or subject.lower_ in ("that", "which", "who") or \
                not can_speak(subject):
            return None
        cue = sorted([i, *(c.i for c in parsed.children[i] if c.dep_ in ("aux", "neg"))])
        return Found(cue=[i, *[c for c in cue if c != i]], content=list(claim.content),
                     source=(subject.left_edge.i, subject.right_edge.i + 1), source_head=subject.i,
                     frame="clause", cls="denial", cue_spans=cue_spans(parsed, cue), tense=_tense(v))
    return None


def _tense(v: Token) -> str:
    return "past" if v.tag_ in ("VBD", "VBN") else "present"
