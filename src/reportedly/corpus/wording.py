"""The wording of one content: the terms of ``data/claims.tsv`` matched on its words, the noun that stands for a
claim ('the allegations', 'it'), whether it calls something false, whether it says something was not done, and the
earlier figures a correction names.

In: a statement's content or a sentence (a string). Out: matches, spans, polarity and values that
:mod:`.claims` turns into :class:`~.claims.Claim` once per document, and that :mod:`.contradictions` and
:mod:`.polarity` read again at query time from the stored propositions. Word lists are ``data/claims.tsv``;
nothing here knows a story or a domain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .propositions import Quantity, quantities, words
from .terms import Match, load, negated

_NOT_HINTS = {"real", "true", "actual", "own", "new", "latest", "earlier", "same", "whole", "entire", "official",
              "initial", "first", "final", "preliminary", "previous", "various", "repeated", "further"}
_CLAUSE_WORDS = {"that", "which", "who", "had", "has", "have", "was", "were", "is", "are", "be", "been", "will",
                 "would", "could", "did", "does", "said", "says"}
_PRONOUNS = {"it", "that", "this", "them", "these", "those"}
_COPULAS = {"is", "was", "are", "were", "'s"}
FIGURES = {"figure", "figures", "number", "numbers", "toll", "count", "tally", "estimate", "amount"}
"""Nouns that stand for a figure ('disputed the figure', 'the real toll')."""
_LEAD = re.compile(r"^\W*(?:that|whether|if)\s+", re.I)
_DETERMINERS = {"the", "a", "an", "any", "all", "such", "these", "those", "its", "their", "his", "her", "our",
                "both", "this", "that", "every", "similar", "earlier", "latest", "new", "recent"}


class _Words:
    """The terms of ``data/claims.tsv``, matched on word tokens (a dictionary look-up per word, far quicker
    than one regular expression of every term): :meth:`find` returns :class:`~.terms.Match` as
    :class:`~.terms.Lexicon` does, longer terms first, without overlaps."""

    _TOKEN = re.compile(r"[\w'’-]+")

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        self.phrases: dict[str, list[tuple[tuple[str, ...], bool, str, str]]] = {}
        for label, term in entries:
            ws = tuple(term.lower().rstrip("*").split())
            key = ws[0] if len(ws) > 1 or not term.endswith("*") else "*"
            self.phrases.setdefault(key, []).append((ws, term.endswith("*"), label, term))
        for v in self.phrases.values():
            v.sort(key=lambda x: -len(x[0]))
        self._starts = tuple(ws[0] for ws, _stem, _label, _term in self.phrases.get("*", []))
        """The beginnings of the one-word stems (``term*``), to rule them all out in one call per token."""
        self._needles: dict[frozenset[str], re.Pattern[str] | None] = {}
        """Labels -> a search for the longest word of each term of them (:meth:`could_find`)."""

    def could_find(self, text: str, labels: frozenset[str]) -> bool:
        """Whether :meth:`find` may give ``text`` a match of one of ``labels``: False only when it surely gives none
        (one search for the longest word of every such term in the lower-cased text, which a match must hold), so
        callers that keep only those labels can skip :meth:`find` for most sentences."""
        if labels not in self._needles:
            words = {max(ws, key=len) for v in self.phrases.values() for ws, _stem, label, _term in v
                     if label in labels}
            self._needles[labels] = re.compile("|".join(map(re.escape, sorted(words)))) if words else None
        needles = self._needles[labels]
        return needles is not None and needles.search(text.lower().replace("’", "'")) is not None

    def find(self, text: str) -> list[Match]:
        """Matches in ``text``, each with its negation (:func:`~.terms.negated`)."""
        toks = [(m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in self._TOKEN.finditer(text)]
        out: list[Match] = []
        i = 0
        while i < len(toks):
            best = None
            for ws, stem, label, term in self.phrases.get(toks[i][0], []):
                n = len(ws)
                got = [t[0] for t in toks[i:i + n]]
                if len(got) == n and got[:-1] == list(ws[:-1]) and (
                        got[-1] == ws[-1] or (stem and got[-1].startswith(ws[-1]))):
                    best = (n, label, term)
                    break
            if best is None and toks[i][0].startswith(self._starts):
                for ws, _stem, label, term in self.phrases.get("*", []):
                    if toks[i][0].startswith(ws[0]):
                        best = (1, label, term)
                        break
            if best is None:
                i += 1
                continue
            n, label, term = best
            start, end = toks[i][1], toks[i + n - 1][2]
            out.append(Match(label, term, start, end, negated(text, start)))
            i += n
        return out


@lru_cache(maxsize=1)
def claim_words() -> _Words:
    """``data/claims.tsv`` as a matcher of terms labelled by class (all but ``no_broker``, ``deal_noun`` and
    ``notice_noun``, matched apart)."""
    apart = ("no_broker", "deal_noun", "notice_noun")
    return _Words([(cls, term) for cls, term in load("claims.tsv") if cls not in apart])


@lru_cache(maxsize=1)
def _no_broker_words() -> _Words:
    return _Words([(cls, term) for cls, term in load("claims.tsv") if cls == "no_broker"])


def says_no_broker(text: str) -> bool:
    """Whether ``text`` says no one brokered or mediated something ('There was no third party in that call',
    'worked out directly between the two armies', 'without any mediation'): a ``no_broker`` phrase of
    ``data/claims.tsv``, not negated."""
    return any(not m.negated for m in _no_broker_words().find(text))


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for cls, term in load("claims.tsv"):
        out.setdefault(cls, set()).add(term.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _class_words(cls: str) -> frozenset[str]:
    return _classes().get(cls, frozenset())


@lru_cache(maxsize=1)
def _relative() -> re.Pattern[str]:
    """', which X denies' / ', a claim the police denied' / 'a figure the alliance rejected'."""
    nouns = "|".join(sorted(w for w in _class_words("claim_noun") if w.isalpha() and len(w) > 4))
    verbs = "|".join(sorted(_class_words("deny_verb"), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[,;(—–-]\s*)(?P<lead>which|(?:a|an|the) (?:{nouns})(?: that)?)\s+(?P<who>[^,;.()]{{2,70}}?)\s+"
        rf"(?:(?:has|have|had|again|also|strongly|flatly|quickly|since|later|immediately|repeatedly|then)\s+)*"
        rf"(?P<verb>{verbs})\b(?P<rest>[^,;.]{{0,60}})", re.I)


@lru_cache(maxsize=1)
def _put_at() -> re.Pattern[str]:
    """'The district administration put the toll at 23' / 'The Army puts it at 27' (``figure_verb`` and
    ``source_noun`` words of ``data/claims.tsv``)."""
    nouns = "|".join(sorted(_class_words("source_noun")))
    verbs = "|".join(sorted(_class_words("figure_verb"), key=len, reverse=True))
    return re.compile(
        rf"(?P<who>(?:[A-Z][\w'’.-]*|the|of|and|its|a)(?:[ \t]+(?:[A-Z][\w'’.-]*|the|of|and|'s|’s|{nouns}))*)"
        rf"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>{verbs})\s+"
        r"(?P<what>it\b|(?:(?:the|its|their|his|her|a)\s+)?[^.;:\n]{1,50}?)\s*at\s+(?P<n>(?:[^.;\n]|\.(?=\d)){1,40})")


def _object_of_claim(content: str) -> tuple[str | None, str, str, list[str]]:
    """If ``content`` opens with a noun that stands for a claim ('Russian claims of encirclement', 'the
    allegations baseless', 'it'), return (the noun, the explicit proposition after 'that'/'of', the
    holder words before the noun, the other words of the phrase); else (None, '', '', [])."""
    toks = re.findall(r"[\w'’-]+|[^\w\s]", content)
    nouns = _class_words("claim_noun")
    refute = _class_words("refute")
    head = None
    for i, t in enumerate(toks[:6]):
        low = t.lower().replace("’", "'")
        if low in nouns and (not any(x[0].isalnum() for x in toks[:i]) or low not in _PRONOUNS):
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            if low in _PRONOUNS and nxt in nouns:
                continue  # 'that charge': a determiner
            if low in _PRONOUNS and nxt in _COPULAS and _refuted(toks[i + 2:i + 6], refute):
                head = i  # 'That is not true', 'this is categorically false': the pronoun is what is called false
                break
            if low in _PRONOUNS and nxt and nxt[0].isalnum() and nxt not in {"as", "a", "an"} | refute:
                break  # 'that Brenholt had fallen', 'it had been started deliberately': a clause
            head = i
            break
        if low in _CLAUSE_WORDS:
            break  # 'the report had come 31 hours late': a clause, not a noun phrase
    if head is None:
        return None, "", "", []
    before = toks[:head]
    after = toks[head + 1:]
    holder = " ".join(t for t in before if (t[:1].isupper() or t.lower().endswith(("'s", "’s", "s'", "s’")))
                      and t.lower() not in _DETERMINERS)  # 'These numbers': no holder
    hint = words(" ".join(t for t in before if t.isalpha() and t.lower() not in _DETERMINERS | _NOT_HINTS
                          and not t[:1].isupper()))
    rest = ""
    if after and after[0].lower() in ("that", "of", "about"):
        m = re.search(rf"\b{re.escape(toks[head])}\s+(?:that|of|about)\s+(.+)$", content, re.S)
        rest = _without_verdict(m.group(1).strip()) if m else ""
    elif after and any(a.lower() in refute or a.lower() in ("as", "“", '"') for a in after[:3]):
        rest = ""
    elif len([a for a in after if a.isalpha()]) > 3:
        return None, "", "", []  # 'the report had come 31 hours late': a claim of its own
    return toks[head], rest, holder, hint


_VERDICT = re.compile(r"\s+(?:is|was|are|were|has\s+been|had\s+been|remains)\s+(?:(?:simply|completely|totally|"
                      r"entirely|utterly|absolutely|categorically|patently|plainly|just|also)\s+)*", re.I)


def _without_verdict(rest: str) -> str:
    """What a claim noun's clause says, without the verdict on it that closes the sentence ('the claim that we
    reported late is simply not true' -> 'we reported late'): a copula and a ``refute`` word of ``data/claims.tsv``
    that ends it ('the claim that the mayor was not true to his word' keeps its words)."""
    for m in _VERDICT.finditer(rest):
        tail = rest[m.end():]
        if any(f.label == "refute" and f.start == 0 and not re.search(r"\w", tail[f.end:])
               for f in claim_words().find(tail)):
            return rest[:m.start()].strip()
    return rest


def _refuted(toks: list[str], refute: frozenset[str]) -> bool:
    """Whether the few tokens after a copula call something false ('not true', 'categorically false')."""
    low = [t.lower() for t in toks]
    stems = tuple(r[:-1] for r in refute if r.endswith("*"))
    return any(w in refute or " ".join(low[k:k + 2]) in refute or (stems and w.startswith(stems))
               for k, w in enumerate(low))


def _of_a_claim(content: str, start: int, end: int) -> bool:
    """Whether a correcting verb at [start, end) acts on a claim or a figure: a claim noun ('the death toll',
    'its results', 'the corrected amount') among the few words around it, or a number right after it."""
    nouns = {w for w in _class_words("claim_noun") if len(w) > 4}
    before = re.findall(r"[\w'’-]+", content[max(0, start - 40):start].lower())[-4:]
    after = re.findall(r"[\w'’-]+", content[end:end + 60].lower())[:6]
    if any(w in nouns for w in before + after):
        return True
    return bool(quantities(content[end:end + 40])) or bool(re.match(r"\W*(?:to|from)\s+\d", content[end:]))


def _strip(content: str, matches: list[tuple[int, int]]) -> str:
    """``content`` without the matched spans, its opening 'that' and outer quotes and punctuation."""
    out = content
    for s, e in sorted(matches, reverse=True):
        out = out[:s] + " " + out[e:]
    out = _LEAD.sub("", out)
    return " ".join(out.strip(" \t\n,;:.“”\"'‘’").split())


def _sentence_of(content: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence of ``content`` around offset ``at`` (by full stops, question and exclamation
    marks)."""
    lo = max((m.end() for m in re.finditer(r"[.!?][\"”’']?\s+", content[:at])), default=0)
    m = re.search(r"[.!?](?=[\"”’']?\s|[\"”’']?$)", content[at:])
    return lo, (at + m.end()) if m else len(content)


def negation_led(content: str) -> bool:
    """Whether a content says that something did not happen: it (or one of its 'and that' clauses) opens with a
    negative ('No helicopter was in the air', 'Nobody fired from our side', '... and that no units had been
    surrounded'), the verb of its first clause is negated ('there was no encirclement'), or that verb's subject had
    no share in it (a ``no_part`` of ``data/claims.tsv``: 'Belarus has nothing to do with the outage', 'the envoy
    played no role'). A negated ``hedge`` leaves it possible and denies nothing ('the company could not rule out a
    fault', 'had not excluded sabotage')."""
    text = _LEAD.sub("", content.strip(" “”\"'‘’")).replace("’", "'").lower()
    first = re.split(r"[.;:!?]|\bbut\b", text, maxsplit=1)[0]
    clauses = [first, *re.findall(r"\band that (.+?)(?:[,.;]|$)", text)]
    if any(re.match(r"(?:not a single|not one|no one|nobody|nothing|none|neither|no|never)\b", c) for c in clauses):
        return True
    lead = " ".join(first.split()[:10])
    found = claim_words().find(lead)
    if any(m.label == "no_part" and not m.negated for m in found):
        return True  # 'Belarus has nothing to do with the outage', 'the envoy played no role': no share in it
    if any(m.label == "hedge" and m.negated for m in found):
        return False  # 'the company could not rule out a fault': it may be so, nothing is denied
    return bool(re.search(r"\b(?:had|has|have|was|were|is|are|did|does|do|could|would|will)\s+(?:not|never|no)\b|"
                          r"\b\w+n't\b|\bnever\s+\w+ed\b", lead))


def polarity(proposition: str) -> tuple[bool, frozenset[str]]:
    """Whether a proposition says that something did not happen or was not done (:func:`negation_led`, or a
    ``negator`` of ``data/claims.tsv``: 'had refused to meet the union', 'ignored three letters'), and the stems
    of those negator words (left out when two propositions of opposite polarity are compared)."""
    text = re.sub(r"[“”\"‘]", "", proposition)
    found = claim_words().find(text)
    marks = [m for m in found if m.label == "negator" and not m.negated]
    stems = frozenset(w for m in marks for w in words(text[m.start:m.end]))
    never = any(m.label == "negation" and m.term == "never" and len(text[:m.start].split()) < 10 for m in found)
    return bool(marks) or never or negation_led(text) or _negated_later(text), stems


_NO_OBJECT = re.compile(r"\b(?!(?:with|without|of|in|at|for|to|by|on|under|from|and|or|there|is|was|are|were|"
                        r"had|has|have)\b)[a-z]+\s+(?:(?:out|up|off)\s+)?no\s+(?!(?:more|fewer|less|later|"
                        r"sooner|longer|doubt|one|matter)\b)[a-z]", re.I)
"""A verb whose object is 'no' something ('had carried out no strikes', 'tests found no chlorine', 'fired no
shots'): what the verb tells was not done. Not after a preposition ('fired with no warning' says how), not a bound
('no more than 12')."""
_AND_NOT = re.compile(r"\band\s+(?:(?:had|has|have)\s+)?(?:had|has|have|was|were|is|are|did|does|do)\s+(?:not|never)\b"
                      r"|\band\s+(?:had|has|have|was|were|is|are|did|does|do)n't\b", re.I)
"""A second verb of the main clause negated ('the station was fully operational and had not been hit')."""


def _negated_later(text: str) -> bool:
    """Whether the first clause of a proposition (up to a semicolon, 'but' or a full stop; its first 14 words)
    says that an act was not done past its opening words: a verb with 'no' as its object, the verb or its object an
    act of ``data/verb_classes.tsv`` ('carried out no strikes', 'fired no shots', 'received no warning'; not 'had
    seen no rescuers', which tells what someone saw), or a negated second verb after 'and' (:func:`negation_led`
    reads the opening and the first verb)."""
    first = re.split(r"[.;:!?]|\bbut\b|\bwhile\b|\balthough\b", text, maxsplit=1)[0]
    head = " ".join(first.split()[:14])
    if _AND_NOT.search(head):
        return True
    for m in _NO_OBJECT.finditer(head):
        pair = re.findall(r"[a-z]+", head[m.start():m.end() - 1].lower()) + \
            re.findall(r"[a-z]+", head[m.end() - 1:].lower())[:1]
        if any(_an_act(w) for w in pair if w not in ("no", "out", "up", "off")):
            return True
    return False


@lru_cache(maxsize=1)
def _acts() -> tuple[str, ...]:
    """The verbs of ``data/verb_classes.tsv`` (their lemmas)."""
    return tuple(sorted({verb.lower() for _, verb in load("verb_classes.tsv")}))


def _an_act(word: str) -> bool:
    """Whether a word is a form of a verb of ``data/verb_classes.tsv`` ('strikes', 'fired', 'warning')."""
    return any(word == v or (len(v) >= 4 and word.startswith(v.rstrip("e"))) for v in _acts())


_OLD = re.compile(r"(?:earlier figure of|figure of|from|not|rather than|instead of|previous(?:ly)?|first said|"
                  r"had (?:announced|given|said|put))\s+(?:(?:the|its|their|his|her)\s+(?:(?:earlier|first|initial|"
                  r"previous)\s+)?(?=\d))?(?:(?:SEK|USD|EUR|Rs\.?|\$|€|£)\s?)?"
                  r"(?P<n>\d[\d,]*(?:\.\d+)?|\w+)", re.I)


def _old_values(sentence: str, new: list[Quantity]) -> list[float]:
    """The earlier figures a correction names ('an earlier figure of 14', 'not SEK 4.2 million', 'rather
    than seven', 'the figure of 31 he gave was wrong', 'to 148,000, from the 112,000 it had given')."""
    out = []
    for m in _OLD.finditer(sentence):
        qs = quantities(sentence[m.start("n"):])
        if qs and qs[0].text.lower().lstrip("$€£").startswith(m.group("n").lower()[:2]):
            out.append(qs[0].value)
        else:
            from ..events.words import number_value

            v = number_value([m.group("n")])
            if v is not None:
                out.append(v)
    return [v for v in dict.fromkeys(out) if not any(v == q.value for q in new[-1:])]
