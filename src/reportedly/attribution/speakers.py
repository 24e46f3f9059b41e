"""Speakers resolved to document actors: names merged, pronouns and descriptions linked.

No coreference model installs offline (see the project notes), so this is the project's own
resolver, built for the way news names its actors:

* **Names.** spaCy's PERSON, ORG, GPE and NORP entities, plus "Mr./Mrs./Ms. X", become mentions.
  Person mentions merge by surname with the fullest form as the name ("Keir Starmer",
  "Mr. Starmer", "Starmer"); a bare surname shared by two people goes to the one mentioned last.
  Countries merge through their aliases ("US", "U.S.", "United States").
* **Titles.** Title words before a name ("UK Prime Minister Keir Starmer") and appositions
  ("Mikhail Kasyanov, former Prime Minister under ...") are kept as the actor's titles; the country
  in a title ("UK", "Dutch") gives the actor's country, and ``data/people.tsv`` fills in well-known
  people.
* **Descriptions.** "the British Prime Minister", "the Russian leader" resolve to the actor whose
  titles and country fit, else stand as their own actor.
* **Pronouns.** he/she go to the salient compatible person (last speaker first, then the last
  subject, then the last mention), gender from honorifics, first names, known people and earlier
  pronouns; they/their to the last coordinated or plural subject; it/its to the last
  organisation or country.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..model import Actor, ActorType, Span
from ..text import lexicons
from ..text.lexicons import norm
from ..text.nlp import Parsed

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
THING_PRONOUNS = {"it", "its"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
RELATIVE = {"who", "that", "which", "whom", "whose"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "both", "each", "its", "their"}
_TITLE_MODIFIERS = {"former", "acting", "deputy", "then", "then-", "interim", "outgoing", "incoming", "vice",
                    "senior", "chief", "top", "foreign", "defence", "defense", "prime", "state"}
_LOOKBACK_TOKENS = 400
_HONORIFIC_NAME_WORDS = 10  # most words of a name after 'Mr.' (PolNeAR: 2; 'Mr. Mr. Mr. ...' was O(n^2))
_PAIR_NOUNS = {"countries", "nations", "states", "sides", "governments", "parties", "leaders", "men", "women"}
_NAME_PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "du", "dos", "del", "la", "le", "bin", "ibn", "al",
                   "el", "ben"}
# Description heads that fit anyone with some title ('the Tajik official').
_GENERIC_TITLES = {"official", "minister", "diplomat", "politician", "lawmaker", "leader"}


def _strip_title(tokens: Sequence[Token], start: int, end: int, limit: int) -> list[Token]:
    """``tokens[start:end]`` without determiners and punctuation at the edges; nothing if over ``limit`` words."""
    while start < end and (tokens[start].lower_ in _DETERMINERS or tokens[start].is_punct):
        start += 1
    while end > start and tokens[end - 1].is_punct:
        end -= 1
    return list(tokens[start:end]) if end - start <= limit else []


def _first(name: str) -> str:
    words = norm(name).split()
    return words[0] if words else ""


def _last(name: str) -> str:
    words = norm(name).split()
    return words[-1] if words else ""


@dataclass
class Cluster:
    """One document actor while it is being built."""

    name: str
    type: ActorType
    key: str
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """Token ranges of all mentions."""
    named: bool = True
    last: int = -1
    # the start tokens of the mentions, sorted; the resolver's index of mentions, told of each new one; a set of them
    starts: list[int] = field(default_factory=list, repr=False, compare=False)
    on_add: Callable[[int, int], None] | None = field(default=None, repr=False, compare=False)
    _seen: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)

    def add(self, start: int, end: int) -> None:
        if (start, end) not in self._seen:  # a set: the list grows with every mention of a much-named actor
            self._seen.add((start, end))
            self.mentions.append((start, end))
            bisect.insort(self.starts, start)
            if self.on_add is not None:
                self.on_add(start, end)
        self.last = max(self.last, start)

    def add_title(self, title: str) -> None:
        t = " ".join(title.split()).strip(" ,")
        if t and t.lower() not in (x.lower() for x in self.titles):
            self.titles.append(t)


class Resolver:
    """Builds the document's actors and resolves noun phrases and pronouns to them."""

    def __init__(self, parsed: Parsed, *, skip_blocks: Iterable[int] = ()) -> None:
        self.p = parsed
        self.doc = parsed.doc
        self.roles = lexicons.roles()
        self.clusters: list[Cluster] = []
        self._by_key: dict[str, int] = {}
        # Indexes (so that no name, mention or pronoun looks at every cluster): clusters by the last word of
        # their key and of their current name (:meth:`_rename`), in order; (start, cluster) of all mentions, sorted.
        self._by_key_last: dict[str, list[int]] = {}
        self._by_surname: dict[str, list[int]] = {}
        self._mention_starts: list[tuple[int, int]] = []
        self._token_cluster: dict[int, int] = {}
        self._title_tokens: set[int] = set()
        skip = set(skip_blocks)
        self._skipped = [(f, e) for b, (f, e, _) in enumerate(parsed.blocks) if b in skip]
        self._headline = self._title_case_headline()
        self.speakers: list[tuple[int, list[int]]] = []
        """(token, clusters) of each statement source resolved so far, in text order."""
        # their tokens, whether they are in text order so far (then bisected), those of two or more clusters
        self._speaker_starts: list[int] = []
        self._speakers_sorted = True
        self._group_speakers: list[tuple[int, list[int]]] = []
        self._collect_names()

    # -- named mentions --------------------------------------------------------------------------

    def _in_skipped(self, i: int) -> bool:
        k = bisect.bisect_right(self._skipped, (i, len(self.doc))) - 1  # skipped paragraphs are in text order
        return k >= 0 and self._skipped[k][0] <= i < self._skipped[k][1]

    def _collect_names(self) -> None:
        doc = self.doc
        persons: list[tuple[SpacySpan, list[str]]] = []
        taken: set[int] = set()
        headline = self._headline
        elsewhere = {norm(e.text) for e in doc.ents if e.start >= headline}
        platforms = lexicons.channels()
        groups: list[SpacySpan] = []
        for ent in doc.ents:
            key = norm(ent.text)
            if self._in_skipped(ent.start) or (key in lexicons.demonyms() and ent.label_ != "GPE"
                                               and key not in lexicons.country_names()):
                continue  # 'the Tajik official': a nationality adjective the NER took for a name
            if (ent.start < headline and key not in elsewhere) or key in platforms:
                continue  # 'Come to the Table' in a title-case headline; 'formerly Twitter'
            if ent.label_ == "PERSON":
                ent = self._extend_name(ent)
                span = self._trim_person(ent)
                if span is not None:
                    persons.append((span, self._name_tokens(span)))
                    taken.update(range(span.start, span.end))
            elif ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                groups.append(ent)
                taken.update(range(ent.start, ent.end))
        # "Mr. Starmer" where the model missed the name
        for t in self.p.tokens:
            if t.lower_ in ("mr.", "mrs.", "ms.", "mr", "mrs", "ms") and t.i + 1 < len(doc) and t.i + 1 not in taken:
                nxt = doc[t.i + 1]
                if nxt.is_title and nxt.pos_ == "PROPN" and not self._in_skipped(t.i):
                    end = t.i + 2
                    stop = min(len(doc), t.i + 1 + _HONORIFIC_NAME_WORDS)
                    while end < stop and doc[end].pos_ == "PROPN" and doc[end].is_title:
                        end += 1
                    span = doc[t.i + 1:end]
                    persons.append((span, self._name_tokens(span)))
        persons.sort(key=lambda x: x[0].start)
        # full names first so that a surname mentioned before the full name still merges
        persons = [(s, n) for s, n in persons if any(any(ch.isalpha() for ch in w) for w in n)]
        full = [(s, n) for s, n in persons if len(n) >= 2]
        for span, name in full:
            self._add_person(span, name)
        for span, name in persons:
            if len(name) < 2:
                self._add_person(span, name)
        for ent in groups:
            if not any(i in self._title_tokens for i in range(ent.start, ent.end)):
                self._add_group_entity(ent)  # not 'State' in 'Secretary of State Marco Rubio'

    def _title_case_headline(self) -> int:
        """End token of the first paragraph when it is a title-case headline (NER guesses there), else 0."""
        if not self.p.blocks:
            return 0
        first, end, _ = self.p.blocks[0]
        words = [t for t in self.doc[first:end] if t.is_alpha and len(t) > 3]
        return end if words and sum(t.is_title for t in words) >= 0.6 * len(words) else 0

    def _extend_name(self, ent: SpacySpan) -> SpacySpan:
        """'Ursula von' + 'der Leyen': carry a person's name over particles the NER cut off."""
        doc = self.doc
        end = ent.end
        while end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and (
                doc[end + 1].is_title or doc[end + 1].lower_ in _NAME_PARTICLES):
            end += 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
        return doc[ent.start:end] if end > ent.end else ent

    def _trim_person(self, ent: SpacySpan) -> SpacySpan | None:
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in self.roles or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].text in ("’s", "'s", "'", "’") or doc[end - 1].is_punct):
            end -= 1
        if end <= start:
            return None
        return doc[start:end]

    @staticmethod
    def _name_tokens(span: SpacySpan) -> list[str]:
        return [t.text for t in span if (t.text not in ("’s", "'s") and not t.is_punct) or t.text == "-"]

    def _honorific(self, span: SpacySpan) -> str | None:
        if span.start == 0:
            return None
        kind = self.roles.get(self.doc[span.start - 1].lower_, "")
        return kind.split(":")[1] if kind.startswith("honorific:") else None

    def _add_person(self, span: SpacySpan, name: list[str]) -> int:
        surname = norm(name[-1])
        gender = self._honorific(span)
        idx = None
        if len(name) >= 2:
            full = norm(" ".join(name))
            idx = self._by_key.get("person:" + full)
            if idx is None:
                # "Vladimir Putin" vs "President Vladimir Putin": same first and last name
                for k in self._by_key_last.get(surname, ()):
                    c = self.clusters[k]
                    if c.type == "person" and _first(c.name)[:1] == norm(name[0])[:1]:
                        idx = k
                        break
            if idx is None:
                idx = self._new(Cluster(" ".join(name), "person", "person:" + full))
        else:
            candidates = [k for k in self._by_surname.get(surname, ()) if self.clusters[k].type == "person" and
                          (gender is None or self.clusters[k].gender in (None, gender))]
            if candidates:
                before = [k for k in candidates if self.clusters[k].starts and self.clusters[k].starts[0] < span.start]
                idx = max(before or candidates, key=lambda k: self._last_before(k, span.start))
            else:
                idx = self._by_key.get("person:" + surname)
                if idx is None:
                    idx = self._new(Cluster(" ".join(name), "person", "person:" + surname))
        c = self.clusters[idx]
        if len(" ".join(name)) > len(c.name) and len(name) >= len(c.name.split()):
            self._rename(idx, " ".join(name))
        c.add(span.start, span.end)
        for i in range(span.start, span.end):
            self._token_cluster[i] = idx
        if gender and not c.gender:
            c.gender = gender
        self._person_facts(c, span, idx)
        return idx

    def _last_before(self, k: int, pos: int) -> int:
        starts = self.clusters[k].starts
        j = bisect.bisect_left(starts, pos)
        return starts[j - 1] if j else -1

    def _person_facts(self, c: Cluster, span: SpacySpan, k: int) -> None:
        """Titles before the name and in an apposition; country and gender from lexicons."""
        title = self._title_before(span)
        if title:
            c.add_title(title)
            code = self._title_country(title)
            if code and not c.country:
                c.country = code
        appos = self._apposition_title(span) or self._apposed_to(span)
        if appos:
            c.add_title(appos)
            code = self._title_country(appos)
            if code and not c.country:
                c.country = code
        known = lexicons.people().get(norm(c.name))
        if known is None and len(c.name.split()) == 1:
            options = lexicons.people_by_surname().get(norm(c.name), [])
            known = options[0] if len(options) == 1 else None
        if known is not None:
            c.country = c.country or known.country
            c.gender = c.gender or known.gender
            if len(c.name.split()) == 1 and any(t.split()[-1].lower() in " ".join(known.roles).lower()
                                                for t in c.titles):
                self._rename(k, known.name)  # 'President Trump' alone in the text: the known full name
        if not c.gender and len(c.name.split()) >= 2:
            c.gender = lexicons.first_names().get(c.name.split()[0].lower())

    def _title_before(self, span: SpacySpan) -> str:
        """'UK Prime Minister' in 'UK Prime Minister Keir Starmer'."""
        doc = self.doc
        i = span.start - 1
        if i >= 0 and self.roles.get(doc[i].lower_, "").startswith("honorific"):
            return ""
        words: list[Token] = []
        while i >= 0:
            t = doc[i]
            low = t.lower_
            if (t.is_punct and t.text != "-") or low in _DETERMINERS or (t.ent_type_ == "PERSON" and not words):
                break
            if low == "of" and words and i > 0 and (doc[i - 1].lower_ in self.roles or doc[i - 1].is_title):
                words.insert(0, t)  # 'Secretary of State'
                i -= 1
                continue
            if t.is_title or t.is_upper or low in self.roles or low in _TITLE_MODIFIERS or t.text == "-":
                words.insert(0, t)
                i -= 1
                continue
            break
        # keep the title from its first role, country or organisation word ('Monday UK Prime Minister')
        while words and not (words[0].lower_ in self.roles or words[0].lower_ in _TITLE_MODIFIERS or
                             words[0].ent_type_ in ("ORG", "GPE", "NORP") or lexicons.country_code(words[0].text)):
            words.pop(0)
        if not any((w.lower_ in self.roles and not self.roles[w.lower_].startswith("honorific")) or
                   " ".join(x.lower_ for x in words[k:k + 2]) in self.roles for k, w in enumerate(words)):
            return ""
        while words and (words[0].text in ("’s", "'s") or words[0].is_punct):
            words.pop(0)
        self._title_tokens.update(w.i for w in words)
        return " ".join(w.text for w in words)

    def _apposition_title(self, span: SpacySpan) -> str:
        """'former Prime Minister under Mr. Putin' in 'Mikhail Kasyanov, former Prime Minister ...'."""
        root = self.p.span_root(span.start, span.end)
        children = self.p.children
        for c in children[root.i]:
            if c.dep_ == "appos" and c.i > root.i and c.pos_ in ("NOUN", "PROPN"):
                cut = next((t.left_edge.i for t in children[c.i] if t.dep_ in ("relcl", "acl")), None)
                if self.p.projective[c.i]:
                    # left_edge..right_edge in order: bounds, not a list of a subtree as long as the document
                    start, end = c.left_edge.i, c.right_edge.i + 1
                    if cut is not None:
                        end = min(end, cut)
                    words = _strip_title(self.p.tokens, start, end, limit=12)
                else:
                    listed = [t for t in c.subtree if cut is None or t.i < cut]
                    words = _strip_title(listed, 0, len(listed), limit=12)
                if words and any(t.lower_ in self.roles for t in words):
                    return " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")
        return ""

    def _apposed_to(self, span: SpacySpan) -> str:
        """'Kazakhstan’s foreign minister, Daniyar Seitkali': the title NP the name is in apposition to.

        The title's head token is also mapped to the person so the whole phrase resolves to them.
        """
        root = self.p.span_root(span.start, span.end)
        head = root.head
        if root.dep_ != "appos" or head.pos_ != "NOUN" or head.lower_ not in self.roles:
            return ""
        if self.p.projective[head.i]:  # the subtree in order, without listing all of it
            stop = min(root.i, head.i + 1)
            words = self.p.tokens[head.left_edge.i:stop] + ([head] if head.i >= stop else [])
        else:
            words = [t for t in head.subtree if (t.i < root.i and t.i <= head.i) or t.i == head.i]
        lead = next((k for k, w in enumerate(words) if not (w.lower_ in _DETERMINERS or w.is_punct)), len(words))
        words = words[lead:]
        idx = self._token_cluster.get(root.i)
        if idx is not None:
            self._token_cluster.setdefault(head.i, idx)
        return " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")

    def _title_country(self, title: str) -> str | None:
        words = title.replace("’s", "").split()
        for n in (3, 2, 1):
            for k in range(len(words) - n + 1):
                code = lexicons.country_code(" ".join(words[k:k + n]))
                if code:
                    return code
        return None

    def _add_group_entity(self, ent: SpacySpan) -> int | None:
        """Countries, organisations and plural groups named by the NER; cities and regions are places."""
        doc = self.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in _DETERMINERS:
            start += 1
        while end > start and (doc[end - 1].text in ("’s", "'s") or doc[end - 1].is_punct):
            end -= 1
        if end <= start:
            return None
        text = doc[start:end].text
        country = lexicons.country_names().get(norm(text)) if lexicons.country_code(text) else None
        if country is not None:
            kind: ActorType = "organization" if country.startswith("ORG:") else "country"
            return self._group(lexicons.countries()[country].name, kind, start, end, country,
                               key=f"{kind}:{country}")
        if ent.label_ == "NORP":
            # 'Democrats said': a plural people-noun speaks; 'Ukrainian forces': an adjective does not
            if doc[end - 1].tag_ in ("NNPS", "NNS") and ent.root.dep_ not in ("amod", "compound"):
                return self._group(text, "group", start, end, lexicons.country_code(text))
            return None
        if ent.label_ == "ORG":
            inst = lexicons.institutions().get(norm(text))
            return self._group(text, "organization", start, end, inst[0] if inst else self._title_country(text))
        return None

    def _group(self, name: str, kind: ActorType, start: int, end: int, country: str | None,
               key: str | None = None, named: bool = True) -> int:
        key = key or f"{kind}:{norm(name)}"
        idx = self._by_key.get(key)
        if idx is None:
            idx = self._new(Cluster(name, kind, key, country=country, named=named))
        c = self.clusters[idx]
        c.add(start, end)
        for i in range(start, end):
            self._token_cluster[i] = idx
        return idx

    def _new(self, c: Cluster) -> int:
        self.clusters.append(c)
        k = len(self.clusters) - 1
        self._by_key[c.key] = k
        if c.key.split():
            self._by_key_last.setdefault(c.key.split()[-1], []).append(k)
        self._by_surname.setdefault(_last(c.name), []).append(k)
        c.on_add = lambda start, end: bisect.insort(self._mention_starts, (start, k))  # (c has no mention yet)
        return k

    def _rename(self, k: int, name: str) -> None:
        """Give cluster ``k`` a new name, keeping the index of clusters by surname."""
        c = self.clusters[k]
        old, new = _last(c.name), _last(name)
        c.name = name
        if old != new:
            self._by_surname[old].remove(k)
            bisect.insort(self._by_surname.setdefault(new, []), k)

    # -- resolving a source ------------------------------------------------------------------------

    def resolve_source(self, start: int, end: int, head: int | None) -> list[int]:
        """Cluster indices a source phrase (token range) refers to; records the speaker."""
        found = self.resolve_phrase(start, end, head)
        if found:
            if end - start == 1 and self.doc[start].pos_ == "PRON":
                for k in found:
                    self.clusters[k].add(start, end)  # a pronoun that speaks is a mention
            self._speakers_sorted = self._speakers_sorted and (not self.speakers or self.speakers[-1][0] <= start)
            self.speakers.append((start, found))
            self._speaker_starts.append(start)
            if len(found) >= 2:
                self._group_speakers.append((start, found))
        return found

    def resolve_phrase(self, start: int, end: int, head: int | None) -> list[int]:
        """Clusters for a noun phrase: named mentions, coordination, pronouns, descriptions."""
        doc = self.doc
        if head is None or not start <= head < end:
            head = self.p.span_root(start, end).i
        h = doc[head]
        low = h.lower_
        if low in RELATIVE and h.i != h.head.i:
            target = h.head.head if h.head.dep_ == "relcl" else h.head
            return self.resolve_phrase(target.left_edge.i, target.i + 1, target.i)
        if h.pos_ == "PRON" or low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in THING_PRONOUNS:
            return self.resolve_pronoun(h)
        both = self._both_of(h)
        if both:
            return both
        members = [h, *self.p.conjuncts_in(h.i, start, end)]
        out: list[int] = []
        for m in members:
            k = self._named_at(m)
            if k is None:
                lo = start if m.i == h.i else m.left_edge.i
                k = self._describe(m, max(lo, start), m.i + 1)
            if k is not None and k not in out:
                out.append(k)
        return out

    def _both_of(self, h: Token) -> list[int]:
        """'both countries’ defence ministries', 'both sides': the pair last named together."""
        if h.pos_ == "PROPN":
            return []  # 'the United States' is one country, not 'the (two) states'
        noun = next((c for c in self.p.children[h.i] if c.dep_ == "poss"), None) if h.lower_ not in _PAIR_NOUNS else h
        if noun is None or noun.lower_ not in _PAIR_NOUNS:
            return []
        if not any(c.lower_ in ("both", "two", "the") for c in self.p.children[noun.i]):
            return []
        return self._plural_subject(h.i, countries_only=noun.lower_ in ("countries", "nations", "states"))

    def _named_at(self, t: Token) -> int | None:
        """The named cluster at a token or inside its compound/name chain."""
        if t.i in self._token_cluster:
            return self._token_cluster[t.i]
        if t.is_title and t.pos_ in ("PROPN", "NOUN"):
            # 'Starmer: Putin must ...' where the NER missed the surname of someone named elsewhere
            same = [k for k in self._by_surname.get(t.lower_, ()) if self.clusters[k].type == "person"]
            if len(same) == 1:
                self.clusters[same[0]].add(t.i, t.i + 1)
                self._token_cluster[t.i] = same[0]
                return same[0]
        for c in self.p.children[t.i]:
            if c.dep_ in ("compound", "poss", "nmod") and c.i in self._token_cluster and c.i < t.i:
                k = self._token_cluster[c.i]
                if self.clusters[k].type == "person" and c.dep_ == "compound":
                    return k
        return None

    def _describe(self, t: Token, start: int, end: int) -> int | None:
        """A description ('the British Prime Minister', 'the Russian defence ministry', 'officials')."""
        doc = self.doc
        words = [w for w in doc[start:end] if w.lower_ not in _DETERMINERS and not w.is_punct]
        while words and words[0].dep_ in ("cc", "preconj"):
            words.pop(0)
        if not words:
            return None
        text = " ".join(w.text for w in words).replace(" ’s", "’s").replace(" 's", "'s")
        lowered = [w.lower_ for w in words]
        inst = lexicons.institutions().get(norm(text))
        if inst is not None:
            return self._group(text, "organization", start, end, inst[0])
        code = lexicons.country_names().get(norm(text)) if t.pos_ == "PROPN" else None
        if code is not None:
            # a country name the NER missed ('Turkey's support'): the same actor as its other mentions
            kind: ActorType = "organization" if code.startswith("ORG:") else "country"
            return self._group(lexicons.countries()[code].name, kind, start, end, code, key=f"{kind}:{code}")
        country = next((c for w in words[:-1] if (c := lexicons.country_code(w.text))), None)
        role_at = max((k for k, w in enumerate(lowered) if w in self.roles or " ".join(lowered[k:k + 2]) in self.roles),
                      default=None)
        kind = ""
        role = ""
        if role_at is not None:
            two = " ".join(lowered[role_at:role_at + 2])
            role = two if two in self.roles else lowered[role_at]
            kind = self.roles[role]
        if role_at is not None:
            tail = words[role_at + len(role.split()):]
            if 1 <= len(tail) <= 4 and all(w.pos_ == "PROPN" and w.is_title for w in tail):
                # 'Estonian Prime Minister Kaja Rand' where the NER missed the name
                span = doc[tail[0].i:tail[-1].i + 1]
                return self._add_person(span, self._name_tokens(span))
        if kind in ("leader", "title") and role_at is not None and role_at + len(role.split()) >= len(words):
            # 'a White House official' introduces someone new: only a definite description is a known person
            indefinite = doc[start].lower_ in ("a", "an", "another")
            k = None if indefinite else self._by_title(role, country, kind, t.i)
            if k is not None:
                c = self.clusters[k]
                c.add(start, end)
                if len(words) > 1:
                    c.add_title(text[0].upper() + text[1:])
                return k
            return self._group(text, "person", start, end, country, named=False)
        if kind == "institution":
            return self._group(text, "organization", start, end, country, named=False)
        if kind == "group" or t.tag_ in ("NNS", "NNPS"):
            return self._group(text, "group", start, end, country, named=False)
        if t.pos_ == "PROPN" and t.i >= self._headline:  # not 'for a Truce' in a title-case headline
            return self._group(text, "unknown", start, end, country)
        return None

    def _by_title(self, title: str, country: str | None, kind: str, pos: int) -> int | None:
        """The person whose titles (or known roles) fit a description, most recently mentioned."""
        best, best_pos = None, -1
        for k, c in enumerate(self.clusters):
            if c.type != "person" or not c.named:
                continue
            if country and c.country and c.country != country:
                continue
            titles = " | ".join(c.titles).lower()
            known = lexicons.people().get(norm(c.name))
            roles = " | ".join(known.roles).lower() if known else ""
            fits = title in titles or title in roles or (title in _GENERIC_TITLES and bool(c.titles or roles))
            if not fits and kind == "leader" and title == "leader":
                fits = any(w in titles or w in roles for w, v in self.roles.items() if v == "leader" and w != "leader")
            if not fits or (country and not c.country and country not in titles.upper()):
                continue
            last = self._last_before(k, pos)
            if last > best_pos:
                best, best_pos = k, last
        return best

    # -- pronouns ------------------------------------------------------------------------------------

    def resolve_pronoun(self, t: Token) -> list[int]:
        """Clusters a pronoun refers to, by salience (see module docstring)."""
        low = t.lower_
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            k = self._salient(t.i, lambda c: c.type == "person" and c.gender in (None, gender))
            if k is not None:
                c = self.clusters[k]
                c.gender = c.gender or gender
                return [k]
            return []
        if low in PLURAL_PRONOUNS:
            plural = self._plural_subject(t.i)
            if plural:
                return plural
            k = self._salient(t.i, lambda c: c.type in ("group", "organization", "country"))
            return [k] if k is not None else []
        if low in THING_PRONOUNS:
            k = self._salient(t.i, lambda c: c.type in ("organization", "country"))
            return [k] if k is not None else []
        return []

    def _salient(self, pos: int, fits) -> int | None:
        """Best earlier cluster that ``fits``: the last speaker, then the last subject, then the last mention."""
        lo = max(0, pos - _LOOKBACK_TOKENS)
        speakers = self.speakers
        # speakers recorded in text order (the usual case): those at or after pos are bisected away
        n = bisect.bisect_left(self._speaker_starts, pos) if self._speakers_sorted else len(speakers)
        for j in range(n - 1, -1, -1):
            tok_i, ks = speakers[j]
            if tok_i < lo:
                break
            if tok_i < pos and len(ks) == 1 and fits(self.clusters[ks[0]]):
                if pos - tok_i < 150:
                    return ks[0]
                break
        # the best-scoring mention in [lo, pos) (the first cluster on a tie), from the index of all mentions
        best, best_score = None, -1.0
        doc = self.doc
        index = self._mention_starts
        for j in range(bisect.bisect_left(index, (lo, -1)), bisect.bisect_left(index, (pos, -1))):
            s, k = index[j]
            if not fits(self.clusters[k]):
                continue
            score = s + (60 if doc[s].dep_ in ("nsubj", "nsubjpass") or doc[s].head.dep_ in ("nsubj",) else 0)
            if score > best_score or (score == best_score and best is not None and k < best):
                best, best_score = k, score
        return best

    def _plural_subject(self, pos: int, countries_only: bool = False) -> list[int]:
        """The last coordinated subject ('Mr. Starmer and Mr. Macron ...') within two sentences."""
        sent = self.p.sentence(pos)
        sents = [sent]
        if sent.start > 0:
            prev = self.p.sentence(sent.start - 1)
            sents.insert(0, prev)
            if prev.start > 0:
                sents.insert(0, self.p.sentence(prev.start - 1))
        # the subjects from pos back to the first sentence's start that can answer (listed once per document)
        subjects = self._plural_subjects[1 if countries_only else 0]
        tokens = self.p.tokens
        for j in range(bisect.bisect_left(subjects, pos) - 1, -1, -1):
            t = tokens[subjects[j]]
            if t.i < sents[0].start:
                break
            if self.p.has_conjuncts(t.i):
                ks = self.resolve_phrase(t.left_edge.i, t.right_edge.i + 1, t.i)
                if countries_only:
                    ks = [k for k in ks if self.clusters[k].type == "country"]
                if len(ks) >= 2:
                    return ks
            if countries_only:
                continue
            if t.tag_ in ("NNS", "NNPS") and t.lower_ not in PLURAL_PRONOUNS:
                ks = self.resolve_phrase(t.left_edge.i, t.i + 1, t.i)
                if ks:
                    return ks
        for tok_i, ks in reversed(self._group_speakers):
            if tok_i < pos and len(ks) >= 2:
                return ks
        return []

    @cached_property
    def _plural_subjects(self) -> tuple[list[int], list[int]]:
        """Subjects :meth:`_plural_subject` may take: coordinated or plural nouns; coordinated ones (text order)."""
        subjects = [t for t in self.p.tokens if t.dep_ in ("nsubj", "nsubjpass")]
        coordinated = [t.i for t in subjects if self.p.has_conjuncts(t.i)]
        return [t.i for t in subjects if self.p.has_conjuncts(t.i) or (
            t.tag_ in ("NNS", "NNPS") and t.lower_ not in PLURAL_PRONOUNS)], coordinated

    # -- output --------------------------------------------------------------------------------------

    def actors(self, used: Iterable[int]) -> tuple[list[Actor], dict[int, str]]:
        """Actor records (named actors and every cluster a statement uses) and the id of each cluster."""
        used_set = set(used)
        order = [k for k, c in enumerate(self.clusters) if c.mentions and (c.named or k in used_set)]
        order.sort(key=lambda k: min(m[0] for m in self.clusters[k].mentions))
        ids: dict[int, str] = {}
        out: list[Actor] = []
        for n, k in enumerate(order, 1):
            c = self.clusters[k]
            ids[k] = f"a{n}"
            spans = sorted({self.p.char_span(s, e) for s, e in c.mentions})
            out.append(Actor(id=ids[k], name=c.name, type=c.type, titles=c.titles, country=c.country,
                             mentions=spans))
        return out, ids


def actor_ref(ids: Sequence[str]) -> str | list[str] | None:
    """The ``source.actor`` value for a list of actor ids: one id, a list, or None."""
    if not ids:
        return None
    return ids[0] if len(ids) == 1 else list(ids)


def spans_of(parsed: Parsed, ranges: Iterable[tuple[int, int]]) -> list[Span]:
    """Character spans of token ranges."""
    return [parsed.char_span(s, e) for s, e in ranges]
