"""`logbook summary|bundle|outbox|sync`: what would be sent, sealing it, and delivering it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from logbook.cli.context import Context, SubParsers
from logbook.i18n import ngettext
from logbook.statuses import ImportStatus
from logbook.vault.kinds import ProfileKind

# The storage stack is imported inside each command, when it runs: parsing stays fast.
if TYPE_CHECKING:
    from logbook.org.receipts import Receipt
    from logbook.summary.schema import Mean
    from logbook.summary.table import SummaryRow
    from logbook.sync.outbox import OutboxItem

VOLUNTEER = ProfileKind.VOLUNTEER


def preview(ctx: Context) -> int:
    from logbook.summary.schema import Category
    from logbook.summary.table import summary_rows
    from logbook.sync.outbox import OutboxService

    with ctx.book() as book:
        summary = OutboxService(book.store).preview(all_weeks=ctx.args.all)
    if ctx.out.as_json:
        print(summary.model_dump_json(indent=2, exclude_none=True))
        return 0
    rows = [_cells(r) for r in summary_rows(summary)]
    headers = ["week", "match", "contacts", "minutes", "tags", "seemed", "measures",
               "concerns", "follow-ups", "your wellbeing"]  # fmt: skip
    ctx.out.table(None, headers, rows, "Nothing new would be sent.")
    if rows:
        off = sorted({c.value for c in Category} - {c.value for c in summary.categories})
        print(f"\nNot sent: names, notes, places, your own tags, exact dates and times"
              f"{'; by policy or choice: ' + ', '.join(off) if off else ''}.")  # fmt: skip
        print("The same as JSON: logbook summary preview --json")
    return 0


def _mean(value: Mean | None) -> str:
    return "" if value is None else f"{value.mean:g} (n={value.count})"


def _cells(row: SummaryRow) -> list[str]:
    from logbook.summary.table import OWN_ROW, measure_text
    from logbook.weeks import week_words

    week = week_words(row.week)
    if row.removed:
        return [week, "(all)", "withdrawn: nothing left for this week", "", "", "", "", "",
                "", ""]  # fmt: skip
    return [
        week,
        row.match_code if row.match_code != OWN_ROW else "(you)",
        ", ".join(f"{kind} {mode.replace('_', ' ')} {n}" for kind, mode, n in row.contacts),
        "" if row.minutes is None else str(row.minutes),
        ", ".join(f"{name} {n}" for name, n in row.tags),
        _mean(row.seemed),
        ", ".join(measure_text(m) for m in row.measures),
        "" if row.concerns is None else f"{row.concerns[0]} ({row.concerns[1]} reported)",
        "" if row.follow_ups is None else str(row.follow_ups),
        _mean(row.wellbeing),
    ]


def share_wellbeing(ctx: Context) -> int:
    from logbook.org.membership import MembershipService

    on = ctx.args.choice == "on"
    with ctx.book() as book:
        MembershipService(book.store).set_share_wellbeing(on)
    ctx.out.result({"share_wellbeing": on},
                   "Your own wellbeing will be included in summaries (weekly mean only)."
                   if on else "Your own wellbeing will not be sent.")  # fmt: skip
    return 0


def _item_line(item: OutboxItem) -> list[str]:
    state = f"sent ({item.delivered_via})" if item.delivered_at else "waiting"
    if not item.delivered_at and item.last_error:
        state = f"waiting, {item.attempts} failed tries"
    return [str(item.sequence), str(item.epoch), str(item.weeks), f"{item.size // 1024 + 1} KiB",
            item.created_at.strftime("%Y-%m-%d %H:%M"), state]  # fmt: skip


def receipt_text(receipt: Receipt) -> str:
    said = {
        ImportStatus.IMPORTED: "imported your last summary",
        ImportStatus.ALREADY: "already had your last summary",
        ImportStatus.HELD: "is holding your summaries until it approves this laptop",
        ImportStatus.CONFLICT: "found a conflict in your last summary",
        ImportStatus.REJECTED: "could not accept your last summary",
    }[receipt.status]
    return f"Your coordinator {said}." + (f" ({receipt.reason})" if receipt.reason else "")


def bundle_create(ctx: Context) -> int:
    from logbook.sync.outbox import held_back_message

    with ctx.volunteer() as volunteer:
        made = volunteer.outbox.seal_changes()
        held = volunteer.outbox.held_back()
        written = volunteer.delivery.save_as(Path(ctx.args.out)) if ctx.args.out else []
    if not made:
        text = "Nothing has changed since the last bundle; nothing new was sealed."
    else:
        weeks = sum(i.weeks for i in made)
        text = ngettext(
            "Sealed {count} bundle covering {weeks} into the outbox.",
            "Sealed {count} bundles covering {weeks} into the outbox.",
            len(made),
        ).format(count=len(made), weeks=ngettext("{n} week", "{n} weeks", weeks).format(n=weeks))
    if written:
        text += "\nSaved " + ", ".join(str(p) for p in written) + "."
    if held:
        text += "\n" + held_back_message(held)
    ctx.out.result({"sealed": made, "written": written, "held_back": held}, text)
    return 0


def outbox(ctx: Context) -> int:
    with ctx.volunteer() as volunteer:
        items = volunteer.outbox.items()
        status = volunteer.outbox.status()
        receipt = volunteer.delivery.last_receipt()
    headers = ["seq", "epoch", "weeks", "size", "sealed", "state"]
    ctx.out.table({"items": items, "status": status}, headers, [_item_line(i) for i in items],
                  "The outbox is empty.")  # fmt: skip
    if not ctx.out.as_json and status.last_error:
        print(f"\nLast problem: {status.last_error}")
    if not ctx.out.as_json and receipt is not None:
        print(receipt_text(receipt))
    return 0


def sync(ctx: Context) -> int:
    with ctx.volunteer() as volunteer:
        if ctx.args.set_folder or ctx.args.clear_folder:
            delivery = volunteer.delivery
            delivery.set_folder(None if ctx.args.clear_folder else Path(ctx.args.set_folder))
            folder = delivery.folder()
            ctx.out.result({"folder": folder},
                           f"Bundles will also be copied into {folder}." if folder
                           else "No shared folder is used any more.")  # fmt: skip
            return 0
        report = volunteer.sync.run(automatic=False)
    delivered, status = report.delivery.delivered, report.status
    text = ngettext(
        "Sealed {count} new bundle; delivered {delivered}.",
        "Sealed {count} new bundles; delivered {delivered}.",
        len(report.sealed),
    ).format(count=len(report.sealed), delivered=len(delivered))
    if status.pending:
        text += f" {status.pending} still waiting in the outbox."
    for error in report.errors:
        text += f"\n{error}"
    if report.updates:
        text += "\nYour organisation's settings were updated."
    if report.receipt is not None:
        text += f"\n{receipt_text(report.receipt)}"
    ctx.out.result(
        {"sealed": len(report.sealed), "delivered": len(delivered), "pending": status.pending,
         "errors": report.errors},
        text,
    )  # fmt: skip
    return 1 if report.failed else 0


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    summary = sub.add_parser("summary", parents=[common])
    summary_sub = summary.add_subparsers(dest="summary_command", metavar="ACTION", required=True)
    p = summary_sub.add_parser("preview", parents=[common], help="exactly what would be sent")
    p.add_argument("--all", action="store_true", help="every week, not only what changed")
    p.set_defaults(run=preview)
    p = summary_sub.add_parser("share-wellbeing", parents=[common],
                               help="include your own wellbeing (weekly mean) or not")  # fmt: skip
    p.add_argument("choice", choices=["on", "off"])
    p.set_defaults(run=share_wellbeing)
    bundle = sub.add_parser("bundle", parents=[common])
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bundle_sub.add_parser("create", parents=[common], help="seal what changed")
    p.add_argument("--out", metavar="FILE", help="also save it (or a folder for several)")
    p.set_defaults(run=bundle_create)
    p = sub.add_parser("outbox", parents=[common])
    p.set_defaults(run=outbox)
    p = sub.add_parser("sync", parents=[common])
    group = p.add_mutually_exclusive_group()
    group.add_argument("--set-folder", metavar="DIR", help="also copy bundles into this folder")
    group.add_argument("--clear-folder", action="store_true")
    p.set_defaults(run=sync)
