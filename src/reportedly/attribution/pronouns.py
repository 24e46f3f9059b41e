"""Pronouns resolved by salience: he/she to a recent compatible person, they to a plural subject.

he/she go to their antecedent among the persons of the last few sentences (a speaker in the same
sentence, the last speaker, the subject of the previous sentence, the last mention: see
:meth:`Pronouns._antecedent`), gender from honorifics, first names, known people and earlier
pronouns; a second person who fits and was just named makes the resolution doubtful
(``pronoun_doubt``), which the statement's confidence reads. they/their go to the last coordinated
or plural subject; it/its to the last organisation or country.
:class:`Pronouns` is one part of :class:`~.speakers.Resolver`; in goes a pronoun token, out come
the clusters it refers to.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from spacy.tokens import Token

from ..text import lexicons
from ..text.person_names import is_rank
from .clusters import _LOOKBACK_TOKENS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS, Cluster, ResolverState
from .quotes import find_quotes
from .speech_fit import preferred


class Pronouns(ResolverState):
    """Resolves pronouns to clusters (a part of the resolver)."""

    def resolve_pronoun(self, t: Token) -> list[int]:
        """Clusters a pronoun refers to, by salience (see module docstring)."""
        low = t.lower_
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]

            def fits(c: Cluster) -> bool:
                return c.type == "person" and c.gender in (None, gender)
            # '"...," she added. He told the inquiry ...': not the one a doubtful 'she' just went to, when another fits
            k, competing = self._antecedent(t.i, lambda c: fits(c) and c.leaning in (None, gender))
            if k is None or (not competing and any(c.leaning not in (None, gender) for c in self.clusters)):
                loose, rivals = self._antecedent(t.i, fits)  # the hint picks; the one it set aside still doubts
                k, competing = (loose, rivals) if k is None else (k, loose != k or rivals)
            if k is not None:
                c = self.clusters[k]
                if not competing:  # a doubtful 'he' is no evidence of a man: a later 'she' may still be that person
                    c.gender = c.gender or gender
                elif c.gender is None:
                    c.leaning = c.leaning or gender  # but a hint that a later 'she' is someone else
                self.pronoun_doubt[t.i] = competing
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

    def _antecedent(self, pos: int, fits) -> tuple[int | None, bool]:
        """The person a he/she at token ``pos`` refers to, and whether another recent person competes.

        In order: a subject named between a speaker earlier in the pronoun's own sentence and the
        pronoun ('Baig said Qureshi was right when he said ...'), else that speaker ('Aas said he ...');
        a subject earlier in the pronoun's own sentence ('The spokesman, Aas, showed what he said ...');
        the last speaker, when it spoke in this sentence or the one before, or later than any other
        subject that fits; the subject of the previous sentence (taken whole when the parser cut it after
        'Engr.', and counting a name that opens it though parsed as a modifier, and a name a who-clause
        describes); the last speaker within the window;
        the last mention, subjects first. The window is the three sentences before the pronoun's (before
        the start of the quotation it closes; sentences wholly inside a quotation are not counted):
        nobody mentioned only before it is taken, unless the same
        pronoun runs as a subject through the window ('She has toured ... She called in ... She said').
        Names inside a quotation of the pronoun's own sentence do not count ('"Aas is wrong," she said').
        Another person who fits and is named in this sentence or the one before competes, and makes the
        resolution doubtful; then the statement's content may prefer one of them (:mod:`.speech_fit`).
        """
        p = self.p
        sents = p.sentences
        si = p.sentence_of[pos]
        cur = sents[si][0]
        self._sentence_start = cur
        prev = self._sentence_before(si) if si > 0 else cur
        qsi = self._quote_sentence(pos, cur)
        lo = max(self._window_start(qsi, 3), pos - _LOOKBACK_TOKENS)
        prev_end = cur
        if qsi < si:  # '"Adeyemi is a big family. He is not my brother," she said': the sentence before the quotation
            prev_end = sents[qsi][0]
            prev = self._sentence_before(qsi) if qsi > 0 else prev_end
        speaker, speaker_at = self._last_speaker(pos, lo, fits)
        subjects = self._subjects_between(prev, prev_end, fits, relative=True) if si > 0 else []
        gender = PERSON_PRONOUNS.get(self.doc[pos].lower_)
        subjects = [(at, k) for at, k in subjects if not self._apposed_other_gender(at, gender)]
        described = self._described_subject(prev, prev_end, fits) if si > 0 else []
        if described and not any(at > described[0][0] or self._name_head(at).head.i != self.doc[described[0][0]].head.i
                                 for at, _ in subjects):
            subjects = described + subjects  # '..., Engr. Olumide Adeyemi, the NAPSRA spokeswoman laughed' (a cut
            # after a title made the name a second subject of the verb): the description next to the verb
        later_subject = next((k for at, k in subjects if k != speaker and at > speaker_at), None) \
            if speaker is not None else None
        between = [k for at, k in self._subjects_between(max(cur, speaker_at + 1), pos, fits) if k != speaker] \
            if speaker is not None and speaker_at >= cur else []
        own = [(at, k) for at, k in self._subjects_between(cur, pos, fits) if self._governs(at, pos)] \
            if speaker is None or speaker_at < cur else []
        if between:
            chosen = between[-1]  # 'Flynn said Trump was right when he said ...': he is Trump
        elif own:
            chosen = own[0][1]  # 'The spokesman, Mustafa Khafaji, held up what he said were ...'
        elif speaker is not None and speaker_at < prev and (named := self._named_after_other(pos, lo, speaker_at,
                                                                                            speaker, fits)):
            chosen = named  # 'X, the spokeswoman, insisted ... Minister Y announced ... For Nomsa K, ... She says'
        elif speaker is not None and (speaker_at >= cur or (
                later_subject is None and (speaker_at >= prev or not subjects))):
            chosen = speaker
        elif subjects:
            chosen = subjects[0][1]
        elif speaker is not None:
            chosen = speaker
        else:
            chosen = self._last_mention(pos, lo, fits)
            if chosen is None and self._pronoun_chain(lo, pos):
                # 'She has gone on a tour ... She recently called in ... She said': back along the chain
                chosen = self._last_mention(pos, max(0, pos - _LOOKBACK_TOKENS), fits)
        if chosen is None:
            return None, False
        rivals = {k for _, k in self._mentions_between(prev, pos, fits) if k != chosen}
        if rivals and self._content:
            # two people fit: what was said may settle it ('He said the sheikh's men ...' is not the sheikh)
            pick = preferred([(k, self.clusters[k]) for k in (chosen, *sorted(rivals))], self._content, self.roles)
            if pick is not None:
                chosen = pick
        # one who spoke or was a subject earlier in the window competes too, but only doubts: what was said does
        # not pick them ('Otieno said ... He accused police of firing first' is not the police spokesman named before)
        return chosen, bool(rivals or self._earlier_rivals(lo, prev, chosen, fits))

    def _earlier_rivals(self, start: int, end: int, chosen: int, fits) -> set[int]:
        """Persons other than ``chosen`` who fit and speak or are the subject of a main verb in [start, end): earlier in
        the window, before the sentence before the pronoun ('Aas said ... . Obi called it a stunt. // "...," he said':
        Aas as well as Obi). Persons only mentioned there (an object, a possessor, a name inside a quotation or in
        what someone said) do not compete."""
        out = {k for at, ks in self.speakers if start <= at < end and len(ks) == 1 and ks[0] != chosen
               and fits(self.clusters[ks[0]]) and not self._quoted(at) for k in ks}
        return out | {k for at, k in self._subjects_between(start, end, fits) if k != chosen and not self._quoted(at)
                      and self._main_subject(at)}

    def _main_subject(self, i: int) -> bool:
        """Whether the name at token ``i`` is the subject of its sentence's main verb, not of what someone said
        ('Aas said Obi would come': Aas, not Obi)."""
        t = self._name_head(i)
        if t.dep_ == "appos":
            t = t.head
        return t.head.dep_ == "ROOT" or t.head.i == t.i

    def _sentence_before(self, si: int) -> int:
        """First token of the sentence before sentence ``si``, taken whole when the parser cut it after a title
        written with a full stop ('Nwankwo sat beside Engr. | Adeyemi at the briefing.' is one sentence)."""
        sents = self.p.sentences
        k = si - 1
        while k > 0 and self._cut_after_title(sents[k - 1], sents[k][0]):
            k -= 1
        return sents[k][0]

    def _cut_after_title(self, before: tuple[int, int], start: int) -> bool:
        """Whether a sentence that starts at ``start`` with a capitalised word follows one that ends in a title
        or rank written with a full stop ('Engr.', 'Sen.', 'Mrs.'): a cut inside a name, not a sentence end."""
        doc = self.doc
        first, end = before
        if end - first < 2 or not doc[start].text[:1].isupper():
            return False
        last = doc[end - 1]
        word = last.text
        if word == "." and end - first >= 3:
            word = doc[end - 2].text + "."
        if not word.endswith(".") or len(word) < 3 or not word[0].isupper():
            return False
        return self.roles.get(word.lower(), "").startswith(("title", "honorific")) or is_rank(word)

    def _named_after_other(self, pos: int, lo: int, speaker_at: int, speaker: int, fits) -> int | None:
        """The last person who fits and was named after another person (who does not fit: 'she' after a man) spoke,
        when that other speaker spoke after the last fitting one: the fitting speaker's turn is over, and the one
        named since is the topic ('Marike du Plessis insisted ... She declined ... Police Minister Themba Khanyile
        announced an inquiry. For Nomsa Khumalo, ... that is not enough. She says ...'); None otherwise."""
        other, other_at = self._last_speaker(pos, lo, lambda c: c.type == "person")
        if other is None or other == speaker or other_at <= speaker_at or fits(self.clusters[other]):
            return None
        named = [k for _, k in self._mentions_between(other_at + 1, pos, fits) if k != speaker]
        return named[-1] if named else None

    def _quote_sentence(self, pos: int, cur: int) -> int:
        """The sentence the window counts back from: the pronoun's own, or where the quotation it closes
        began ('"S1. S2. S3," he said' reaches back from S1)."""
        p = self.p
        si = p.sentence_of[pos]
        spans = self._quote_spans
        at = p.token_start(pos)
        j = bisect.bisect_right(spans, (at, -1)) - 1
        if j >= 0 and spans[j][1] <= at and spans[j][1] >= p.token_start(cur):
            first = bisect.bisect_left(p.starts, spans[j][0])
            return min(si, p.sentence_of[min(first, len(p.starts) - 1)])
        return si

    def _window_start(self, si: int, n: int) -> int:
        """First token of the ``n``-th sentence before sentence ``si``, not counting sentences that lie
        inside a quotation (a quoted passage of six sentences is one speaker's, and counts once)."""
        p = self.p
        sents = p.sentences
        k = si
        counted = 0
        while k > 0 and counted < n:
            k -= 1
            start, end = sents[k]
            if not (self._quoted(start) and self._quoted(end - 1)) or self._quoted_edge(start, end):
                counted += 1
        return sents[k][0]

    def _quoted_edge(self, start: int, end: int) -> bool:
        """Whether a sentence opens or closes a quotation (it holds a quotation mark): it counts."""
        return any(t.text in ("\"", "“", "”", "''", "``") for t in self.doc[start:end])

    def _pronoun_chain(self, lo: int, pos: int) -> bool:
        """Whether the window before ``pos`` holds the same pronoun as a subject (a chain of he or she)."""
        doc = self.doc
        low = doc[pos].lower_
        gender = PERSON_PRONOUNS.get(low)
        return any(PERSON_PRONOUNS.get(t.lower_) == gender and t.dep_ in ("nsubj", "nsubjpass")
                   for t in doc[lo:pos])

    def _last_speaker(self, pos: int, lo: int, fits, *, quoted: bool = False) -> tuple[int | None, int]:
        """The last single speaker before ``pos`` (at or after ``lo``) that fits, and the token it spoke from;
        one who spoke inside a quotation only with ``quoted``."""
        speakers = self.speakers
        # speakers recorded in text order (the usual case): those at or after pos are bisected away
        n = bisect.bisect_left(self._speaker_starts, pos) if self._speakers_sorted else len(speakers)
        for j in range(n - 1, -1, -1):
            tok_i, ks = speakers[j]
            if tok_i < lo:
                break
            if tok_i < pos and len(ks) == 1 and fits(self.clusters[ks[0]]) and (quoted or not self._quoted(tok_i)):
                return ks[0], tok_i
        return None, -1

    def _mentions_between(self, start: int, end: int, fits) -> list[tuple[int, int]]:
        """(token, cluster) of the mentions in [start, end) that fit, in text order; in the pronoun's own
        sentence, those inside a quotation do not count ('"Aas is wrong," she said')."""
        index = self._mention_starts
        out = []
        for j in range(bisect.bisect_left(index, (start, -1)), bisect.bisect_left(index, (end, -1))):
            s, k = index[j]
            if fits(self.clusters[k]) and not (s >= self._sentence_start and self._quoted(s)):
                out.append((s, k))
        return out

    def _subjects_between(self, start: int, end: int, fits, *, relative: bool = False) -> list[tuple[int, int]]:
        """The fitting mentions in [start, end) that are subjects ('Aas said', 'Mr. Aas, the chief, said'); with
        ``relative`` also those a relative clause has for its subject ('met by Governor Aas, who had driven')."""
        return [(s, k) for s, k in self._mentions_between(start, end, fits)
                if self._is_subject(s) or (relative and self._relative_subject(s))]

    def _described_subject(self, start: int, end: int, fits) -> list[tuple[int, int]]:
        """A subject in [start, end) that is a definite description by a body's name and a role ('the NAPSRA
        spokeswoman laughed'), as (token, cluster) of the one person named before whose titles hold the name
        (:meth:`~.descriptions.Descriptions._by_qualifier`: 'Ada Obi and other NAPSRA officials'); else []."""
        for i in range(start, end):
            t = self.doc[i]
            if t.dep_ != "nsubj" or t.pos_ != "NOUN" or self.roles.get(t.lower_) not in ("title", "leader") \
                    or t.left_edge.i >= t.i or self.doc[t.left_edge.i].lower_ != "the":
                continue
            left = self.doc[t.left_edge.i + 1:t.i]
            quals = [w.text for w in left if w.is_alpha and (w.is_upper or w.is_title)]
            if quals and len(quals) == len(left) and (k := self._by_qualifier(quals, t.i)) is not None \
                    and fits(self.clusters[k]):
                return [(i, k)]
        return []

    def _apposed_other_gender(self, i: int, gender: str | None) -> bool:
        """Whether the name at token ``i`` is in apposition to a noun of the other gender than the pronoun's ('Her
        husband, Jun-Jun, a welder, was on his way ... "...," she said': not Jun-Jun)."""
        t = self._name_head(i)
        noun = t.head if t.dep_ == "appos" and t.head.i != t.i else None
        found = lexicons.noun_genders().get(noun.lemma_.lower()) if noun is not None else None
        return gender is not None and found is not None and found != gender

    def _relative_subject(self, i: int) -> bool:
        """Whether the name at token ``i`` is the subject of a relative clause that describes it ('Governor Aas,
        who had driven through the night')."""
        t = self._name_head(i)
        return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that")
                                             for g in c.children) for c in t.children)

    def _name_head(self, i: int) -> Token:
        """The head word of the name at token ``i`` ('Hosseini' of 'Governor Behrouz Hosseini')."""
        t = self.doc[i]
        hops = 0
        while t.dep_ in ("compound", "flat") and t.head.i != t.i and hops < 6:
            t, hops = t.head, hops + 1
        return t

    def _governs(self, subject: int, pos: int) -> bool:
        """Whether the clause of a subject holds the pronoun ('Aas held up what he said': yes; 'Aas spoke
        with both leaders, he said': no, that clause is what he said)."""
        doc = self.doc
        t = doc[subject]
        hops = 0
        while t.dep_ in ("compound", "flat", "appos", "nsubj", "nsubjpass") and t.head.i != t.i and hops < 8:
            t, hops = t.head, hops + 1
        verb = t.i
        u = doc[pos].head
        for _ in range(40):
            if u.i == verb:
                return u.i != doc[pos].head.i or doc[pos].dep_ not in ("nsubj", "nsubjpass")
            if u.head.i == u.i:
                return False
            u = u.head
        return False

    def _is_subject(self, i: int) -> bool:
        """Whether the name at token ``i`` is a subject, itself or in apposition to one ('His deputy, Weiping
        Zhou, met relatives')."""
        t = self._name_head(i)
        if t.dep_ == "appos":
            t = t.head
        if t.dep_ == "npadvmod" and t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i \
                and t.left_edge.i == self.p.sentences[self.p.sentence_of[t.i]][0]:
            return True  # 'Leonora Aas of the weather bureau PAGASA has rejected ...', parsed with PAGASA its subject
        return t.dep_ in ("nsubj", "nsubjpass")

    def _last_mention(self, pos: int, lo: int, fits) -> int | None:
        """The latest fitting mention in [lo, pos), a subject counting as 60 tokens later."""
        best, best_score = None, -1.0
        doc = self.doc
        for s, k in self._mentions_between(lo, pos, fits):
            score = s + (60 if doc[s].dep_ in ("nsubj", "nsubjpass") or doc[s].head.dep_ in ("nsubj",) else 0)
            if score > best_score or (score == best_score and best is not None and k < best):
                best, best_score = k, score
        return best

    def _quoted(self, i: int) -> bool:
        """Whether token ``i`` is inside a quotation."""
        spans = self._quote_spans
        at = self.p.token_start(i)
        j = bisect.bisect_right(spans, (at, len(self.p.text) + 1)) - 1
        return j >= 0 and spans[j][0] < at < spans[j][1]

    @cached_property
    def _quote_spans(self) -> list[tuple[int, int]]:
        """Character spans of the document's quotations, in text order."""
        p = self.p
        blocks = [p.char_span(first, end) for first, end, _ in p.blocks if end > first]
        return sorted(span for q in find_quotes(p.text, blocks) for span in q.spans)

    def _salient(self, pos: int, fits) -> int | None:
        """Best earlier cluster that ``fits``: the last speaker, then the last subject, then the last mention."""
        lo = max(0, pos - _LOOKBACK_TOKENS)
        speaker, at = self._last_speaker(pos, lo, fits, quoted=True)
        if speaker is not None and pos - at < 150:
            return speaker
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

    def _plural_subject(self, pos: int, countries_only: bool = False, pair: bool = False) -> list[int]:
        """The last coordinated subject ('Mr. Starmer and Mr. Macron ...') within two sentences; unless ``pair``
        ('both sides'), also the last plural one ('the rescuers')."""
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
            if countries_only or pair:
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
