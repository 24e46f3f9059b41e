"""Titles of a named person as the report gives them: before the name, in an apposition, in a relative clause.

"UK Prime Minister Keir Starmer", "Mikhail Kasyanov, former Prime Minister under ...", "Kazakhstan's foreign
minister, Daniyar Seitkali", '"...," the IEC chief, Judge Abdul Karim al-Ubaidi, told reporters' (a role right
before the name and a comma where the parse does not join them), "R K Mehra, who commands the flood relief task
force" (``data/role_verbs.tsv``). In: the parse and a name's token span; out: the title as written, or ''.
:class:`PersonTitles` is one part of :class:`~.speakers.Resolver` (through :class:`~.descriptions.Descriptions`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..text import lexicons
from ..text.person_names import is_rank
from .clusters import _DETERMINERS, _TITLE_MODIFIERS, ResolverState, _strip_title

_DEFINITE = {"the", "this", "that"}


class PersonTitles(ResolverState):
    """The titles of named people (a part of the resolver)."""

    def _title_before(self, span: SpacySpan) -> str:
        """'UK Prime Minister' in 'UK Prime Minister Keir Starmer'."""
        doc = self.doc
        i = span.start - 1
        j = i
        while j >= 0 and j in self._title_tokens:
            j -= 1
        if j < i and is_rank(doc[j + 1:i + 1].text):
            i = j  # 'Director General of ISPR Lt Gen Ahmed Sharif Chaudhry': the office before the rank
        if i >= 0 and self.roles.get(doc[i].lower_, "").startswith("honorific"):
            return ""
        words: list[Token] = []
        while i >= 0:
            t = doc[i]
            low = t.lower_
            opening = next((k for k in range(i - 1, max(-1, i - 4), -1) if doc[k].text == "("), None)
            bracket = t.text == ")" and opening is not None and i - opening >= 2 and all(
                w.is_upper and w.is_alpha for w in doc[opening + 1:i])  # '(ISPR)', '(DG ISPR)'
            if doc[i + 1].is_sent_start and not bracket:  # (the parser may end a sentence at '(DG ISPR)')
                break  # no title runs over a sentence or paragraph break ('... of Cebu' + 'Visayan Star's account')
            if low == "the" and words and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in self.roles:
                words.insert(0, t)  # 'Director General of the Frontier Constabulary'
                i -= 1
                continue
            if bracket and opening is not None:
                words[:0] = list(doc[opening:i + 1])  # 'Inter-Services Public Relations (ISPR) Lt Gen ...', '(DG ISPR)'
                i = opening - 1
                continue
            if (t.is_punct and t.text != "-") or low in _DETERMINERS or (t.ent_type_ == "PERSON" and not words and not (
                    t.is_upper and t.is_alpha and len(t) >= 3 and i > 0 and doc[i - 1].lower_ in self.roles)):
                break
            if low == "of" and words and i > 0 and (doc[i - 1].lower_ in self.roles or doc[i - 1].is_title):
                words.insert(0, t)  # 'Secretary of State'
                i -= 1
                continue
            glued = 0 < i < len(doc) - 1 and doc[i - 1].text == "-" and doc[i + 1].text == "-"  # 'Commander-in-Chief'
            pair = i > 0 and f"{doc[i - 1].lower_} {low}" in self.roles  # 'chief executive Marek Rudzitis'
            if t.is_title or t.is_upper or low in self.roles or low in _TITLE_MODIFIERS or t.text == "-" or glued \
                    or pair:
                words.insert(0, t)
                i -= 1
                continue
            break
        # keep the title from its first role, country or organisation word ('Monday UK Prime Minister')
        portfolio = lexicons.context_words("portfolio")  # 'Energy Minister X', where 'Energy' is no role word
        while words and not (words[0].lower_ in self.roles or words[0].lower_ in _TITLE_MODIFIERS or
                             words[0].ent_type_ in ("ORG", "GPE", "NORP") or lexicons.country_code(words[0].text)
                             or (words[0].lower_ in portfolio and len(words) > 1 and words[1].lower_ in self.roles)):
            words.pop(0)
        if not any((w.lower_ in self.roles and not self.roles[w.lower_].startswith("honorific")) or
                   " ".join(x.lower_ for x in words[k:k + 2]) in self.roles for k, w in enumerate(words)):
            return ""
        while words and (words[0].text in ("’s", "'s") or words[0].is_punct):
            words.pop(0)
        self._title_tokens.update(w.i for w in words)
        return " ".join(doc[words[0].i:words[-1].i + 1].text.split()) if words else ""  # 'Vice-Mayor' as written

    def _apposition_title(self, span: SpacySpan) -> str:
        """'former Prime Minister under Mr. Putin' in 'Mikhail Kasyanov, former Prime Minister ...'."""
        root = self.p.span_root(span.start, span.end)
        children = self.p.children
        for c in children[root.i]:
            if c.dep_ == "appos" and c.i > root.i and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in self.roles):
                cut = next((t.left_edge.i for t in children[c.i] if t.dep_ in ("relcl", "acl")), None)
                if self.p.projective[c.i]:
                    # left_edge..right_edge in order: bounds, not a list of a subtree as long as the document
                    start, end = c.left_edge.i, c.right_edge.i + 1
                    if cut is not None:
                        end = min(end, cut)
                    if end - start > 12:  # 'the spokesman of the National Progress Coalition (NPC) of Prime ...'
                        end = next((i for i in range(start, end) if self.doc[i].text == "("), end)
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

    def _comma_apposed_to(self, span: SpacySpan) -> str:
        """'"...," the IEC chief, Judge Abdul Karim al-Ubaidi, told reporters': a description of a role right before
        the name and a comma, where the parse does not make the name its apposition (its title words before the name
        may stand between). The description opens with a determiner or a possessive, its last word before the comma
        or its head before an 'of'/'to' phrase is a role, and the name is closed by a comma or the end of the
        sentence. The role's head token is mapped to the person, as :meth:`_apposed_to` does."""
        doc = self.doc
        i = span.start - 1
        while i >= 0 and i in self._title_tokens:
            i -= 1
        end = span.end
        if i < 1 or doc[i].text != "," or (end < len(doc) and doc[end].text not in (",", ".", ";")
                                           and doc[end].pos_ != "VERB"):
            return ""
        words: list[Token] = []
        j = i - 1
        while j >= 0 and i - j <= 12 and (not doc[j].is_punct or doc[j].text == "-") \
                and doc[j].pos_ not in ("VERB", "AUX", "PRON") \
                and doc[j].ent_type_ != "PERSON":
            words.insert(0, doc[j])
            if (doc[j].lower_ in _DEFINITE and not (j > 0 and doc[j - 1].lower_ in ("of", "for", "to"))) or \
                    doc[j].tag_ == "POS":
                break  # (not at 'the' of 'The director general of the Inter-Services Media Directorate')
            j -= 1
        if not words or not (words[0].lower_ in _DEFINITE or any(w.tag_ == "POS" for w in words)):
            return ""
        j -= 1
        while words[0].tag_ == "POS" and j >= 0 and i - j <= 9 and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET") \
                and doc[j].ent_type_ != "PERSON":
            words.insert(0, doc[j])  # "The agency's head": the owner too
            j -= 1
        cut = next((k for k, w in enumerate(words) if w.lower_ in ("of", "to", "for", "at", "in")), len(words))
        head = words[cut - 1] if cut else None
        owned_head = head is not None and head.lower_ == "head" and any(w.tag_ == "POS" for w in words)
        two = " ".join(w.lower_ for w in words[max(0, cut - 2):cut]) if cut >= 2 else ""
        if head is None or (head.lower_ not in self.roles and two not in self.roles and not owned_head) \
                or head.i in self._token_cluster \
                or self.roles.get(head.lower_, "").startswith("honorific"):
            return ""  # ("UNAMA's head, Roza Otunbaeva, called": a body's head is a role)
        idx = self._token_cluster.get(self.p.span_root(span.start, span.end).i)
        if idx is not None:
            self._token_cluster.setdefault(head.i, idx)
            for w in words[:cut]:  # 'The director general of ..., Lt Gen X': 'director' is X too
                if w.lower_ in self.roles and not self.roles[w.lower_].startswith("honorific"):
                    self._token_cluster.setdefault(w.i, idx)
        if words[0].lower_ in _DETERMINERS:
            words = words[1:]
        return " ".join(w.text for w in words).replace(" ’s", "’s").replace(" 's", "'s")

    def _relative_title(self, span: SpacySpan) -> str:
        """'R K Mehra, who commands the Army's flood relief task force': the role the relative clause gives the
        person ('flood relief task force commander'), for a verb of ``data/role_verbs.tsv`` whose object is
        definite (the, a possessive); '' when there is none."""
        root = self.p.span_root(span.start, span.end)
        verbs = lexicons.role_verbs()
        for c in self.p.children[root.i]:
            if c.dep_ != "relcl" or c.lemma_.lower() not in verbs or c.i < root.i:
                continue
            if not any(w.lower_ in ("who", "that") and w.dep_ == "nsubj" for w in self.p.children[c.i]):
                continue
            obj = next((w for w in self.p.children[c.i] if w.dep_ == "dobj"), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            before = [w for w in self.p.children[obj.i] if w.i < obj.i]
            if not any(w.lower_ in _DEFINITE or w.dep_ == "poss" for w in before):
                continue
            words = [w for w in self.doc[min(w.left_edge.i for w in before):obj.i + 1]
                     if w.dep_ in ("compound", "amod", "nmod") or w.i == obj.i
                     or (w.dep_ == "poss" and w.pos_ == "PROPN")]  # 'the Army's Central Command'
            words = [w for w in words if w.head.i == obj.i or w.i == obj.i or w.head.dep_ == "compound"]
            if len(words) > 6:
                continue
            return " ".join([*(w.text for w in words), verbs[c.lemma_.lower()]])
        return ""

    def _counterpart_title(self, span: SpacySpan) -> str:
        """'South Korean foreign minister Lee Jae-hoon and his Chinese counterpart Wang Lixin': the role of the
        person the counterpart is of (the one named last before it in the sentence with a role among their titles, or
        in the sentence before when 'his' / 'her' opens a sentence that names no one before it), with the
        counterpart's own qualifying words ('Chinese foreign minister'); '' when there is none."""
        doc = self.doc
        i = span.start - 1
        if i < 0 or doc[i].lower_ not in ("counterpart", "counterparts"):
            root = self.p.span_root(span.start, span.end)
            if root.dep_ != "appos" or root.head.lower_ != "counterpart" or root.head.i > root.i:
                return ""
            i = root.head.i  # 'Wang Lixin, his Chinese counterpart'
        return self.counterpart_role(i)

    def counterpart_role(self, i: int) -> str:
        """The role of the counterpart at token ``i`` ('counterpart' or 'counterparts'; see
        :meth:`_counterpart_title`): 'Azerbaijani defence minister' for 'his Azerbaijani counterpart' after the
        Armenian defence minister; '' when no one named before has a role."""
        doc = self.doc
        quals: list[Token] = []
        j = i - 1
        while j >= 0 and (doc[j].pos_ in ("ADJ", "PROPN") or doc[j].ent_type_ == "NORP") and i - j <= 3:
            quals.insert(0, doc[j])
            j -= 1
        sentence = self.p.sentence_of[i]
        lo = self.p.sentences[sentence][0]
        if j >= 0 and doc[j].lower_ in ("his", "her") and sentence > 0 and not any(
                self._token_cluster.get(t) is not None for t in range(lo, j)):
            lo = self.p.sentences[sentence - 1][0]  # 'His Azerbaijani counterpart, X, said' after the minister
        for t in range(j, lo - 1, -1):
            k = self._token_cluster.get(t)
            if k is None or self.clusters[k].type != "person":
                continue
            for title in reversed(self.clusters[k].titles):
                words = title.lower().split()
                role = next((" ".join(words[-n:]) for n in (3, 2, 1) if " ".join(words[-n:]) in self.roles
                             and self.roles[" ".join(words[-n:])] in ("title", "leader")), None)
                if role:  # with the words of the office before it ('commerce' of 'Indian Commerce Minister')
                    own = [w for w in words[:len(words) - len(role.split())] if w.isalpha()]
                    while own and not lexicons.country_code(own[0]):
                        own.pop(0)
                    return " ".join([*(w.text for w in quals), *own[1:], role])
            return ""
        return ""

    def _gendered(self, k: int, head: Token) -> int:
        """Cluster ``k`` with the gender its head noun gives ('the wife of ...', 'the spokesman'), if any."""
        c = self.clusters[k]
        if c.gender is None and c.type == "person":
            c.gender = lexicons.noun_genders().get(head.lemma_.lower()) or lexicons.noun_genders().get(head.lower_)
        return k

    def _with_of(self, t: Token, text: str, end: int) -> tuple[str, int]:
        """A person's description with the body it heads ('head' -> 'head of the city's emergency bureau'),
        and the end of its mention; unchanged without an 'of' phrase of up to eight words."""
        of = next((c for c in self.p.children[t.i] if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        if of is None or not self.p.projective[of.i] or of.right_edge.i + 1 - end > 9:
            return text, end
        stop = of.right_edge.i + 1
        tail = self.doc[end:stop].text
        return f"{text} {tail}".replace(" ’s", "’s").replace(" 's", "'s"), stop

    def _of_country(self, t: Token, end: int) -> tuple[str, int] | None:
        """The country an 'of' phrase right after a description names ('the transitional government of Niger'), and
        the end of the phrase; None when there is no such phrase or it names no country."""
        of = next((c for c in self.p.children[t.i] if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        if of is None or not self.p.projective[of.i] or of.right_edge.i + 1 - end > 5:
            return None
        words = self.doc[end + 1:of.right_edge.i + 1]
        code = lexicons.country_code(" ".join(w.text for w in words if w.lower_ != "the"))
        return (code, of.right_edge.i + 1) if code and not code.startswith("ORG:") else None

    def _title_country(self, title: str) -> str | None:
        words = title.replace("’s", "").split()
        for n in (3, 2, 1):
            for k in range(len(words) - n + 1):
                code = lexicons.country_code(" ".join(words[k:k + n]))
                if code:
                    return code
        return None
