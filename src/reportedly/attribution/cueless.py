"""Quotations that no word introduces, attributed to the speaker the text makes current.

News quotes people in paragraphs of their own: "Coach Mara Ellison said the defence had improved."
then, alone in the next paragraph, “That's the top priority.” — the reader gives the quotation to
Ellison, because she is the speaker of the paragraph before, and goes on doing so until the text
introduces someone else ("Her assistant, Tom Reyes, agreed."). A quotation may also follow a colon
("The coach was blunt: “We were not good enough.”") or be signed with a dash (“...” — Dr Ana Kovac).
Quote extractors of the field (textacy, the GenderGapTracker extractor) attribute only quotations
next to a speech verb, so this is the project's own.

In: the parse, the attributions found with a cue (with the actor clusters their sources resolved to)
and the speaker resolver. Out: :class:`~.found.Found` records with no cue (``frame`` ``cueless``,
``colon`` or ``dash``), each with the token range of the mention its speaker was taken from and the
clusters of that speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..model import Span
from ..text import lexicons
from ..text.lexicons import norm
from ..text.nlp import Parsed
from .clusters import PERSON_PRONOUNS
from .found import Found
from .handles import handle_author
from .messages import source_reading
from .quotes import Quote, QuoteIndex, find_quotes
from .speakers import Resolver

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_DASH_SIGNATURE = re.compile(r"^\s*[—–-]{1,2}\s*(?=\S)")
_MIN_WORDS = 3
"""Fewer words than this in a quotation alone in its paragraph: a title or a scare quote, not speech."""


def cueless_quotes(parsed: Parsed, found: Sequence[Found], refs: Sequence[list[int]], resolver: Resolver,
                   skip_blocks: set[int] | frozenset[int] = frozenset()) -> list[tuple[Found, list[int]]]:
    """Quotations with no cue and their speakers (see the module docstring), in text order.

    ``refs`` are the clusters each of ``found`` resolved its source to. Quotations that overlap an
    attribution already found, or that hold one of its cues, are left to it.
    """
    text = parsed.text
    blocks = [(b, parsed.char_span(first, end), first, end) for b, (first, end, _) in enumerate(parsed.blocks)
              if b not in skip_blocks and end > first]
    if not blocks:
        return []
    quotes = QuoteIndex(text, find_quotes(text, [span for _, span, _, _ in blocks]))
    taken = sorted((s, e) for f in found for s, e in f.content)
    taken_starts = [s for s, _ in taken]
    cue_chars = sorted(parsed.token_start(i) for f in found for i in f.cue)
    speakers = Speakers(parsed, found, refs, resolver, taken, skip_blocks)
    block_starts = [span[0] for _, span, _, _ in blocks]
    out = signed_posts(parsed, blocks, quotes, speakers) + headed_posts(parsed, blocks, quotes, speakers)
    posted = sorted((s, e) for f, _ in out for s, e in f.content)
    for q in quotes.quotes:
        if _overlaps(taken, taken_starts, q.start, q.end) or _holds(cue_chars, q.start, q.end) or \
                _overlaps(posted, [s for s, _ in posted], q.start, q.end):
            continue
        k = bisect.bisect_right(block_starts, q.start) - 1
        last = bisect.bisect_right(block_starts, q.end - 1) - 1
        if k < 0 or len(text[q.start:q.end].split()) < _MIN_WORDS:
            continue
        bs = blocks[k][1][0]
        _, (_, le), _, last_end = blocks[last]
        before = text[bs:q.start]
        after = text[q.end:le]
        made = None
        signed = _signature_below(text, blocks, last) if not before.strip() and not after.strip() else None
        if signed is not None:  # '“...”' and, on the next line, '— Salah al-Hamdani, leader of the alliance'
            made = speakers.after_dash(q, *signed)
        elif not before.strip() and not after.strip(" \t\n.,;“”\"‘’"):
            made = speakers.current(blocks[k][0], q)
        elif not after.strip() and before.rstrip().endswith(":"):
            made = speakers.before_colon(q)
        elif not before.strip() and (m := _DASH_SIGNATURE.match(after)):
            made = speakers.after_dash(q, q.end + m.end(), le, last_end)
        elif not before.strip() and _runs_on(text, q, after):
            # '"We will be there on the day." Demir did not say when ...': the quotation ends a sentence and
            # the paragraph goes on in the writer's words
            made = speakers.current(blocks[k][0], q)
        if made is not None:
            f, clusters = made
            f.kind = quotes.kind_of(f.content)
            out.append((f, clusters))
    return sorted(out, key=lambda r: r[0].content[0][0])


_SIGNATURE = re.compile(r"[—–]{1,2}\s*(?=\S)")


def signed_posts(parsed: Parsed, blocks: list[tuple[int, Span, int, int]], quotes: QuoteIndex,
                 speakers: Speakers) -> list[tuple[Found, list[int]]]:
    """Embedded posts: a paragraph signed by the next one with a dash, a name and a handle or a date
    ('— Priya Raman (@priyaraman) May 16, 2026'). The post is the statement of the name, quoted or not.

    ``blocks`` are the kept paragraphs as :func:`cueless_quotes` lists them. A statement found inside a post
    is the post's words, as words inside a quotation are (the pipeline drops it: :func:`inside_posts`).
    """
    text = parsed.text
    out: list[tuple[Found, list[int]]] = []
    for n in range(1, len(blocks)):
        _, (bs, be), first, end = blocks[n]
        m = _SIGNATURE.match(text, bs, be)
        if m is None or len(text[bs:be].split()) > 14:
            continue
        sign = parsed.doc[first:end]
        if "@" not in text[bs:be] and not any(t.ent_type_ == "DATE" for t in sign):
            continue
        _, (ps, pe), _, _ = blocks[n - 1]
        if _SIGNATURE.match(text, ps, pe):
            continue
        q = quotes.around(ps, pe)
        content = list(q.spans) if q is not None and q.start == ps else [(ps, pe)]
        made = speakers.after_dash(Quote(content), m.end(), be, end)
        if made is not None:
            f, clusters = made
            f.kind = quotes.kind_of(f.content)
            out.append((f, clusters))
    return out


_POST_HEADER = re.compile(r"(?P<name>[^\n@·]{0,60}?)\s*\(?@(?P<handle>\w{2,30})\)?\s*·[^\n]{2,40}")
"""A post's header line above its words: 'Yerbol Tastanov (@YTastanov) · 7 May 2026', '@SuryaCmdRelief · Jul 11'."""


def headed_posts(parsed: Parsed, blocks: list[tuple[int, Span, int, int]], quotes: QuoteIndex,
                 speakers: Speakers) -> list[tuple[Found, list[int]]]:
    """Embedded posts under a header line with the author's name or handle, a '·' and a date ('Yerbol
    Tastanov (@YTastanov) · 7 May 2026' and, on the next line, the post): the post is the author's statement
    (the name's actor; a handle alone names the one actor named before whose name it spells,
    :mod:`.handles`). The header is often removed as a subheading; the name
    is then read from the original text, where the source's span points."""
    text = parsed.text
    out: list[tuple[Found, list[int]]] = []
    for _, (bs, be), first, _end in blocks:
        line_start = text.rfind("\n", 0, max(bs - 1, 0)) + 1
        header = _POST_HEADER.fullmatch(text, line_start, bs - 1) if bs and text[bs - 1] == "\n" else None
        if header is None:
            continue
        author = _author(speakers, header.group("name"), first) or handle_author(speakers.resolver, header.group(
            "handle"), first)  # '@MarisolFerreraC · 25 Nov 2026' under 'Marisol Ferrera has reacted on X:'
        if author is None:
            continue
        k, (s, e) = author
        f = Found(cue=[], content=[(bs, be)], source=(s, e), source_head=None, frame="post", cls="speech", score=0.9)
        f.kind = quotes.kind_of(f.content)
        out.append((f, [k]))
    return out


def _author(speakers: Speakers, name: str, before: int) -> tuple[int, tuple[int, int]] | None:
    """The actor a post's header names ('Yerbol Tastanov'; every word of it in the actor's name) and its last
    mention before token ``before``, or None."""
    words = set(norm(name).split())
    if not words:
        return None
    r = speakers.resolver
    found = [(k, m) for k, c in enumerate(r.clusters) if c.type in ("person", "organization")
             and words <= set(norm(c.name).split()) for m in c.mentions if m[1] <= before]
    if len({k for k, _ in found}) != 1:
        return None
    return max(found, key=lambda x: x[1][0])


def inside_posts(parsed: Parsed, found: Sequence[Found], posts: Sequence[Found]) -> list[int]:
    """Indices of the findings whose cue lies inside a signed post (see :func:`signed_posts`)."""
    spans = [(s, e) for p in posts if p.frame == "post" for s, e in p.content]
    return [k for k, f in enumerate(found) if f.cue and any(s <= parsed.token_start(f.head) < e for s, e in spans)]


def _runs_on(text: str, q: Quote, after: str) -> bool:
    """Whether a quotation that opens a paragraph is a sentence of its own and the paragraph runs on after it
    with a new sentence (not '..., crowed Smith' or '... he said': a cue the extractors did not know)."""
    inner = text[q.start:q.end].rstrip(" \"”’'")
    rest = after.lstrip()
    return bool(inner) and inner[-1] in ".!?…" and bool(rest) and (rest[0].isupper() or rest[0].isdigit()) \
        and len(q.spans) == 1


def _signature_below(text: str, blocks: list[tuple[int, Span, int, int]], last: int) -> tuple[int, int, int] | None:
    """(start, end, end token) of the name in a paragraph that signs the quotation above it with a dash ('— Dr Ana
    Kovac, head of the clinic'), or None."""
    if last + 1 >= len(blocks):
        return None
    _, (bs, be), _, end_tok = blocks[last + 1]
    line = text[bs:be]
    m = _DASH_SIGNATURE.match(line)
    if m is None or len(line.split()) > 16:
        return None
    comma = line.find(",", m.end())  # the name, before its title: '— Sofia Malmberg, head of communications'
    return bs + m.end(), bs + comma if comma > 0 else be, end_tok


def _overlaps(taken: list[Span], starts: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_left(starts, e)
    return any(ts < e and s < te for ts, te in taken[max(0, k - 64):k])


def _holds(chars: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_left(chars, s)
    return k < len(chars) and chars[k] < e


class Speakers:
    """Who a quotation with no cue belongs to: the current speaker, a colon's subject, a dash's name."""

    def __init__(self, parsed: Parsed, found: Sequence[Found], refs: Sequence[list[int]], resolver: Resolver,
                 contents: list[Span], skip_blocks: set[int] | frozenset[int] = frozenset()) -> None:
        self.p = parsed
        self.resolver = resolver
        self.contents = contents
        self.content_starts = [s for s, _ in contents]
        self.skip = skip_blocks
        cands: list[tuple[int, int, list[int]]] = []
        self.spoke: set[int] = set()
        """Start tokens of the candidates that are a cue's source (not only introduced)."""
        for f, clusters in zip(found, refs, strict=True):
            if f.source and f.cue and not self._not_a_speaker(f) and not self._reported(f.source[0]):
                cands.append((*self._antecedent(*f.source), list(clusters)))
                self.spoke.add(cands[-1][0])
        for k, c in enumerate(resolver.clusters):
            if c.type != "person":
                continue
            for s, e in c.mentions:
                if self._introduces(s, e) and not self._reported(s):
                    cands.append((s, e, [k]))
        cands.sort()
        self.candidates = cands
        self.starts = [s for s, _, _ in cands]

    def _not_a_speaker(self, f: Found) -> bool:
        """A document, the writer or a reporter as source ('Emails reveal ...', 'Reporters asked ...') is no one
        a later quotation could be from."""
        assert f.source is not None
        head = self.p.doc[f.source_head if f.source_head is not None else f.source[1] - 1]
        return source_reading(head) is not None

    def _antecedent(self, s: int, e: int) -> tuple[int, int]:
        """A relative pronoun's noun phrase ('Ewan Bell, who farms ...'): the mention a reader names the speaker by."""
        t = self.p.doc[s]
        if e - s == 1 and t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
            noun = t.head.head
            return noun.left_edge.i, noun.i + 1
        return s, e

    def _introduces(self, s: int, e: int) -> bool:
        """Whether a person's mention makes them the current speaker: the subject of its clause, or in
        apposition to it ('Her assistant, Tom Reyes, agreed')."""
        head = self.p.span_root(s, e)
        if head.dep_ in _SUBJECT_DEPS or head.dep_ == "attr":  # 'Among them was Ruth Okonjo, ...'
            return True
        if head.dep_ == "appos" and head.head.dep_ in _SUBJECT_DEPS:
            return True
        # a name with its role ('For Maria Lopez, a cleaner who ..., the change has meant ...')
        return any(c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ", "PROPN") for c in self.p.children[head.i])

    def _reported(self, token: int) -> bool:
        """Whether a token lies inside what an attribution reports (someone named in a content is not a speaker)."""
        at = self.p.token_start(token)
        k = bisect.bisect_right(self.content_starts, at) - 1
        return any(s <= at < e for s, e in self.contents[max(0, k - 64):k + 1])

    def current(self, block: int, q: Quote) -> tuple[Found, list[int]] | None:
        """A quotation alone in its paragraph: the latest speaker of the nearest paragraph before it that is
        not itself a quotation (quotation paragraphs in a row keep their speaker)."""
        p = self.p
        first_tok = p.blocks[block][0]
        k = bisect.bisect_left(self.starts, first_tok) - 1
        if k < 0:
            return None
        s, e, clusters = self.candidates[k]
        if s not in self.spoke and self._spoken_of(clusters, q):
            k = self._speaker_before(k)
            if k is None:
                return None
            s, e, clusters = self.candidates[k]
        speaker_block = p.block_of(s)
        for b in range(speaker_block + 1, block):  # only quotation paragraphs (or captions) between
            bf, be, _ = p.blocks[b]
            if be > bf and b not in self.skip and not self._only_quotes(b) and not self._about(b, k):
                return None
        f = Found(cue=[], content=list(q.spans), source=(s, e), source_head=None, frame="cueless", cls="speech",
                  score=0.9)
        return f, clusters

    def _spoken_of(self, clusters: list[int], q: Quote) -> bool:
        """Whether a quotation opens with a he/she that fits the one person of ``clusters``: '“He sent money home
        every month.”' after 'His brother, Chen Liang, had worked there' is about Chen Liang, not by him."""
        if len(clusters) != 1:
            return False
        c = self.resolver.clusters[clusters[0]]
        m = re.match(r"\W*(\w+)", self.p.text[q.start:q.end])
        gender = PERSON_PRONOUNS.get(m.group(1).lower()) if m else None
        return c.type == "person" and gender is not None and c.gender in (None, gender)

    def _speaker_before(self, k: int) -> int | None:
        """The candidate before ``k`` that spoke, when it is in ``k``'s paragraph or the one before; else None."""
        block = self.p.block_of(self.starts[k])
        for j in range(k - 1, -1, -1):
            s, _, clusters = self.candidates[j]
            if self.p.block_of(s) < block - 1:
                return None
            if s in self.spoke and clusters != self.candidates[k][2]:
                return j
        return None

    def _about(self, block: int, k: int) -> bool:
        """Whether paragraph ``block`` is the one that introduced the person a quotation was spoken of, right
        after candidate ``k`` spoke (:meth:`_spoken_of`): it does not end the speaker's turn."""
        return k + 1 < len(self.candidates) and self.starts[k] < self.starts[k + 1] and \
            self.starts[k + 1] not in self.spoke and self.p.block_of(self.starts[k + 1]) == block

    def _only_quotes(self, block: int) -> bool:
        first, end, _ = self.p.blocks[block]
        bs, be = self.p.char_span(first, end)
        text = self.p.text[bs:be].strip()
        return bool(text) and text[0] in "“\"‘'" and text[-1] in "”\"’'.,"

    def before_colon(self, q: Quote) -> tuple[Found, list[int]] | None:
        """'The coach was blunt: “...”': the subject of the clause the colon ends, when it names someone."""
        p = self.p
        i = bisect.bisect_right(p.starts, q.start - 1) - 1
        while i >= 0 and p.doc[i].is_space:
            i -= 1
        if i < 0 or p.doc[i].text != ":":
            return None
        sent_start = p.sentences[p.sentence_of[i]][0]
        segment = range(sent_start, i)
        # the clause before the colon: its root is the one token whose head lies outside it (the parser
        # often hangs 'X was blunt' under the quotation's verb)
        roots = [t for t in p.doc[sent_start:i] if t.head.i not in segment or t.head.i == t.i]
        if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
            return None
        verb = roots[0]
        subj = next((c for c in p.children[verb.i] if c.dep_ in _SUBJECT_DEPS and c.i in segment), None)
        if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in ("he", "she", "they")):
            return None
        s, e = subj.left_edge.i, min(subj.right_edge.i + 1, i)
        while e > s + 1 and (p.doc[e - 1].is_punct or p.doc[e - 1].is_space):
            e -= 1
        clusters = self.who(s, e, subj.i)
        if clusters is None:
            return None
        return Found(cue=[], content=list(q.spans), source=(s, e), source_head=subj.i, frame="colon",
                     cls="speech", score=0.9), clusters

    def after_dash(self, q: Quote, start: int, end: int, end_tok: int) -> tuple[Found, list[int]] | None:
        """'“...” — Dr Ana Kovac': the name that signs the quotation; an embedded post's signature ends at the
        handle or the date ('— Kai Brandt (@kaibrandt9) January 24, 2026')."""
        p = self.p
        s = bisect.bisect_left(p.starts, start)
        e = bisect.bisect_left(p.starts, end)
        e = min(e, end_tok)
        e = next((i for i in range(s + 1, e) if p.doc[i].text in ("(", "[", "|") or p.doc[i].text.startswith("@")
                  or (p.doc[i].ent_type_ == "DATE" and p.doc[i - 1].ent_type_ != "DATE")), e)
        while e > s and p.doc[e - 1].is_punct:
            e -= 1
        if not 1 <= e - s <= 8 or any(t.pos_ in ("VERB", "AUX") for t in p.doc[s:e]):
            return None
        frame = "dash" if p.block_of(s) == p.block_of(bisect.bisect_right(p.starts, q.start) - 1) else "post"
        clusters = self.who(s, e, None)
        if clusters is None and frame == "post" and e - s <= 4 and all(t.is_title for t in p.doc[s:e]):
            clusters = []  # a post's signature is a name even when the tagger does not know it
        if clusters is None:
            return None
        return Found(cue=[], content=list(q.spans), source=(s, e), source_head=None, frame=frame, cls="speech",
                     score=0.9), clusters

    def who(self, s: int, e: int, head: int | None) -> list[int] | None:
        """The actor clusters of a phrase that names someone who can speak (a person, an organisation or
        group, or a description by role or nationality: 'the coach', 'The Swede'), else None."""
        r = self.resolver
        speaking = ("person", "organization", "group")
        clusters = [k for k in r.resolve_phrase(s, e, head) if r.clusters[k].type in speaking]
        if not clusters:  # 'Edmonton coach Pat Sorensen': the name is in apposition to the head
            clusters = sorted({k for k, c in enumerate(r.clusters) if c.type == "person"
                               for ms, me in c.mentions if s <= ms and me <= e})
        if clusters:
            return clusters
        h = self.p.doc[head] if head is not None else self.p.span_root(s, e)
        lemma = h.lemma_.lower()
        if r.roles.get(lemma) or lemma in lexicons.demonyms() or h.lower_ in lexicons.demonyms():
            return []
        return None
