"""How common a full name is, and the thresholds of rare and common names the resolver
weighs evidence by: two bearers of a rare name sharing anything are seldom two people; a
bare common name says little."""
from __future__ import annotations

from collections import Counter

RARE_NAME = 1.0  # expected bearers below which a name is rare
COMMON_NAME = 5.0  # expected bearers from which a name is common: a title held in every province says little
# expected bearers below which two officials of a name are one unless something says otherwise
# (on the labelled pairs, the rarest name of two officials with posts who were two people
# expects 0.21 bearers)
VERY_RARE_NAME = 0.1


class NameFrequency:
    """How common a full name is: the number of people expected to bear it among
    ``POPULATION`` officials, from how often its surname, middle and given syllables occur
    among the archive's distinct names, smoothed towards the shares of the vocabulary's
    name prior (``name_prior.tsv``) as ``PRIOR_WEIGHT`` names would pull it, so that a small
    archive does not make every name look rare or common. A bare name says little where many
    people may bear it; two bearers of a rare one sharing any post are seldom two."""

    POPULATION = 100_000
    PRIOR_WEIGHT = 1_000

    def __init__(self, names: set[str], prior: dict[tuple[str, str], float]) -> None:
        self.prior = {(place, syllable.casefold()): share for (place, syllable), share in prior.items()}
        self.counts: dict[str, Counter[str]] = {"first": Counter(), "middle": Counter(), "last": Counter()}
        for n in names:
            sylls = n.split()
            self.counts["first"][sylls[0]] += 1
            self.counts["last"][sylls[-1]] += 1
            self.counts["middle"].update(sylls[1:-1])
        self.totals = {place: sum(c.values()) for place, c in self.counts.items()}

    def expected_bearers(self, name: str) -> float:
        sylls = name.split()
        p = self._p("first", sylls[0]) * self._p("last", sylls[-1])
        for s in sylls[1:-1]:
            p *= self._p("middle", s)
        return p * self.POPULATION

    def _p(self, place: str, syllable: str) -> float:
        prior = self.prior.get((place, syllable), self.prior.get((place, "*"), 0.01))
        return (self.counts[place][syllable] + self.PRIOR_WEIGHT * prior) / (self.totals[place] + self.PRIOR_WEIGHT)
