"""Property: whatever a volunteer writes, no free text, name, place or own tag leaves.

Hypothesis fills every free-text field, name, place and custom tag with canary strings and
varies the structured values; the decrypted bundle (and its signed payload, decoded) must hold
none of them, dates only as ISO weeks, minutes in multiples of 15, and measures only where
consent was recorded.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from datetime import date, time, timedelta

import pyrage
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from logbook.bundle.read import read_bundle
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import ConcernInput, EntryInput
from logbook.records.measures import SPECS, Instrument
from logbook.records.values import Kind, Mode
from logbook.sync.outbox import OutboxService
from tests.organisation import ORG_SETTINGS, Org

TODAY = date(2026, 11, 20)
counter = itertools.count()


def canary(label: str) -> str:
    # Letters and digits, so it could survive any tokenising, plus a unique number.
    return f"zq{label}canary{next(counter)}x"


entry_values = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(list(Kind)),
        "days_ago": st.integers(1, 900),
        "at": st.none() | st.times(),
        "minutes": st.integers(1, 1440),
        "mode": st.none() | st.sampled_from(list(Mode)),
        "seemed": st.none() | st.integers(1, 5),
        "wellbeing": st.none() | st.integers(1, 5),
        "follow_up": st.booleans(),
        "listed_tag": st.booleans(),
        "with_match": st.booleans(),
    }
)
measure_values = st.fixed_dictionaries(
    {
        "instrument": st.sampled_from(list(Instrument)),
        "consent": st.booleans(),
        "days_ago": st.integers(0, 900),
        "seed": st.integers(0, 10),
    }
)


def items_for(instrument: Instrument, seed: int) -> list[int]:
    spec = SPECS[instrument]
    return [spec.low + (seed + i) % (spec.high - spec.low + 1) for i in range(len(spec.items))]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    entries=st.lists(entry_values, min_size=1, max_size=8),
    measures=st.lists(measure_values, max_size=4),
    concerns=st.integers(0, 2),
    share_wellbeing=st.booleans(),
)
def test_no_canary_leaves_and_values_are_coarse(
    book: Logbook,
    org: Org,
    member: MembershipService,
    entries: list[dict[str, object]],
    measures: list[dict[str, object]],
    concerns: int,
    share_wellbeing: bool,
) -> None:
    canaries: list[str] = []

    def c(label: str) -> str:
        canaries.append(canary(label))
        return canaries[-1]

    member.set_share_wellbeing(share_wellbeing)
    code = f"M-{next(counter):04d}"
    start = TODAY - timedelta(days=1000)
    book.matches.add(code, c("name"), start)
    for e in entries:
        kind = Kind(str(e["kind"]))
        contact = kind is not Kind.REFLECTION
        book.entries.add(
            EntryInput(
                kind=kind,
                occurred_on=TODAY - timedelta(days=int(e["days_ago"])),  # type: ignore[call-overload]
                occurred_time=e["at"] if isinstance(e["at"], time) else None,
                match_code=code if (e["with_match"] or contact) else None,
                minutes=e["minutes"] if contact else None,  # type: ignore[arg-type]
                mode=e["mode"] if contact else None,  # type: ignore[arg-type]
                place=c("place") if contact else None,
                seemed=e["seemed"] if contact else None,  # type: ignore[arg-type]
                wellbeing=None if contact else e["wellbeing"],  # type: ignore[arg-type]
                notes=f"# {c('note')}\n\nsaid *{c('notes')}*",
                follow_up=bool(e["follow_up"]),
                activities=(c("activity"),) + (("Walk",) if e["listed_tag"] else ()),
                topics=(c("topic"),),
            )
        )
    consented: dict[str, int] = {}
    for m in measures:
        instrument = Instrument(str(m["instrument"]))
        day = TODAY - timedelta(days=int(str(m["days_ago"])))
        items = items_for(instrument, int(str(m["seed"])))
        book.measures.add(code, instrument, items, consent=bool(m["consent"]), taken_on=day)
        if m["consent"]:
            consented[instrument.value] = consented.get(instrument.value, 0) + 1
    for _ in range(concerns):
        book.concerns.add(
            ConcernInput(
                code,
                TODAY,
                c("said"),
                place=c("cplace"),
                facts=c("facts"),
                opinion=c("opinion"),
                action_taken=c("action"),
                reported_to=c("reportedto"),
                reported_on=TODAY,
            )
        )

    outbox = OutboxService(book.store)
    preview = outbox.preview(all_weeks=True).model_dump_json()
    assert not any(word in preview for word in canaries)
    sealed = outbox.seal_changes()  # may be empty: a reflection alone, not shared, says nothing
    for item in sealed:
        data = outbox.data(item.id)
        plain = pyrage.decrypt(data, [org.identity])
        payload_bytes = base64.b64decode(json.loads(plain)["payload"])
        text = (plain + payload_bytes).decode()
        for word in canaries:
            assert word not in text, word
        # No exact date or time: only ISO weeks (the epoch is a counter, not shown as a date).
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
        assert not re.search(r"\b\d{1,2}:\d{2}\b", text)
        payload = read_bundle(data, org.identity)
        sent_measures: dict[str, int] = {}
        for week in payload.summary.weeks:
            assert re.fullmatch(r"\d{4}-W\d{2}", week.week)
            if not share_wellbeing:
                assert week.own_wellbeing is None
            for row in week.matches:
                assert row.minutes is None or row.minutes % 15 == 0
                assert set(row.activities or {}) <= set(ORG_SETTINGS.activities)
                assert set(row.topics or {}) <= set(ORG_SETTINGS.topics)
                if row.match_code == code:
                    for result in row.measures or ():
                        key = result.instrument.value
                        sent_measures[key] = sent_measures.get(key, 0) + 1
        assert sent_measures == consented
