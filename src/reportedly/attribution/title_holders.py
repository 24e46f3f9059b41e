"""Who holds a title: the person a description ('the minister', 'the army spokesman') stands for.

In: a description's role, its country and where it stands in the report. Out: :meth:`TitleHolders._by_title`, the
cluster of the one person whose titles (or known roles) fit, marked doubtful (``title_doubt``) when another who fits
was named just before; :meth:`TitleHolders._speaker_before`, the one person who just spoke, for a role no one named
holds. A part of :class:`~.speakers.Resolver`, under :class:`~.descriptions.Descriptions`.
"""

from __future__ import annotations

from ..text import lexicons
from ..text.lexicons import norm
from ..text.person_names import is_rank, rank_kind, rank_title
from .appositions import Appositions
from .clusters import _GENERIC_TITLES, Cluster
from .role_families import covered
from .speech_fit import preferred


class TitleHolders(Appositions):
    """The holders of titles that descriptions name (a part of the resolver)."""

    def _holds(self, k: int, quals: list[str]) -> bool:
        """Whether one of a description's qualifying words ('army' of 'the army spokesman') is in person ``k``'s
        titles."""
        words = {w.strip(",.;:()’'").lower() for title in self.clusters[k].titles for w in title.split()}
        return any(q.lower() in words for q in quals)

    def _role_fits(self, role: str, titles: str) -> bool:
        """Whether a role ('defence minister', 'minister') is among a person's titles as written (lower case): as
        whole words, and not as the end of another role of a different kind ('minister' is not 'prime minister',
        'defence minister' is not 'prime minister'; 'minister' is 'defence minister')."""
        words = titles.replace("defense", "defence").replace("-", " ").split()
        want = role.replace("defense", "defence").split()
        n = len(want)
        for i in range(len(words) - n + 1):
            if [w.strip(",.|;()’'") for w in words[i:i + n]] != want:
                continue
            before = " ".join([words[i - 1].strip(",.|;()’'"), *want]) if i else ""
            if before in self.roles and self.roles[before] != self.roles.get(role):
                continue
            return True
        return False

    def _titles_of(self, c: Cluster) -> list[str]:
        """A person's titles, a rank also in full ('Maj Gen' is 'the general', 'Lt Col' 'the colonel')."""
        return [*c.titles, *(full for t in c.titles if (full := rank_title(t)))]

    def _holds_role(self, role: str, titles: str) -> bool:
        """Whether titles (lower case) hold a role itself or one the role's family covers ('the monarch': a king)."""
        return self._role_fits(role, titles) or any(self._role_fits(r, titles) for r in covered(role))

    def _other_role(self, role: str, titles: str) -> bool:
        """Whether a person's titles hold a different role ending in the generic ``role`` ('prime minister' for
        'minister'): then the generic description is someone else."""
        words = titles.replace("-", " ").split()
        return any(w.strip(",.|;()’'") == role and i and " ".join([words[i - 1], role]) in self.roles
                   and self.roles[" ".join([words[i - 1], role])] != self.roles.get(role)
                   for i, w in enumerate(words))

    def _by_title(self, title: str, country: str | None, kind: str, pos: int) -> int | None:
        """The person whose titles (or known roles) fit a description, most recently mentioned (one whose titles hold
        the role itself before one a generic role fits: 'the minister' is the Interior Minister, not the governor
        named after him); for a source, when
        another who fits was named in this sentence or the two before, the one the content prefers
        (:mod:`.speech_fit`), else the only one of them who spoke there, and the resolution is marked doubtful
        (``title_doubt``)."""
        best, best_pos, best_exact = None, -1, False
        exacts: set[int] = set()  # those whose own titles hold the role ('Interior Minister' for 'the minister')
        fitting: list[tuple[int, int]] = []  # (last mention, cluster) of those whose titles in this text fit
        for k, c in enumerate(self.clusters):
            if c.type != "person" or not c.named:
                continue
            if country and c.country and c.country != country:
                continue
            titles = " | ".join(self._titles_of(c)).lower()
            known = lexicons.people().get(norm(c.name))
            roles = " | ".join(known.roles).lower() if known else ""
            holds = self._holds_role(title, titles)
            fits = holds or self._role_fits(title, roles) or (
                title in _GENERIC_TITLES and bool(c.titles or roles)
                and not self._other_role(title, titles + " | " + roles))
            if not fits and kind == "leader" and title == "leader":
                fits = any(w in titles or w in roles for w, v in self.roles.items() if v == "leader" and w != "leader")
            if not fits or (country and not c.country and country not in titles.upper()):
                continue
            last = self._last_before(k, self._reach(pos))  # (a headline's: anyone the report names)
            if last >= 0 and (holds or (title in _GENERIC_TITLES and bool(c.titles))):
                fitting.append((last, k))  # not by a known office alone (Trump in 2016 is no 'president')
            exact = holds or self._role_fits(title, roles)
            if exact:
                exacts.add(k)
            if exact and not best_exact and last >= 0:
                best, best_pos, best_exact = k, last, True  # 'the minister': the Interior Minister before a governor
            elif last > best_pos and exact >= best_exact:
                best, best_pos = k, last
        if best is not None and self._speaking:
            # 'Musawi, the NPC's spokesman, said ... Mr Khafaji said ... The spokesman said': two fit
            si = self.p.sentence_of[pos]
            near = self.p.sentences[max(0, si - 2)][0]
            rivals = [(k, self.clusters[k]) for last, k in fitting if last >= near and k != best
                      and (not best_exact or k in exacts)]
            if rivals:
                pick = preferred([(best, self.clusters[best]), *rivals], self._content, self.roles)
                if pick is None:  # the one of them who spoke in the window over one only mentioned
                    spoke = self._spoke_between(near, pos)
                    said = [k for k in (best, *(k for k, _ in rivals)) if k in spoke]
                    pick = said[0] if len(said) == 1 else None
                best = pick if pick is not None else (best if self._reach(pos) == pos else None)  # (headline)
                self.title_doubt[pos] = True
            elif any(last >= self.p.sentences[max(0, si - 3)][0] and k != best and (not best_exact or k in exacts)
                     for last, k in fitting):
                self.title_doubt[pos] = True  # another who fits, named three sentences before: a doubt, not a pick
        if best is None and self._speaking and kind == "title":
            best = self._speaker_before(title, pos)
            if best is not None:
                self.title_doubt[pos] = True
        return best

    def _named_after(self, title: str, quals: list[str], country: str | None, pos: int) -> int | None:
        """"Lithuania's energy minister said ..." in a lede, and "Energy Minister Dainius Zemaitis" (or "its chief
        executive, Ida Brekke,") named later in the report: the one person first named after ``pos`` whose titles
        or apposition there hold the role and its qualifying words ('energy'), of that country or of none stated,
        when no other person of the report holds it; marked doubtful (``title_doubt``)."""
        found = []
        for k, c in enumerate(self.clusters):
            if c.type != "person" or not c.named:
                continue
            written = [*self._titles_of(c), *self._apposed(c)]  # (an apposition's title is added only later)
            titles = " | ".join(written).lower()
            words = {w.strip(",.;:()’'") for w in titles.split()}
            if not titles or (quals and not all(q.lower() in words for q in quals)) \
                    or not self._holds_role(title, titles):
                continue
            other = c.country if c.country else next(
                (code for t in written for w in t.split() if (code := lexicons.country_code(w))), None)
            if country and other and other != country:
                continue
            found.append(k)
        if len(found) != 1 or self._last_before(found[0], pos) >= 0:
            return None  # none, several, or one named before (which the look-up before this one did not take)
        self.title_doubt[pos] = True
        return found[0]

    def _apposed(self, c: Cluster) -> list[str]:
        """The words set off by commas just before or after a person's mentions ('Its chief executive, Ida Brekke',
        'Ida Brekke, the company's chief executive,'), at most eight tokens each, within the sentence."""
        doc, out = self.doc, []
        for start, end in c.mentions:
            if start > 1 and doc[start - 1].text == ",":
                i = start - 2
                while i >= 0 and start - 2 - i < 8 and not doc[i].is_punct and not doc[i + 1].is_sent_start:
                    i -= 1
                out.append(doc[i + 1:start - 1].text)
            if end < len(doc) - 1 and doc[end].text == ",":
                j = end + 1
                while j < len(doc) and j - end <= 8 and not doc[j].is_punct and not doc[j].is_sent_start:
                    j += 1
                out.append(doc[end + 1:j].text)
        return [t for t in out if t]

    def _spoke_between(self, lo: int, hi: int) -> set[int]:
        """The clusters that alone were the source of a statement whose source starts at a token in ``[lo, hi)``."""
        return {k for at, ks in self.speakers if lo <= at < hi and len(ks) == 1 for k in ks}

    def _speaker_before(self, title: str, pos: int) -> int | None:
        """'Brigadier Nomvula Dlamini said ... "The report is based on hearsay," the spokeswoman said': a role no one
        named so far holds, said by the one person who spoke in this sentence or the one before, when that person
        has no other role in this text (military, police and religious ranks and honorifics are no role; 'chief
        executive', a civil one, is) and no other gender than the role noun's ('spokeswoman': a woman); None
        otherwise."""
        si = self.p.sentence_of[pos]
        near = self.p.sentences[max(0, si - 1)][0]
        spoke = self._spoke_between(near, pos)
        if len(spoke) != 1:
            return None
        k = spoke.pop()
        c = self.clusters[k]
        if c.type != "person" or not c.named:
            return None
        gender = lexicons.noun_genders().get(title)
        if gender and c.gender and c.gender != gender:
            return None
        for held in c.titles:
            if is_rank(held) and rank_kind(held) != "civil":
                continue  # 'Brigadier' is no role; 'chief executive' (a civil one of ranks.tsv) is
            if any(self.roles.get(w.strip(",.;()’'").lower(), "") in ("title", "leader")
                   for w in held.replace("-", " ").split()):
                return None  # 'Police Minister Themba Khanyile' is not 'the spokeswoman'
        return k
