"""Statistical disclosure control for funder reports: small counts hidden, the rest rounded.

The default follows the rule NHS England uses for sub-national counts: 0 stays 0, counts 1-7
are hidden, everything else is rounded to the nearest 5; totals are worked out from the true
figures and then treated the same way; rates come from the rounded figures; a mean is shown
only over at least 10 matches.

Hiding a cell is not enough when its row or column total is published: the total minus the
other cells gives it back. Secondary suppression hides further figures until no hidden one can
be narrowed down. It works in two steps: first the usual pattern rule (no row or column,
totals included, may hold exactly one hidden figure), then an exact audit: for every hidden
figure, the smallest and largest values consistent with everything published (each rounded
figure known only to its rounding interval, each hidden one at least 1, because 0 is always
shown) are computed, and while any range is narrower than the rule allows, one more figure
next to it is hidden. A fully hidden table leaves every hidden figure unbounded, so this ends.

Reports by month are linked tables: a quarter's rows are its months, and each month is also
published alone. Such a table is protected row by row first (each month from its own figures,
as its own report shows it), and then only its total row may be hidden further, so the
quarter and its months are one system whose figures agree (`rows_published_alone`).

The ranges are exact. A table with its totals is a flow network (source → row totals → cells
→ column totals → sink → grand total → source) whose flows are exactly the tables consistent
with what was published; the extreme values of one cell are then found with a few small
max-flows (the network's matrix is totally unimodular, so the bounds are whole numbers).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from logbook.errors import InvalidValue
from logbook.i18n import _, ngettext

Entry = tuple[int, int]  # (row, column) in the grid of cells plus totals; totals are last
Interval = tuple[int, int | None]  # None: no upper limit
TableKind = Literal["count", "amount"]
HIDDEN = "*"


@dataclass(frozen=True)
class DisclosureRule:
    """How figures are protected; every report states it in words (`describe`)."""

    suppress_up_to: int = 7
    round_to: int = 5
    min_people_for_mean: int = 10

    def __post_init__(self) -> None:
        if not 0 <= self.suppress_up_to <= 1000:
            raise InvalidValue("--suppress-up-to", _("must be a whole number from 0 to 1000"))
        if not 1 <= self.round_to <= 1000:
            raise InvalidValue("--round-to", _("must be a whole number from 1 to 1000"))
        if self.round_to > 2 * (self.suppress_up_to + 1):
            # Otherwise the smallest count still shown would round to 0, which means "none".
            raise InvalidValue(
                "--round-to",
                _(
                    "can be at most {most} with --suppress-up-to {suppress_up_to}, or a small "
                    "count would be shown as 0"
                ).format(most=2 * (self.suppress_up_to + 1), suppress_up_to=self.suppress_up_to),
            )
        if not 2 <= self.min_people_for_mean <= 100_000:
            raise InvalidValue(
                "--min-for-mean",
                _("must be at least 2: a mean over one match is that person's own score"),
            )

    def rounded(self, count: int) -> int:
        """To the nearest multiple of `round_to`, halves up."""
        r = self.round_to
        return (2 * count + r) // (2 * r) * r

    def protect(self, count: int) -> int | None:
        """0 stays 0, 1..suppress_up_to is hidden (None), anything else is rounded."""
        if count < 0:
            raise ValueError("counts are never negative")
        if count == 0:
            return 0
        if count <= self.suppress_up_to:
            return None
        return self.rounded(count)

    def interval(self, shown: int | None) -> Interval:
        """Every true count that could have been shown as `shown` under this rule.

        A hidden count is at least 1 (0 is always shown); nothing bounds it from above, since
        secondary suppression hides counts of any size.
        """
        if shown is None:
            return (1, None)
        if shown == 0:
            return (0, 0)
        r = self.round_to
        return (max(self.suppress_up_to + 1, shown - r // 2), shown + (r + 1) // 2 - 1)

    def hidden(self, people: int) -> bool:
        return 1 <= people <= self.suppress_up_to

    def mean_shown(self, people: int) -> bool:
        return people >= self.min_people_for_mean

    @property
    def min_hidden_width(self) -> int:
        """How far apart the smallest and largest values of a hidden count must stay: as
        many possible values as there are hidden counts 1..suppress_up_to (at least two)."""
        return max(self.suppress_up_to - 1, 1)

    def describe(self) -> tuple[str, ...]:
        """The rule in plain words, for the first page of every report."""
        s, r = self.suppress_up_to, self.round_to
        words = []
        if s == 1:
            words.append(_("Counts of 1 are not shown (marked {hidden}).").format(hidden=HIDDEN))
        elif s > 1:
            words.append(
                _("Counts from 1 to {most} are not shown (marked {hidden}).").format(
                    most=s, hidden=HIDDEN
                )
            )
        if r > 1:
            words.append(
                _("Other counts are rounded to the nearest {step}; 0 is shown as 0.").format(step=r)
            )
        else:
            words.append(_("Other counts are shown exactly."))
        words.append(_("Totals are worked out from the true figures, then treated the same way."))
        if s > 0:
            words.append(
                _(
                    "Some further figures are hidden ({hidden}) so that no hidden figure can be "
                    "worked out from the totals and the other figures, nor from a quarter's "
                    "report read with its months' reports."
                ).format(hidden=HIDDEN)
            )
            words.append(
                _("A month's figures are the same in its own report and in its quarter's.")
            )
        words.append(_("Percentages are worked out from the rounded figures."))
        words.append(
            ngettext(
                "Averages are shown only where at least {count} match contributes to them.",
                "Averages are shown only where at least {count} matches contribute to them.",
                self.min_people_for_mean,
            ).format(count=self.min_people_for_mean)
        )
        return tuple(words)


@dataclass(frozen=True)
class Rate:
    """A percentage column worked out from published (rounded) figures only."""

    label: str
    rows: tuple[int | None, ...]
    total: int | None


def percent(part: int | None, whole: int | None) -> int | None:
    """Whole-number percentage of two published figures; None if either is hidden or 0."""
    if part is None or whole is None or whole == 0:
        return None
    return (200 * part + whole) // (2 * whole)


@dataclass(frozen=True)
class ProtectedTable:
    """A two-dimensional table with totals, as it may be published. None is a hidden figure.

    Counts are stored as published. Amounts (hours) are stored in their unit (minutes) and
    shown divided by `scale` with `decimals` places; an amount is hidden when 1 to
    `suppress_up_to` matches contribute to it, and otherwise published rounded to the
    nearest `round_amount` (0: exactly), so that a month's report and its quarter's cannot
    be subtracted to recover a hidden amount exactly.
    """

    title: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    grand_total: int | None
    rule: DisclosureRule = field(default_factory=DisclosureRule)
    notes: tuple[str, ...] = ()
    kind: TableKind = "count"
    unit: int = 1  # amounts are whole multiples of this (15 minutes)
    scale: int = 1  # shown as value / scale (60: minutes shown as hours)
    decimals: int = 0
    hidden_width: int = 1  # in the table's own values; see DisclosureRule.min_hidden_width
    round_amount: int = 0  # amounts published to the nearest this many (a multiple of unit)
    total_label: str = "Total"
    column_total_label: str = "Total"
    rate: Rate | None = None

    @property
    def grid(self) -> tuple[tuple[int | None, ...], ...]:
        """Cells with each row's total at its end, and the column totals as the last row."""
        rows = tuple(
            (*cells, total) for cells, total in zip(self.cells, self.row_totals, strict=True)
        )
        return (*rows, (*self.column_totals, self.grand_total))

    @property
    def hidden_entries(self) -> tuple[Entry, ...]:
        grid = self.grid
        return tuple(
            (i, j) for i, row in enumerate(grid) for j, value in enumerate(row) if value is None
        )

    def shown(self, value: int | None) -> int | float | None:
        """The number as a reader sees it (hours for minutes), None when hidden."""
        if value is None or self.scale == 1:
            return value
        if not self.decimals:
            return round(value / self.scale)
        return round(value / self.scale, self.decimals)

    def text(self, value: int | None) -> str:
        number = self.shown(value)
        if number is None:
            return HIDDEN
        return f"{number:,.{self.decimals}f}" if self.decimals else f"{number:,}"

    def with_rate(self, label: str, column: int) -> ProtectedTable:
        """Add a percentage of `column` in each row's total, from the published figures."""
        rows = tuple(
            percent(cells[column], total)
            for cells, total in zip(self.cells, self.row_totals, strict=True)
        )
        total = percent(self.column_totals[column], self.grand_total)
        return replace(self, rate=Rate(label, rows, total))

    def rate_texts(self) -> tuple[list[str], str]:
        """Each row's percentage and the total's: `*` when a figure behind it is hidden,
        `–` when there is nothing to take a percentage of."""

        def text(value: int | None, whole: int | None) -> str:
            if whole == 0:
                return "–"
            return HIDDEN if value is None else str(value)

        if self.rate is None:
            return [], ""
        rows = [text(v, w) for v, w in zip(self.rate.rows, self.row_totals, strict=True)]
        return rows, text(self.rate.total, self.grand_total)


def protect_table(
    title: str,
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    values: Sequence[Sequence[int]],
    rule: DisclosureRule | None = None,
    *,
    contributors: Sequence[Sequence[int]] | None = None,
    unit: int = 1,
    scale: int = 1,
    decimals: int = 0,
    hidden_width: int | None = None,
    round_amount: int = 0,
    notes: Sequence[str] = (),
    total_label: str = "",
    column_total_label: str = "",
    secondary: bool = True,
    rows_published_alone: bool = False,
) -> ProtectedTable:
    """Protect a table of true counts (or amounts) and its totals.

    Counts: `values` are the true counts. Amounts: also give `contributors`, the number of
    distinct matches behind each figure as a grid with totals (rows + 1 by columns + 1, since
    a total's contributors are not the sum of its cells'); amounts must be multiples of
    `unit`, and each contributing match adds at least one unit. `secondary=False` leaves out
    secondary suppression, only so that tests can show what it prevents.

    `rows_published_alone`: each row (a month) is also published on its own, in its own
    report. Each row is then protected alone first, from its own figures only, exactly as its
    own report shows it; the table's secondary suppression may hide only figures of the total
    row. So a month reads the same in every report that shows it, whatever order they are
    made in, and what the quarter adds (its total row) is checked against all of its months
    at once. A table of one row repeats that row as its total row.
    """
    rule = rule or DisclosureRule()
    n_rows, n_cols = len(row_labels), len(column_labels)
    if not n_rows or not n_cols:
        raise ValueError("a table needs at least one row and one column")
    if len(values) != n_rows or any(len(row) != n_cols for row in values):
        raise ValueError("the values do not fit the labels")
    grid = [[*row, sum(row)] for row in values]
    grid.append([sum(grid[i][j] for i in range(n_rows)) for j in range(n_cols + 1)])
    if any(v < 0 or v % unit for row in grid for v in row):
        raise ValueError(f"values must be non-negative multiples of {unit}")
    kind: TableKind = "count" if contributors is None else "amount"
    if contributors is None:
        people = grid
        width = rule.min_hidden_width if hidden_width is None else hidden_width
        shown = [[rule.protect(v) for v in row] for row in grid]
    else:
        people = [list(row) for row in contributors]
        if len(people) != n_rows + 1 or any(len(row) != n_cols + 1 for row in people):
            raise ValueError("contributors must cover the cells and the totals")
        width = (rule.min_hidden_width * unit) if hidden_width is None else hidden_width
        if round_amount % unit:
            raise ValueError("amounts are rounded to a multiple of their unit")
        shown = [
            [
                None if rule.hidden(p) and v else _round_amount(v, round_amount)
                for v, p in zip(vrow, prow, strict=True)
            ]
            for vrow, prow in zip(grid, people, strict=True)
        ]
    if secondary:
        interval = _interval_for(kind, rule, unit, round_amount)
        units = -(-width // unit)
        if not rows_published_alone:
            _secondary(grid, shown, interval, units)
        else:
            _protect_rows_alone(grid, shown, interval, units)
    return ProtectedTable(
        title=title,
        row_labels=tuple(row_labels),
        column_labels=tuple(column_labels),
        cells=tuple(tuple(row[:-1]) for row in shown[:-1]),
        row_totals=tuple(row[-1] for row in shown[:-1]),
        column_totals=tuple(shown[-1][:-1]),
        grand_total=shown[-1][-1],
        rule=rule,
        notes=tuple(notes),
        kind=kind,
        unit=unit,
        scale=scale,
        decimals=decimals,
        hidden_width=width,
        round_amount=round_amount,
        total_label=total_label or _("Total"),
        column_total_label=column_total_label or _("Total"),
    )


def protect_mean(values: Sequence[float], rule: DisclosureRule, places: int = 1) -> float | None:
    """The mean, rounded, only over at least `min_people_for_mean` values (one per match)."""
    if not values or not rule.mean_shown(len(values)):
        return None
    return round(sum(values) / len(values), places)


def feasible_ranges(table: ProtectedTable) -> dict[Entry, tuple[int, int | None]]:
    """What a reader of `table` can work out about each hidden figure: its smallest and
    largest possible values (None: no upper limit), in the table's stored values."""
    grid = [list(row) for row in table.grid]
    interval = _interval_for(table.kind, table.rule, table.unit, table.round_amount)
    network = _TableNetwork(grid, interval)
    found: dict[Entry, tuple[int, int | None]] = {}
    for entry in table.hidden_entries:
        low, high = network.range_of(entry)
        found[entry] = (low * table.unit, None if high is None else high * table.unit)
    return found


# --- secondary suppression -----------------------------------------------------------------


def _round_amount(value: int, to: int) -> int:
    """Nearest multiple of `to` (halves up); a non-zero amount never becomes 0."""
    if not to or not value:
        return value
    return max(to, (value + to // 2) // to * to)


def _interval_for(
    kind: TableKind, rule: DisclosureRule, unit: int, round_amount: int = 0
) -> Callable[[int | None], Interval]:
    """The attacker's view of one published figure, in units."""
    if kind == "count":
        return rule.interval
    fewest = rule.suppress_up_to + 1  # a published amount has more matches, each a unit

    def amount(shown: int | None) -> Interval:
        if shown is None:
            return (1, None)
        if shown == 0:
            return (0, 0)
        if not round_amount:
            return (shown // unit, shown // unit)
        # Halves round up: the true amount is from shown - r//2 to shown + r - r//2 - 1; any
        # small non-zero amount is published as r itself.
        low = 1 if shown == round_amount else shown - round_amount // 2
        high = shown + round_amount - round_amount // 2 - 1
        return (max(fewest, -(-low // unit)), high // unit)

    return amount


def _lines(n_rows: int, n_cols: int) -> list[list[Entry]]:
    """Every row and every column of the grid, its total included."""
    rows = [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows + 1)]
    cols = [[(i, j) for i in range(n_rows + 1)] for j in range(n_cols + 1)]
    return rows + cols


def _partner(
    grid: list[list[int]],
    shown: list[list[int | None]],
    among: list[Entry],
    may_hide: Callable[[Entry], bool],
) -> Entry | None:
    """The figure to hide next: a published non-zero one that may be hidden, a cell before a
    total, the smallest first (it costs the reader least)."""
    last_row, last_col = len(grid) - 1, len(grid[0]) - 1
    candidates = [
        (i, j) for i, j in among if shown[i][j] is not None and grid[i][j] != 0 and may_hide((i, j))
    ]
    if not candidates:
        return None
    return min(
        candidates, key=lambda e: (e[0] == last_row or e[1] == last_col, grid[e[0]][e[1]], e)
    )


def _anything(entry: Entry) -> bool:
    return True


def _secondary(
    grid: list[list[int]],
    shown: list[list[int | None]],
    interval: Callable[[int | None], Interval],
    width: int,
    may_hide: Callable[[Entry], bool] = _anything,
    free: frozenset[Entry] = frozenset(),
) -> None:
    """Hide figures that `may_hide` allows until no hidden one is narrower than `width`.
    `free` figures are not published at all (the reader knows only that they are sums)."""
    lines = _lines(len(grid) - 1, len(grid[0]) - 1)
    # A line with an unpublished figure in it is no equation the reader can use.
    checked = [line for line in lines if not free.intersection(line)]
    everything = [e for line in lines[: len(grid)] for e in line]
    while True:
        changed = True
        while changed:  # the pattern rule, to a fixed point
            changed = False
            for line in checked:
                if sum(shown[i][j] is None for i, j in line) == 1:
                    extra = _partner(grid, shown, line, may_hide)
                    if extra is not None:
                        shown[extra[0]][extra[1]] = None
                        changed = True
        narrow = _first_narrow(shown, interval, width, free)
        if narrow is None:
            return
        i, j = narrow
        beside = [e for e in lines[i] + lines[len(grid) + j] if e != narrow]
        extra = _partner(grid, shown, beside, may_hide) or _partner(
            grid, shown, everything, may_hide
        )
        if extra is None:
            # With everything hidden, nothing is bounded. When only a quarter's total row may
            # be hidden and all of it is, what is left narrow is a total that equals published
            # month figures: never one the rule hides itself (see _protect_rows_alone).
            return
        shown[extra[0]][extra[1]] = None


def _protect_rows_alone(
    grid: list[list[int]],
    shown: list[list[int | None]],
    interval: Callable[[int | None], Interval],
    width: int,
) -> None:
    """Each row as its own report publishes it (its cells and its total, nothing else), then
    the total row against all of them, hiding only total-row figures. Hiding the whole total
    row leaves every row as safe as it is alone, so this always ends safe: a month total the
    rule hides itself (1 to 7) is a sum of month figures it hides too, from rows that are
    then independent, so its range is at least as wide as theirs. (A total hidden only as a
    partner may stay narrow then, when it equals a published month figure; it is not small.)"""
    n_rows, n_cols = len(grid) - 1, len(grid[0]) - 1
    unpublished = frozenset((1, j) for j in range(n_cols + 1))
    for i in range(n_rows):
        alone: list[list[int | None]] = [shown[i], [None] * (n_cols + 1)]
        _secondary(
            [grid[i], grid[-1]],
            alone,
            interval,
            width,
            may_hide=lambda e: e[0] == 0,
            free=unpublished,
        )
        shown[i] = alone[0]
    if n_rows == 1:
        shown[-1] = list(shown[0])  # the total row repeats the one row
        return
    _secondary(grid, shown, interval, width, may_hide=lambda e: e[0] == n_rows)


def _first_narrow(
    shown: list[list[int | None]],
    interval: Callable[[int | None], Interval],
    width: int,
    free: frozenset[Entry] = frozenset(),
) -> Entry | None:
    hidden = [
        (i, j)
        for i, row in enumerate(shown)
        for j, value in enumerate(row)
        if value is None and (i, j) not in free
    ]
    if not hidden:  # most months: nothing to check, so no network to build
        return None
    network = _TableNetwork(shown, interval, free)
    for entry in hidden:
        low, high = network.range_of(entry)
        if high is not None and high - low < width:
            return entry
    return None


# --- exact ranges: a table as a flow network ------------------------------------------------


class _MaxFlow:
    """Edmonds-Karp on a few dozen edges; capacities are whole numbers."""

    def __init__(self, nodes: int) -> None:
        self.edges_of: list[list[int]] = [[] for _node in range(nodes)]
        self.head: list[int] = []
        self.cap: list[int] = []

    def add(self, tail: int, head: int, cap: int) -> int:
        for a, b, c in ((tail, head, cap), (head, tail, 0)):
            self.edges_of[a].append(len(self.head))
            self.head.append(b)
            self.cap.append(c)
        return len(self.head) - 2

    def push(self, cap: list[int], source: int, sink: int, limit: int, banned: int = -1) -> int:
        """Push up to `limit` from source to sink through `cap` (changed in place), never
        through the edge pair `banned`."""
        flow = 0
        while flow < limit:
            via = [-1] * len(self.edges_of)
            via[source] = -2
            queue = deque([source])
            while queue and via[sink] == -1:
                node = queue.popleft()
                for e in self.edges_of[node]:
                    if cap[e] > 0 and e // 2 != banned and via[self.head[e]] == -1:
                        via[self.head[e]] = e
                        queue.append(self.head[e])
            if via[sink] == -1:
                break
            path = []
            node = sink
            while node != source:
                path.append(via[node])
                node = self.head[via[node] ^ 1]
            step = min(limit - flow, *(cap[e] for e in path))
            for e in path:
                cap[e] -= step
                cap[e ^ 1] += step
            flow += step
        return flow


class _TableNetwork:
    """Tables consistent with what was published, as circulations: source → row i carries
    row total i, row i → column j cell (i, j), column j → sink column total j, and sink →
    source the grand total; each arc is bounded by what its published figure allows."""

    def __init__(
        self,
        shown: Sequence[Sequence[int | None]],
        interval: Callable[[int | None], Interval],
        free: frozenset[Entry] = frozenset(),
    ) -> None:
        n_rows, n_cols = len(shown) - 1, len(shown[0]) - 1
        source, sink = 0, n_rows + n_cols + 1
        row = list(range(1, n_rows + 1))
        col = list(range(n_rows + 1, n_rows + n_cols + 1))
        ends: dict[Entry, tuple[int, int]] = {(n_rows, n_cols): (sink, source)}
        for i in range(n_rows):
            ends[(i, n_cols)] = (source, row[i])
            for j in range(n_cols):
                ends[(i, j)] = (row[i], col[j])
        for j in range(n_cols):
            ends[(n_rows, j)] = (col[j], sink)
        bounds = {e: (0, None) if e in free else interval(shown[e[0]][e[1]]) for e in ends}
        # Bounded ranges never exceed the sum of the finite limits (plus one per arc for the
        # lower limits); `self.big` caps the rest well above that, so "reaches big" means
        # "unbounded" (see _TableNetwork.range_of).
        self.big = sum(h for _, h in bounds.values() if h is not None) + len(ends) + 1
        self.net = _MaxFlow(sink + 3)
        excess = [0] * (sink + 3)
        self.low: dict[Entry, int] = {}
        self.edge: dict[Entry, int] = {}
        for e, (tail, head) in ends.items():
            low, high = bounds[e]
            top = low + 4 * self.big if high is None else high
            self.edge[e] = self.net.add(tail, head, top - low)
            self.low[e] = low
            excess[head] += low
            excess[tail] -= low
        extra_source, extra_sink = sink + 1, sink + 2
        extras = []
        for node, amount in enumerate(excess):
            if amount > 0:
                extras.append(self.net.add(extra_source, node, amount))
            elif amount < 0:
                extras.append(self.net.add(node, extra_sink, -amount))
        needed = sum(a for a in excess if a > 0)
        self.cap = list(self.net.cap)
        if self.net.push(self.cap, extra_source, extra_sink, needed) < needed:
            raise ValueError("the published figures contradict each other")
        for edge in extras:  # a plain circulation from here on
            self.cap[edge] = self.cap[edge ^ 1] = 0
        self.ends = ends

    def range_of(self, entry: Entry) -> tuple[int, int | None]:
        """Smallest and largest value of one figure over every consistent table: from a
        consistent table, the most a figure can grow is what can flow back from its arc's
        head to its tail without using the arc (and shrink, the other way round)."""
        e = self.edge[entry]
        tail, head = self.ends[entry]
        now = self.low[entry] + self.cap[e ^ 1]
        grow = self.net.push(list(self.cap), head, tail, self.cap[e], banned=e // 2)
        shrink = self.net.push(list(self.cap), tail, head, self.cap[e ^ 1], banned=e // 2)
        high = now + grow
        return now - shrink, (None if high >= self.big else high)
