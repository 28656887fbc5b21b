"""The dashboard and the funders' report take each match's first and latest scores by one
rule, so on the same data they agree: the same matches, the same means."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from logbook.coordinator.dashboard import load_dashboard
from logbook.coordinator.disclosure import DisclosureRule
from logbook.coordinator.report import build_report
from logbook.records.measure_catalogue import SCALES
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.summary.schema import MatchWeek, MeasureResult
from tests.coordinator.report_data import add_device, add_week, contact, sqlite_db

# Nothing hidden and nothing rounded, so the report's means can be compared exactly.
OPEN = DisclosureRule(suppress_up_to=0, round_to=1, min_people_for_mean=2)
AFTER = date(2026, 11, 20)
EARLIER = ["2026-W10", "2026-W14", "2026-W22", "2026-W30", "2026-W36"]
OCTOBER = ["2026-W40", "2026-W41", "2026-W43", "2026-W44"]


def measures(rng: random.Random) -> list[MeasureResult]:
    return [
        MeasureResult(instrument=Instrument.UCLA3, total=rng.randint(3, 9)),
        MeasureResult(instrument=Instrument.SWEMWBS, total=20, metric=rng.uniform(7, 35)),
        MeasureResult(
            instrument=Instrument.ONS4,
            subscales={
                item: rng.randint(0, 10)
                for item in ("life_satisfaction", "worthwhile", "happiness", "anxiety")
            },
        ),
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_dashboard_and_report_agree_on_first_and_latest_scores(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    visit = [contact("visit", Mode.IN_PERSON, 1)]
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            codes = [f"M-{n:04d}" for n in range(14)]
            add_device(s, "DEV1", "V-01", codes)
            add_device(s, "DEV2", "V-02", [])
            for code in codes:
                # Earlier weeks in any number (none: a first score in October only), and the
                # latest in October, the reported month.
                weeks = [*sorted(rng.sample(EARLIER, rng.randint(0, 3))), rng.choice(OCTOBER)]
                for week in weeks:
                    match = MatchWeek(match_code=code, contacts=visit, measures=measures(rng))
                    add_week(s, "DEV1", week, match)
                    if rng.random() < 0.3:  # a second device scored the same week too
                        again = MatchWeek(match_code=code, contacts=visit, measures=measures(rng))
                        add_week(s, "DEV2", week, again)
        board = {o.measure: o for o in load_dashboard(db, AFTER).outcomes}
        report = {
            line.label: line
            for line in build_report(db, "2026-10", OPEN, today=AFTER).measures.lines
        }
    assert set(board) == {"ucla3", "swemwbs", *(f"ons4.{i}" for i in (
        "life_satisfaction", "worthwhile", "happiness", "anxiety"))}  # fmt: skip
    for name, outcome in board.items():
        line = report[SCALES[name].label]
        assert line.matches == outcome.n > 0
        assert outcome.mean_first is not None and outcome.mean_latest is not None
        assert line.first == round(outcome.mean_first, 1)
        assert line.latest == round(outcome.mean_latest, 1)
        assert line.higher_is_better == outcome.higher_is_better
