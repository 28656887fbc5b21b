"""`logbook profile ...`: create, list, delete, change passphrase, recover."""

from __future__ import annotations

import argparse

from logbook.cli.context import Context, SubParsers
from logbook.vault.kinds import ProfileKind

RECOVERY_NOTE = (
    "Write this recovery key down and keep it somewhere safe, away from this computer.\n"
    "It is shown only once. With it you can get back in if you forget your passphrase;\n"
    "without the passphrase or this key, nobody (not even the organisation) can open your "
    "logbook."
)


def create(ctx: Context) -> int:
    name = ctx.args.name
    kind = ProfileKind(ctx.args.kind)
    ctx.manager.folder(name)  # validate the name before asking for a passphrase
    passphrase = ctx.passphrase.get(f"New passphrase for {name}: ", confirm=True)
    made = ctx.manager.create(name, passphrase, kind)
    ctx.out.result(
        {"profile": made.info.name, "kind": kind.value, "recovery_key": made.recovery_key},
        f"Created the {kind.value} profile “{made.info.name}”.\n\n"
        f"Recovery key:  {made.recovery_key}\n\n{RECOVERY_NOTE}",
    )
    return 0


def list_(ctx: Context) -> int:
    profiles = ctx.manager.list()
    ctx.out.table(
        [{"profile": p.name, "kind": p.kind.value if p.kind else None} for p in profiles],
        ["PROFILE", "KIND"],
        [[p.name, p.kind.value if p.kind else "(damaged)"] for p in profiles],
        f"No profiles in {ctx.manager.data_dir}.",
    )
    return 0


def delete(ctx: Context) -> int:
    info = ctx.manager.info(ctx.args.name)
    ctx.confirm(f"Delete the profile “{info.name}” and everything in it? This cannot be undone.")
    ctx.manager.delete(info.name)
    ctx.out.result({"deleted": info.name}, f"Deleted the profile “{info.name}”.")
    return 0


def passwd(ctx: Context) -> int:
    name = ctx.profile_name(ctx.args.name)
    old = ctx.passphrase.get(f"Current passphrase for {name}: ")
    new = ctx.new_passphrase.get("New passphrase: ", confirm=True)
    ctx.manager.change_passphrase(name, old, new)
    ctx.out.result({"profile": name, "changed": True}, "Passphrase changed.")
    return 0


def recover(ctx: Context) -> int:
    name = ctx.profile_name(ctx.args.name)
    key = ctx.recovery_key.get(f"Recovery key for {name}: ")
    new = ctx.new_passphrase.get("New passphrase: ", confirm=True)
    new_key = ctx.manager.recover(name, key, new)
    ctx.out.result(
        {"profile": name, "recovery_key": new_key},
        "Your passphrase has been reset and the old recovery key no longer works.\n\n"
        f"New recovery key:  {new_key}\n\n{RECOVERY_NOTE}",
    )
    return 0


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    profile = sub.add_parser("profile")
    ps = profile.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ps.add_parser("create", parents=[common], help="create a new profile")
    p.add_argument("name")
    p.add_argument("--kind", choices=[k.value for k in ProfileKind], default="volunteer")
    p.set_defaults(run=create)
    p = ps.add_parser("list", parents=[common], help="list the profiles on this machine")
    p.set_defaults(run=list_)
    p = ps.add_parser("delete", parents=[common], help="delete a profile and all its data")
    p.add_argument("name")
    p.set_defaults(run=delete)
    p = ps.add_parser("passwd", parents=[common], help="change the passphrase")
    p.add_argument("name", nargs="?")
    p.set_defaults(run=passwd)
    p = ps.add_parser(
        "recover", parents=[common], help="set a new passphrase with the recovery key"
    )
    p.add_argument("name", nargs="?")
    p.set_defaults(run=recover)
