"""The BCI cluster of each demo establishment, so that Bijlage 4's counts per sub-area hold in every published year.

An establishment keeps one cluster for life, so the counts per cluster in 2009, 2015, 2022 and 2023 are met
together by a small annealing search over the clusters of each sub-area's establishments. It starts from the
cluster the SBI code implies and prefers it (the university and the other establishments of a named role keep
it): the establishments that differ get their cluster set explicitly, as
an editor would. The jobs per cluster (Tabel 2 of the bijlage) are met later by the jobs search (`jobs.py`).
"""

import math
import random

from establishments.bci import bci_cluster_for_sbi

from . import profile, targets
from .population import DemoEstablishment

SEED = 4
ITERATIONS = 60_000
COUNT_WEIGHT = 10.0
# The penalty for a cluster other than the SBI code's: small, so the counts always win; higher for key-position
# firms, whose jobs the key-position figures already constrain.
OVERRIDE_WEIGHT = 1.0
KEY_POSITION_OVERRIDE_WEIGHT = 4.0


def default_cluster(person: DemoEstablishment) -> str:
    """Return the cluster the establishment's SBI code implies."""
    return str(bci_cluster_for_sbi(profile.sbi_code(person.division)))


def assign_clusters(people: list[DemoEstablishment]) -> None:
    """Give every establishment a BCI cluster; those in a published year meet Bijlage 4's counts exactly."""
    rng = random.Random(SEED)
    for person in people:
        person.bci_cluster = default_cluster(person)
    for sub_area in targets.SUB_AREAS:
        members = [p for p in people if p.sub_area == sub_area and any(p.active_in(y) for y in targets.ANCHOR_YEARS)]
        _ClusterSearch(members, targets.BCI_COUNTS[sub_area], rng).run()


class _ClusterSearch:
    def __init__(self, people: list[DemoEstablishment], wanted: dict[int, dict[str, int]], rng: random.Random):
        self.people, self.rng = people, rng
        self.years = targets.ANCHOR_YEARS
        self.present = [[p.active_in(year) for year in self.years] for p in people]
        self.defaults = [default_cluster(p) for p in people]
        self.weights = [KEY_POSITION_OVERRIDE_WEIGHT if p.key_positions else OVERRIDE_WEIGHT for p in people]
        self.wanted = {(c, y): wanted[year][c] for y, year in enumerate(self.years) for c in targets.BCI_CLUSTERS}
        self.counts = dict.fromkeys(self.wanted, 0)
        self.clusters = list(self.defaults)
        for i, cluster in enumerate(self.clusters):
            self._add(i, cluster, 1)
        # The university and the other establishments with pinned jobs keep the SBI code's cluster.
        self.movable = [i for i, person in enumerate(people) if not person.role]

    def _add(self, i: int, cluster: str, sign: int) -> None:
        for y, present in enumerate(self.present[i]):
            if present:
                self.counts[cluster, y] += sign

    def _cell_cost(self, cluster: str) -> float:
        years = range(len(self.years))
        return COUNT_WEIGHT * sum(abs(self.counts[cluster, y] - self.wanted[cluster, y]) for y in years)

    def _move(self, i: int, cluster: str) -> float:
        """Move an establishment to a cluster and return the change in cost."""
        old = self.clusters[i]
        before = self._cell_cost(old) + self._cell_cost(cluster)
        self._add(i, old, -1)
        self._add(i, cluster, 1)
        self.clusters[i] = cluster
        after = self._cell_cost(old) + self._cell_cost(cluster)
        penalty = self.weights[i] * ((cluster != self.defaults[i]) - (old != self.defaults[i]))
        return after - before + penalty

    def _violation(self) -> int:
        return sum(abs(self.counts[key] - self.wanted[key]) for key in self.wanted)

    def run(self) -> None:
        temperature = 3.0
        for step in range(ITERATIONS):
            if step % 1000 == 0:
                if self._violation() == 0 and step >= ITERATIONS // 4:
                    break
                temperature = max(temperature * 0.9, 0.05)
            i = self.rng.choice(self.movable)
            old = self.clusters[i]
            if self.rng.random() < 0.5:
                j = self.rng.choice(self.movable)
                other = self.clusters[j]
                if other == old:
                    continue
                delta = self._move(i, other) + self._move(j, old)
                if delta > 0 and self.rng.random() >= math.exp(-delta / temperature):
                    self._move(j, other)
                    self._move(i, old)
                continue
            cluster = self.rng.choice(targets.BCI_CLUSTERS)
            delta = self._move(i, cluster)
            if delta > 0 and self.rng.random() >= math.exp(-delta / temperature):
                self._move(i, old)
        if self._violation():
            off = {key: (found, self.wanted[key]) for key, found in self.counts.items() if found != self.wanted[key]}
            raise RuntimeError(f"The demo BCI clusters miss Bijlage 4's counts: {off}")
        for person, cluster in zip(self.people, self.clusters, strict=True):
            person.bci_cluster = cluster
