"""`logbook export|backup|restore|check`: looking after the volunteer's data."""

from __future__ import annotations

import argparse
from pathlib import Path

from logbook.cli.context import Context, SubParsers
from logbook.cli.profile_cmds import RECOVERY_NOTE

# The storage stack (SQLAlchemy, cryptography) is imported inside each command, when it runs:
# parsing, --help and --version stay fast.


def export(ctx: Context) -> int:
    from logbook.records.export import write_export

    out = Path(ctx.args.out)
    with ctx.book() as book:
        size = write_export(book, out)
    ctx.out.result(
        {"out": out, "bytes": size},
        f"Wrote your data, decrypted, to {out}. Keep it safe and delete it when done.",
    )
    return 0


def backup(ctx: Context) -> int:
    from logbook.backup.archive import create_backup

    out = Path(ctx.args.out)
    with ctx.unlocked(kind=None) as profile:
        size = create_backup(profile, out)
    ctx.out.result(
        {"out": out, "bytes": size},
        f"Backup written to {out} ({size // 1024} KiB). It opens with this profile's "
        "current passphrase or recovery key.",
    )
    return 0


def restore(ctx: Context) -> int:
    from logbook.backup.archive import restore_backup

    source = Path(ctx.args.file)
    target = ctx.args.into or ctx.profile_name()
    folder = ctx.manager.folder(target)
    replace = False
    if folder.exists():
        ctx.confirm(
            f"Restoring will REPLACE everything now in the profile “{folder.name}” with the "
            "backup's contents."
        )
        replace = True
    if ctx.args.with_recovery_key:
        key = ctx.recovery_key.get("Recovery key the backup was made with: ")
        new = ctx.new_passphrase.get("New passphrase: ", confirm=True)
        result = restore_backup(
            ctx.manager, source, target, recovery_key=key, new_passphrase=new, replace=replace
        )
    else:
        passphrase = ctx.passphrase.get("Passphrase the backup was made with: ")
        result = restore_backup(ctx.manager, source, target, passphrase=passphrase, replace=replace)
    text = f"Restored the backup into “{result.info.name}”."
    if result.new_recovery_key:
        text += f"\n\nNew recovery key:  {result.new_recovery_key}\n\n{RECOVERY_NOTE}"
    ctx.out.result(
        {"profile": result.info.name, "epoch": result.epoch,
         "recovery_key": result.new_recovery_key},
        text,
    )  # fmt: skip
    return 0


def check(ctx: Context) -> int:
    with ctx.unlocked(kind=None) as profile:
        profile.store.check_integrity()  # raises DamagedFile, with its advice, on any problem
    ctx.out.result({"ok": True}, "The profile's database passed both integrity checks.")
    return 0


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common])
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=export)
    p = sub.add_parser("backup", parents=[common])
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=backup)
    p = sub.add_parser("restore", parents=[common])
    p.add_argument("file")
    p.add_argument("--into", metavar="PROFILE", help="profile to restore into (new or existing)")
    p.add_argument("--with-recovery-key", action="store_true")
    p.set_defaults(run=restore)
    p = sub.add_parser("check", parents=[common])
    p.set_defaults(run=check)
