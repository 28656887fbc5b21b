"""The settings file's [proxy] table and the enrolment token's name, old and new."""

from __future__ import annotations

from pathlib import Path

import pytest

from logbook.errors import InvalidValue
from logbook.server.config import load_server_config, render_server_config, token_hash
from logbook.server.serve import proxy_options

ENROLMENT = "e" * 43
COORDINATOR = "c" * 43


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "server.toml"
    path.write_text(text)
    return path


def with_proxies(text: str, value: str) -> str:
    return text.replace("trusted_addresses = []", f"trusted_addresses = {value}", 1)


def test_a_new_file_believes_no_proxy(tmp_path: Path) -> None:
    config = load_server_config(write(tmp_path, render_server_config(ENROLMENT, COORDINATOR)))
    assert config.trusted_proxies == ()
    # Off, not uvicorn's own default of believing 127.0.0.1.
    assert proxy_options(config) == {"proxy_headers": False, "forwarded_allow_ips": []}


def test_listed_addresses_and_networks_are_believed(tmp_path: Path) -> None:
    text = with_proxies(
        render_server_config(ENROLMENT, COORDINATOR),
        '["127.0.0.1", " ::1 ", "10.1.2.3/8", "fd00::/64"]',
    )
    config = load_server_config(write(tmp_path, text))
    assert config.trusted_proxies == ("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/64")
    assert proxy_options(config) == {
        "proxy_headers": True,
        "forwarded_allow_ips": ["127.0.0.1", "::1", "10.0.0.0/8", "fd00::/64"],
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"127.0.0.1"', "must be a list of addresses"),
        ("[1]", "must be a list of addresses"),
        ('["proxy.example.org"]', "'proxy.example.org' is not an IP address or network"),
        ('["*"]', "is not an IP address or network"),
        ('["10.0.0.0/33"]', "is not an IP address or network"),
    ],
)
def test_a_bad_proxy_address_is_named(tmp_path: Path, value: str, message: str) -> None:
    text = with_proxies(render_server_config(ENROLMENT, COORDINATOR), value)
    with pytest.raises(InvalidValue, match=r"proxy\.trusted_addresses") as caught:
        load_server_config(write(tmp_path, text))
    assert message in str(caught.value)


def test_an_unknown_proxy_setting_is_refused(tmp_path: Path) -> None:
    text = render_server_config(ENROLMENT, COORDINATOR) + "trust_everyone = true\n"
    with pytest.raises(InvalidValue, match=r"proxy\.trust_everyone .*not a setting"):
        load_server_config(write(tmp_path, text))


def test_the_token_is_written_as_the_enrolment_token(tmp_path: Path) -> None:
    text = render_server_config(ENROLMENT, COORDINATOR)
    assert f'enrolment_sha256 = "{token_hash(ENROLMENT)}"' in text
    assert "upload_sha256" not in text


def test_a_file_with_the_old_token_name_still_loads(tmp_path: Path) -> None:
    old = render_server_config(ENROLMENT, COORDINATOR).replace("enrolment_sha256", "upload_sha256")
    config = load_server_config(write(tmp_path, old))
    assert config.enrolment_token_sha256 == token_hash(ENROLMENT)


def test_both_token_names_at_once_are_refused(tmp_path: Path) -> None:
    text = render_server_config(ENROLMENT, COORDINATOR).replace(
        "[tokens]\n", f'[tokens]\nupload_sha256 = "{token_hash("x")}"\n'
    )
    with pytest.raises(InvalidValue, match="old name of tokens.enrolment_sha256"):
        load_server_config(write(tmp_path, text))
