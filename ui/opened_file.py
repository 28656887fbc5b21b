"""A file the desktop opened with the app (an enrolment file, a backup): the screen for it.

The file waits until a profile is unlocked; then the worker reads its first bytes and the
window goes to joining (or updating) the organisation, or to restoring the backup.
"""

from __future__ import annotations

from pathlib import Path

from logbook.errors import Refused
from logbook.file_kinds import FileKind, kind_of_file
from logbook.i18n import _
from logbook.org.membership import MembershipService
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import UnlockedProfile
from ui.operations import Operations
from ui.screens.coordinator import CoordinatorArea
from ui.screens.workarea import WorkArea


def what_to_open(profile: UnlockedProfile, path: Path) -> tuple[FileKind, bool]:
    """On the worker: the file's kind, and whether this profile has joined an organisation."""
    kind = kind_of_file(path)
    if profile.info.kind is not ProfileKind.VOLUNTEER:
        raise Refused(
            _("{name} is for a volunteer's profile; open it after unlocking one.").format(
                name=path.name
            )
        )
    return kind, MembershipService(profile.store).current() is not None


def open_in(area: WorkArea | CoordinatorArea, ops: Operations, path: Path) -> None:
    """Show the screen for `path` in the unlocked logbook; problems are said in a box."""
    profile = area.profile

    def show(found: tuple[FileKind, bool]) -> None:
        kind, enrolled = found
        if not isinstance(area, WorkArea):
            return  # what_to_open refused already: a coordinator's profile
        if kind is FileKind.ENROLMENT:
            area.tabs.setCurrentWidget(area.sharing)
            if enrolled:
                area.sharing.update_from(path)
            else:
                area.sharing.join_from(path)
        else:
            area.tabs.setCurrentWidget(area.settings)
            area.settings.offer_restore(str(path))

    ops.run(lambda: what_to_open(profile, path), show, owner=area)
