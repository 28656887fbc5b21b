"""The man page and shell completions come from the CLI's own parser, at build time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools import tool_or_skip

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from cli_docs import (  # noqa: E402 - packaging/ is a folder of build scripts, not a package
    BASH_COMPLETION,
    MAN_PAGE,
    ZSH_COMPLETION,
    write_cli_docs,
)

COMMANDS = ["profile", "entry", "backup", "org", "sync", "coordinator", "serve"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli-docs")
    assert write_cli_docs(out) == [out / MAN_PAGE, out / BASH_COMPLETION, out / ZSH_COMPLETION]
    return out


def test_the_man_page_renders_cleanly_and_covers_every_command(docs: Path) -> None:
    groff = tool_or_skip("groff", "groff-base")
    done = subprocess.run(
        [groff, "-man", "-Tutf8", "-ww", "-z", str(docs / MAN_PAGE)], capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == ""
    text = (docs / MAN_PAGE).read_text()
    assert text.startswith('.TH LOGBOOK "1"')
    for command in COMMANDS:
        assert f"'logbook {command}'" in text
    # Options written for one command reach its section (the serve command's, here).
    assert r"\-\-log\-level" in text or "--log-level" in text
    assert ".SH EXIT STATUS" in text


def complete(docs: Path, *words: str) -> list[str]:
    """What bash offers after `words` (the last one being typed), with the generated script."""
    script = (
        f'source "{docs / BASH_COMPLETION}"\n'
        f"COMP_WORDS=({' '.join(repr(w) for w in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n"
        f'COMP_LINE="{" ".join(words)}"; COMP_POINT=${{#COMP_LINE}}\n'
        "_shtab_logbook\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_bash_completes_commands_options_and_choices(docs: Path) -> None:
    assert complete(docs, "logbook", "pro") == ["profile"]
    assert "--log-level" in complete(docs, "logbook", "serve", "--log")
    assert complete(docs, "logbook", "serve", "--log-level", "w") == ["warning"]


def test_the_zsh_completion_is_valid_zsh(docs: Path) -> None:
    zsh = tool_or_skip("zsh", "zsh")
    text = (docs / ZSH_COMPLETION).read_text()
    assert text.startswith("#compdef logbook")
    done = subprocess.run([zsh, "-n", str(docs / ZSH_COMPLETION)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_command_never_imports_the_generators() -> None:
    # The parser stays as cheap as it is: the generators are build-time only.
    script = (
        "import sys\n"
        "from logbook.cli.main import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'shtab', 'argparse_manpage'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
