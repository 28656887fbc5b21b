"""`logbook match|entry|concern|measure|tag|search ...`: the volunteer's records."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from logbook.cli.context import Context, SubParsers
from logbook.digits import parse_int
from logbook.errors import InvalidValue, UsageError
from logbook.i18n import _, ngettext
from logbook.records import retention, values
from logbook.records.dto import (
    AMENDABLE_FIELDS,
    ConcernInfo,
    ConcernInput,
    EntryInfo,
    EntryInput,
    MatchInfo,
    MeasureInfo,
)
from logbook.records.measures import ONS_DIRECT_CATEGORIES, Instrument, parse_instrument


def _date(field: str, text: str | None) -> date | None:
    return values.parse_date(field, text) if text else None


def _int(field: str, text: str | None) -> int | None:
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise InvalidValue(field, _("must be a whole number")) from None


def _kept_until(m: MatchInfo, months: int, today: date) -> str:
    if m.end_date is None:
        return ""
    until = retention.kept_until(m.end_date, months).isoformat()
    if retention.past_keeping_period(m.end_date, months, today):
        return f"{until} (over: may be erased)"
    return until


def _match_line(m: MatchInfo, months: int, today: date) -> list[str]:
    return [
        m.code,
        m.display_name,
        m.start_date.isoformat(),
        m.end_date.isoformat() if m.end_date else "",
        m.last_contact.isoformat() if m.last_contact else "never",
        str(m.unreported_concerns or ""),
        _kept_until(m, months, today),
    ]


# --- matches -------------------------------------------------------------------------------


def match_add(ctx: Context) -> int:
    name = ctx.text("name") or ""
    with ctx.book() as book:
        m = book.matches.add(ctx.args.code, name, _date("start date", ctx.args.start))
    ctx.out.result(m, f"Added match {m.code}.")
    return 0


def match_list(ctx: Context) -> int:
    from logbook.org.membership import MembershipService  # the storage stack, when run

    with ctx.book() as book:
        matches = book.matches.list(include_ended=not ctx.args.active)
        months = MembershipService(book.store).keeping_months()
    today = date.today()
    ctx.out.table(
        matches,
        ["CODE", "NAME", "STARTED", "ENDED", "LAST CONTACT", "UNREPORTED", "KEPT UNTIL"],
        [_match_line(m, months, today) for m in matches],
        "No matches yet.",
    )
    return 0


def match_edit(ctx: Context) -> int:
    with ctx.book() as book:
        m = book.matches.edit(
            ctx.args.code,
            display_name=ctx.text("name"),
            new_code=ctx.args.new_code,
            start_date=_date("start date", ctx.args.start),
        )
    ctx.out.result(m, f"Updated match {m.code}.")
    return 0


def match_end(ctx: Context) -> int:
    with ctx.book() as book:
        m = book.matches.end(ctx.args.code, _date("end date", ctx.args.date))
    ctx.out.result(m, f"Match {m.code} ended on {m.end_date}.")
    return 0


def match_erase(ctx: Context) -> int:
    with ctx.book() as book:
        match = book.matches.get(ctx.args.code)
        warning = (
            f"Erase match {match.code} with all its {match.entry_count} entries, measures "
            "and concerns from this device?"
        )
        if match.unreported_concerns:
            warning = (
                ngettext(
                    "Match {code} has {n} safeguarding concern NOT YET REPORTED. ",
                    "Match {code} has {n} safeguarding concerns NOT YET REPORTED. ",
                    match.unreported_concerns,
                ).format(code=match.code, n=match.unreported_concerns)
                + warning
            )
        ctx.confirm(warning + " This cannot be undone.")
        book.matches.erase(match.code, even_with_unreported_concerns=True)
    ctx.out.result({"erased": match.code}, f"Erased match {match.code}.")
    return 0


# --- entries -------------------------------------------------------------------------------


def _entry_changes(ctx: Context) -> dict[str, Any]:
    """Only the options that were given; an empty string clears an optional field."""
    a = ctx.args
    changes: dict[str, Any] = {}
    if a.kind is not None:
        changes["kind"] = values.enum_value(values.Kind, "kind", a.kind)
    if a.match is not None:
        changes["match_code"] = a.match or None
    if a.date is not None:
        changes["occurred_on"] = values.parse_date("date", a.date)
    if a.time is not None:
        changes["occurred_time"] = values.parse_time("time", a.time) if a.time else None
    for name in ("minutes", "seemed", "wellbeing"):
        if getattr(a, name) is not None:
            changes[name] = _int(name, getattr(a, name))
    if a.mode is not None:
        changes["mode"] = values.enum_value(values.Mode, "mode", a.mode) if a.mode else None
    place = ctx.text("place")
    if place is not None:
        changes["place"] = place or None
    note = ctx.text("note")
    if note is not None:
        changes["notes"] = note
    if a.follow_up is not None:
        changes["follow_up"] = a.follow_up
    activities = ctx.lines("activity")
    if activities is not None:
        changes["activities"] = tuple(activities)
    topics = ctx.lines("topic")
    if topics is not None:
        changes["topics"] = tuple(topics)
    return changes


def _hhmm(e: EntryInfo) -> str:
    return e.occurred_time.strftime("%H:%M") if e.occurred_time else ""


def _entry_text(e: EntryInfo) -> str:
    lines = [
        f"Entry {e.id}{'  (deleted)' if e.deleted else ''}",
        f"  kind:       {e.kind.value}",
        f"  date:       {e.occurred_on} {_hhmm(e)}".rstrip(),
    ]
    if e.match_code:
        lines.append(f"  match:      {e.match_code}")
    if e.minutes:
        lines.append(f"  minutes:    {e.minutes}")
    if e.mode:
        lines.append(f"  mode:       {e.mode.value}")
    if e.place:
        lines.append(f"  place:      {e.place}")
    if e.seemed:
        lines.append(f"  seemed:     {e.seemed}/5")
    if e.wellbeing:
        lines.append(f"  wellbeing:  {e.wellbeing}/5")
    if e.activities:
        lines.append(f"  activities: {', '.join(e.activities)}")
    if e.topics:
        lines.append(f"  topics:     {', '.join(e.topics)}")
    lines.append(f"  follow-up:  {'yes' if e.follow_up else 'no'}")
    if e.notes:
        lines += ["", e.notes]
    return "\n".join(lines)


def entry_add(ctx: Context) -> int:
    changes = _entry_changes(ctx)
    changes.setdefault("kind", values.Kind.VISIT)
    changes.setdefault("occurred_on", date.today())
    with ctx.book() as book:
        e = book.entries.add(EntryInput(**changes))
    ctx.out.result(e, f"Saved entry {e.id}.")
    return 0


def entry_edit(ctx: Context) -> int:
    changes = _entry_changes(ctx)
    with ctx.book() as book:
        e = book.entries.edit(ctx.args.id, **changes)
    ctx.out.result(e, f"Updated entry {e.id}.")
    return 0


def entry_show(ctx: Context) -> int:
    with ctx.book() as book:
        e = book.entries.get(ctx.args.id)
    ctx.out.result(e, _entry_text(e))
    return 0


def entry_list(ctx: Context) -> int:
    a = ctx.args
    with ctx.book() as book:
        page = book.entries.list(
            match_code=a.match,
            kind=values.enum_value(values.Kind, "kind", a.kind) if a.kind else None,
            date_from=_date("from", a.date_from),
            date_to=_date("to", a.date_to),
            deleted_only=a.deleted,
            limit=_int("limit", a.limit),
        )
    ctx.out.table(
        page.entries,
        ["ID", "DATE", "KIND", "MATCH", "MINUTES", "NOTES"],
        [
            [
                str(e.id),
                e.occurred_on.isoformat(),
                e.kind.value,
                e.match_code or "",
                str(e.minutes or ""),
                (e.notes.splitlines() or [""])[0][:40],
            ]
            for e in page.entries
        ],
        "No entries.",
    )
    return 0


def entry_delete(ctx: Context) -> int:
    with ctx.book() as book:
        if ctx.args.permanent:
            ctx.confirm(f"Erase entry {ctx.args.id} for good? It cannot be restored.")
            book.entries.purge(ctx.args.id)
            ctx.out.result({"erased": ctx.args.id}, f"Erased entry {ctx.args.id}.")
            return 0
        e = book.entries.delete(ctx.args.id)
    ctx.out.result(e, f"Deleted entry {e.id} (restore it with `logbook entry restore {e.id}`).")
    return 0


def entry_restore(ctx: Context) -> int:
    with ctx.book() as book:
        e = book.entries.restore(ctx.args.id)
    ctx.out.result(e, f"Restored entry {e.id}.")
    return 0


# --- concerns ------------------------------------------------------------------------------


def _concern_line(c: ConcernInfo) -> list[str]:
    status = f"reported {c.reported_on} to {c.reported_to}" if c.reported else "NOT REPORTED"
    return [str(c.id), c.occurred_on.isoformat(), c.match_code, status]


def concern_add(ctx: Context) -> int:
    a = ctx.args
    concern = ConcernInput(
        match_code=a.match,
        occurred_on=values.parse_date("date", a.date) if a.date else date.today(),
        occurred_time=values.parse_time("time", a.time) if a.time else None,
        place=ctx.text("place"),
        seen_or_said=ctx.text("said") or "",
        facts=ctx.text("facts") or "",
        opinion=ctx.text("opinion") or "",
        action_taken=ctx.text("action") or "",
        reported_to=ctx.text("reported_to"),
        reported_on=_date("reported on", a.reported_on),
    )
    with ctx.book() as book:
        c = book.concerns.add(concern)
    reminder = (
        ""
        if c.reported
        else (
            "\nReport it to your organisation's safeguarding lead now, then record that with "
            f"`logbook concern reported {c.id} --to NAME`."
        )
    )
    ctx.out.result(c, f"Saved safeguarding concern {c.id}.{reminder}")
    return 0


def concern_list(ctx: Context) -> int:
    with ctx.book() as book:
        concerns = book.concerns.list(
            match_code=ctx.args.match, unreported_only=ctx.args.unreported
        )
    ctx.out.table(
        concerns,
        ["ID", "DATE", "MATCH", "STATUS"],
        [_concern_line(c) for c in concerns],
        "No safeguarding concerns.",
    )
    return 0


# The options `concern add` takes for each field, so `concern amend --field` reads the same.
_CONCERN_OPTIONS = {
    "place": "place",
    "said": "seen_or_said",
    "facts": "facts",
    "opinion": "opinion",
    "action": "action_taken",
}
assert set(_CONCERN_OPTIONS.values()) == set(AMENDABLE_FIELDS)
_FIELD_OPTIONS = {field: option for option, field in _CONCERN_OPTIONS.items()}


def _concern_text(c: ConcernInfo) -> str:
    when = f"{c.occurred_on} {c.occurred_time.strftime('%H:%M') if c.occurred_time else ''}"
    status = f"reported to {c.reported_to} on {c.reported_on}" if c.reported else "NOT YET REPORTED"
    lines = [f"Safeguarding concern {c.id}", f"  match:    {c.match_code}",
             f"  date:     {when.rstrip()}", f"  status:   {status}"]  # fmt: skip
    for option, field in _CONCERN_OPTIONS.items():
        text = c.current(field)
        amended = "  (amended; first written: " + (getattr(c, field) or "-") + ")"
        lines.append(f"  {option + ':':9} {text or '-'}{amended if c.amended(field) else ''}")
    for a in c.additions:
        head = f"amended {_FIELD_OPTIONS[a.field]}" if a.field else "note"
        lines += ["", f"{a.written_on}  {head}:", a.text or "(emptied)"]
    return "\n".join(lines)


def concern_show(ctx: Context) -> int:
    with ctx.book() as book:
        c = book.concerns.get(ctx.args.id)
    ctx.out.result(c, _concern_text(c))
    return 0


def concern_note(ctx: Context) -> int:
    with ctx.book() as book:
        book.concerns.add_note(ctx.args.id, ctx.text("text") or "", _date("date", ctx.args.date))
        c = book.concerns.get(ctx.args.id)
    ctx.out.result(c, f"Added a follow-up note to concern {c.id}.")
    return 0


def concern_amend(ctx: Context) -> int:
    field = _CONCERN_OPTIONS.get(ctx.args.field)
    if field is None:
        raise UsageError(f"--field must be one of: {', '.join(_CONCERN_OPTIONS)}")
    with ctx.book() as book:
        book.concerns.amend(
            ctx.args.id, field, ctx.text("text") or "", _date("date", ctx.args.date)
        )
        c = book.concerns.get(ctx.args.id)
    ctx.out.result(c, f"Amended {ctx.args.field} of concern {c.id}; the original is kept.")
    return 0


def concern_reported(ctx: Context) -> int:
    with ctx.book() as book:
        c = book.concerns.mark_reported(
            ctx.args.id, ctx.text("to") or "", _date("reported on", ctx.args.date)
        )
    ctx.out.result(c, f"Concern {c.id} marked as reported to {c.reported_to} on {c.reported_on}.")
    return 0


# --- measures, tags, search ------------------------------------------------------------------


def _items(text: str) -> list[int]:
    answers = []
    for number, part in enumerate((p for p in text.replace(" ", ",").split(",") if p), 1):
        value = _int(f"item {number}", part)
        assert value is not None  # empty parts were dropped above
        answers.append(value)
    return answers


def _score_text(m: Any) -> str:
    s = m.score
    if m.instrument is Instrument.UCLA3:
        return f"total {s.total} (3-9, higher is lonelier)"
    if m.instrument is Instrument.ONS_DIRECT:
        return ONS_DIRECT_CATEGORIES[s.category]
    if m.instrument is Instrument.ONS4:
        return ", ".join(f"{k} {v}" for k, v in s.subscales)
    return f"raw {s.total}, metric {s.metric:.2f}"


def measure_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.book() as book:
        m = book.measures.add(
            a.match,
            parse_instrument(a.instrument),
            _items(a.items),
            consent=a.consent,
            taken_on=_date("date", a.date),
        )
    ctx.out.result(m, f"Saved {m.instrument.value} for {m.match_code}: {_score_text(m)}.")
    return 0


def _consent_text(m: MeasureInfo) -> str:
    if m.withdrawn_on is not None:
        return f"withdrawn {m.withdrawn_on}"
    return "yes" if m.consent else "no"


def measure_list(ctx: Context) -> int:
    with ctx.book() as book:
        found = book.measures.list(ctx.args.match)
    ctx.out.table(
        found,
        ["ID", "DATE", "MATCH", "MEASURE", "CONSENT", "SCORE"],
        [
            [str(m.id), m.taken_on.isoformat(), m.match_code, m.instrument.value,
             _consent_text(m), _score_text(m)]
            for m in found
        ],
        "No outcome measures recorded.",
    )  # fmt: skip
    return 0


def measure_correct(ctx: Context) -> int:
    with ctx.book() as book:
        book.measures.correct(ctx.args.id, _items(ctx.args.items), _date("date", ctx.args.date))
        m = book.measures.get(ctx.args.id)
    ctx.out.result(m, f"Corrected measure {m.id}: {_score_text(m)}. Its week is sent again.")
    return 0


def measure_delete(ctx: Context) -> int:
    with ctx.book() as book:
        m = book.measures.get(ctx.args.id)
        ctx.confirm(f"Delete the {m.instrument.value} of {m.taken_on} for {m.match_code}?")
        book.measures.delete(m.id)
    ctx.out.result({"deleted": m.id}, f"Deleted measure {m.id}. Its week is sent again.")
    return 0


def measure_withdraw(ctx: Context) -> int:
    a = ctx.args
    if (a.id is None) == (a.match is None):
        raise UsageError("name one measure by its ID, or a whole match with --match CODE")
    with ctx.book() as book:
        if a.match is not None:
            book.measures.withdraw_consent_for_match(a.match, _date("date", a.date))
            found = book.measures.list(a.match)
            what = f"every measure of {values.match_code(a.match)}"
        else:
            book.measures.withdraw_consent(a.id, _date("date", a.date))
            found = [book.measures.get(a.id)]
            what = f"measure {a.id}"
    ctx.out.result(
        found, f"Consent withdrawn for {what}: no score of it leaves this device from now on."
    )
    return 0


def tag_list(ctx: Context) -> int:
    with ctx.book() as book:
        tags = book.tags.list()
    ctx.out.table(
        tags,
        ["KIND", "TAG", "FROM", "USES"],
        [
            [t.kind, t.name, "organisation" if t.source == "org" else "own", str(t.uses)]
            for t in tags
        ],
        "No tags yet.",
    )
    return 0


def search(ctx: Context) -> int:
    query = ctx.text("query")
    if query is None:
        raise UsageError(_("say what to search for: QUERY, - (standard input) or --query-file"))
    a = ctx.args
    with ctx.book() as book:
        hits = book.search.search(
            query,
            match_code=a.match,
            kind=values.enum_value(values.Kind, "kind", a.kind) if a.kind else None,
            date_from=_date("from", a.date_from),
            date_to=_date("to", a.date_to),
        )
    ctx.out.table(
        hits,
        ["ID", "DATE", "MATCH", "SNIPPET"],
        [[str(h.entry.id), h.entry.occurred_on.isoformat(), h.entry.match_code or "",
          " ".join(h.snippet.split())] for h in hits],
        "Nothing found.",
    )  # fmt: skip
    return 0


# --- the parser ----------------------------------------------------------------------------


def _text_option(p: argparse.ArgumentParser, name: str, help: str) -> None:
    p.add_argument(f"--{name}", help=f"{help} (- reads standard input)")
    p.add_argument(f"--{name}-file", metavar="PATH", help=f"read the {help.lower()} from a file")


def _entry_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", help="visit, conversation or reflection")
    p.add_argument("--match", metavar="CODE")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM")
    p.add_argument("--minutes")
    p.add_argument("--mode", help="in_person, phone, video, message or group")
    _text_option(p, "place", "Place")
    p.add_argument("--seemed", help="how the person seemed, 1-5")
    p.add_argument("--wellbeing", help="your own wellbeing, 1-5 (reflections)")
    _text_option(p, "note", "Notes, Markdown")
    p.add_argument("--follow-up", action=argparse.BooleanOptionalAction, default=None)
    # Own tag names are the volunteer's words: `-` or a file keeps them out of `ps`/history.
    for name in ("activity", "topic"):
        p.add_argument(
            f"--{name}", action="append", help="repeat for several (- reads lines from stdin)"
        )
        p.add_argument(f"--{name}-file", metavar="PATH", help=f"{name} tags, one per line")


def _entry_filters(p: argparse.ArgumentParser) -> None:
    """The filters `entry list` and `search` share, as the timeline offers them."""
    p.add_argument("--match", metavar="CODE")
    p.add_argument("--kind", help="visit, conversation or reflection")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    def group(name: str) -> SubParsers:  # its help line is in logbook.cli.commands
        return sub.add_parser(name).add_subparsers(dest="action", required=True, metavar="ACTION")

    def leaf(parent: SubParsers, name: str, run: Any, help: str) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help)
        p.set_defaults(run=run)
        return p

    g = group("match")
    p = leaf(g, "add", match_add, "add a match")
    p.add_argument("code", help="the code your coordinator gave, e.g. M-0042")
    _text_option(p, "name", "Display name")
    p.add_argument("--start", metavar="YYYY-MM-DD")
    p = leaf(g, "list", match_list, "list matches")
    p.add_argument("--active", action="store_true", help="only matches that have not ended")
    p = leaf(g, "edit", match_edit, "change a match")
    p.add_argument("code")
    _text_option(p, "name", "Display name")
    p.add_argument("--new-code", metavar="CODE")
    p.add_argument("--start", metavar="YYYY-MM-DD")
    p = leaf(g, "end", match_end, "end a match")
    p.add_argument("code")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p = leaf(g, "erase", match_erase, "erase a match and all its records from this device")
    p.add_argument("code")

    g = group("entry")
    p = leaf(g, "add", entry_add, "add an entry")
    _entry_options(p)
    p = leaf(g, "edit", entry_edit, "change an entry")
    p.add_argument("id", type=parse_int)
    _entry_options(p)
    p = leaf(g, "show", entry_show, "show one entry")
    p.add_argument("id", type=parse_int)
    p = leaf(g, "list", entry_list, "list entries, newest first")
    _entry_filters(p)
    p.add_argument("--deleted", action="store_true", help="only deleted entries")
    p.add_argument("--limit")
    p = leaf(g, "delete", entry_delete, "delete an entry (restorable unless --permanent)")
    p.add_argument("id", type=parse_int)
    p.add_argument("--permanent", action="store_true")
    p = leaf(g, "restore", entry_restore, "restore a deleted entry")
    p.add_argument("id", type=parse_int)

    g = group("concern")
    p = leaf(g, "add", concern_add, "record a safeguarding concern")
    p.add_argument("--match", metavar="CODE", required=True)
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM")
    _text_option(p, "place", "Where it happened")
    _text_option(p, "said", "What was seen or said, in the person's own words")
    _text_option(p, "facts", "Facts")
    _text_option(p, "opinion", "Your opinion, kept apart from the facts")
    _text_option(p, "action", "Action taken")
    _text_option(p, "reported-to", "Who it was reported to")
    p.add_argument("--reported-on", metavar="YYYY-MM-DD")
    p = leaf(g, "list", concern_list, "list concerns")
    p.add_argument("--match", metavar="CODE")
    p.add_argument("--unreported", action="store_true")
    p = leaf(g, "show", concern_show, "show a concern in full, with its notes and amendments")
    p.add_argument("id", type=parse_int)
    p = leaf(g, "note", concern_note, "add a dated follow-up note to a concern")
    p.add_argument("id", type=parse_int)
    _text_option(p, "text", "The note")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day it speaks for (today)")
    p = leaf(g, "amend", concern_amend, "correct a field by a dated amendment (keeps the original)")
    p.add_argument("id", type=parse_int)
    p.add_argument("--field", required=True, help=", ".join(_CONCERN_OPTIONS))
    _text_option(p, "text", "The corrected text")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the correction (today)")
    p = leaf(g, "reported", concern_reported, "record that a concern was reported")
    p.add_argument("id", type=parse_int)
    _text_option(p, "to", "Who it was reported to")
    p.add_argument("--date", metavar="YYYY-MM-DD")

    g = group("measure")
    p = leaf(g, "add", measure_add, "record an outcome measure")
    p.add_argument("--match", metavar="CODE", required=True)
    p.add_argument("--instrument", required=True, help="ucla3, ons_direct, ons4 or swemwbs")
    p.add_argument("--items", required=True, help="answers in order, e.g. 2,1,3")
    p.add_argument(
        "--consent", action=argparse.BooleanOptionalAction, required=True,
        help="whether the person agreed to share this measure",
    )  # fmt: skip
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p = leaf(g, "list", measure_list, "list outcome measures")
    p.add_argument("--match", metavar="CODE")
    p = leaf(g, "correct", measure_correct, "correct a measure's answers (its week is resent)")
    p.add_argument("id", type=parse_int)
    p.add_argument("--items", required=True, help="the right answers in order, e.g. 2,1,3")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the right date, if it was wrong")
    p = leaf(g, "delete", measure_delete, "delete a measure (its week is resent)")
    p.add_argument("id", type=parse_int)
    p = leaf(g, "withdraw", measure_withdraw, "withdraw consent for a measure or a whole match")
    p.add_argument("id", type=parse_int, nargs="?")
    p.add_argument("--match", metavar="CODE", help="every measure of this match, old and new")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day consent was withdrawn (today)")

    g = group("tag")
    leaf(g, "list", tag_list, "list tags")

    p = sub.add_parser("search", parents=[common])
    # What is searched for are the volunteer's words: `-` or a file keeps them out of `ps`.
    p.add_argument("query", nargs="?", help="words to find (- reads standard input)")
    p.add_argument("--query-file", metavar="PATH", help="read the words to find from a file")
    _entry_filters(p)
    p.set_defaults(run=search)
