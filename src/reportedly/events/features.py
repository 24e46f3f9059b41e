"""The classifier's view of a mention: the features :mod:`reportedly.events.classify` types it by.

In: the :class:`~reportedly.text.nlp.Parsed` document and a :class:`~reportedly.events.mention_types.Mention`
with its trigger, frames, arguments, status and scope filled in. Out: the mention's list of feature
strings ('t=attack', 'lex=FIGHT', 'st=claimed', 'rner=GPE', 's=border' ...). The words of a sentence
and the features of a scope word are worked out once per document and kept by the
:class:`FeatureReader`.
"""

from __future__ import annotations

from ..text.nlp import Parsed
from .mention_types import Mention
from .words import lookup, phrase_sector


class FeatureReader:
    """Features of the mentions of one parsed document (see the module docstring)."""

    def __init__(self, parsed: Parsed) -> None:
        self.p = parsed
        self.doc = parsed.doc
        self.tokens = parsed.tokens
        self._sentence_words: dict[int, list[tuple[int, str]]] = {}
        self._word_features_of: dict[int, list[str]] = {}

    def features(self, m: Mention) -> list[str]:
        """The classifier's view of a mention: trigger, frames, arguments, clause words, lexicon hints."""
        doc = self.doc
        tokens = self.tokens
        head = tokens[m.head]
        f = [f"t={m.key}", f"tl={head.lemma_.lower()}", f"kind={m.kind}"]
        if m.lex:
            f.append(f"lex={m.lex}")
            f.append(f"lex={m.lex}|{m.kind}")
        own = lookup(head.lemma_.lower(), "noun" if head.pos_ == "NOUN" else "verb")
        if own is not None and own.category:
            f.append(f"own={own.category}")
        for fi, role in m.frames:
            fl = tokens[fi].lemma_.lower()
            f.append(f"f={fl}")
            f.append(f"fr={role}")
            f.append(f"f+t={fl}+{head.lemma_.lower()}")
        for st, _ in m.status:
            f.append(f"st={st}")
        if m.passive:
            f.append("passive")
        for a in m.recipients:
            h = tokens[a.head]
            f.append(f"r={h.lemma_.lower()}")
            f.append(f"rrel={a.rel}")
            f.append(f"t+rrel={head.lemma_.lower()}+{a.rel}")
            e = lookup(h.lemma_.lower(), "noun")
            if e is not None and e.category:
                f.append(f"rlex={e.category}")
            f.append(f"rner={h.ent_type_ or h.pos_}")
        for a in m.obliques:
            f.append(f"orel={a.rel}")
            f.append(f"o={tokens[a.head].lemma_.lower()}")
        for a in m.actors:
            h = tokens[a.head]
            f.append(f"a={h.lemma_.lower()}")
            f.append(f"arel={a.rel}")
            f.append(f"aner={h.ent_type_ or h.pos_}")
            sec = phrase_sector(tokens[a.start:a.end])
            if sec:
                f.append(f"asec={sec}")
        if not m.recipients:
            f.append("no_recipient")
        for i in sorted(m.scope):
            f.extend(self._word_features(i))
        k = m.head
        if k + 1 < len(doc):
            f.append(f"next={tokens[k + 1].lower_}")
        if k > 0:
            f.append(f"prev={tokens[k - 1].lower_}")
        sent = self.p.sentence_of[m.head]
        words = self._sentence_words.get(sent)
        if words is None:
            start, end = self.p.sentences[sent]
            words = self._sentence_words[sent] = [
                (t.i, f"s={t.lemma_.lower()}") for t in self.p.tokens[start:end] if t.is_alpha and not t.is_stop]
        f.extend(w for i, w in words if i not in m.scope)
        return f

    def _word_features(self, i: int) -> list[str]:
        """The features of a content word in a mention's scope: its lemma and the lexicon's category."""
        hit = self._word_features_of.get(i)
        if hit is None:
            t = self.tokens[i]
            hit = []
            if t.is_alpha and not t.is_stop:
                w = self.p.lemmas[i]
                hit.append(f"w={w}")
                e = lookup(w, "noun") or lookup(w, "verb")
                if e is not None and e.category:
                    hit.append(f"wlex={e.category}")
            self._word_features_of[i] = hit
        return hit
