"""Claims: what each source asserts or denies in a report, read once per document when it is stored.

In: a :class:`~reportedly.model.Document` (its text, statements, events and actors). Out: a list of
:class:`Claim`, written to the store's ``claims`` table (migration ``0006_claims``) by
:class:`ClaimWriter` inside the transaction that writes the document; :mod:`.contradictions` groups them
into disputes across reports.

Every statement is a claim (but those of class ``act``: a communication verb with no message, unless it is
a denial of a claim the attribution stage reads as an act, 'denied that', 'rejected the findings'), and so is
every event a source claims or denies with no statement behind it; :mod:`.contradictions` keeps only the
claims of statements of class speech when asked for ``scope='speech'``. A claim has a **position** (asserts
or denies), a **kind** and a **proposition** (what is asserted or denied, in the text's words, with its
numbers):

* ``assertion``: what the source says ('the fire was started deliberately');
* ``denial``: a denial cue ('denied that the fire was arson'; 'rejected' and 'dismissed' only of a claim,
  not of a proposal: ``refusal`` words of ``data/claims.tsv``), a content that calls something false
  ('called the claims “baseless”', 'This is an invention', refute words), a phrase that disputes what
  follows ('no evidence that', 'could not confirm'), a content that says something did not happen
  ('Nobody fired from our side': a weak denial), or a relative clause that tells a denial
  ('..., which Kvarnholm denies', '..., a claim the police denied');
* ``counter``: a competing value or account ('disputed the figure', 'the real figure is closer to 27
  percent', 'The Army puts it at 27');
* ``correction``: a source corrects or withdraws what it said ('lowered the toll to 11', 'the figure of 31
  he gave was wrong', 'a typing error').

A denial or counter whose object only stands for a claim ('denied it', 'called the allegations baseless',
'the figure') has no proposition of its own: its **target** is the claim the report made just before it
by another source (the same sentence, else up to three sentences back), and that claim's proposition is
what it denies. Numbers are also read from sentences with no statement ('X put the toll at 23'), as
claims of the source named before the verb, and so are figures given with a count verb ('the observatory
counted 46 injured protesters', also after 'while' inside another source's statement:
``data/count_verbs.tsv``). The wording of one content (the terms matched, the noun that stands for a claim,
polarity) is read by :mod:`.wording`; its public functions (:func:`claim_words`, :func:`negation_led`,
:func:`polarity`) are importable from here too. Word lists are ``data/claims.tsv``; nothing here knows a
story or a domain.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Document, Statement, actor_ids
from .frames import UNCONFIRMED
from .propositions import Quantity, conflicting, numbers, quantities, words
from .store import Store, cue_class, is_negated, sentence_bounds, sentence_ends
from .terms import load
from .wording import (
    _PRONOUNS,
    FIGURES,
    _object_of_claim,
    _of_a_claim,
    _old_values,
    _put_at,
    _relative,
    _sentence_of,
    _strip,
    claim_words,
    negation_led,
    polarity,
)

__all__ = ["Claim", "ClaimWriter", "claim_words", "claims_of", "negation_led", "polarity", "write_claims"]

ACCUSING = {"accuse", "blame", "charge", "condemn", "criticise", "criticize"}
"""Cues whose content is an accusation: 'accused Moscow of misleading' denies nothing."""
SOFT_REJECTIONS = {"reject", "dismiss", "dispute"}
"""Denial cues that deny only a claim: 'rejected the claim' denies, 'rejected the proposal' refuses."""
WINDOW_SENTENCES = 3
"""How many sentences back a denial of 'it' or 'the claim' looks for what it denies."""
CLAIM_STATUSES = {"claimed", "asserted"}
DENIAL_STATUSES = {"denied", "negated"}
_CONTINUED = re.compile(r",?\s+(?:saying|adding|insisting|arguing|noting|stressing|and said|and added|while)\b", re.I)


@dataclass
class Claim:
    """One source's claim in one document (see the module doc)."""

    position: str
    """'asserts' or 'denies'."""
    kind: str
    """'assertion', 'denial', 'counter' or 'correction'."""
    start: int
    end: int
    """The evidence: the statement's content, or the clause that tells the denial or the number."""
    sentence: tuple[int, int]
    proposition: str
    statement: str | None = None
    event: str | None = None
    source: list[str] = field(default_factory=list)
    """Document actor ids of the source."""
    source_text: str = ""
    countries: set[str] = field(default_factory=set)
    """Countries of the source's actors."""
    terms: list[str] = field(default_factory=list)
    """The words that made it a denial, a counter or a correction."""
    weak: bool = False
    """A denial read only from a negation ('nobody fired'), which disputes only a claim much like it."""
    target: int | None = None
    """Index (in the document's claim list) of the claim this one denies or counters."""
    hint: list[str] = field(default_factory=list)
    """Words of an anaphoric object that say which claim it is ('the drone report' -> 'drone')."""
    about: str = ""
    """Whose claim a denial names ('Russian claims of ...' -> 'Russian')."""
    figure: bool = False
    """Its object is a figure ('disputed the figure', 'the toll'): what it answers has a number."""
    quantities: list[Quantity] = field(default_factory=list)
    old_values: list[float] = field(default_factory=list)
    """A correction's earlier figure(s)."""
    types: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: str | None = None

    @property
    def anaphoric(self) -> bool:
        """Its proposition is only 'it', 'the claim', ...: what it denies is its target's."""
        return not self.proposition


_BARE = re.compile(r"\W*(?:(?:that|this|it)\b\s*)?(?:(?:is|was|are|were|'s)\b\s*)?(?:(?:simply|just|entirely|"
                   r"completely|totally|utterly|absolutely|frankly|quite|all)\b\s*)*\W*$", re.I)
"""What is left of 'That is simply not true' once the refuting words are gone: nothing of a claim of its own."""
_ASKED = re.compile(r"(?:[A-Z][\w'’ ,.()-]{0,40}?\s[-–—]\s+)?\W*Asked\s+(?:whether|if|about|why)\s+"
                    r"([^,;:]{8,200}?)\s*,", re.I)
"""'Asked whether the servers had been switched off on purpose, ...': the question says what the answer denies."""


def _read_statement(st: Statement, text: str, ends: list[int]) -> Claim | None:
    """The claim of one statement, before targets are resolved (None: the statement claims nothing)."""
    content = st.content.text
    spans = st.content.spans
    if not spans or not content.strip():
        return None
    start, end = spans[0][0], spans[-1][1]
    cue_start = st.cue.spans[0][0] if st.cue and st.cue.spans else start
    sentence = sentence_bounds(text, min(cue_start, start), end, ends)
    lemma = (st.cue.lemma if st.cue else "").lower()
    cls = cue_class(lemma) if lemma else None
    claim = Claim("asserts", "assertion", min(cue_start, start) if cls == "denial" else start, end, sentence, "",
                  statement=st.id, source=actor_ids(st.source.actor), source_text=st.source.text)
    if st.cue and is_negated(st.cue.text):
        if lemma not in UNCONFIRMED:
            return None  # 'did not say that ...' takes no side
        claim.position, claim.kind, claim.terms = "denies", "denial", ["not confirmed"]
    found = claim_words().find(content)
    told = _relative().search(content)  # ', a figure the alliance rejected as inflated': another source's denial
    if told is not None:
        found = [m for m in found if m.start < told.start()]
    refute = [m for m in found if m.label == "refute" and not m.negated]
    disputing = [m for m in found if m.label == "dispute"]
    corrects = [m for m in found if not m.negated and (m.label == "correction" or (
        m.label == "correction_verb" and _of_a_claim(content, m.start, m.end)))]
    counters = [m for m in found if m.label == "counter" and not m.negated]
    noun, rest, holder, hint = _object_of_claim(content)
    proposition = _strip(content, [(m.start, m.end) for m in refute])
    if claim.position == "denies":
        pass
    elif cls == "denial":
        if lemma in SOFT_REJECTIONS and noun is None and not refute and not disputing \
                and not re.match(r"\W*that\b", content, re.I):
            return None  # 'rejected the proposal', 'dismissed the conference as theatre': no claim denied
        claim.position = "denies"
        claim.kind = "counter" if lemma == "dispute" and noun in ("figure", "figures", "number", "toll", "count") \
            else "denial"
        claim.terms = [st.cue.text if st.cue else lemma]
    elif (refute or disputing) and lemma not in ACCUSING:
        claim.position, claim.kind = "denies", "denial"
        claim.terms = [content[m.start:m.end] for m in (*disputing, *refute)]
        first = (disputing or refute)[0]
        lo, hi = _sentence_of(content, first.start)  # 'The allegation is baseless. It was the other side that ...'
        if disputing and not refute:
            after = content[first.end:hi]
            proposition = _strip(after, [])
            noun, rest, holder, hint = _object_of_claim(re.sub(r"^\W*(?:supporting|for|of|that)\s+", "", after))
        else:
            part = content[lo:hi]
            proposition = _strip(part, [(m.start - lo, m.end - lo) for m in refute if lo <= m.start < hi])
            noun, rest, holder, hint = _object_of_claim(part)
            if lo > 0 and (noun or "").lower() in _PRONOUNS | {""} and len(words(proposition)) < 2:
                proposition = _strip(content[:lo], [])  # '“No helicopter was in the air. This is an invention”'
                noun = None

    elif corrects:
        claim.position, claim.kind = "denies", "correction"
        claim.terms = [content[m.start:m.end] for m in corrects]
    elif counters and (any(content[m.start:m.end].lower() != "only" for m in counters) or quantities(content)):
        claim.position, claim.kind = "denies", "counter"
        claim.terms = [content[m.start:m.end] for m in counters]
    elif negation_led(content):
        claim.position, claim.kind, claim.weak = "denies", "denial", True
        claim.terms = ["not"]
    if claim.position == "denies" and noun is not None:
        claim.about, claim.hint = holder, hint
        claim.figure = noun.lower() in FIGURES
        proposition = rest
    if claim.position == "denies" and claim.kind == "denial" and _BARE.match(proposition):
        asked = _ASKED.match(text, sentence[0], sentence[1])  # 'Asked whether X, he said: "That is simply not true"'
        proposition = asked.group(1) if asked else ""  # else it only points at a claim, as 'denied it' does
    if claim.position == "denies":  # 'denied that the town had fallen, saying fighting went on': what it denies
        proposition = _CONTINUED.split(proposition, maxsplit=1)[0]
    claim.proposition = proposition
    claim.quantities = quantities(proposition or content)
    if claim.kind == "correction":
        claim.old_values = _old_values(text[sentence[0]:sentence[1]], claim.quantities)
    return claim


def _actor_at(doc: Document, start: int, end: int) -> list[str]:
    """Ids of the document actors with a mention inside [start, end)."""
    return [a.id for a in doc.actors if any(start <= s and e <= end for s, e in a.mentions)]


def claims_of(doc: Document) -> list[Claim]:
    """Every claim of one document, targets resolved (see the module doc)."""
    text = doc.text
    ends = sentence_ends(text)
    out: list[Claim] = []
    events_of: dict[str, list] = {}
    for e in doc.events:
        for cs in e.status:
            if cs.statement:
                events_of.setdefault(cs.statement, []).append(e)
    for st in sorted(doc.statements, key=lambda s: s.content.spans[0][0] if s.content.spans else 0):
        if st.statement_class == "act" and not _denies_a_claim(st):
            continue  # a communication verb with no message ('released a model')
        c = _read_statement(st, text, ends)
        if c is None:
            continue
        for e in events_of.get(st.id, []):
            c.types.append(e.type)
            if e.place is not None and (e.place.name or e.place.text):
                c.places.append(e.place.name or e.place.text)
        c.date = (st.time.start if st.time and st.time.start else None) or doc.meta.published
        out.append(c)
    countries = {a.id: a.country for a in doc.actors if a.country}
    out += _relative_denials(doc, out, ends)
    out += _figures(doc, out, ends)
    out += _counted(doc, out, ends)
    out += _event_claims(doc, out, ends)
    out += _narrative(doc, out, ends)
    for c in out:
        c.countries = {countries[a] for a in c.source if a in countries}
    out.sort(key=lambda c: (c.sentence[0], c.start))
    title = len(doc.meta.title or "") if doc.meta.title and doc.text.startswith(doc.meta.title) else 0
    _resolve(out, title)
    return out


def _denies_a_claim(st: Statement) -> bool:
    """Whether a statement the attribution stage reads as an act ('denied that', 'rejected the findings': a
    cue whose object is no message) is a denial of a claim: its cue denies and its object stands for a claim
    (a ``claim_noun`` of ``data/claims.tsv``: 'it', 'that', 'the findings', 'the allegations')."""
    lemma = (st.cue.lemma if st.cue else "").lower()
    return bool(lemma) and cue_class(lemma) == "denial" and _object_of_claim(st.content.text)[0] is not None


def _relative_denials(doc: Document, found: list[Claim], ends: list[int]) -> list[Claim]:
    """', which X denies' after (or inside) an assertion: a denial by X of that assertion."""
    out = []
    text = doc.text
    for c in found:
        if c.position != "asserts":
            continue
        zone_end = c.sentence[1]
        zone = text[c.start:zone_end]
        m = _relative().search(zone)
        if m is None:
            continue
        a, b = c.start + m.start("lead"), c.start + m.end("verb")
        who = m.group("who")
        rest = m.group("rest") or ""
        d = Claim("denies", "denial", a, b + len(rest.rstrip()), c.sentence, "",
                  source=_actor_at(doc, c.start + m.start("who"), c.start + m.end("who")), source_text=who,
                  terms=[m.group("verb")], date=c.date)
        d.target = -1  # this claim's assertion: set below
        if c.start + m.start() < c.end:  # inside the content: the assertion stops before it
            c.end = c.start + m.start()
            c.proposition = _strip(text[c.start:c.end], [])
            c.quantities = quantities(c.proposition)
        d.hint = [f"@{id(c)}"]
        out.append(d)
    return out


def _figures(doc: Document, found: list[Claim], ends: list[int]) -> list[Claim]:
    """'X put the toll at 23' / 'The Army puts it at 27' / 'Aid groups estimated the figure at close to 80,000': a
    number claimed by the source before the verb ('it', 'the figure': another value of the figure before)."""
    out = []
    text = doc.text
    for m in _put_at().finditer(text):
        what = m.group("what").strip().lower().split()
        qs = quantities(f"{m.group('what')} {m.group('n')}")
        # 'puts it at 27', 'estimated the figure at close to 80,000': the figure before, another value
        anaphoric = what == ["it"] or (not qs and len(what) <= 2 and what[-1:] != [] and what[-1] in FIGURES
                                       and what[0] in ("the", "that", "this", "its", "their", "his", "her"))
        if not qs and anaphoric:  # 'puts it at 27': what is counted is the figure before
            qs = [Quantity(v, "", m.group("n").strip()) for v in numbers(m.group("n"))[:1]]
        if not qs:
            continue
        inside = [c for c in found if c.start <= m.start("n") < c.end]
        if inside and not (anaphoric and all(not c.quantities and c.kind == "assertion"
                                             and c.proposition.lower().startswith(" ".join(what)) for c in inside)):
            continue
        for c in inside:  # 'Aid groups estimated the figure at 80,000' read as a statement of 'the figure at 80,000'
            found.remove(c)
        who_start = m.start("who")
        cut = re.search(r"^.*[.!?]\s+", m.group("who"), re.S)  # 'on Monday. Santiago put ...': the source is Santiago
        if cut:
            who_start += cut.end()
        sentence = sentence_bounds(text, who_start, m.end(), ends)
        who = text[who_start:m.end("who")].strip()
        if who.lower() in ("it", "this", "that") or not who:
            continue
        c = Claim("denies" if anaphoric else "asserts", "counter" if anaphoric else "assertion", who_start, m.end(),
                  sentence, "" if anaphoric else _strip(text[m.start("what"):m.end()], []),
                  source=_actor_at(doc, who_start, m.end("who")), source_text=who, quantities=qs,
                  terms=[m.group("verb") + " … at"] if anaphoric else [], date=doc.meta.published)
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _count_verb() -> re.Pattern[str]:
    """A count verb of ``data/count_verbs.tsv`` and the clause after it, up to a semicolon or the sentence's end."""
    verbs = "|".join(sorted((r[0] for r in load("count_verbs.tsv")), key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{verbs})\s+(?P<what>[^.;:!?\n]{{1,120}})", re.I)


_CLAUSE_OPEN = re.compile(r"(?:^|[.;:!?\n]|,\s*(?:while|whereas|but)\b|\b(?:while|whereas)\b)\s*", re.I)
_ADVERBS = re.compile(r"(?:\s+(?:has|have|had|also|later|since|now|so\s+far|only|separately|itself))+$", re.I)
_NOT_A_SOURCE = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who", "there"}


def _counted(doc: Document, found: list[Claim], ends: list[int]) -> list[Claim]:
    """'The observatory counted 46 injured protesters and 58 detainees' / 'The hospital later recorded 19 deaths':
    a figure the source named before a count verb (``data/count_verbs.tsv``) gives as its own, its number within
    the first words after the verb. In a sentence that no claim holds, or in a clause after 'while' inside another
    source's statement ('police said 37 people were arrested, while the observatory counted 58 detentions'), which
    the statement then no longer holds."""
    text = doc.text
    out = []
    for m in _count_verb().finditer(text):
        qs = quantities(m.group("what"))
        head = " ".join(m.group("what").split()[:6])
        if not qs or not any(q.text in head for q in qs[:1]):
            continue  # 'recorded a message', 'counted on the army': no figure as the verb's object
        sentence = sentence_bounds(text, m.start(), m.end(), ends)
        opens = [o for o in _CLAUSE_OPEN.finditer(text, sentence[0], m.start()) if o.end() <= m.start()]
        who_start = opens[-1].end() if opens else sentence[0]
        who = _ADVERBS.sub("", text[who_start:m.start()].strip())
        if not who or len(who.split()) > 8 or who.split()[0].lower() in _NOT_A_SOURCE or who[0].isdigit():
            continue
        source = _actor_at(doc, who_start, who_start + len(who))
        holders = [c for c in found if c.start <= m.start() < c.end]
        if holders:  # inside a statement: only a clause after 'while' of another source is cut from it
            c = holders[0]
            contrast = bool(opens) and re.search(r"while|whereas|but", opens[-1].group(0), re.I) is not None
            cut = opens[-1].start() if opens else -1
            if not contrast or not source or set(source) & set(c.source) or cut <= c.start:
                continue
            c.end = cut
            c.proposition = _strip(text[c.start:c.end], [])
            c.quantities = quantities(c.proposition)
        qs = _people_before(qs, found + out, sentence, ends)
        if not holders and not any(q.whose for q in qs):
            continue  # 'the mission has verified ten deaths': of whom or where, not said; a figure of the report
        out.append(Claim("asserts", "assertion", who_start, m.end(), sentence, _strip(text[who_start:m.end()], []),
                         source=source, source_text=who, quantities=qs, terms=[m.group("verb")],
                         date=doc.meta.published))
    return out


def _people_before(qs: list[Quantity], claims: list[Claim], sentence: tuple[int, int],
                   ends: list[int]) -> list[Quantity]:
    """A count that names no people ('the mission has so far verified ten deaths') counts those of the last figure
    of the same measure that does, in its sentence or the two before ('The hospital counted 19 bodies, eleven of them
    children's'): a running account of one toll; figures that name people or none before are kept as they are."""
    before = [e for e in ends if e <= sentence[0]]
    lo = before[-3] if len(before) >= 3 else 0
    out = []
    for q in qs:
        people = set()
        if q.measure and not any(w.isalpha() and w.islower() for w in q.whose):
            near = sorted((c for c in claims if lo <= c.start < sentence[1] and c.end <= sentence[1]),
                          key=lambda c: c.start)
            named = [p for c in near for p in c.quantities
                     if p.measure == q.measure and any(w.isalpha() and w.islower() for w in p.whose)]
            people = {w for w in named[-1].whose if w.isalpha() and w.islower()} if named else set()
        out.append(replace(q, whose=q.whose | people) if people else q)
    return out


_VERSION = re.compile(r"\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+th(?:is|e)\b", re.I)


def _earlier_version(c: Claim, text: str, part: str, ends: list[int]) -> None:
    """An outlet's correction of its own figure: 'CORRECTION: An earlier version of this story said the fine was 25
    billion. The correct figure is 2.5 billion.' The figures of the correction's sentence are the earlier ones, the
    numbers of the next sentence the right ones (counting what the earlier ones count: 'The ISMD reported three.'),
    and the claim runs to the end of that sentence (and of one more that regrets the error). Nothing changes when the
    sentence names no earlier version or gives no figure, or the next one gives no number."""
    if not _VERSION.search(part) or c.quantities:
        return
    old = quantities(part)
    nxt = next((e for e in ends if e > c.end), len(text))
    if not old or nxt - c.end > 200:
        return
    new = [v for v in numbers(text[c.end:nxt]) if v not in {q.value for q in old}]
    if not new:
        return
    label = "@" + (re.findall(r"\w+", part)[:1] or [""])[0].lower()  # 'CORRECTION:' is no place
    c.quantities = [replace(old[0], value=v, text=str(v), bound="", whose=old[0].whose - {label}) for v in new]
    c.old_values = [q.value for q in old]
    after = next((e for e in ends if e > nxt), len(text))
    if _REGRET.match(text, nxt) and after - nxt < 120:  # 'We regret the error.': the notice ends there
        nxt = after
    c.end = nxt
    c.sentence = (c.sentence[0], max(c.sentence[1], nxt))


_REGRET = re.compile(r"\s*[^.!?\n]{0,60}\b(?:regrets?\s+the\s+error|apologi[sz]es?|has\s+been\s+(?:corrected|updated|"
                     r"amended))", re.I)


_CORRECTING = frozenset({"correction", "correction_verb"})
"""The labels of ``data/claims.tsv`` that :func:`_narrative` looks for in every sentence."""


def _narrative(doc: Document, found: list[Claim], ends: list[int]) -> list[Claim]:
    """Sentences the report tells in its own voice with a correction ('The commission withdrew its
    preliminary results') or a number of a known measure ('The blast killed at least 39 people'): a
    correction by the actor named before the correcting words, or a figure the report gives (kind
    ``report``, which sides take in but which starts no dispute)."""
    text = doc.text
    covered = [(c.start, c.end) for c in found]
    out = []
    lo = 0
    for hi in [*ends, len(text)]:
        start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        lo, sentence = hi, (start, hi)
        part = text[start:hi]
        if len(part.split()) < 4:
            continue
        marks = [m for m in claim_words().find(part) if not m.negated and (
            m.label == "correction" or (m.label == "correction_verb" and _of_a_claim(part, m.start, m.end)))] \
            if claim_words().could_find(part, _CORRECTING) else []
        marks = [m for m in marks if not any(a <= start + m.start < b for a, b in covered)]
        inside = [(max(a, start) - start, min(b, hi) - start) for a, b in covered if a < hi and start < b]
        rest = part
        for a, b in inside:  # the figures of the sentence that no claim of a source holds
            rest = rest[:a] + " " * (b - a) + rest[b:]
        qs = quantities(rest)
        if marks:
            at = start + marks[0].start
            who = [a for a in doc.actors if any(start <= s < at for s, _ in a.mentions)]
            c = Claim("denies", "correction", start, hi, sentence, _strip(part, []),
                      source=[who[-1].id] if who else [], source_text=who[-1].name if who else (doc.meta.outlet or ""),
                      terms=[part[m.start:m.end] for m in marks], quantities=qs, date=doc.meta.published)
            c.old_values = _old_values(part, qs)
            if not qs:
                _figure_inside(c, part, rest, [f for f in found if start <= f.start and f.end <= hi])
            _earlier_version(c, text, part, ends)
            out.append(c)
        elif qs:
            out.append(Claim("asserts", "report", start, hi, sentence, _strip(part, []),
                             source_text=doc.meta.outlet or "", quantities=qs, date=doc.meta.published))
    return out


def _figure_inside(c: Claim, part: str, rest: str, inside: list[Claim]) -> None:
    """A correction whose new figure names no measure ('X, which had said that 530 people had died, revised the
    figure down to 487'): when a claim of its own sentence gives a figure, the bare numbers outside that claim are
    the new values of its measure and its figure is the old one (the claim inside is what is corrected)."""
    if not inside:
        return
    old = [q for f in inside for q in f.quantities if q.measure]
    new = [v for v in numbers(rest) if all(v != q.value for q in old)]
    if old and new:
        c.quantities = [Quantity(v, old[0].measure, str(v).removesuffix(".0"), "", old[0].whose) for v in new]
        c.old_values = list(dict.fromkeys(q.value for q in old if q.measure == old[0].measure))


def _event_claims(doc: Document, found: list[Claim], ends: list[int]) -> list[Claim]:
    """Events claimed or denied by named sources with no statement behind the status."""
    out = []
    for e in doc.events:
        for cs in e.status:
            if cs.statement or not cs.by or cs.status not in CLAIM_STATUSES | DENIAL_STATUSES:
                continue
            if not e.trigger.spans:
                continue
            s, t = e.trigger.spans[0][0], e.trigger.spans[-1][1]
            sentence = sentence_bounds(doc.text, s, t, ends)
            denies = cs.status in DENIAL_STATUSES
            c = Claim("denies" if denies else "asserts", "denial" if denies else "assertion", sentence[0], sentence[1],
                      sentence, doc.text[sentence[0]:sentence[1]], event=e.id,
                      source=[cs.by] if isinstance(cs.by, str) else list(cs.by), types=[e.type],
                      places=[e.place.name or e.place.text] if e.place else [], date=e.date or doc.meta.published,
                      terms=[cs.status] if denies else [])
            c.quantities = quantities(c.proposition)
            out.append(c)
    return out


def _different(a: Claim, b: Claim) -> bool:
    """Whether two claims come from different sources (document actors, else the source words)."""
    if a.source and b.source:
        return not set(a.source) & set(b.source)
    return " ".join(a.source_text.lower().split()) != " ".join(b.source_text.lower().split())


def _resolve(claims: list[Claim], title: int = 0) -> None:
    """Give each denial, counter and correction the claim of the document it answers (see the module doc)."""
    by_id = {f"@{id(c)}": i for i, c in enumerate(claims)}
    sentence_index = sorted({c.sentence[0] for c in claims})
    rank = {s: i for i, s in enumerate(sentence_index)}
    for i, d in enumerate(claims):
        if d.position != "denies":
            continue
        if d.target == -1:  # a relative denial: the assertion it follows
            d.target = by_id.get(d.hint[0]) if d.hint else None
            d.hint = []
            continue
        cands = [j for j, c in enumerate(claims) if j != i and c.position == "asserts"
                 and (_different(c, d) or d.kind == "correction")
                 and (c.start < d.start or (d.kind == "correction" and c.end <= d.end and d.old_values))
                 and 0 <= rank[d.sentence[0]] - rank[c.sentence[0]] <= WINDOW_SENTENCES
                 and (len(words(c.proposition)) >= 2 or c.quantities)  # not 'the count', 'not to be named'
                 and (c.start >= title or d.start < title)]  # the body answers the body, not its headline
        near = sorted(cands, key=lambda j: (-claims[j].sentence[0], -claims[j].start))
        prev = _same_denier_before(claims, i, rank)
        if d.anaphoric and not d.quantities and d.kind == "denial" and prev is not None:
            mine = claims[prev]
            if mine.target is not None and mine.target >= 0:
                d.target = mine.target  # 'X denied reports that A. "That is simply not true," she said': A again
                continue
            if mine.proposition and not (d.figure or d.about or d.hint):
                d.proposition = mine.proposition  # '... denied that A. "That is not true."': a bare 'that' says A
                d.target = None  # again ('These numbers are false' names what it answers: looked for below)
                continue
        if d.countries and d.kind != "correction":  # the other side's claims first, when the text names sides
            near.sort(key=lambda j: bool(claims[j].countries & d.countries))
        if d.anaphoric and not d.quantities:
            every = near
            if d.about:  # "the workers' claims": a claim of the workers, else none here
                whose = set(words(d.about))
                near = [j for j in near if whose & set(words(claims[j].source_text))]
            if d.figure:  # 'disputed the figure': the claim with a number ("the company's figure": any, if its own
                # sentences with the company's name give none: 'Deltamar said about 120 barrels had spilled')
                near = [j for j in near if claims[j].quantities] or [j for j in every if claims[j].quantities] or near
            if d.hint and d.kind == "denial":  # 'the drone report': the claim about a drone, else none here
                hinted = [j for j in near if set(d.hint) & set(words(claims[j].proposition))]
                d.target = hinted[0] if hinted else None
            else:
                d.target = near[0] if near else None
        elif d.kind == "correction":
            old = [j for j in near if any(q.value in d.old_values for q in claims[j].quantities)]
            d.target = old[0] if old else None
        elif d.kind == "counter" and (d.quantities or _bare_numbers(d)):
            d.target = _counter_target(d, [claims[j] for j in near], near)
        elif d.kind == "counter":  # 'X says it asked for the recount; Y says the order answered its own appeal'
            d.target = near[0] if near else None
        elif not d.anaphoric:
            mine = set(words(d.proposition))
            scored = [(len(mine & set(words(claims[j].proposition))) / (len(mine) or 1), j) for j in near]
            best = max(scored, default=(0.0, None))
            d.target = best[1] if best[0] >= (0.4 if d.weak else 0.25) else None


def _same_denier_before(claims: list[Claim], i: int, rank: dict[int, int]) -> int | None:
    """The index of the denial right before claim ``i`` when that denial is by the same source and at most one
    sentence before it, and nothing was asserted in between ('Jalalvand denied reports that Iran had turned away
    rescue teams. "That is simply not true. No offer has been refused."'), else None. A denial that only points at
    a claim, said next by the same denier, points where that denial points, or says again what that denial says in
    its own words, not an older claim of another source (:func:`_resolve`)."""
    d = claims[i]
    for j in range(i - 1, -1, -1):
        c = claims[j]
        if c.start >= d.start:
            continue
        if rank[d.sentence[0]] - rank[c.sentence[0]] > 1:
            return None
        if c.position == "denies" and not _different(c, d):
            return j
        if c.position == "asserts" and _different(c, d):
            return None
    return None


def _bare_numbers(c: Claim) -> list[float]:
    """Numbers of a claim that count no known measure ('its own count is three', 'puts it at 27')."""
    return [q.value for q in c.quantities if not q.measure] or numbers(c.proposition or "")


def _counter_target(d: Claim, before: list[Claim], index: list[int]) -> int | None:
    """The nearest claim before a counter or correction with a number of the same measure and another value;
    a counter with a bare number ('the real number is three', 'puts it at 27') takes that claim's measure."""
    for c, j in zip(before, index, strict=True):
        for q in c.quantities:
            mine = [p for p in d.quantities if p.measure == q.measure]
            if not mine and not any(p.measure for p in d.quantities):
                mine = [Quantity(v, q.measure, str(v)) for v in _bare_numbers(d)]
                if any(conflicting(p, q) for p in mine):
                    d.quantities = mine
            if any(conflicting(p, q) for p in mine):
                return j
    return None


class ClaimWriter:
    """Writes the claims of each document stored (the ``link_document`` of an actor linker, so the ingest
    hands it to :meth:`~reportedly.corpus.store.Store.add_documents` beside the actor linker)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Write the claims of the document stored as ``doc_pk`` (in the caller's transaction)."""
        write_claims(self.store.db, doc_pk, doc, actor_pk)

    def pending(self) -> bool:
        """Whether documents written before claims existed wait for theirs."""
        return self.store.db.execute("SELECT 1 FROM claim_backfill").fetchone() is not None

    def backfill(self) -> int:
        """Read the claims of every stored document that has none (one transaction); how many documents."""
        db = self.store.db
        done = 0
        with self.store.transaction():
            todo = [r[0] for r in db.execute(
                "SELECT pk FROM documents WHERE pk NOT IN (SELECT DISTINCT doc FROM claims) ORDER BY pk")]
            for pk in todo:
                doc = self.store.document(pk)
                actor_pk = {r[0]: r[1] for r in db.execute("SELECT id, pk FROM actors WHERE doc = ?", (pk,))}
                write_claims(db, pk, doc, actor_pk)
                done += 1
            db.execute("DELETE FROM claim_backfill")
        return done


def write_claims(db: sqlite3.Connection, doc_pk: int, doc: Document, actor_pk: dict[str, int]) -> None:
    """Insert the claims of one document (its statements and events already written)."""
    st_pk = {r[0]: r[1] for r in db.execute("SELECT id, pk FROM statements WHERE doc = ?", (doc_pk,))}
    ev_pk = {r[0]: r[1] for r in db.execute("SELECT id, pk FROM events WHERE doc = ?", (doc_pk,))}
    found = claims_of(doc)
    pks: list[int] = []
    for n, c in enumerate(found):
        said = " ".join(words(c.proposition))  # the claim's words, for its row and its full-text row
        cur = db.execute(
            """INSERT INTO claims (doc, n, statement, event, position, kind, weak, source_text, start, end,
               sentence_start, sentence_end, proposition, words, about, hint, quantities, old_values, types, places,
               terms, date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (doc_pk, n, st_pk.get(c.statement or ""), ev_pk.get(c.event or ""), c.position, c.kind, int(c.weak),
             c.source_text, c.start, c.end, c.sentence[0], c.sentence[1], c.proposition,
             said, c.about, json.dumps(c.hint),
             json.dumps([q.to_list() for q in c.quantities]),
             json.dumps(c.old_values), json.dumps(sorted(set(c.types))), json.dumps(sorted(set(c.places))),
             json.dumps(c.terms), c.date))
        pk = cur.lastrowid
        pks.append(pk)
        db.execute("INSERT INTO claims_fts (rowid, words) VALUES (?, ?)", (pk, said))
        for aid in dict.fromkeys(c.source):
            if aid in actor_pk:
                db.execute("INSERT OR IGNORE INTO claim_sources VALUES (?, ?)", (pk, actor_pk[aid]))
    for c, pk in zip(found, pks, strict=True):
        if c.target is not None and 0 <= c.target < len(pks):
            db.execute("UPDATE claims SET target = ? WHERE pk = ?", (pks[c.target], pk))
