"""Canary strings in every free-text field never reach any file in the clear.

The real `logbook` command runs in a child process whose HOME, XDG folders, TMPDIR and data
folder all point into a sandbox; afterwards every byte of every file there is searched.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import String, Text

from logbook.db.models import FREE_TEXT, SECRET, STRUCTURED, Base

PASSPHRASE = "canary passphrase xq"
PROFILE = "Canaryprofilexq"


def canary(table: str, column: str) -> str:
    # Letters and digits only, so the search index keeps it as one token.
    return f"zq{table}{column.replace('_', '')}canary7"


def text_columns() -> dict[tuple[str, str], dict[str, str]]:
    return {
        (table.name, column.name): dict(column.info)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, String | Text)
    }


def test_every_text_column_says_whether_it_holds_typed_content() -> None:
    for (table, column), info in text_columns().items():
        assert info in (FREE_TEXT, STRUCTURED, SECRET), f"{table}.{column} needs a content mark"


# Which CLI option fills each free-text column. A new free-text column fails the test below
# until the privacy test writes a canary into it.
CLI_FIELDS = {
    ("match", "display_name"): ("match", "--name"),
    ("entry", "place"): ("entry", "--place"),
    ("entry", "notes"): ("entry", "--note"),
    ("tag", "name"): ("entry", "--activity"),
    ("concern", "place"): ("concern", "--place"),
    ("concern", "seen_or_said"): ("concern", "--said"),
    ("concern", "facts"): ("concern", "--facts"),
    ("concern", "opinion"): ("concern", "--opinion"),
    ("concern", "action_taken"): ("concern", "--action"),
    ("concern", "reported_to"): ("concern", "--reported-to"),
    ("concern_addition", "text"): ("concern", "note --text"),
}


# Columns no command writes: filled through their service in the same sandboxed process.
SERVICE_FIELDS = {
    ("draft", "payload"): (
        "from logbook.records.book import Logbook; from logbook.vault.profiles import "
        "ProfileManager; from logbook.paths import default_data_dir; import os\n"
        "with ProfileManager(default_data_dir()).unlock(os.environ['LOGBOOK_PROFILE'], "
        "os.environ['LOGBOOK_PASSPHRASE']) as p:\n"
        "    from logbook.records.drafts import DraftForm, DraftKey, EntryDraft\n"
        "    Logbook(p.store).drafts.save(DraftKey.new(DraftForm.ENTRY), EntryDraft(notes='%s'))\n"
    ),
}


def test_privacy_test_covers_every_free_text_column() -> None:
    free = {key for key, info in text_columns().items() if info == FREE_TEXT}
    assert free == set(CLI_FIELDS) | set(SERVICE_FIELDS)


@pytest.fixture
def sandbox(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOGBOOK_", "XDG_"))}
    folders = {
        "HOME": "home", "TMPDIR": "tmp", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "share",
        "XDG_CACHE_HOME": "cache", "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "run",
        "LOGBOOK_DATA_DIR": "data",
    }  # fmt: skip
    for var, name in folders.items():
        (tmp_path / "sandbox" / name).mkdir(parents=True, mode=0o700)
        env[var] = str(tmp_path / "sandbox" / name)
    env["LOGBOOK_TEST_KDF"] = "1"
    env["LOGBOOK_PASSPHRASE"] = PASSPHRASE
    env["LOGBOOK_PROFILE"] = PROFILE
    return env


def run(env: dict[str, str], *argv: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())", *argv],
        env=env, input=stdin, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, (argv, done.stderr)
    return done.stdout


def test_canaries_never_appear_in_any_file(sandbox: dict[str, str], tmp_path: Path) -> None:
    c = {key: canary(*key) for key in CLI_FIELDS}
    notes_file = tmp_path / "outside" / "note.md"
    notes_file.parent.mkdir()
    notes_file.write_text(f"# Visit\n\nShe told me about {c['entry', 'notes']} today.")
    run(sandbox, "profile", "create", PROFILE)
    run(sandbox, "match", "add", "M-0042", "--name", "-", stdin=c["match", "display_name"])
    run(
        sandbox, "entry", "add", "--match", "M-0042", "--minutes", "60", "--date", "2025-05-05",
        "--place", c["entry", "place"], "--note-file", str(notes_file),
        "--activity", c["tag", "name"], "--topic", "zqtopiccanary7",
    )  # fmt: skip
    run(
        sandbox, "concern", "add", "--match", "M-0042", "--date", "2025-05-05",
        "--place", c["concern", "place"], "--said", "-", "--facts", c["concern", "facts"],
        "--opinion", c["concern", "opinion"], "--action", c["concern", "action_taken"],
        "--reported-to", c["concern", "reported_to"], "--reported-on", "2025-05-06",
        stdin=c["concern", "seen_or_said"],
    )  # fmt: skip
    run(sandbox, "concern", "note", "1", "--text", "-", stdin=c["concern_addition", "text"])
    run(sandbox, "entry", "add", "--kind", "reflection", "--note", "zqreflectioncanary7")
    for key, script in SERVICE_FIELDS.items():
        done = subprocess.run(
            [sys.executable, "-c", script % canary(*key)], env=sandbox, capture_output=True,
            text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    run(sandbox, "search", c["entry", "notes"][:10])
    run(sandbox, "entry", "list")
    run(sandbox, "backup", "--out", str(Path(sandbox["HOME"]) / "backup.lbk"))
    run(sandbox, "check")
    previews = share_with_an_organisation(sandbox, tmp_path / "outside")

    # The canaries really were stored: the decrypted export (kept outside the sandbox) has them.
    export = tmp_path / "outside" / "export.json"
    run(sandbox, "export", "--out", str(export))
    exported = export.read_text()
    canaries = [
        *c.values(), *(canary(*key) for key in SERVICE_FIELDS), "zqtopiccanary7",
        "zqreflectioncanary7", PROFILE, PASSPHRASE,
    ]  # fmt: skip
    for value in canaries[:-2]:
        assert value in exported, value

    # What was sent, decrypted with the organisation's key (kept outside the sandbox).
    sent = [*previews, *opened_bundles(sandbox, tmp_path / "outside")]
    assert any("M-0042" in text for text in sent)
    for text in sent:
        for value in canaries:
            assert value.lower() not in text.lower(), f"{value} left the device"

    files = [p for p in (tmp_path / "sandbox").rglob("*") if p.is_file()]
    assert any(p.name == "logbook.db" for p in files)
    for path in files:
        raw = path.read_bytes()
        lowered = raw.lower()
        for value in canaries:
            for encoded in (value.encode(), value.encode("utf-16-le")):
                assert encoded.lower() not in lowered, f"{value} found in {path}"
        assert not raw.startswith(b"SQLite format 3"), path

    db = next(p for p in files if p.name == "logbook.db")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchall()
    assert json.loads(exported)["format"] == "logbook.export/1"


def share_with_an_organisation(sandbox: dict[str, str], outside: Path) -> list[str]:
    """Enrol, preview, seal and deliver into a shared folder, all inside the sandbox."""
    home = Path(sandbox["HOME"])
    org = ("--profile", "Org")
    run(sandbox, "profile", "create", "Org", "--kind", "coordinator")
    run(sandbox, *org, "org", "init", "--name", "Hilltop", "--out", str(home / "org.enrol"))
    fingerprint = json.loads(run(sandbox, *org, "org", "fingerprint", "--json"))["fingerprint"]
    run(sandbox, "org", "enroll", str(home / "org.enrol"), "--fingerprint", fingerprint)
    run(sandbox, "summary", "share-wellbeing", "on")
    previews = [run(sandbox, "summary", "preview"), run(sandbox, "summary", "preview", "--json")]
    (home / "shared").mkdir()
    run(sandbox, "sync", "--set-folder", str(home / "shared"))
    run(sandbox, "bundle", "create", "--out", str(home / "summary.age"))
    run(sandbox, "entry", "add", "--match", "M-0042", "--minutes", "20", "--date", "2025-06-02")
    run(sandbox, "sync")
    sandbox_with_backup_passphrase = {**sandbox, "LOGBOOK_BACKUP_PASSPHRASE": "org key backup pass"}
    run(sandbox_with_backup_passphrase, *org, "org", "backup-key", "--out", str(outside / "k.age"))
    return previews


def opened_bundles(sandbox: dict[str, str], outside: Path) -> list[str]:
    import base64

    import pyrage

    from logbook.org.key_backup import decrypt_backup

    keys = decrypt_backup((outside / "k.age").read_bytes(), "org key backup pass")
    identity = pyrage.x25519.Identity.from_str(keys.age_identity)
    home = Path(sandbox["HOME"])
    bundles = [home / "summary.age", *sorted((home / "shared").glob("*.age"))]
    assert len(bundles) == 2
    texts = []
    for bundle in bundles:
        plain = pyrage.decrypt(bundle.read_bytes(), [identity])
        texts += [plain.decode(), base64.b64decode(json.loads(plain)["payload"]).decode()]
    return texts
