"""`logbook coordinator ...`: import bundles, devices and volunteers, the database, the audit."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from logbook.atomicfile import open_atomic
from logbook.cli import report_cmd
from logbook.cli.context import Context, SubParsers, write_output_file
from logbook.digits import parse_int
from logbook.errors import NotFound, Refused
from logbook.i18n import _, ngettext
from logbook.statuses import ImportStatus
from logbook.vault.kinds import ProfileKind

# SQLAlchemy and the importer are imported inside the commands that use them: parsing,
# --help and --version stay fast.
if TYPE_CHECKING:
    from logbook.coordinator.dashboard import Alert
    from logbook.coordinator.importer import ImportBatch, ImportResult
    from logbook.coordinator.service import Coordinator
    from logbook.vault.profiles import UnlockedProfile

COORDINATOR = ProfileKind.COORDINATOR


@contextmanager
def coordinator(ctx: Context) -> Iterator[Coordinator]:
    with ctx.unlocked(COORDINATOR) as profile, coordinator_on(profile) as work:
        yield work


@contextmanager
def coordinator_on(profile: UnlockedProfile) -> Iterator[Coordinator]:
    from logbook.coordinator.service import Coordinator  # the HTTP stack, only when needed

    with Coordinator(profile.store) as work:
        yield work


def _line(result: ImportResult, details: bool = False) -> str:
    from logbook.coordinator.import_log import plain_reason

    where = result.source or result.sha256[:12]
    numbers = ""
    if result.device_id:
        numbers = f" [{result.device_id} epoch {result.epoch} seq {result.sequence}]"
    text = f"{result.status:9} {where}{numbers}"
    if result.status == ImportStatus.IMPORTED:
        text += ": " + ngettext("{n} week", "{n} weeks", result.weeks).format(n=result.weeks)
        if result.flagged:
            text += f"; FLAGGED, not the volunteer's: {', '.join(result.flagged)}"
    else:
        # The plain reason first; the checks' own words only when asked for (--details).
        text += f": {plain_reason(result.status, result.reason)}"
        if details and result.reason:
            text += f"\n          details: {result.reason}"
    return text


def _report(ctx: Context, batch: ImportBatch) -> int:
    if ctx.out.as_json:
        ctx.out.result(batch.results)
    else:
        for result in batch.results:
            print(_line(result, getattr(ctx.args, "details", False)))
        counts: dict[str, int] = {}
        for result in batch.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        total = len(batch.results)
        print(ngettext("{n} bundle: {summary}.", "{n} bundles: {summary}.", total).format(
            n=total, summary=summary or _("none")
        ))  # fmt: skip
    return 1 if batch.rejected else 0


def import_bundles(ctx: Context) -> int:
    from logbook.coordinator.importer import ImportBatch

    if not ctx.args.paths and not ctx.args.from_mailbox:
        raise Refused(_("Name bundle files or folders to import, or use --from-mailbox."))
    with coordinator(ctx) as work:
        batch = ImportBatch()
        if ctx.args.paths:
            batch.results += work.import_files(Path(p) for p in ctx.args.paths).results
        if ctx.args.from_mailbox:
            batch.results += work.import_from_mailbox().results
    return _report(ctx, batch)


def imports(ctx: Context) -> int:
    with coordinator(ctx) as work:
        items = work.import_log.history(ctx.args.limit)
    rows = []
    for i in items:
        why = i.plain if i.status not in ("imported", "already") else f"{i.weeks} week(s)"
        if ctx.args.details and i.technical:
            why += f" [{i.technical}]"
        rows.append([i.at.strftime("%Y-%m-%d %H:%M"), i.name, i.status, i.device_id or "", why])
    ctx.out.table(items, ["when (UTC)", "file", "result", "device", "why"], rows,
                  "Nothing has been imported yet.")  # fmt: skip
    return 0


def devices(ctx: Context) -> int:
    with coordinator(ctx) as work:
        listed = work.devices.list()
    # Never the fingerprint: the coordinator hears it from the volunteer and types it.
    rows = [
        [
            d.id,
            d.status,
            d.volunteer or "",
            "yes" if d.confirmed else "no",
            str(d.held) if d.held else "",
            "; ".join(d.gaps),
            d.last_seen.strftime("%Y-%m-%d"),
        ]
        for d in listed
    ]
    headers = ["device", "status", "volunteer", "confirmed", "held", "missing", "last seen"]
    shown = [
        {
            "id": d.id, "status": d.status, "volunteer": d.volunteer, "confirmed": d.confirmed,
            "held": d.held, "missing": list(d.gaps), "first_seen": d.first_seen,
            "last_seen": d.last_seen,
        }
        for d in listed
    ]  # fmt: skip
    ctx.out.table(shown, headers, rows, "No device has sent a bundle yet.")
    return 0


def approve(ctx: Context) -> int:
    with coordinator(ctx) as work:
        fingerprint = ctx.args.fingerprint
        if fingerprint is None:
            fingerprint = ctx.typed_read_out(
                f"Device: {ctx.args.device.upper()}\n"
                "Type the fingerprint the volunteer reads out from their laptop: ",
                needed="Approval needs the device's fingerprint, as the volunteer reads it "
                'out: give it with --fingerprint "XXXXX XXXXX ...".',
            )
        info, released = work.approve(ctx.args.device, ctx.args.volunteer, fingerprint)
    text = f"Approved {info.id} for volunteer {info.volunteer}."
    if released.results:
        imported = sum(r.status == ImportStatus.IMPORTED for r in released.results)
        text += " " + ngettext(
            "Imported {n} held bundle.", "Imported {n} held bundles.", imported
        ).format(n=imported)
    shown = {"id": info.id, "status": info.status, "volunteer": info.volunteer,
             "confirmed": info.confirmed}  # fmt: skip
    ctx.out.result({"device": shown, "released": released.results}, text)
    return 1 if released.rejected else 0


def revoke(ctx: Context) -> int:
    ctx.confirm(f"Revoke device {ctx.args.device}? Its future bundles will be refused.")
    with coordinator(ctx) as work:
        info, not_told = work.revoke(ctx.args.device)
    text = f"Revoked {info.id}; its bundles will be refused from now on."
    if not_told:
        text += f" The mailbox could not be told yet ({not_told}); it is told at the next pull."
    ctx.out.result(info, text)
    return 0


def _told(text: str, not_told: str | None) -> str:
    if not_told:
        text += (
            f" The volunteer's devices could not be told yet ({not_told}); they are told at "
            "the next pull."
        )
    return text


def assign(ctx: Context) -> int:
    with coordinator(ctx) as work:
        not_told = work.assign(ctx.args.match_code, ctx.args.volunteer)
    ctx.out.result(
        {"match_code": ctx.args.match_code.upper(), "volunteer": ctx.args.volunteer},
        _told(f"{ctx.args.match_code.upper()} is now {ctx.args.volunteer.upper()}'s match.",
              not_told),
    )  # fmt: skip
    return 0


def unassign(ctx: Context) -> int:
    with coordinator(ctx) as work:
        not_told = work.unassign(ctx.args.match_code)
    code = ctx.args.match_code.upper()
    ctx.out.result({"match_code": code},
                   _told(f"{code} is no longer assigned to anyone.", not_told))  # fmt: skip
    return 0


def end_match(ctx: Context) -> int:
    from datetime import date

    from logbook.records.values import parse_date

    ended = parse_date("--on", ctx.args.on) if ctx.args.on else date.today()
    with coordinator(ctx) as work:
        not_told = work.end_match(ctx.args.match_code, ended)
    code = ctx.args.match_code.upper()
    ctx.out.result({"match_code": code, "ended_on": ended},
                   _told(f"{code} ended on {ended.isoformat()}.", not_told))  # fmt: skip
    return 0


def assignments(ctx: Context) -> int:
    with coordinator(ctx) as work:
        rows = work.devices.assignment_rows()
    table = [[a.match_code, a.volunteer, a.ended_on.isoformat() if a.ended_on else ""]
             for a in rows]  # fmt: skip
    ctx.out.table(rows, ["match code", "volunteer", "ended"], table, "No match code is assigned.")
    return 0


def _alert_line(alert: Alert) -> str:
    facts = [
        f"week {alert.week}" if alert.week else "",
        f"count {alert.count}" if alert.count else "",
        f"device {alert.device}" if alert.device else "",
        "; ".join(alert.detail),
    ]
    return ", ".join(f for f in facts if f)


def alerts(ctx: Context) -> int:
    from logbook.coordinator.alert_acks import alert_key, saved_no_contact_weeks
    from logbook.coordinator.dashboard import load_dashboard

    with ctx.unlocked(COORDINATOR) as profile:
        weeks = ctx.args.weeks or saved_no_contact_weeks(profile.store)
        with coordinator_on(profile) as work:
            board = load_dashboard(work.db, no_contact_weeks=weeks)
    if ctx.args.acknowledged:
        kept = list(board.acknowledged)
        rows = [[k.key, k.alert.volunteer or "", _alert_line(k.alert), k.by,
                 k.at.strftime("%Y-%m-%d %H:%M"), k.note or ""] for k in kept]  # fmt: skip
        value = [{"alert": k.key, "kind": k.alert.kind.value, "subject": k.alert.subject,
                  "by": k.by, "at": k.at, "note": k.note} for k in kept]  # fmt: skip
        ctx.out.table(value, ["alert", "volunteer", "facts", "by", "when (UTC)", "note"], rows,
                      "No alert is acknowledged and still out of the list.")  # fmt: skip
        return 0
    shown = list(board.alerts)
    rows = [[alert_key(a), a.volunteer or "", _alert_line(a)] for a in shown]
    listed: list[dict[str, object]] = [
        {
            "alert": alert_key(a),
            "kind": a.kind.value,
            "subject": a.subject,
            "volunteer": a.volunteer,
            "week": a.week,
            "count": a.count,
            "reported": a.reported,
            "device": a.device,
            "detail": list(a.detail),
        }
        for a in shown
    ]
    empty = "Nothing needs your attention."
    if board.acknowledged:
        empty += f" ({len(board.acknowledged)} acknowledged: --acknowledged lists them.)"
    ctx.out.table(listed, ["alert", "volunteer", "facts"], rows, empty)
    return 0


def acknowledge(ctx: Context) -> int:
    from logbook.coordinator.alert_acks import saved_no_contact_weeks

    note = ctx.text("note")
    with ctx.unlocked(COORDINATOR) as profile:
        weeks = ctx.args.weeks or saved_no_contact_weeks(profile.store)
        by = ctx.args.by or profile.info.name
        with coordinator_on(profile) as work:
            done = work.acknowledge_alert(ctx.args.alert, by, note, weeks)
    ctx.out.result(
        {"alert": done.key, "by": done.by, "at": done.at, "note": done.note},
        f"Acknowledged {done.key} (by {done.by}). It comes back if it is newly true.",
    )
    return 0


def audit(ctx: Context) -> int:
    from sqlalchemy import select

    from logbook.coordinator.schema import AuditEntry

    with coordinator(ctx) as work, work.db.session() as s:
        entries = s.scalars(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(ctx.args.limit)
        ).all()
        rows = [
            [e.at.strftime("%Y-%m-%d %H:%M:%S"), e.action, e.subject[:16], e.result, e.detail or ""]
            for e in entries
        ]
        value = [
            {
                "at": e.at,
                "action": e.action,
                "subject": e.subject,
                "result": e.result,
                "detail": e.detail,
            }
            for e in entries
        ]
    ctx.out.table(
        value,
        ["when (UTC)", "action", "subject", "result", "detail"],
        rows,
        "The audit log is empty.",
    )
    return 0


def backup(ctx: Context) -> int:
    out = Path(ctx.args.out)
    with coordinator(ctx) as work:
        try:
            with open_atomic(out) as f:
                counts = work.backup_database(f)
        except OSError as exc:
            raise Refused(
                _("Cannot write the database backup to {out}: {strerror}.").format(
                    out=out, strerror=exc.strerror
                )
            ) from None
    size = out.stat().st_size
    ctx.out.result({"out": out, "bytes": size, "rows": counts},
                   f"Wrote the coordinator database, encrypted to the organisation's key, to "
                   f"{out} ({size // 1024 + 1} KiB).")  # fmt: skip
    return 0


def restore(ctx: Context) -> int:
    path = Path(ctx.args.file)
    with coordinator(ctx) as work:
        try:
            source = path.open("rb")
        except OSError as exc:
            raise NotFound(
                _("Cannot read the database backup {path}: {strerror}.").format(
                    path=path, strerror=exc.strerror
                )
            ) from None
        with source:
            counts = work.restore_database(source)
    ctx.out.result(counts, f"Restored {sum(counts.values())} rows into the coordinator database.")
    return 0


def limits(ctx: Context) -> int:
    from logbook.coordinator.limits import LABELS, NAMES, size_text

    if (ctx.args.name is None) != (ctx.args.value is None):
        raise Refused(_("Give a limit's name and its new value, or neither to see them all."))
    with coordinator(ctx) as work:
        if ctx.args.name is not None:
            work.set_limit(ctx.args.name, ctx.args.value)
        now = work.limits()
    values = {name: getattr(now, name) for name in NAMES}
    rows = [
        [name, str(v) if name.endswith("_bundles") else size_text(v), LABELS[name]]
        for name, v in values.items()
    ]
    ctx.out.table(values, ["limit", "value", "what it bounds"], rows, "")
    return 0


def quarantine(ctx: Context) -> int:
    action = ctx.args.quarantine_command
    with coordinator(ctx) as work:
        box = work.quarantine
        if action == "list":
            kept = box.list()
            rows = [[q.sha256[:16], q.device_id or "", q.source, str(q.size),
                     q.received_at.strftime("%Y-%m-%d %H:%M"), q.reason] for q in kept]  # fmt: skip
            ctx.out.table(kept, ["bundle", "device", "from", "bytes", "when (UTC)", "why"], rows,
                          "The quarantine is empty.")  # fmt: skip
        elif action == "show":
            q = box.show(ctx.args.sha)
            ctx.out.result(q, f"Bundle:   {q.sha256}\nDevice:   {q.device_id or 'unknown'}\n"
                              f"From:     {q.source}\nBytes:    {q.size}\n"
                              f"Received: {q.received_at:%Y-%m-%d %H:%M:%S} UTC\n"
                              f"Why:      {q.reason}")  # fmt: skip
        elif action == "export":
            q, data = box.show(ctx.args.sha), box.data(ctx.args.sha)
            out = Path(ctx.args.out)
            write_output_file("bundle", out, data)
            ctx.out.result({"out": out, "bytes": len(data)},
                           f"Wrote bundle {q.sha256[:16]} (still encrypted) to {out}.")  # fmt: skip
        elif ctx.args.all:
            ctx.confirm("Delete every bundle in the quarantine?")
            ctx.out.result({"deleted": box.delete_all()}, "The quarantine is empty.")
        elif ctx.args.sha:
            q = box.delete(ctx.args.sha)
            ctx.out.result(q, f"Deleted bundle {q.sha256[:16]} from the quarantine.")
        else:
            raise Refused(_("Name the bundle to delete, or give --all."))
    return 0


def database(ctx: Context) -> int:
    from logbook.coordinator.database import database_url, set_database_url

    with ctx.unlocked(COORDINATOR) as profile:
        if ctx.args.url or ctx.args.local:
            set_database_url(profile.store, None if ctx.args.local else ctx.args.url)
        url = database_url(profile.store)
    shown = (
        "this profile's encrypted file" if url is None else "PostgreSQL (URL kept in the profile)"
    )
    ctx.out.result({"postgresql": url is not None}, f"The coordinator database is {shown}.")
    return 0


def positive(text: str) -> int:
    value = parse_int(text)
    if not 1 <= value <= 100_000:
        raise ValueError(text)
    return value


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("coordinator", parents=[common])
    cmds = top.add_subparsers(dest="coordinator_command", metavar="ACTION", required=True)
    p = cmds.add_parser("import", parents=[common], help="import bundle files, folders, mailbox")
    p.add_argument("paths", nargs="*", metavar="FILE|DIR")
    p.add_argument("--from-mailbox", action="store_true")
    p.add_argument("--details", action="store_true", help="the checks' technical reasons too")
    p.set_defaults(run=import_bundles)
    p = cmds.add_parser("imports", parents=[common], help="the history of imports, newest first")
    p.add_argument("--limit", type=positive, default=50, metavar="N")
    p.add_argument("--details", action="store_true", help="the checks' technical reasons too")
    p.set_defaults(run=imports)
    p = cmds.add_parser("devices", parents=[common], help="devices: pending, approved, revoked")
    p.set_defaults(run=devices)
    p = cmds.add_parser("approve", parents=[common], help="approve a device for a volunteer")
    p.add_argument("device", metavar="DEVICE_ID")
    p.add_argument("--volunteer", required=True, metavar="CODE")
    p.add_argument("--fingerprint", metavar="FP", help="as the volunteer read it out")
    p.set_defaults(run=approve)
    p = cmds.add_parser("revoke", parents=[common], help="refuse a device's bundles from now on")
    p.add_argument("device", metavar="DEVICE_ID")
    p.set_defaults(run=revoke)
    p = cmds.add_parser(
        "assign", parents=[common], help="give (or move) a match code to a volunteer"
    )
    p.add_argument("match_code", metavar="MATCH_CODE")
    p.add_argument("--volunteer", required=True, metavar="CODE")
    p.set_defaults(run=assign)
    p = cmds.add_parser("unassign", parents=[common], help="take a match code back")
    p.add_argument("match_code", metavar="MATCH_CODE")
    p.set_defaults(run=unassign)
    p = cmds.add_parser("end", parents=[common], help="end a match (its volunteer is told)")
    p.add_argument("match_code", metavar="MATCH_CODE")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day it ended (default: today)")
    p.set_defaults(run=end_match)
    p = cmds.add_parser("assignments", parents=[common], help="match codes and their volunteers")
    p.set_defaults(run=assignments)
    p = cmds.add_parser("alerts", parents=[common], help="what needs attention, most urgent first")
    p.add_argument("--acknowledged", action="store_true", help="those acknowledged instead")
    p.add_argument("--weeks", type=positive, metavar="N", help="no contact for N weeks alerts")
    p.set_defaults(run=alerts)
    p = cmds.add_parser("acknowledge", parents=[common], help="acknowledge an alert")
    p.add_argument("alert", metavar="ALERT", help="as `coordinator alerts` names it")
    p.add_argument("--by", metavar="NAME", help="who acknowledges it (default: the profile)")
    p.add_argument("--note", help="why, or what was done (- reads standard input)")
    p.add_argument("--note-file", metavar="PATH", help="read the note from a file")
    p.add_argument("--weeks", type=positive, metavar="N", help="no contact for N weeks alerts")
    p.set_defaults(run=acknowledge)
    p = cmds.add_parser("audit", parents=[common], help="the audit log, newest first")
    p.add_argument("--limit", type=positive, default=50, metavar="N")
    p.set_defaults(run=audit)
    p = cmds.add_parser("backup", parents=[common], help="back up the coordinator database")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=backup)
    p = cmds.add_parser("restore", parents=[common], help="restore it into an empty database")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=restore)
    p = cmds.add_parser("limits", parents=[common], help="how much is held for unapproved devices")
    p.add_argument("name", nargs="?", metavar="NAME", help="e.g. held_bytes")
    p.add_argument("value", nargs="?", metavar="VALUE", help="e.g. 64MiB, or a count")
    p.set_defaults(run=limits)
    p = cmds.add_parser("quarantine", parents=[common], help="bundles rejected from the mailbox")
    q_cmds = p.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    q = q_cmds.add_parser("list", parents=[common], help="newest first")
    q.set_defaults(run=quarantine)
    q = q_cmds.add_parser("show", parents=[common], help="one bundle: device, reason, size")
    q.add_argument("sha", metavar="SHA256")
    q.set_defaults(run=quarantine)
    q = q_cmds.add_parser("export", parents=[common], help="write the bundle as it came")
    q.add_argument("sha", metavar="SHA256")
    q.add_argument("--out", required=True, metavar="FILE")
    q.set_defaults(run=quarantine)
    q = q_cmds.add_parser("delete", parents=[common], help="delete one bundle, or --all")
    q.add_argument("sha", nargs="?", metavar="SHA256")
    q.add_argument("--all", action="store_true")
    q.set_defaults(run=quarantine)
    p = cmds.add_parser("database", parents=[common], help="where the coordinator data lives")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--url", metavar="postgresql://...", help="use PostgreSQL from now on")
    group.add_argument("--local", action="store_true", help="use this profile's own file")
    p.set_defaults(run=database)
    report_cmd.register(cmds, common)
