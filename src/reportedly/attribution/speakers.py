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
from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from ..model import Actor, Span
from ..text import lexicons
from ..text.nlp import Parsed
from ..text.transliteration import fold_word
from .clusters import _PAIR_NOUNS, FIRST_PERSON, PERSON_PRONOUNS, PLURAL_PRONOUNS, RELATIVE, THING_PRONOUNS, Cluster
from .descriptions import Descriptions
from .headlines import Headlines
from .names import Names
from .officials import Officials
from .pronouns import Pronouns

__all__ = ["FIRST_PERSON", "PERSON_PRONOUNS", "PLURAL_PRONOUNS", "RELATIVE", "THING_PRONOUNS", "Cluster", "Resolver",
           "actor_ref", "spans_of"]


class Resolver(Names, Descriptions, Pronouns, Officials, Headlines):
    """Builds the document's actors and resolves noun phrases and pronouns to them.

    Its parts: :class:`~.names.Names` (named mentions), :class:`~.descriptions.Descriptions` (titles
    and descriptions), :class:`~.pronouns.Pronouns` (pronouns by salience), :class:`~.officials.Officials`
    (an unnamed official of a body just named), :class:`~.headlines.Headlines` (a headline's roles named below).
    """

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
        self._not_actors: set[int] = set()
        self.pronoun_doubt: dict[int, bool] = {}
        self._sentence_start = 0
        self._speaking = False
        self._content = ""
        self.title_doubt: dict[int, bool] = {}
        self._collect_names()

    # -- resolving a source ------------------------------------------------------------------------

    def resolve_source(self, start: int, end: int, head: int | None, content: Sequence[tuple[int, int]] = ()
                       ) -> list[int]:
        """Cluster indices a source phrase (token range) refers to; records the speaker. ``content`` (character
        spans of what the source said) settles a pronoun or description between two people who fit
        (:mod:`.speech_fit`)."""
        self._speaking = True
        self._content = " ".join(self.p.text[s:e] for s, e in content)
        try:
            found = self.resolve_phrase(start, end, head)
        finally:
            self._speaking = False
            self._content = ""
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
            if m.i > start and (m.text.isupper() or (k is not None and self.clusters[k].type == "organization")) and (
                    holder := self._holder_of(m, start)) is not None:
                k = holder  # 'the DG JID said': the body's director general
            lo = start if m.i == h.i else m.left_edge.i
            if k is not None and self.clusters[k].type in ("organization", "person", "unknown") and \
                    self.clusters[k].name == m.text and \
                    (capital := self._capital_speaking(m, max(lo, start), m.i + 1)) is not None:
                k = capital  # 'Dushanbe denied ...' that the NER took for a body's name: the government
            if k is None and m.i in self._title_tokens:
                k = self._titled_after(m.i, end)  # 'Director General of the BGB Maj Gen Kamal Hossain on Monday'
            if k is None and m.i == h.i:
                k = self._official_of_body(m, start, end)  # 'an embassy official said': the embassy named before
            if k is None:
                k = self._describe(m, max(lo, start), m.i + 1)
            if k is not None and k not in out:
                out.append(k)
        return out

    def _titled_after(self, i: int, end: int) -> int | None:
        """The person named right after title token ``i`` (only title tokens between, before ``end``): the source
        is a title and the name it is the title of, which the parser headed by the title. A source that is only
        the title ('said Brigadier (retd) | Amir Khan', the parser's cut) is the name right after it."""
        j = i + 1
        while j < len(self.doc) and j in self._title_tokens:
            j += 1
        only_title = j >= end and all(t in self._title_tokens for t in range(i, end))
        k = self._token_cluster.get(j) if j < end or only_title else None
        return k if k is not None and self.clusters[k].type == "person" else None

    def _both_of(self, h: Token) -> list[int]:
        """'both countries’ defence ministries', 'both sides': the pair last named together."""
        if h.pos_ == "PROPN":
            return []  # 'the United States' is one country, not 'the (two) states'
        noun = next((c for c in self.p.children[h.i] if c.dep_ == "poss"), None) if h.lower_ not in _PAIR_NOUNS else h
        if noun is None or noun.lower_ not in _PAIR_NOUNS:
            return []
        if not any(c.lower_ in ("both", "two", "the") for c in self.p.children[noun.i]):
            return []
        countries = noun.lower_ in ("countries", "nations", "states")
        return self._plural_subject(h.i, countries_only=countries, pair=True) or self._last_pair(h.i)

    def _last_pair(self, pos: int) -> list[int]:
        """The last two or more countries named together as a subject before ``pos`` anywhere in the report ('Ethiopia,
        Eritrea trade claims' in the headline, for 'both sides' paragraphs later)."""
        subjects = self._plural_subjects[1]
        for j in range(bisect.bisect_left(subjects, pos) - 1, -1, -1):
            t = self.p.tokens[subjects[j]]
            ks = [k for k in self.resolve_phrase(t.left_edge.i, t.right_edge.i + 1, t.i)
                  if self.clusters[k].type == "country"]
            if len(ks) >= 2:
                return ks
        return []

    def _holder_of(self, body: Token, start: int) -> int | None:
        """The person a title before a body's name stands for ('the DG JID', 'CEO Kvarnholm'): the one named before
        whose titles hold the body's name (or its initials) and the title (or a title whose initials it is, 'DG'
        for 'director general'); None when the first word is no title or no one or several fit."""
        words = [w for w in self.doc[start:body.i + 1] if not w.is_punct and w.lower_ not in ("the", "a", "an")]
        if len(words) < 2:
            return None
        role = words[0].lower_.strip(".")
        abbreviation = words[0].text.isupper() and 2 <= len(words[0].text) <= 4
        if self.roles.get(role) not in ("title", "leader") and not abbreviation:
            return None
        k = self._by_qualifier([w.text for w in words[1:]], body.i)  # ('DG ISPR: ...': named below, headlines.py)
        if k is None:
            return None
        titles = " ".join(self.clusters[k].titles).lower().replace("-", " ")
        initials = "".join(w[0] for w in titles.split() if w[:1].isalpha())
        return k if (role in titles.split() if not abbreviation else role in initials) else None

    def _named_at(self, t: Token) -> int | None:
        """The named cluster at a token or inside its compound/name chain."""
        if t.i in self._token_cluster:
            return self._token_cluster[t.i]
        if t.is_title and t.pos_ in ("PROPN", "NOUN"):
            # 'Starmer: Putin must ...' where the NER missed the surname of someone named elsewhere
            same = [k for k in self.surname_clusters(t.text) if self.clusters[k].type == "person"]
            given = self._given_words_before(t)
            if given:  # '"...," Aurimas Rudzitis said' (no NER name) is not Marek Rudzitis named before
                same = [k for k in same if len(words := self.clusters[k].name.split()) == 1
                        or given <= {fold_word(w) for w in words}]
            if len(same) > 1:  # two people of that surname: the one named last before ('Sharma told ...')
                last = max(same, key=lambda k: self._last_before(k, t.i))
                same = [last] if self._last_before(last, t.i) >= 0 else []
            if len(same) == 1:
                self.clusters[same[0]].add(t.i, t.i + 1)
                self._token_cluster[t.i] = same[0]
                return same[0]
        if self.roles.get(t.lower_) == "institution":
            return None  # 'the Trump campaign', 'the Biden administration': a body, not the person
        for c in self.p.children[t.i]:
            if c.dep_ in ("compound", "poss", "nmod") and c.i in self._token_cluster and c.i < t.i:
                k = self._token_cluster[c.i]
                if self.clusters[k].type == "person" and c.dep_ == "compound":
                    return k
        return None

    def _given_words_before(self, t: Token) -> set[str]:
        """The folded words of a name written right before surname ``t`` in its sentence ('Aurimas' of 'Aurimas
        Rudzitis'): title-case proper nouns that are no title or role word."""
        doc, out = self.doc, set()
        i = t.i - 1
        while i >= 0 and t.i - i <= 3 and not doc[i + 1].is_sent_start and "\n" not in doc[i].whitespace_:
            w = doc[i]
            if not (w.is_title and w.is_alpha and w.pos_ == "PROPN") or i in self._title_tokens \
                    or w.lower_ in self.roles:
                break
            out.add(fold_word(w.text))
            i -= 1
        return out

    # -- output --------------------------------------------------------------------------------------

    def actors(self, used: Iterable[int]) -> tuple[list[Actor], dict[int, str]]:
        """Actor records (named actors and every cluster a statement uses) and the id of each cluster."""
        used_set = set(used)
        order = [k for k, c in enumerate(self.clusters)
                 if c.mentions and (k in used_set or (c.named and not self._only_setting(c)))]
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


    def _only_setting(self, c: Cluster) -> bool:
        """Whether a country that neither speaks nor acts is only the setting of others: a place ('in Lebanon',
        'a labor group in Hong Kong') or a word of another actor's name ("Singapore's Ministry of Foreign
        Affairs", 'a Hong Kong labour group'). Then it is no actor of the report."""
        if c.type != "country":
            return False
        for s, e in c.mentions:
            r = self.p.span_root(s, e)
            if r.dep_ in ("poss", "compound", "nmod", "amod") and r.head.i >= e and r.head.pos_ in ("NOUN", "PROPN"):
                continue
            if r.dep_ == "pobj" and r.head.lower_ in _SETTING_PREPS:
                continue
            if r.dep_ == "npadvmod" and r.head.lower_ == "based":
                continue  # 'a Hong Kong-based labour group'
            return False
        return True


_SETTING_PREPS = {"in", "near", "at", "inside", "across", "throughout", "within", "from", "into", "around"}
"""Prepositions before a country that is a place: 'in Lebanon', 'from Hong Kong' (not 'with', 'against', 'by')."""


def actor_ref(ids: Sequence[str]) -> str | list[str] | None:
    """The ``source.actor`` value for a list of actor ids: one id, a list, or None."""
    if not ids:
        return None
    return ids[0] if len(ids) == 1 else list(ids)


def spans_of(parsed: Parsed, ranges: Iterable[tuple[int, int]]) -> list[Span]:
    """Character spans of token ranges."""
    return [parsed.char_span(s, e) for s, e in ranges]
