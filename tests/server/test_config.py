"""The server settings file: what `org init` writes, and what loading refuses, in plain words."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logbook.errors import DamagedFile, InvalidValue
from logbook.server.config import (
    MAX_BUNDLE_BYTES,
    MAX_NOTICE_BYTES,
    ServerConfig,
    load_server_config,
    render_server_config,
    token_hash,
)

UPLOAD = "u" * 43
COORDINATOR = "c" * 43


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "server.toml"
    path.write_text(text)
    return path


def test_token_hash_is_hex_sha256_of_the_utf8_token() -> None:
    assert token_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_rendered_file_holds_only_hashes_and_loads_with_defaults(tmp_path: Path) -> None:
    text = render_server_config(UPLOAD, COORDINATOR)
    assert UPLOAD not in text and COORDINATOR not in text
    config = load_server_config(write(tmp_path, text))
    assert config == ServerConfig(
        enrolment_token_sha256=token_hash(UPLOAD),
        coordinator_token_sha256=token_hash(COORDINATOR),
        db_url=f"sqlite:///{tmp_path.resolve() / 'mailbox.sqlite3'}",
    )
    assert config.max_bundle_bytes == MAX_BUNDLE_BYTES == 1048576
    assert config.max_notice_bytes == MAX_NOTICE_BYTES == 65536
    assert "# url = " in text  # the database line is there to fill in


def test_a_database_url_is_written_and_read_back(tmp_path: Path) -> None:
    url = 'postgresql+psycopg://mb:p"w\\@db.example.org/mailbox'
    config = load_server_config(
        write(tmp_path, render_server_config(UPLOAD, COORDINATOR, db_url=url))
    )
    assert config.db_url == url


@given(
    st.text(min_size=1, max_size=80),
    st.text(min_size=1, max_size=80),
    st.text(min_size=1, max_size=120),
)
def test_any_tokens_and_url_render_to_valid_toml(upload: str, coordinator: str, url: str) -> None:
    if upload == coordinator or not url.strip():
        return
    data = tomllib.loads(render_server_config(upload, coordinator, db_url=url))
    assert data["tokens"] == {
        "enrolment_sha256": token_hash(upload),
        "coordinator_sha256": token_hash(coordinator),
    }
    assert data["database"]["url"] == url


def test_equal_tokens_are_refused() -> None:
    with pytest.raises(InvalidValue, match="must differ"):
        render_server_config(UPLOAD, UPLOAD)


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(DamagedFile, match="does not exist") as caught:
        load_server_config(tmp_path / "nope.toml")
    assert "nope.toml" in str(caught.value) and caught.value.exit_code == 4


def test_bad_toml_is_a_damaged_file(tmp_path: Path) -> None:
    with pytest.raises(DamagedFile, match="not valid TOML"):
        load_server_config(write(tmp_path, "[tokens\nenrolment_sha256 = "))
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(DamagedFile, match="not valid TOML"):
        load_server_config(tmp_path / "bin.toml")


def test_missing_hash_is_named(tmp_path: Path) -> None:
    text = render_server_config(UPLOAD, COORDINATOR)
    text = "\n".join(line for line in text.splitlines() if not line.startswith("coordinator_"))
    with pytest.raises(InvalidValue, match=r"tokens\.coordinator_sha256 .*is missing"):
        load_server_config(write(tmp_path, text))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('enrolment_sha256 = "', 'enrolment_sha256 = "zz', "64 lower-case hexadecimal"),
        ("max_bundle_bytes = 1048576", 'max_bundle_bytes = "1 MiB"', "whole number"),
        ("max_bundle_bytes = 1048576", "max_bundle_bytes = true", "whole number"),
        ("upload_burst = 20", "upload_burst = 0", "between 1 and"),
        ("max_notice_bytes = 65536", "max_notice_bytes = 1.5", "whole number"),
        ("[limits]", "[limits]\nmax_bundle_byte = 5", "not a setting the mailbox knows"),
        ("[database]", "[database]\nurl = 5", "database URL"),
        ("[limits]", "limits = 3\n[other]", "not a setting"),
    ],
)
def test_wrong_values_are_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = render_server_config(UPLOAD, COORDINATOR).replace(old, new, 1)
    with pytest.raises(InvalidValue, match=message) as caught:
        load_server_config(write(tmp_path, text))
    assert str(tmp_path) in str(caught.value)


def test_limits_from_the_file_are_used(tmp_path: Path) -> None:
    text = render_server_config(UPLOAD, COORDINATOR).replace(
        "uploads_per_minute = 60", "uploads_per_minute = 600"
    )
    assert load_server_config(write(tmp_path, text)).uploads_per_minute == 600
