"""Which scores of a match count as its first and its latest: one rule for the dashboard and
the funders' report alike.

A match's scores of one measure are grouped by week (two devices may score the same match in
the same week: their mean is that week's score). The first is the earliest week's, the latest
the last week's; a match scored in one week only has a first score and nothing to compare.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class FirstAndLatest:
    first_week: str
    first: float
    latest_week: str
    latest: float


def first_and_latest(scores: Iterable[tuple[str, float]]) -> FirstAndLatest | None:
    """From one match's (week, score) pairs of one measure; None when scored in fewer than two
    weeks."""
    by_week: dict[str, list[float]] = defaultdict(list)
    for week, score in scores:
        by_week[week].append(score)
    if len(by_week) < 2:
        return None
    first, latest = min(by_week), max(by_week)
    return FirstAndLatest(first, _mean(by_week[first]), latest, _mean(by_week[latest]))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)
