"""The coordinator commands say bad database URLs, limits and key-rotation options plainly."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture


def test_bad_database_urls_and_limits_are_said_plainly(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    coord = ("--profile", "Coord")
    assert cli(*coord, "org", "init", "--name", "H", "--out", str(tmp_path / "o"))[0] == 0
    for url in ("postgresql://u:p@host:notaport/db", "postgresql://[::1/db"):
        code, _, err = cli(*coord, "coordinator", "database", "--url", url)
        assert code == 1 and "not a valid postgresql" in err
    code, _, err = cli(*coord, "coordinator", "audit", "--limit", "-1")
    assert code == 2 and "(not shown)" in err
    code, _, err = cli(*coord, "org", "rotate-keys", "--to-mailbox", "--yes")
    assert code == 1 and "--out FILE" in err
    code, _, err = cli(*coord, "org", "rotate-keys", "--out", str(tmp_path / "a"),
                       "--to-mailbox", "--yes")  # fmt: skip
    assert code == 1 and "Nothing was changed" in err and not (tmp_path / "a").exists()
