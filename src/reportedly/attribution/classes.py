"""Statement classes: is an attribution speech, a belief, a feeling or a wish?

In: the cue word of an attribution (lemma and part of speech, or the frame for cues that are not a
word: 'according to', a colon, no cue at all) and whether its content quotes. Out: one of
:data:`~reportedly.model.StatementClass`. The decision is a look-up in ``data/statement_classes.tsv``
(cue words, then the semantic classes of ``data/predicate_classes.tsv`` in order of precedence);
quote extractors of the field look for speech only and the attribution corpora annotate everything,
so no library draws this line, and the table says where reportedly draws it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..model import StatementClass
from ..text import lexicons
from .agents import is_weapon_word

SPEECH_FRAMES = frozenset({"according", "colon", "cueless"})
"""Frames that only speech takes: 'according to', a colon before a quotation, a quotation with no cue."""


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, str], str], list[tuple[str, str, str]]]:
    words: dict[tuple[str, str], str] = {}
    order: list[tuple[str, str, str]] = []
    for key, pos, cls in lexicons.rows("statement_classes.tsv"):
        if key.startswith("@"):
            order.append((key[1:], pos, cls))
        else:
            words[(key, pos)] = cls
    return words, order


@lru_cache(maxsize=8192)
def cue_class(lemma: str, pos: str) -> StatementClass | None:
    """The class of a cue word (``pos``: verb, noun or adj), or None when the tables do not know it."""
    words, order = _table()
    found = words.get((lemma, pos)) or words.get((lemma, "*"))
    if found:
        return found  # type: ignore[return-value]
    semantic = lexicons.predicate_classes().get((lemma, pos), ())
    for sem, p, cls in order:
        if sem in semantic and p in ("*", pos):
            return cls  # type: ignore[return-value]
    return None


MESSAGE_CLASSES = frozenset({"speech", "claim", "denial"})
"""Semantic classes of the nouns that head a message ('the statement', 'the allegations', 'a denial'); other
nouns that do are listed 'noun message' in ``data/statement_objects.tsv`` ('the reports', 'rumours'), while
an inquiry, a review or an investigation (class report) is an act."""
CLAUSE_FRAMES = frozenset({"clause", "quote", "quote_cont", "quote_only", "parataxis", "clause_left", "ccomp_core",
                           "nominal", "noun_acl", "noun_ccomp", "adj_ccomp", "that", "whether", "raising", "survey"})
"""Frames whose content is a clause or a quotation: whatever the cue, it reports a proposition."""


@lru_cache(maxsize=1)
def _objects() -> dict[tuple[str, str], str]:
    return {(lemma, shape): reading for lemma, shape, reading in lexicons.rows("statement_objects.tsv")}


@lru_cache(maxsize=1)
def _non_speakers() -> frozenset[str]:
    return frozenset(r[0] for r in lexicons.rows("non_speakers.tsv"))


def can_speak(head: Token) -> bool:
    """Whether a source's head word can be someone who says something: not a date or time ('Sunday
    showed that ...'), an abstraction ('A particular satisfaction ... is'; ``data/non_speakers.tsv``) nor a
    weapon or a vehicle ('drones', ``data/things.tsv``)."""
    if head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in _non_speakers():
        return head.pos_ == "PRON"
    return not is_weapon_word(head.lemma_)  # 'Russian drones attacking supply roads


def is_message_noun(lemma: str) -> bool:
    """Whether a noun heads a message: 'statement', 'letter', 'allegation', 'reports' ... (not 'inquiry')."""
    listed = _objects().get((lemma, "noun"))
    return listed == "message" or (listed != "act" and
                                   bool(MESSAGE_CLASSES & set(lexicons.predicate_classes().get((lemma, "noun"), ()))))


def object_reading(lemma: str, shape: str) -> str | None:
    """What ``data/statement_objects.tsv`` says a cue word reports with a content of this shape (``object``,
    ``prep``, ``xcomp``, ``sourceless_xcomp``): ``message``, ``act``, or None when it does not list it."""
    return _objects().get((lemma, shape))


def statement_class(lemma: str, pos: str, frame: str, quoted: bool, content_head: tuple[str, str] | None = None,
                    sourceless: bool = False) -> StatementClass:
    """The class of an attribution from its cue word: the word's (else speech for a quotation, else cognition).

    With ``content_head``, the (lemma, coarse part of speech) of the content's head word, a speech cue also
    needs a message (``data/statement_objects.tsv``): an infinitive it orders or agrees to ('ordered the
    landlord to pay') is an ``act``; a noun phrase that carries no message ('released a model') is an ``act``,
    or ``sentiment`` for a cue that praises or blames, unless the cue word's object is what was said ('denied
    wrongdoing') or the noun heads a message ('released a statement'). ``sourceless`` says the cue is a
    passive with no source ('residents have been told to leave'). The pipeline reads the same from the parse
    (:func:`.messages.reading`); this word-level form is for rows that keep no parse (the store).
    """
    if frame in SPEECH_FRAMES:
        return "speech"
    cls = cue_class(lemma, pos) or ("speech" if quoted else "cognition")
    if cls != "speech" or quoted or frame in CLAUSE_FRAMES or content_head is None:
        return cls
    head, head_pos = content_head
    if head_pos in ("VERB", "AUX"):  # an infinitive or a participle: 'urged X to act', 'ordered X to pay'
        shapes = ("xcomp", "sourceless_xcomp") if sourceless else ("xcomp",)
        if any(object_reading(lemma, shape) == "act" for shape in shapes):
            return "act"
        return cls
    listed = object_reading(lemma, "object")
    if listed == "message" or (listed != "act" and is_message_noun(head)):
        return cls
    semantic = set(lexicons.predicate_classes().get((lemma, pos), ()))
    return "sentiment" if semantic & {"evaluation_pos", "evaluation_neg", "emotion"} else "act"
