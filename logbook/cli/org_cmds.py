"""`logbook org ...` and `logbook device ...`: the organisation's keys, enrolment, fingerprints."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from logbook.atomicfile import read_bounded
from logbook.cli.context import Context, SubParsers, write_output_file
from logbook.cli.secrets import SecretSource
from logbook.digits import parse_int
from logbook.errors import Refused
from logbook.i18n import _
from logbook.vault.kinds import ProfileKind

# The storage stack is imported inside each command, when it runs: parsing stays fast.
if TYPE_CHECKING:
    from logbook.org.organisation import OrgState
    from logbook.org.settings import OrgSettings

COORDINATOR = ProfileKind.COORDINATOR
SERVER_CONFIG = "mailbox-server.toml"


def _state_value(state: OrgState) -> dict[str, object]:
    return {
        "org_id": state.org_id,
        "revision": state.revision,
        "fingerprint": state.fingerprint,
        "recipient": state.recipient,
        "settings": state.settings.model_dump(mode="json"),
    }


def init(ctx: Context) -> int:
    from logbook.org.organisation import OrganisationService
    from logbook.org.settings import load_settings_file, settings_from
    from logbook.server.config import render_server_config

    args = ctx.args
    if args.config:
        settings = load_settings_file(Path(args.config), args.name)
    else:
        settings = settings_from({"name": args.name}, "--name")
    out = Path(args.out)
    server_config = Path(args.server_config) if args.server_config else out.parent / SERVER_CONFIG
    for what, path in (("enrolment file", out), ("mailbox server's settings", server_config)):
        # Checked before the organisation is made, so a typo in a path costs nothing.
        if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
            raise Refused(_(
                "Cannot write the {what} to {path}: the folder is missing or read-only."
            ).format(what=what, path=path))  # fmt: skip
    with ctx.unlocked(COORDINATOR) as profile:
        service = OrganisationService(profile.store)
        state, tokens = service.init(settings)
        write_output_file("enrolment file", out, service.enrolment_file())
        write_output_file(
            "mailbox server's settings",
            server_config,
            render_server_config(tokens.upload, tokens.coordinator).encode(),
        )
    ctx.out.result(
        {**_state_value(state), "enrolment_file": out, "server_config": server_config},
        f"Created the organisation “{settings.name}” ({state.org_id}).\n"
        f"Fingerprint (read it to each volunteer as they enrol):\n    {state.fingerprint}\n"
        f"Enrolment file for volunteers: {out}\n"
        f"Settings for the mailbox server (token hashes only): {server_config}\n"
        "Next: back up the organisation's keys with `logbook org backup-key --out FILE`.",
    )
    return 0


def server_config(ctx: Context) -> int:
    """The mailbox server's settings again (token hashes only), e.g. for a new server."""
    from logbook.org.organisation import OrganisationService
    from logbook.server.config import render_server_config

    out = Path(ctx.args.out)
    with ctx.unlocked(COORDINATOR) as profile:
        tokens = OrganisationService(profile.store).tokens()
    write_output_file("mailbox server's settings", out,
                      render_server_config(tokens.upload, tokens.coordinator).encode())  # fmt: skip
    ctx.out.result({"out": out}, f"Wrote the mailbox server's settings to {out}.")
    return 0


def set_value(ctx: Context) -> int:
    from logbook.org.organisation import OrganisationService

    with ctx.unlocked(COORDINATOR) as profile:
        service = OrganisationService(profile.store)
        state = service.set(ctx.args.key, ctx.args.value)
        if ctx.args.out:
            write_output_file("enrolment file", Path(ctx.args.out), service.enrolment_file())
    text = f"Set {ctx.args.key}; the enrolment file is now revision {state.revision}."
    if ctx.args.out:
        text += f" Published to {ctx.args.out}."
    else:
        text += " Publish it with `logbook org publish --out FILE`."
    ctx.out.result(_state_value(state), text)
    return 0


def publish(ctx: Context) -> int:
    from logbook.org.organisation import OrganisationService

    if not ctx.args.out and not ctx.args.to_mailbox:
        raise Refused(_("Say where to publish: --out FILE, --to-mailbox, or both."))
    with ctx.unlocked(COORDINATOR) as profile:
        service = OrganisationService(profile.store)
        document, state = service.enrolment_file(), service.state()
        mailbox_copy = service.enrolment_file(with_token=False)
        tokens = service.tokens()
    done = []
    if ctx.args.out:
        write_output_file("enrolment file", Path(ctx.args.out), document)
        done.append(str(ctx.args.out))
    if ctx.args.to_mailbox:
        from logbook.sync.mailbox_client import MailboxClient

        url = state.settings.mailbox_url
        if url is None:
            raise Refused(_(
                "The organisation has no mailbox: set one with `logbook org set mailbox_url "
                "https://...`."
            ))  # fmt: skip
        with MailboxClient(url, coordinator_token=tokens.coordinator) as client:
            client.post_notice("*", mailbox_copy)
        done.append("the mailbox, where volunteers' apps fetch it")
    ctx.out.result(
        {**_state_value(state), "published": done},
        f"Published revision {state.revision} of the signed enrolment file to "
        + " and ".join(done)
        + ".",
    )
    return 0


def show(ctx: Context) -> int:
    from logbook.org.membership import MembershipService
    from logbook.org.organisation import OrganisationService

    with ctx.unlocked(kind=None) as profile:
        if profile.info.kind is COORDINATOR:
            state = OrganisationService(profile.store).state()
            value, settings = _state_value(state), state.settings
            fingerprint, revision = state.fingerprint, state.revision
        else:
            enrolment = MembershipService(profile.store).current()
            if enrolment is None:
                raise Refused(_("This profile has not joined an organisation yet."))
            settings, fingerprint = enrolment.payload.settings, enrolment.fingerprint
            revision = enrolment.payload.revision
            value = {"org_id": enrolment.payload.org_id, "revision": revision,
                     "fingerprint": fingerprint,
                     "settings": settings.model_dump(mode="json")}  # fmt: skip
    ctx.out.result(value, _settings_text(settings, fingerprint, revision))
    return 0


def _settings_text(settings: OrgSettings, fingerprint: str, revision: int) -> str:
    off = ", ".join(c.value for c in settings.policy.off) or "none"
    return "\n".join(
        [
            f"Organisation:        {settings.name} (revision {revision})",
            f"Fingerprint:         {fingerprint}",
            f"Mailbox:             {settings.mailbox_url or 'none (files or a shared folder)'}",
            f"Activities:          {', '.join(settings.activities) or 'none'}",
            f"Topics:              {', '.join(settings.topics) or 'none'}",
            f"Safeguarding contact: {settings.safeguarding_contact or 'not set'}",
            f"Not sent (policy):   {off}",
            f"Retention:           {settings.policy.retention_months} months after a match ends",
        ]
    )


def fingerprint(ctx: Context) -> int:
    from logbook.org.membership import MembershipService
    from logbook.org.organisation import OrganisationService

    with ctx.unlocked(kind=None) as profile:
        if profile.info.kind is COORDINATOR:
            value = OrganisationService(profile.store).state().fingerprint
        else:
            enrolment = MembershipService(profile.store).current()
            if enrolment is None:
                raise Refused(_("This profile has not joined an organisation yet."))
            value = enrolment.fingerprint
    ctx.out.result({"fingerprint": value}, value)
    return 0


def backup_key(ctx: Context) -> int:
    from logbook.org.organisation import OrganisationService

    out = Path(ctx.args.out)
    source = SecretSource(
        "backup passphrase", ctx.args.backup_passphrase_fd, "LOGBOOK_BACKUP_PASSPHRASE"
    )
    with ctx.unlocked(COORDINATOR) as profile:
        service = OrganisationService(profile.store)
        service.state()  # refuses before asking for a passphrase if there is no organisation
        passphrase = source.get("Backup passphrase (keep it apart from the file): ", confirm=True)
        write_output_file("key backup", out, service.key_backup(passphrase))
    ctx.out.result(
        {"out": out},
        f"Wrote the organisation's key backup to {out}. It opens with the backup passphrase "
        "(also with the stock `age -d` tool). Store the two apart, offline.",
    )
    return 0


def restore_key(ctx: Context) -> int:
    from logbook.org.key_backup import MAX_BACKUP_BYTES, decrypt_backup
    from logbook.org.organisation import OrganisationService

    data = read_bounded("key backup", Path(ctx.args.file), MAX_BACKUP_BYTES)
    source = SecretSource(
        "backup passphrase", ctx.args.backup_passphrase_fd, "LOGBOOK_BACKUP_PASSPHRASE"
    )
    backup = decrypt_backup(data, source.get("Backup passphrase: "))
    with ctx.unlocked(COORDINATOR) as profile:
        state = OrganisationService(profile.store).restore(backup)
    ctx.out.result(
        _state_value(state),
        f"Restored the organisation “{state.settings.name}” ({state.org_id}), revision "
        f"{state.revision}.\nFingerprint: {state.fingerprint}\nRestore the coordinator "
        "database's own backup too, to carry on importing where you left off.",
    )
    return 0


def rotate_keys(ctx: Context) -> int:
    from logbook.org.organisation import OrganisationService

    if not ctx.args.out:
        raise Refused(
            _(
                "Keep the announcement as a file (--out FILE), and add --to-mailbox to post it "
                "too: volunteers who miss it would have to enrol again."
            )
        )
    out = Path(ctx.args.out) if ctx.args.out else None
    if out is not None and (not out.parent.is_dir() or not os.access(out.parent, os.W_OK)):
        raise Refused(_(
            "Cannot write the announcement to {out}: the folder is missing or read-only. "
            "Nothing was changed."
        ).format(out=out))  # fmt: skip
    ctx.confirm(
        "Rotate the organisation's keys? Volunteers' apps take the new keys from the "
        "announcement; bundles sealed to the old key stay readable here."
    )
    with ctx.unlocked(COORDINATOR) as profile:
        service = OrganisationService(profile.store)
        before = service.state()
        if ctx.args.to_mailbox and before.settings.mailbox_url is None:
            raise Refused(_(
                "The organisation has no mailbox: publish the announcement with --out FILE "
                "instead. Nothing was changed."
            ))  # fmt: skip
        # Written to a file before anything else can fail: without the announcement the old
        # key's word is lost, and every volunteer would have to enrol again.
        announcement = service.rotate_keys()
        state, tokens = service.state(), service.tokens()
    if out is not None:
        write_output_file("announcement", out, announcement)
    if ctx.args.to_mailbox and state.settings.mailbox_url is not None:
        from logbook.sync.mailbox_client import MailboxClient

        with MailboxClient(state.settings.mailbox_url, coordinator_token=tokens.coordinator) as box:
            box.post_notice("*", announcement)
    ctx.out.result(
        _state_value(state),
        f"New keys in use (revision {state.revision}). New fingerprint: {state.fingerprint}\n"
        "Back up the keys again now: `logbook org backup-key --out FILE`.",
    )
    return 0


def enroll(ctx: Context) -> int:
    from logbook.identity.envelope import MAX_ENVELOPE_BYTES
    from logbook.org.membership import MembershipService

    path = Path(ctx.args.file)
    data = read_bounded("enrolment file", path, MAX_ENVELOPE_BYTES)
    with ctx.unlocked(ProfileKind.VOLUNTEER) as profile:
        membership = MembershipService(profile.store)
        enrolment = membership.read(data)
        current = membership.current()
        if current is not None and current.payload.org_id == enrolment.payload.org_id:
            updated = membership.apply_update(data)
            ctx.out.result(
                {"updated": updated, "revision": enrolment.payload.revision},
                "Updated the organisation's settings."
                if updated
                else "This profile already has this enrolment file (or a newer one).",
            )
            return 0
        confirmed = ctx.args.fingerprint or _ask_fingerprint(ctx, enrolment.payload.settings.name)
        device = membership.enroll(data, confirmed)
    ctx.out.result(
        {"org_id": enrolment.payload.org_id, "device_id": device.id,
         "device_fingerprint": device.fingerprint},
        f"Joined “{enrolment.payload.settings.name}”.\n"
        f"Read this device's fingerprint to your coordinator:\n    {device.fingerprint}\n"
        f"(device {device.id})",
    )  # fmt: skip
    return 0


def _ask_fingerprint(ctx: Context, name: str) -> str:
    return ctx.typed_read_out(
        f"Organisation: {name}\nType the fingerprint your coordinator reads out to you: ",
        needed="Enrolment needs the organisation's fingerprint: give it with "
        '--fingerprint "XXXXX XXXXX ..." as your coordinator read it to you.',
    )


def device_fingerprint(ctx: Context) -> int:
    from logbook.org.membership import MembershipService

    with ctx.unlocked(ProfileKind.VOLUNTEER) as profile:
        device = MembershipService(profile.store).device()
    if device is None:
        raise Refused(_("This profile has no device key yet: it is made when you enrol."))
    ctx.out.result({"device_id": device.id, "fingerprint": device.fingerprint},
                   f"{device.fingerprint}\n(device {device.id})")  # fmt: skip
    return 0


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    org = sub.add_parser("org", parents=[common])
    org_sub = org.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    p = org_sub.add_parser("init", parents=[common], help="create the organisation (coordinator)")
    p.add_argument("--name", required=True)
    p.add_argument("--config", metavar="TOML", help="settings file (tag lists, contact, policy)")
    p.add_argument("--out", required=True, metavar="ENROLMENT_FILE")
    p.add_argument("--server-config", metavar="FILE",
                   help=f"where to write the mailbox server's settings (default: {SERVER_CONFIG} "
                   "beside the enrolment file)")  # fmt: skip
    p.set_defaults(run=init)
    p = org_sub.add_parser("server-config", parents=[common], help="the mailbox's settings file")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=server_config)
    p = org_sub.add_parser("set", parents=[common], help="change one setting (coordinator)")
    p.add_argument("key")
    p.add_argument("value")
    p.add_argument("--out", metavar="FILE", help="also publish the new enrolment file here")
    p.set_defaults(run=set_value)
    p = org_sub.add_parser("publish", parents=[common], help="publish the signed enrolment file")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--to-mailbox", action="store_true", help="post it for volunteers' apps")
    p.set_defaults(run=publish)
    p = org_sub.add_parser("show", parents=[common], help="the organisation's settings")
    p.set_defaults(run=show)
    p = org_sub.add_parser("fingerprint", parents=[common], help="the organisation's fingerprint")
    p.set_defaults(run=fingerprint)
    p = org_sub.add_parser("backup-key", parents=[common], help="back up the organisation's keys")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--backup-passphrase-fd", type=parse_int, metavar="N")
    p.set_defaults(run=backup_key)
    p = org_sub.add_parser("restore-key", parents=[common],
                           help="restore the organisation from its key backup")  # fmt: skip
    p.add_argument("file", metavar="BACKUP_FILE")
    p.add_argument("--backup-passphrase-fd", type=parse_int, metavar="N")
    p.set_defaults(run=restore_key)
    p = org_sub.add_parser("rotate-keys", parents=[common], help="new keys, announced signed")
    p.add_argument("--out", metavar="FILE", help="write the announcement for volunteers here")
    p.add_argument("--to-mailbox", action="store_true", help="post it for volunteers' apps")
    p.set_defaults(run=rotate_keys)
    p = org_sub.add_parser("enroll", parents=[common], help="join an organisation (volunteer)")
    p.add_argument("file", metavar="ENROLMENT_FILE")
    p.add_argument("--fingerprint", metavar="FP", help="the fingerprint your coordinator read out")
    p.set_defaults(run=enroll)
    device = sub.add_parser("device", parents=[common])
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    p = device_sub.add_parser("fingerprint", parents=[common], help="to read to your coordinator")
    p.set_defaults(run=device_fingerprint)
