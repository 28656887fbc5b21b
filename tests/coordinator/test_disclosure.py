"""Disclosure control: the NHS-style rule, and an attacker who solves for every hidden cell.

The attacker here is written independently of `logbook.coordinator.disclosure`: a small
two-phase simplex (scipy is not a dependency) that finds, for each hidden figure, the smallest
and largest values consistent with everything published. The model is the reader's: a
published 0 is exactly 0; a published count v > 0 is any whole number that rounds to v and is
above the suppression limit; a hidden figure is at least 1 (0 is always shown) with no upper
limit (secondary suppression hides figures of any size); every total is the sum of its cells.
A table with its totals has a totally unimodular constraint matrix (it is a network flow), so
the LP's extreme values are whole numbers and equal the true integer extremes: the bounds are
exact, not outer bounds that could make a narrow range look wide.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from logbook.coordinator.disclosure import (
    DisclosureRule,
    ProtectedTable,
    feasible_ranges,
    percent,
    protect_mean,
    protect_table,
)
from logbook.errors import InvalidValue

EPS = 1e-7
Bound = tuple[int, int | None]


# --- the attacker: a tiny exact LP ----------------------------------------------------------


class Infeasible(Exception):
    pass


class Simplex:
    """Maximise c·x subject to A x <= b, x >= 0 (Bland's rule, so degenerate tables never
    cycle). Phase 1 runs once; each objective then starts from the same feasible basis."""

    def __init__(self, a: list[list[float]], b: list[float]) -> None:
        m, n = len(a), len(a[0])
        negative = [i for i in range(m) if b[i] < 0]
        width = n + m + len(negative)
        rows, basis = [], []
        for i in range(m):
            sign = -1.0 if b[i] < 0 else 1.0
            row = [0.0] * (width + 1)
            for j in range(n):
                row[j] = sign * a[i][j]
            row[n + i] = sign
            row[-1] = sign * b[i]
            if b[i] < 0:
                k = n + m + negative.index(i)
                row[k] = 1.0
                basis.append(k)
            else:
                basis.append(n + i)
            rows.append(row)
        cost = [0.0] * width
        for k in range(n + m, width):
            cost[k] = -1.0
        if self._run(rows, basis, cost) < -EPS:
            raise Infeasible
        keep = []
        for r, var in enumerate(basis):
            if var >= n + m:  # an artificial left at 0: swap it out, or drop a redundant row
                j = next((j for j in range(n + m) if abs(rows[r][j]) > EPS), None)
                if j is None:
                    continue
                self._pivot(rows, basis, r, j)
            keep.append(r)
        self.rows = [[*rows[r][: n + m], rows[r][-1]] for r in keep]
        self.basis = [basis[r] for r in keep]
        self.n, self.width = n, n + m

    @staticmethod
    def _pivot(rows: list[list[float]], basis: list[int], r: int, j: int) -> None:
        p = rows[r][j]
        rows[r] = [v / p for v in rows[r]]
        for k, row in enumerate(rows):
            if k != r and abs(row[j]) > EPS:
                f = row[j]
                pr = rows[r]
                rows[k] = [v - f * w for v, w in zip(row, pr, strict=True)]
        basis[r] = j

    def _run(self, rows: list[list[float]], basis: list[int], cost: list[float]) -> float:
        while True:
            duals = [cost[v] for v in basis]
            entering = None
            for j in range(len(cost)):
                reduced = cost[j] - sum(d * row[j] for d, row in zip(duals, rows, strict=True))
                if reduced > EPS:
                    entering = j
                    break
            if entering is None:
                return sum(d * row[-1] for d, row in zip(duals, rows, strict=True))
            best = None
            for r, row in enumerate(rows):
                if row[entering] > EPS:
                    key = (row[-1] / row[entering], basis[r])
                    if best is None or key < best[0]:
                        best = (key, r)
            if best is None:
                return math.inf
            self._pivot(rows, basis, best[1], entering)

    def maximise(self, c: list[float]) -> float:
        rows = [list(r) for r in self.rows]
        basis = list(self.basis)
        return self._run(rows, basis, c + [0.0] * (self.width - self.n))


def reader_interval(shown: int | None, rule: DisclosureRule) -> Bound:
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


def attack(table: ProtectedTable, interval=None) -> dict[tuple[int, int], Bound]:  # type: ignore[no-untyped-def]
    """Exact range of every hidden figure, from the published table alone."""
    interval = interval or (lambda v: reader_interval(v, table.rule))
    grid = table.grid
    n_rows, n_cols = len(grid) - 1, len(grid[0]) - 1

    def members(i: int, j: int) -> list[int]:
        rows = range(n_rows) if i == n_rows else [i]
        cols = range(n_cols) if j == n_cols else [j]
        return [r * n_cols + c for r in rows for c in cols]

    a, b = [], []
    for i, row in enumerate(grid):
        for j, shown in enumerate(row):
            low, high = interval(shown)
            coeffs = [0.0] * (n_rows * n_cols)
            for k in members(i, j):
                coeffs[k] = 1.0
            if high is not None:
                a.append(coeffs)
                b.append(float(high))
            a.append([-v for v in coeffs])
            b.append(float(-low))
    lp = Simplex(a, b)
    found = {}
    for i, j in table.hidden_entries:
        objective = [0.0] * (n_rows * n_cols)
        for k in members(i, j):
            objective[k] = 1.0
        high = lp.maximise(objective)
        low = -lp.maximise([-v for v in objective])
        assert abs(low - round(low)) < 1e-6
        found[(i, j)] = (
            round(low),
            None if math.isinf(high) else round(high),
        )
        assert high == math.inf or abs(high - round(high)) < 1e-6
    return found


def true_grid(values: list[list[int]]) -> list[list[int]]:
    grid = [[*row, sum(row)] for row in values]
    grid.append([sum(col) for col in zip(*grid, strict=True)])
    return grid


def narrowest(table: ProtectedTable, ranges: dict[tuple[int, int], Bound]) -> float:
    widths = [math.inf if hi is None else hi - lo for lo, hi in ranges.values()]
    return min(widths, default=math.inf)


def labels(n: int, stem: str) -> list[str]:
    return [f"{stem}{k}" for k in range(n)]


# --- the rule -------------------------------------------------------------------------------


def test_zero_stays_zero_small_counts_are_hidden_the_rest_rounded_to_five() -> None:
    rule = DisclosureRule()
    assert rule.protect(0) == 0
    assert [rule.protect(n) for n in range(1, 8)] == [None] * 7
    assert [rule.protect(n) for n in (8, 10, 12, 13, 17, 18, 102, 103)] == [
        10, 10, 10, 15, 15, 20, 100, 105,
    ]  # fmt: skip


def test_the_rule_is_configurable_and_checked() -> None:
    rule = DisclosureRule(suppress_up_to=3, round_to=1, min_people_for_mean=5)
    assert [rule.protect(n) for n in (0, 3, 4, 9)] == [0, None, 4, 9]
    with pytest.raises(InvalidValue, match="--suppress-up-to"):
        DisclosureRule(suppress_up_to=-1)
    with pytest.raises(InvalidValue, match="--round-to"):
        DisclosureRule(round_to=0)
    with pytest.raises(InvalidValue, match="shown as 0"):
        DisclosureRule(suppress_up_to=0, round_to=5)  # 1 and 2 would be published as 0
    with pytest.raises(InvalidValue, match="--min-for-mean"):
        DisclosureRule(min_people_for_mean=1)


def test_totals_come_from_true_values_then_are_protected_the_same_way() -> None:
    table = protect_table("t", ["a", "b"], ["x", "y"], [[12, 13], [20, 33]])
    assert table.cells == ((10, 15), (20, 35))
    # 25 and 53 from the true cells (12+13, 20+33), not 25 and 55 from the rounded ones.
    assert table.row_totals == (25, 55)
    assert table.column_totals == (30, 45)
    assert table.grand_total == 80  # 78 rounded


def test_rates_are_worked_out_from_the_rounded_figures() -> None:
    # True: 8 of 17 reported (47%); published 10 of 15, so the rate shown is 67%.
    table = protect_table("t", ["Oct"], ["reported", "not"], [[8, 9]]).with_rate("%", 0)
    assert table.cells == ((10, 10),) and table.row_totals == (15,)
    assert table.rate is not None
    assert table.rate.rows == (67,) and table.rate.total == 67
    assert percent(None, 10) is None and percent(5, 0) is None
    assert percent(1, 3) == 33 and percent(2, 3) == 67


def test_means_need_at_least_ten_people() -> None:
    rule = DisclosureRule()
    assert protect_mean([1.0] * 9, rule) is None
    assert protect_mean([1.0] * 5 + [2.0] * 5, rule) == 1.5
    assert protect_mean([], rule) is None
    assert protect_mean([3.0] * 3, DisclosureRule(min_people_for_mean=3)) == 3.0


def test_a_row_with_one_hidden_cell_gets_a_second() -> None:
    table = protect_table("t", ["a", "b"], ["x", "y", "z"], [[3, 20, 40], [30, 40, 50]])
    assert sum(v is None for v in table.cells[0]) >= 2
    for line in (*table.grid, *zip(*table.grid, strict=True)):
        assert sum(v is None for v in line) != 1


def test_amounts_are_hidden_by_how_many_matches_contribute() -> None:
    minutes = [[600, 45], [900, 1200]]
    people = [[10, 1, 10], [12, 15, 20], [14, 16, 24]]
    table = protect_table(
        "hours",
        ["Oct", "Nov"],
        ["visits", "calls"],
        minutes,
        contributors=people,
        unit=15,
        scale=60,
        decimals=1,
    )
    assert table.cells[0][1] is None  # one match: their hours would be theirs alone
    assert table.text(table.cells[1][0]) in {"15.0", "*"}
    assert table.text(table.grand_total) == "45.8"  # 2745 minutes, published exactly
    ranges = feasible_ranges(table)
    assert all(hi is None or hi - lo >= table.hidden_width for lo, hi in ranges.values())


# --- the attacker can win without secondary suppression -------------------------------------


def test_without_secondary_suppression_a_lone_hidden_cell_is_recovered_exactly() -> None:
    rule = DisclosureRule(round_to=1)  # hide 1-7, publish the rest exactly
    values = [[3, 20], [30, 40]]
    naive = protect_table("t", ["a", "b"], ["x", "y"], values, rule, secondary=False)
    assert naive.hidden_entries == ((0, 0),)
    assert attack(naive) == {(0, 0): (3, 3)}  # 23 - 20: the hidden 3 is back
    protected = protect_table("t", ["a", "b"], ["x", "y"], values, rule)
    assert narrowest(protected, attack(protected)) >= rule.min_hidden_width


def test_without_secondary_suppression_rounding_alone_leaks_too() -> None:
    """Under the default rule the rounding blurs a lone hidden cell, but not always enough:
    the check below finds a table where it fails, so it is able to fail."""
    rule = DisclosureRule()
    cell = st.one_of(st.just(0), st.integers(1, 7), st.integers(8, 30))
    tables = st.lists(st.lists(cell, min_size=2, max_size=3), min_size=2, max_size=3).filter(
        lambda rows: len({len(r) for r in rows}) == 1
    )

    def leaks(values: list[list[int]]) -> bool:
        naive = protect_table(
            "t",
            labels(len(values), "r"),
            labels(len(values[0]), "c"),
            values,
            rule,
            secondary=False,
        )
        return narrowest(naive, attack(naive)) < rule.min_hidden_width

    example = find(tables, leaks, settings=settings(max_examples=2000, database=None))
    protected = protect_table(
        "t", labels(len(example), "r"), labels(len(example[0]), "c"), example, rule
    )
    assert narrowest(protected, attack(protected)) >= rule.min_hidden_width


# --- the property ---------------------------------------------------------------------------

SMALL_OR_NOT = st.one_of(st.just(0), st.integers(1, 7), st.integers(1, 7), st.integers(8, 60))
RULES = st.sampled_from(
    [
        DisclosureRule(),
        DisclosureRule(round_to=1),
        DisclosureRule(suppress_up_to=3, round_to=3),
        DisclosureRule(suppress_up_to=10, round_to=10),
    ]
)


@st.composite
def count_tables(draw: st.DrawFn) -> list[list[int]]:
    n_rows, n_cols = draw(st.integers(2, 5)), draw(st.integers(2, 5))
    return [[draw(SMALL_OR_NOT) for _ in range(n_cols)] for _ in range(n_rows)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=count_tables(), rule=RULES)
def test_no_hidden_count_can_be_narrowed_down(
    values: list[list[int]], rule: DisclosureRule
) -> None:
    table = protect_table("t", labels(len(values), "r"), labels(len(values[0]), "c"), values, rule)
    truth = true_grid(values)
    for i, row in enumerate(table.grid):  # what is published is true to the rule
        for j, shown in enumerate(row):
            low, high = reader_interval(shown, rule)
            assert low <= truth[i][j] and (high is None or truth[i][j] <= high)
    ranges = attack(table)
    for (i, j), (low, high) in ranges.items():
        assert low <= truth[i][j] and (high is None or truth[i][j] <= high)
        assert high is None or high - low >= max(rule.suppress_up_to - 1, 1), (i, j, low, high)
    # The product's own exact solver agrees with this independent one.
    assert feasible_ranges(table) == ranges


@st.composite
def amount_tables(draw: st.DrawFn) -> tuple[list[list[int]], list[list[int]]]:
    n_rows, n_cols = draw(st.integers(2, 4)), draw(st.integers(2, 4))
    people = [[draw(SMALL_OR_NOT) for _ in range(n_cols)] for _ in range(n_rows)]
    minutes = [[15 * p * draw(st.integers(1, 8)) for p in row] for row in people]

    def union(counts: list[int]) -> int:  # distinct matches: between the largest and the sum
        return draw(st.integers(max(counts), sum(counts))) if sum(counts) else 0

    grid = [[*row, union(row)] for row in people]
    columns = [union([people[i][j] for i in range(n_rows)]) for j in range(n_cols)]
    grid.append([*columns, union([row[-1] for row in grid] + columns)])
    return minutes, grid


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=amount_tables())
def test_no_hidden_amount_can_be_narrowed_down(
    data: tuple[list[list[int]], list[list[int]]],
) -> None:
    minutes, people = data
    table = protect_table(
        "hours",
        labels(len(minutes), "r"),
        labels(len(minutes[0]), "c"),
        minutes,
        contributors=people,
        unit=15,
        scale=60,
        decimals=1,
        hidden_width=360,
    )
    for i, row in enumerate(table.grid):
        for j, shown in enumerate(row):
            if 1 <= people[i][j] <= 7:
                assert shown is None

    def exact_in_units(shown: int | None) -> Bound:
        return (1, None) if shown is None else (shown // 15, shown // 15)

    ranges = attack(table, exact_in_units)
    truth = true_grid(minutes)
    for (i, j), (low, high) in ranges.items():
        assert 15 * low <= truth[i][j] and (high is None or truth[i][j] <= 15 * high)
        assert high is None or 15 * (high - low) >= 360
    assert feasible_ranges(table) == {
        e: (15 * lo, None if hi is None else 15 * hi) for e, (lo, hi) in ranges.items()
    }
