"""Counter-claims of opposite polarity: one source says a thing was done, another that it was not.

In: the grouping rows of a store's claims (:class:`~.disputes.Row`, with :attr:`~.disputes.Row.polar` read by
:func:`.claims.polarity`) and their propositions. Out: (earlier, later) pairs of claim pks, each a counter-claim
with no number in it: 'a storm warning was issued' against 'no storm warning was issued', 'its officers did not
fire any shots' against 'officers fired shots into the air', 'had refused to meet its representatives' against
'had met the union's representatives twice'. :mod:`.disputes` takes the later claim of each pair as a seed that
answers the earlier one, as it does with competing figures; of two claims dated at most a day apart, the one
reported later is (two governments' readouts of one call: a denial dated 'on Tuesday' by its report and a readout
dated only by the day it was published are told in that order).

Two claims make a pair when their sources differ (:meth:`~.disputes.Row.same_source`), one says something was
not done and the other does not, and their **main clauses** (the proposition up to its first comma, relative or
subordinate clause: 'no storm warning was issued', not '... before the storm hit their homes') mean much the
same (embedding cosine at least :data:`CLAUSE`) and share at least :data:`SHARED` stems once the negating words
are left out. Headlines, the report's own voice, bare words ('the count') and positions or intentions ('would not
accept', :data:`_MODAL`) make no pair. :func:`nobody_pairs` adds 'No one brokered it' against a claim
that someone did that act. This runs at query
time, pairwise over the candidates (claims with a polarity and their alike claims), never at ingest.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .claims import claim_words
from .disputes import Row
from .propositions import words
from .similarity import Vec, embed
from .terms import load, place_country
from .wording import says_no_broker

CLAUSE = 0.6
"""The least embedding cosine of two main clauses of opposite polarity that counter each other."""
SHARED = 2
"""The least number of stems (not the negating words) two such main clauses share."""
ALIKE = 0.4
"""The least similarity of the whole propositions (:meth:`~.similarity.Vec.cos`)."""
BLAME = 0.35
"""The least similarity of two claims that say who started or caused something, with different agents."""
_CUT = re.compile(r"[,;:]|\s[—–-]\s|\b(?:which|that|who|whose|since|before|after|because|when|while|although|but|"
                  r"as|until|unless|saying|adding)\b", re.I)

_MODAL = re.compile(r"\b(?:would|will|wo|could|should|must|(?-i:may)|might|can|cannot|shall|ready to|willing to|"
                    r"wants? to|plans? to|intends? to)\b", re.I)
"""A main clause with one of these tells a position or an intention ('Russia would not accept a ceasefire'), not
what happened: it makes no pair. 'may' only in lower case: 'in May' is a month."""


def modal(proposition: str) -> bool:
    """Whether a proposition tells a position or an intention (:data:`_MODAL` in its main clause or its first twelve
    words: 'Whoever is responsible, Chinese or foreign, will be held to account'), not what happened."""
    head = " ".join(re.split(r"[.!?]\s", proposition, maxsplit=1)[0].split()[:12])
    return bool(_MODAL.search(main_clause(proposition)) or _MODAL.search(head))


def main_clause(proposition: str) -> str:
    """A proposition up to its first comma or subordinate clause (the whole of it when that leaves under three
    words)."""
    text = re.sub(r"^\W*(?:that)\s+", "", proposition, flags=re.I)
    head = _CUT.split(text, maxsplit=1)[0].strip()
    return head if len(head.split()) >= 3 else text


def polar_pairs(rows: dict[int, Row], propositions: dict[int, str], vectors: dict[int, Vec]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims of opposite polarity that counter each other (see the module doc)."""
    cands = _candidates(rows)
    if not any(r.polar[0] for r in cands) or all(r.polar[0] for r in cands):
        return []
    pairs = []
    for a, b in itertools.combinations(cands, 2):
        if a.polar[0] == b.polar[0] or (a.doc == b.doc and a.sentence == b.sentence) or a.same_source(b):
            continue
        if vectors[a.pk].cos(vectors[b.pk]) >= ALIKE:
            pairs.append((a, b))
    if not pairs:
        return []
    keys = sorted({r.pk for pair in pairs for r in pair})
    clauses = {pk: main_clause(propositions[pk]) for pk in keys}
    pairs = [(a, b) for a, b in pairs if not _MODAL.search(clauses[a.pk]) and not _MODAL.search(clauses[b.pk])]
    dense = embed([clauses[pk] for pk in keys])
    at = {pk: i for i, pk in enumerate(keys)}
    out = []
    for a, b in pairs:
        shared = (set(words(clauses[a.pk])) - a.polar[1] - b.polar[1]) & set(words(clauses[b.pk]))
        if len(shared) < SHARED:
            continue
        if dense is not None and float(dense[at[a.pk]] @ dense[at[b.pk]]) < CLAUSE:
            continue
        first, later = sorted((a, b), key=lambda r: r.order)
        if _days_apart(first, later) <= 1:  # a day apart: the dates may be a statement's and a report's
            first, later = sorted((a, b), key=lambda r: r.order[1:])  # so the order they were reported in
        out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _light() -> frozenset[str]:
    """The act keys of the light verbs ('said', 'made': no act of their own)."""
    return frozenset(act_key(v) for v in _verb_forms()[1])


NOBODY_DAYS = 3
"""How many days apart a 'no one did it' claim and a claim that someone did it may be dated."""


def _days_apart(a: Row, b: Row) -> int:
    try:
        return abs((date.fromisoformat(a.date or "") - date.fromisoformat(b.date or "")).days)
    except ValueError:
        return 10 ** 6


_NOBODY = re.compile(r"\W*(?:no\s+one|no-one|nobody)\s+(?:had\s+|has\s+|ever\s+)?([a-z]+ed)\b", re.I)
"""'No one brokered it': no one did the act, which another source says someone did."""
_CLAUSE_NO = r"(?:^\W*|\b(?:and\s+)?that\s+|[,;]\s*)no\s+"
"""'no' at the head of a proposition or of one of its clauses."""
_NO_DOER = re.compile(rf"{_CLAUSE_NO}([a-z]+)\s+(?:had\s+|has\s+|ever\s+)?([a-z]+ed)\s+"
                      r"(?:it|them|the|a|an|this|that|any)\b"
                      rf"|{_CLAUSE_NO}(?:[a-z]+\s+){{0,2}}(?:party|parties|country|countries|"
                      r"mediator|mediators|government|governments|power|powers|nation|nations)\s+"
                      r"(?:had\s+|has\s+|was\s+|ever\s+)?([a-z]+ed)\b", re.I)
"""'... and that no country had mediated it', 'no government brokered the deal': no doer of a kind did the act to
something (an object follows the verb, so 'no civilians died', which says what did not happen to whom, is not one);
'no third party had mediated': a doer that is a party, country or mediator needs no object."""


BROKER = "broker"
"""The act key (``data/verb_classes.tsv``) of brokering ('mediated', 'brokered', 'mediation')."""


def _no_doer(text: str) -> re.Match[str] | None:
    """The 'no one did it' clause of a proposition (:data:`_NOBODY` at its head, :data:`_NO_DOER` at the head of
    one of its clauses), its verb as the last group."""
    return _NOBODY.match(text) or _NO_DOER.search(text)


def nobody_pairs(rows: dict[int, Row], propositions: dict[int, str], vectors: dict[int, Vec]) -> list[tuple[int, int]]:
    """(claim, counter) pairs: a claim whose main clause says someone did an act ('Malaysia brokered this agreement')
    and a claim of another source that no one did it ('No one brokered it'), which counters it whichever report came
    first, dated at most :data:`NOBODY_DAYS` apart: a counter-claim whose negated side names no doer and often no
    object (only 'it'), so words cannot match it; the act (its verb class) and the time do. Light verbs ('no one
    said') make no pair. 'There was no third party' or 'worked out directly' counters a claim that anyone brokered
    or mediated it, wherever the claim says so ('after talks mediated by the United States, the two agreed')."""
    nobody = []
    for r in rows.values():
        m = _no_doer(propositions.get(r.pk) or "")
        if m and not r.headline:
            nobody.append((r, act_key(m.group(m.lastindex or 1))))
        elif not r.headline and says_no_broker(propositions.get(r.pk) or ""):
            nobody.append((r, BROKER))
    out = []
    for r, key in nobody:
        for o in _candidates(rows):
            if o.pk == r.pk or o.polar[0] or o.same_source(r) or (o.doc == r.doc and o.sentence == r.sentence):
                continue
            prop = propositions[o.pk]
            clause = prop if key == BROKER else main_clause(prop)  # 'after talks mediated by X, ... agreed'
            if _MODAL.search(clause) or _no_doer(clause) or says_no_broker(prop) \
                    or not any(act_key(t) == key for t in _TOKEN.findall(clause)[1:]):
                continue  # its doer comes first: the act is a later word of its main clause
            if key not in _light() and _days_apart(r, o) <= NOBODY_DAYS:
                out.append((o.pk, r.pk))  # the 'no one did it' claim counters, whichever came first
    return list(dict.fromkeys(out))


def _candidates(rows: dict[int, Row]) -> list[Row]:
    """The claims that may counter another by polarity: no headline, report, correction or bare words."""
    return [r for r in rows.values() if not r.headline and r.kind not in ("report", "correction")
            and (r.position == "asserts" or r.weak) and len(r.words) >= 2]


@lru_cache(maxsize=1)
def _verb_forms() -> tuple[dict[str, str], frozenset[str]]:
    """``data/verb_forms.tsv``: irregular form -> lemma, and the light verbs."""
    forms: dict[str, str] = {}
    light: set[str] = set()
    for lemma, form in load("verb_forms.tsv"):
        if lemma == "(light)":
            light.add(form)
        else:
            forms[form] = lemma
    return forms, frozenset(light)


def verb_key(token: str) -> str:
    """A word reduced to a key that the forms of one verb share ('met', 'meets', 'meeting' -> 'meet'; 'closed',
    'closes', 'close' -> 'clos'): an irregular form by ``data/verb_forms.tsv``, then a regular ending cut."""
    t = token.lower().replace("’", "'").strip("'")
    t = _verb_forms()[0].get(t, t)
    for suffix, put in (("ied", "y"), ("ies", "y"), ("ings", ""), ("ing", ""), ("ances", ""), ("ance", ""), ("ed", ""),
                        ("es", ""), ("s", "")):
        if t.endswith(suffix) and len(t) - len(suffix) >= 3:
            t = t[:-len(suffix)] + put
            break
    if len(t) > 3 and t[-1] == t[-2] and t[-1] not in "aeiouls":
        t = t[:-1]  # 'stopped' -> 'stop'
    return t.rstrip("e")


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    """``data/verb_classes.tsv``: verb key -> the class of verbs that tell one act in other words; a verb with its
    particle ('call off') is keyed by the verb's key and the particle ('call off')."""
    out = {}
    for name, verb in load("verb_classes.tsv"):
        head, _, particle = verb.partition(" ")
        out[verb_key(head) + (" " + particle.lower() if particle else "")] = name
    return out


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The particles of the verbs of ``data/verb_classes.tsv`` written with one ('off' of 'call off')."""
    return frozenset(verb.partition(" ")[2].lower() for _, verb in load("verb_classes.tsv") if " " in verb)


_OBJECT = {"it", "them", "this", "that", "everything"}


def phrase_key(tokens: list[str], i: int) -> str:
    """The :func:`act_key` of ``tokens[i]`` read with the particle that follows it, right after it or after a pronoun
    object, when the verb and particle make a verb of ``data/verb_classes.tsv`` ('called it off', 'called off the
    talks' -> 'withdraw'; 'called the talks' stays 'call')."""
    key = verb_key(tokens[i])
    for j in (i + 1, i + 2):
        if j < len(tokens) and tokens[j].lower() in _particles() and (j == i + 1 or tokens[i + 1].lower() in _OBJECT):
            name = _classes().get(f"{key} {tokens[j].lower()}")
            if name is not None:
                return name
    return _classes().get(key, key)


def act_key(token: str) -> str:
    """A word reduced to the key of the act it tells: its verb class (``data/verb_classes.tsv``: 'shelled', 'struck',
    'fired' -> 'attack'; 'met', 'talks' -> 'meet'), else its :func:`verb_key`."""
    key = verb_key(token)
    return _classes().get(key, key)


_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")


def negative_predicate(clause: str) -> tuple[str, str] | None:
    """The verb a clause says was not done, after a ``negator`` of ``data/claims.tsv`` that takes one ('had
    refused to meet the union' -> ('meet', ' the union')): its key (:func:`act_key`) and the words after it;
    None when there is none or it is a light verb ('refused to say')."""
    for m in claim_words().find(clause):
        if m.label != "negator" or m.negated or not m.term.endswith(" to"):
            continue
        verb = _TOKEN.match(clause, m.end + len(clause[m.end:]) - len(clause[m.end:].lstrip()))
        if verb is None or verb.group(0).lower() in _verb_forms()[1]:
            return None
        return act_key(verb.group(0)), clause[verb.end():]
    return None


PARTICIPANT_SPAN = 60
"""How many characters after a predicate's verb its participants (object, complement) are read from."""


def predicate_pairs(rows: dict[int, Row], propositions: dict[int, str]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims by different sources where one says a verb was not done ('Sandberg has
    refused to meet the union') and the other's main clause says the same verb was done (by its form: 'it has met
    the union twice'), with a participant in common: a word after the verb in both, or the name of the first
    claim's source after the verb of the second ('the company refused to meet us', said by the union, against
    'management met the union's leaders twice'). Surface similarity is not asked: such paraphrases share too few
    words for it."""
    negatives = []
    done: dict[str, list[tuple[Row, set[str]]]] = {}
    for r in _candidates(rows):
        clause = main_clause(propositions[r.pk])
        if _MODAL.search(clause):
            continue
        if r.polar[0]:
            found = negative_predicate(propositions[r.pk])
            if found is not None and not _MODAL.search(found[1][:PARTICIPANT_SPAN]):
                key, after = found
                negatives.append((r, key, set(words(after[:PARTICIPANT_SPAN])) | set(words(r.source_text))))
            continue
        for m in _TOKEN.finditer(clause):
            done.setdefault(act_key(m.group(0)), []).append(
                (r, set(words(clause[m.end():m.end() + PARTICIPANT_SPAN]))))
    out = []
    for neg, key, who in negatives:
        for pos, after in done.get(key, []):
            if neg.same_source(pos) or (neg.doc == pos.doc and neg.sentence == pos.sentence) or not who & after:
                continue
            first, later = sorted((neg, pos), key=lambda r: r.order)
            out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))


def agent_pairs(rows: dict[int, Row], propositions: dict[int, str]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims by different sources that give one act two different doers, one of them in
    a passive clause with 'by' ('the road was closed by the company' against 'police closed the road' or 'the
    road was closed by the protesters'): the same verb (:func:`verb_key`, not a light verb), a word of what the
    act was done to in common, and two different agents (:func:`agent`). Like :func:`blame_pairs`, who did it."""
    light = {verb_key(v) for v in _verb_forms()[1]}
    passives: list[tuple[Row, str, set[str], str]] = []
    actives: dict[str, list[tuple[Row, set[str], str]]] = {}
    for r in _candidates(rows):
        clause = main_clause(propositions[r.pk])
        if r.polar[0] or r.position != "asserts" or _MODAL.search(clause):
            continue
        who = agent(clause)
        if who is None:
            continue
        at = _passive(clause)
        if at is not None:
            be = _BE.search(clause)
            if be is not None and verb_key(be.group(1)) not in light:
                passives.append((r, act_key(be.group(1)), set(words(clause[:be.start()])), who))
            continue
        for m in list(_TOKEN.finditer(clause))[1:]:
            actives.setdefault(act_key(m.group(0)), []).append(
                (r, set(words(clause[m.end():m.end() + PARTICIPANT_SPAN])), who))
    out = []
    for r, verb, patient, who in passives:
        others = actives.get(verb, []) + [(p, pat, w) for p, v, pat, w in passives if v == verb and p is not r]
        for o, done_to, by in others:
            if by == who or not patient & done_to or r.same_source(o) or (r.doc == o.doc and r.sentence == o.sentence):
                continue
            first, later = sorted((r, o), key=lambda x: x.order)
            out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))


def doer_pairs(rows: dict[int, Row], propositions: dict[int, str]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims by different sources that name two different doers of one act in active main
    clauses, one of them the other claim's source: each side says the other did it ('The league says the club withdrew;
    the club says the league cancelled'; 'the union said management had cancelled the talks. The company said it was the
    union that pulled out'). The same act (the :func:`act_key` of the first verb after the doer, not a light verb),
    in one report at most :data:`REPLY` claims apart (in one sentence too, when neither holds the other), or in two
    reports at most :data:`NOBODY_DAYS` apart. Who did it, like :func:`blame_pairs`."""
    light = {verb_key(v) for v in _verb_forms()[1]}
    read: list[tuple[Row, str, set[str]]] = []
    for r in _candidates(rows):
        clause = main_clause(propositions[r.pk])
        if r.polar[0] or r.position != "asserts" or _MODAL.search(clause) or _passive(clause) is not None:
            continue
        who = agent(clause)
        if who is None:
            continue
        head = propositions[r.pk] if _CLEFT.match(clause) else clause  # 'it was X that pulled out': after 'that'
        tokens = _TOKEN.findall(head)[1:DOER_SPAN + 2]  # two more: the particle of the last verb ('called it off')
        verbs = [i for i, t in enumerate(tokens[:DOER_SPAN - 1])
                 if not t[0].isupper() and t.lower() not in _AUXILIARY and _verbal(t.lower())]
        acts = {phrase_key(tokens, verbs[0])} - light if verbs else set()  # its main verb, not a noun of what was done
        read.append((r, who, acts))
    out = []
    for (a, x, p), (b, y, q) in itertools.combinations(read, 2):
        inside = a.doc == b.doc and a.span[0] < b.span[1] and b.span[0] < a.span[1]
        if x == y or not p & q or a.same_source(b) or inside:
            continue  # one inside the other ('A says X withdrew; X says A cancelled' is two claims of one sentence)
        if (abs(a.n - b.n) > REPLY) if a.doc == b.doc else _days_apart(a, b) > NOBODY_DAYS:
            continue
        if not (_names(x, b) and _names(y, a)):
            continue
        first, later = sorted((a, b), key=lambda r: r.order)
        if _days_apart(first, later) <= 1:  # a day apart: the dates may be a statement's and a report's
            first, later = sorted((a, b), key=lambda r: r.order[1:])  # so the order they were reported in
        out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))


DOER_SPAN = 8
"""How many words of a main clause :func:`doer_pairs` looks for its act in (the doer comes first)."""
_CLEFT = re.compile(r"^\W*it\s+(?:was|is)\s+", re.I)


def _names(who: str, r: Row) -> bool:
    """Whether a doer (:func:`agent`: a word, not a country code) is named in claim ``r``'s source. Countries are left
    out: two countries each saying the other's troops fired tell two acts of one clash, which can both be true
    (:func:`blame_pairs` reads who fired first)."""
    stem = set(words(who))
    return who.lower() == who and bool(stem) and stem <= set(words(r.source_text))


def agent(clause: str) -> str | None:
    """Who a main clause says did it: its leading name or noun ('Tajik troops had opened fire first' -> 'TJK', 'It was
    the Nepali side that opened' -> 'NPL', 'police had charged the stand' -> 'police'), a country by its code; None
    when it opens with a pronoun or a possessive ('our border guards', 'its soldiers') or with no noun ('the first
    shots were fired')."""
    passive = _passive(clause)
    if passive is not None:  # 'water cannon had been used': what it names was done to, not the doer
        by = re.match(r"\s+(?:[a-z]+\s+)?by\s+", clause[passive:])  # "shot down by", "pushed first by"
        if by is None:
            return None
        clause = clause[passive + by.end():]
    m = re.match(r"^\W*(?:it\s+(?:was|is)\s+)?(?:(?:the|a|an)\s+)?([\w'’-]+)", clause, re.I)
    if m is None:
        return None
    word = re.sub(r"['’]s?$", "", m.group(1))
    low = word.lower()
    if low in _NO_AGENT or low.isdigit() or any(m.label in ("negation", "blame") for m in claim_words().find(low)):
        return None
    return place_country(word) or low


PASSIVE_SPAN = 12
"""How many words of a main clause a passive main verb is looked for in: a subject with a prepositional phrase ('the
floodgates of the Ormsby dam had been opened') puts it past the eighth."""
_BE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?([a-z][\w-]*)", re.I)


def _passive(clause: str) -> int | None:
    """Where the participle of a passive main verb ends, in the first :data:`PASSIVE_SPAN` words ('water cannon had
    been used', 'officers were attacked by men', 'the floodgates of the dam had been opened by the board'); None when
    the main verb is active."""
    head = " ".join(clause.split()[:PASSIVE_SPAN])
    m = _BE.search(clause[:len(head)])
    if m is None:
        return None
    word = m.group(1).lower()
    if word.endswith("ed") or (word in _verb_forms()[0] and word not in _verb_forms()[1]):
        return m.end()
    return None


_NO_AGENT = {"it", "its", "our", "their", "his", "her", "my", "we", "they", "he", "she", "i", "you", "your", "this",
             "that", "these", "those", "there", "both", "each", "all", "some", "first", "one", "two"}


def blame_pairs(rows: dict[int, Row], propositions: dict[int, str], vectors: dict[int, Vec]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims by different sources that each say who started or caused something (a
    ``blame`` word of ``data/claims.tsv``: 'had opened fire first', 'fired on a post “without any reason”', 'it was
    the other side that opened the sluice') and name different agents, at least :data:`BLAME` alike: 'who fired
    first', 'who opened the gates'."""
    cands = []
    for r in rows.values():
        text = propositions[r.pk]
        if r.headline or r.kind in ("report", "correction") or r.position != "asserts" or r.polar[0] \
                or len(r.words) < 2:
            continue
        clause = main_clause(text)
        if _MODAL.search(clause) or not any(m.label == "blame" and not m.negated for m in claim_words().find(text)):
            continue
        who = agent(clause)
        if who:
            cands.append((r, who))
    out = []
    for (a, x), (b, y) in itertools.combinations(cands, 2):
        if x != y and not a.same_source(b) and vectors[a.pk].cos(vectors[b.pk]) >= BLAME \
                and not (a.places and b.places and not a.places & b.places):
            first, later = sorted((a, b), key=lambda r: r.order)
            out.append((first.pk, later.pk))
    return out


REPLY = 2
"""How many claims apart, in one report, a claim and the reply of another source may be (:func:`reply_pairs`)."""
REPLY_ALIKE = 0.3
"""How alike (:meth:`~.similarity.Vec.cos`) a claim and a reply that tell one act must be when their main clauses
share no other word."""


def reply_pairs(rows: dict[int, Row], propositions: dict[int, str], vectors: dict[int, Vec]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of a claim and the reply of another source right after it in the same report, of the
    other polarity and about the same act: 'Villagers said no rescue team had reached the valley for two days. The
    disaster authority said its teams had arrived within hours'; 'the militia accused the army of bombing a market.
    An army spokesman said the air force had carried out no strikes in the area'. A report sets a denial right after
    the claim it answers; told in other words, the two are too unlike for :func:`polar_pairs` (0.31 and 0.07 alike),
    but they sit at most :data:`REPLY` claims apart, in different sentences, and their main clauses tell one act: a
    verb of each (a word ending in -ed or -ing, an irregular form, or a verb of ``data/verb_classes.tsv``) has the same
    :func:`act_key` ('reached' and 'arrived' -> arrive; 'bombing' and 'strikes' -> attack), not a light verb, and they
    share another word ('team'), are :data:`REPLY_ALIKE` alike, or one names the other's source ('the company had
    been warned twice' / the company: 'it had never received any warning'). A noun the two share is not enough alone:
    'at least 80 workers had not been accounted for' and 'the group had spoken to eight workers' are no dispute.
    Positions and intentions make no pair. An act one of them says was done 'without' ('the operator had released
    water without warning' / 'it had issued warnings 12 hours before') counts as the other polarity. The claim is the
    earlier one, but a denial read from its negation (a weak denial) is the later of its pair whichever comes
    first. In two reports dated at most :data:`NOBODY_DAYS` apart, a claim and a reply of one act pair only when one
    names the other's source and they share a word or are alike ('the militia accused the army of bombing a cattle
    market' / the army: 'it did not bomb the market'); the earlier is then the claim, as in :func:`polar_pairs`."""
    cands = [r for r in _candidates(rows) if not (r.position == "denies" and not r.weak)]
    # a denial in words of its own answers its claim already
    read = {}
    for r in cands:
        clause = main_clause(propositions[r.pk])
        if not _MODAL.search(clause):
            read[r.pk] = _Read(clause, _acts(clause), _without(clause), _things(clause), _named(r))
    by_doc: dict[int, list[Row]] = {}
    by_act: dict[str, list[Row]] = {}
    for r in cands:
        if r.pk in read:
            by_doc.setdefault(r.doc, []).append(r)
            for key in read[r.pk].acts:
                by_act.setdefault(key, []).append(r)
    out = []
    for found in by_doc.values():
        found.sort(key=lambda r: r.n)
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if b.n - a.n > REPLY:
                    break
                if a.sentence != b.sentence and _replies(a, b, read[a.pk], read[b.pk], vectors, named=False):
                    out.append(_turn(a, b))
    seen = set()
    for key in sorted(by_act):  # in other reports, a few days apart: the reply names who it answers
        for a, b in itertools.combinations(sorted(by_act[key], key=lambda r: r.order), 2):
            if a.doc == b.doc or (a.pk, b.pk) in seen or _days_apart(a, b) > NOBODY_DAYS:
                continue
            seen.add((a.pk, b.pk))
            if _replies(a, b, read[a.pk], read[b.pk], vectors, named=True):
                out.append((a.pk, b.pk))  # as :func:`polar_pairs` turns them: the earlier is the claim
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class _Read:
    """What :func:`reply_pairs` reads of a claim's main clause."""

    clause: str
    acts: set[str]
    without: set[str]
    things: set[str]
    named: set[str]


def _replies(a: Row, b: Row, x: _Read, y: _Read, vectors: dict[int, Vec], named: bool) -> bool:
    """Whether claim ``b`` replies to claim ``a`` (see :func:`reply_pairs`); ``named``: only when one names the
    other's source (and they share a word or are alike), as claims of two reports must."""
    if a.same_source(b) or not x.acts & y.acts:
        return False
    if a.polar[0] == b.polar[0] and not (x.without & (y.acts - y.without) or y.without & (x.acts - x.without)):
        return False  # the same polarity, and no act done 'without' in one that the other says was done
    common = bool((x.things - a.polar[1]) & y.things) or vectors[a.pk].cos(vectors[b.pk]) >= REPLY_ALIKE
    names = bool(y.named & set(words(x.clause)) or x.named & set(words(y.clause)))
    return (names and common) if named else (common or names)


def _turn(a: Row, b: Row) -> tuple[int, int]:
    """(claim, reply): a denial read from its negation ('No serviceman fired a shot') denies, even when it came
    first."""
    return (b.pk, a.pk) if a.position == "denies" and b.position == "asserts" else (a.pk, b.pk)


_AUXILIARY = {"been", "being", "had", "has", "have", "was", "were", "did", "does"}


_ROLE = frozenset(words("spokesman spokeswoman spokesperson official officials source sources chief head director "
                         "minister people member members leader leaders president chairman"))


def _named(r: Row) -> set[str]:
    """The stems of the common words that name a claim's source, but its role ('The company' -> company; 'An army
    spokesman, Brigadier X, said' -> army, from its sentence's opening words up to the source's name): a claim that
    names the other source ('the company had been warned twice') is what that source replies to."""
    at = r.lead.find(r.source_text) if r.source_text else -1
    source = r.source_text + " " + (r.lead[:at] if at > 0 else "")
    return set(words(" ".join(t for t in _TOKEN.findall(source) if not t[0].isupper()))) - _ROLE


_WITHOUT = re.compile(r"\bwithout\s+(?:any\s+|a\s+|prior\s+|advance\s+|a\s+single\s+)?([a-z][\w-]*)", re.I)


def _without(clause: str) -> set[str]:
    """The acts a clause says were not done with 'without' ('released water without warning' -> warn)."""
    return {act_key(w.lower()) for w in _WITHOUT.findall(clause) if _verbal(w.lower())}


def _verbal(low: str) -> bool:
    return low.endswith(("ed", "ing")) or low in _verb_forms()[0] or verb_key(low) in _classes()


def _things(clause: str) -> set[str]:
    """The stems of a main clause's other words: not verbs (:func:`_acts`), names or capitalised words ('Thai')."""
    return set(words(" ".join(t for t in _TOKEN.findall(clause) if not t[0].isupper() and not _verbal(t.lower()))))


def _acts(clause: str) -> set[str]:
    """The acts a main clause tells: the :func:`act_key` of each of its lower-case words that reads as a verb (ending
    in -ed or -ing, an irregular form of ``data/verb_forms.tsv``, or a verb of ``data/verb_classes.tsv``), not a
    light verb ('said', 'made') or an auxiliary."""
    out = set()
    tokens = _TOKEN.findall(clause)
    for i, t in enumerate(tokens):
        low = t.lower()
        if t[0].isupper() or low in _AUXILIARY:
            continue
        if _verbal(low):
            out.add(phrase_key(tokens, i))
    return out - _light()
