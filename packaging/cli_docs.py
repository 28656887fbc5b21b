"""Write the `logbook` man page and its bash and zsh completions from the CLI's own parser.

    python3 packaging/cli_docs.py OUT_DIR

Run at build time (build.spec puts the results in the app folder): the parser is the one
the command uses, so options cannot drift from their documentation. argparse-manpage and
shtab (the `build` extra) are imported here only, never by the command itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where each file goes under a prefix such as /usr/local or ~/.local.
MAN_PAGE = Path("share/man/man1/logbook.1")
BASH_COMPLETION = Path("share/bash-completion/completions/logbook")
ZSH_COMPLETION = Path("share/zsh/site-functions/_logbook")

SEE_ALSO = """\
.SH FILES
.TP
.I ~/.local/share/VolunteerLogbook/profiles/
One folder per profile (vault.json and the encrypted database); --data-dir or
LOGBOOK_DATA_DIR chooses another place.
.SH EXIT STATUS
0 done; 1 refused or invalid input (the message says which field); 2 usage error;
3 wrong passphrase or recovery key; 4 a damaged or unreadable file (named in the message).
.SH SEE ALSO
.BR volunteer-logbook (1)
is the desktop app (the same program, without a console on Windows).
"""


def write_cli_docs(out: Path) -> list[Path]:
    """Write the man page and completions under `out`; returns the files written."""
    import shtab
    from argparse_manpage.manpage import Manpage

    from logbook import __version__
    from logbook.cli.main import build_parser

    parser = build_parser()
    page = Manpage(parser)
    page.source = f"Volunteer Logbook {__version__}"
    page.manual = "Volunteer Logbook"
    page.description = "a private, encrypted logbook for befriending volunteers"
    text = str(page).rstrip("\n") + "\n" + SEE_ALSO
    written = {
        MAN_PAGE: text,
        # `shell` names the completion's dialect; nothing is run in a shell here.
        BASH_COMPLETION: shtab.complete(parser, shell="bash"),  # noqa: S604
        ZSH_COMPLETION: shtab.complete(parser, shell="zsh"),  # noqa: S604
    }
    for relative, content in written.items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return [out / relative for relative in written]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.path.insert(0, str(ROOT))
    for path in write_cli_docs(Path(sys.argv[1])):
        print(path)
