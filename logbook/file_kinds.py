"""Which of the app's own files a path holds (an enrolment file, a backup), from its first bytes.

A file manager opens such a file with the app (the desktop entry's MimeType); the app asks
this to decide which screen to show, whatever the file is named. The same signatures are in
resources/mime/volunteer-logbook.xml, for the desktop's MIME database.
"""

from __future__ import annotations

import enum
from pathlib import Path

from logbook.errors import DamagedFile
from logbook.i18n import _

# json.dumps writes the envelope with this opening (identity/envelope.py: seal).
ENROLMENT_START = b'{"format": "logbook.enrolment/1"'
# A backup is a tar whose first member is its description (backup/archive.py: MANIFEST).
BACKUP_FIRST_MEMBER = b"backup.json\0"
TAR_MAGIC_OFFSET = 257
TAR_MAGIC = b"ustar"
HEAD_BYTES = 512


class FileKind(enum.Enum):
    ENROLMENT = "enrolment"
    BACKUP = "backup"


def kind_of_file(path: Path) -> FileKind:
    """The kind of `path`, or DamagedFile naming it if it is neither (or cannot be read)."""
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError as exc:
        raise DamagedFile(
            _("{path} cannot be opened ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    if head.startswith(ENROLMENT_START):
        return FileKind.ENROLMENT
    if head.startswith(BACKUP_FIRST_MEMBER) and head[TAR_MAGIC_OFFSET:].startswith(TAR_MAGIC):
        return FileKind.BACKUP
    raise DamagedFile(
        _("{path} is neither an enrolment file nor a Volunteer Logbook backup.").format(path=path)
    )
