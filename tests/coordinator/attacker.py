"""An independent attacker for funder reports: exact integer programs solved by HiGHS.

Written apart from `logbook.coordinator.disclosure` (which uses its own max-flow), so the two
check each other. The model is the reader's: every figure of every table the reader holds is
a sum of unknown true values (a cell is one, a total the sum of its row or column); a
published 0 is exactly 0; a published count v > 0 is any whole number above the suppression
limit that rounds to v; a published amount is any whole number of its unit, from at least
(limit + 1) matches of one unit each, that rounds to v; a hidden figure is at least 1 (0 is
always shown) with no upper limit. Tables from different reports that show the same month and
column share one unknown, so a quarter read with its months is one system. For each hidden
figure the smallest and largest values over all whole-number solutions are found with
`scipy.optimize.milp`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from logbook.coordinator.disclosure import DisclosureRule, ProtectedTable

Bound = tuple[int, int | None]
Var = tuple[str, str, str]  # (table title, row label, column label): one true value
BIG = 10**7  # far above any figure here: reaching half of it means "no upper limit"


def reader_interval(shown: int | None, rule: DisclosureRule) -> Bound:
    """Every true count that could be published as `shown`, by trying each one."""
    if shown is None:
        return (1, None)
    if shown == 0:
        return (0, 0)
    candidates = [
        n
        for n in range(max(0, shown - rule.round_to), shown + rule.round_to + 1)
        if n > rule.suppress_up_to and rule.rounded(n) == shown
    ]
    return (min(candidates), max(candidates))


def amount_interval(shown: int | None, table: ProtectedTable) -> Bound:
    """Every true amount, in units, that could be published as `shown` (in stored values),
    by trying each one: at least limit + 1 matches, each with at least one unit."""
    if shown is None:
        return (1, None)
    if shown == 0:
        return (0, 0)
    unit, to = table.unit, table.round_amount
    if not to:
        return (shown // unit, shown // unit)
    fewest = table.rule.suppress_up_to + 1
    candidates = [
        n
        for n in range(1, (shown + to) // unit + 1)
        if n >= fewest and max(to, (n * unit + to // 2) // to * to) == shown
    ]
    return (min(candidates), max(candidates))


class System:
    """Linear facts about whole-number unknowns, gathered from every table a reader holds."""

    def __init__(self) -> None:
        self.index: dict[Var, int] = {}
        # Each fact: low <= sum of coefficient * unknown <= high (None: no upper limit).
        self.facts: list[tuple[dict[int, int], int, int | None]] = []
        self.hidden: dict[tuple[str, int, int], list[int]] = {}  # (report, row, col) → members

    def var(self, key: Var) -> int:
        return self.index.setdefault(key, len(self.index))

    def add(self, members: Iterable[int], bound: Bound) -> None:
        self.facts.append(({m: 1 for m in members}, bound[0], bound[1]))

    def add_at_most(self, smaller: Iterable[Var], larger: Iterable[Var]) -> None:
        """What the reader knows of two tables together: one sum is at most another."""
        coefficients: dict[int, int] = {}
        for key in smaller:
            coefficients[self.var(key)] = coefficients.get(self.var(key), 0) - 1
        for key in larger:
            coefficients[self.var(key)] = coefficients.get(self.var(key), 0) + 1
        self.facts.append((coefficients, 0, None))

    def add_table(
        self,
        table: ProtectedTable,
        name: str = "",
        interval: Callable[[int | None], Bound] | None = None,
    ) -> None:
        """Every figure of `table` (`name` tells apart the hidden ones of different
        reports): its cells are unknowns shared with any other table of the same title
        that shows the same month and column."""
        if interval is None:
            if table.kind == "count":
                rule = table.rule
                interval = lambda v: reader_interval(v, rule)  # noqa: E731
            else:
                interval = lambda v: amount_interval(v, table)  # noqa: E731
        n_rows, n_cols = len(table.row_labels), len(table.column_labels)
        cells = [
            [self.var((table.title, r, c)) for c in table.column_labels] for r in table.row_labels
        ]
        for i, row in enumerate(table.grid):
            for j, shown in enumerate(row):
                rows = range(n_rows) if i == n_rows else [i]
                cols = range(n_cols) if j == n_cols else [j]
                members = [cells[r][c] for r in rows for c in cols]
                self.add(members, interval(shown))
                if shown is None:
                    self.hidden[(name or table.title, i, j)] = members

    def ranges(self) -> dict[tuple[str, int, int], Bound]:
        """The smallest and largest value of every hidden figure (None: no upper limit)."""
        n = len(self.index)
        rows = np.zeros((len(self.facts), n))
        lows = np.zeros(len(self.facts))
        highs = np.zeros(len(self.facts))
        for k, (coefficients, low, high) in enumerate(self.facts):
            for m, c in coefficients.items():
                rows[k, m] = c
            lows[k] = low
            highs[k] = np.inf if high is None else high
        constraints = LinearConstraint(rows, lows, highs)
        bounds = Bounds(np.zeros(n), np.full(n, BIG))
        integral = np.ones(n)
        found: dict[tuple[str, int, int], Bound] = {}
        cache: dict[tuple[int, ...], Bound] = {}
        for key, members in self.hidden.items():
            if tuple(members) not in cache:
                objective = np.zeros(n)
                objective[members] = 1.0
                ends = []
                for sign in (1.0, -1.0):
                    result = milp(
                        sign * objective,
                        constraints=constraints,
                        bounds=bounds,
                        integrality=integral,
                    )
                    assert result.status == 0, result.message  # the facts are consistent
                    ends.append(round(sign * result.fun))
                low, high = ends
                cache[tuple(members)] = (low, None if high >= BIG // 2 else high)
            found[key] = cache[tuple(members)]
        return found


def attack(
    table: ProtectedTable, interval: Callable[[int | None], Bound] | None = None
) -> dict[tuple[int, int], Bound]:
    """Exact range of every hidden figure of one table, from that table alone."""
    system = System()
    system.add_table(table, interval=interval)
    return {(i, j): bound for (_, i, j), bound in system.ranges().items()}


def narrowest(ranges: Iterable[Bound]) -> float:
    widths = [math.inf if high is None else high - low for low, high in ranges]
    return min(widths, default=math.inf)


def too_narrow(
    tables: Iterable[tuple[str, ProtectedTable]],
    system: System | None = None,
    sensitive: Callable[[str, int, int], bool] | None = None,
) -> dict[tuple[str, int, int], Bound]:
    """Audit tables a reader holds together (name, table), with any facts already in
    `system`: every hidden figure whose range is narrower than its table allows (in the
    table's units), with that range. With `sensitive` (name, row, column), only the figures
    the rule itself hides (from 1 to 7 people) must stay that vague; without it, every
    hidden figure must."""
    system = system or System()
    width: dict[str, int] = {}
    for name, table in tables:
        system.add_table(table, name)
        width[name] = -(-table.hidden_width // table.unit)
    return {
        key: (low, high)
        for key, (low, high) in system.ranges().items()
        if high is not None
        and high - low < width[key[0]]
        and (sensitive is None or sensitive(*key))
    }
