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
from logbook.org.statuses import ImportStatus
from logbook.vault.kinds import ProfileKind

# SQLAlchemy and the importer are imported inside the commands that use them: parsing,
# --help and --version stay fast.
if TYPE_CHECKING:
    from logbook.coordinator.importer import ImportBatch, ImportResult
    from logbook.coordinator.service import Coordinator

COORDINATOR = ProfileKind.COORDINATOR


@contextmanager
def coordinator(ctx: Context) -> Iterator[Coordinator]:
    from logbook.coordinator.service import Coordinator  # the HTTP stack, only when needed

    with ctx.unlocked(COORDINATOR) as profile, Coordinator(profile.store) as work:
        yield work


def _line(result: ImportResult) -> str:
    where = result.source or result.sha256[:12]
    numbers = ""
    if result.device_id:
        numbers = f" [{result.device_id} epoch {result.epoch} seq {result.sequence}]"
    text = f"{result.status:9} {where}{numbers}"
    if result.status == ImportStatus.IMPORTED:
        text += ": " + ngettext("{n} week", "{n} weeks", result.weeks).format(n=result.weeks)
        if result.flagged:
            text += f"; FLAGGED, not the volunteer's: {', '.join(result.flagged)}"
    elif result.reason:
        text += f": {result.reason}"
    return text


def _report(ctx: Context, batch: ImportBatch) -> int:
    if ctx.out.as_json:
        ctx.out.result(batch.results)
    else:
        for result in batch.results:
            print(_line(result))
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


def devices(ctx: Context) -> int:
    with coordinator(ctx) as work:
        listed = work.devices.list()
    rows = [
        [
            d.id,
            d.status,
            d.volunteer or "",
            d.fingerprint,
            str(d.held) if d.held else "",
            "; ".join(d.gaps),
            d.last_seen.strftime("%Y-%m-%d"),
        ]
        for d in listed
    ]
    headers = ["device", "status", "volunteer", "fingerprint", "held", "missing", "last seen"]
    ctx.out.table(listed, headers, rows, "No device has sent a bundle yet.")
    return 0


def approve(ctx: Context) -> int:
    with coordinator(ctx) as work:
        device = next((d for d in work.devices.list() if d.id == ctx.args.device.upper()), None)
        fingerprint = ctx.args.fingerprint
        if fingerprint is None:
            if device is None:
                raise Refused(_("There is no device {device}.").format(device=ctx.args.device))
            fingerprint = _ask(ctx, device.id, device.fingerprint)
        info, released = work.approve(ctx.args.device, ctx.args.volunteer, fingerprint)
    text = f"Approved {info.id} for volunteer {info.volunteer}."
    if released.results:
        imported = sum(r.status == ImportStatus.IMPORTED for r in released.results)
        text += " " + ngettext(
            "Imported {n} held bundle.", "Imported {n} held bundles.", imported
        ).format(n=imported)
    ctx.out.result({"device": info, "released": released.results}, text)
    return 1 if released.rejected else 0


def _ask(ctx: Context, device_id: str, expected: str) -> str:
    ctx.confirm_read_out(
        f"Device:      {device_id}\nFingerprint: {expected}",
        "Does the volunteer read out exactly this? Type yes to approve: ",
        needed="Approval needs the device's fingerprint, as the volunteer reads it out: "
        'give it with --fingerprint "XXXXX XXXXX ...".',
        declined="Not approved; nothing was changed.",
    )
    return expected


def revoke(ctx: Context) -> int:
    ctx.confirm(f"Revoke device {ctx.args.device}? Its future bundles will be refused.")
    with coordinator(ctx) as work:
        info, not_told = work.revoke(ctx.args.device)
    text = f"Revoked {info.id}; its bundles will be refused from now on."
    if not_told:
        text += f" The mailbox could not be told yet ({not_told}); it is told at the next pull."
    ctx.out.result(info, text)
    return 0


def assign(ctx: Context) -> int:
    with coordinator(ctx) as work:
        work.devices.assign(ctx.args.match_code, ctx.args.volunteer)
    ctx.out.result(
        {"match_code": ctx.args.match_code.upper(), "volunteer": ctx.args.volunteer},
        f"{ctx.args.match_code.upper()} is now {ctx.args.volunteer.upper()}'s match.",
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
    p.set_defaults(run=import_bundles)
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
    p = cmds.add_parser("assign", parents=[common], help="give a match code to a volunteer")
    p.add_argument("match_code", metavar="MATCH_CODE")
    p.add_argument("--volunteer", required=True, metavar="CODE")
    p.set_defaults(run=assign)
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
