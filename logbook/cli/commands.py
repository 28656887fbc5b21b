"""The commands `logbook` lists, and building each one's options only when it is typed.

A command's module (its options, its handlers, and what they import) is loaded only when that
command runs, so `--help`, `--version` and every command start without loading what the other
commands need (SQLAlchemy, pydantic, cryptography, the HTTP stack). The man page and the shell
completions build every command (`build_all`).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

TYPE_CHECKING = False  # typing itself is not imported: it costs milliseconds at every start
if TYPE_CHECKING:
    from typing import Any

# Each command, in the order --help lists them: the module under logbook.cli that builds its
# options (its `register(sub, common)`), and the line --help shows beside it.
COMMANDS: dict[str, tuple[str, str]] = {
    "profile": ("profile_cmds", "create, list and look after profiles"),
    "match": ("record_cmds", "the people you support"),
    "entry": ("record_cmds", "visits, conversations and reflections"),
    "concern": ("record_cmds", "safeguarding concerns"),
    "measure": ("record_cmds", "outcome measures"),
    "tag": ("record_cmds", "activity and topic tags"),
    "search": ("record_cmds", "search your notes"),
    "export": ("care_cmds", "your own data, decrypted, as JSON"),
    "backup": ("care_cmds", "write an encrypted backup"),
    "restore": ("care_cmds", "restore an encrypted backup"),
    "check": ("care_cmds", "check the database's integrity"),
    "org": ("org_cmds", "the organisation and enrolment"),
    "device": ("org_cmds", "this device's identity"),
    "summary": ("sync_cmds", "what would be sent"),
    "bundle": ("sync_cmds", "seal a summary bundle"),
    "outbox": ("sync_cmds", "bundles waiting and sent"),
    "sync": ("sync_cmds", "seal what changed and deliver it"),
    "coordinator": ("coordinator_cmds", "import bundles, devices, reports"),
    "serve": ("serve_cmd", "run the organisation's mailbox server"),
}

if TYPE_CHECKING:  # generic only to the type checker
    _SubParsersBase = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _SubParsersBase = argparse._SubParsersAction

# Stands for a command whose options are not built yet: parsing finds the name valid, and
# the command's module replaces it before its arguments are read.
_NOT_BUILT = argparse.ArgumentParser(add_help=False)


class LazyCommands(_SubParsersBase):
    """The `COMMAND` argument: lists every command, builds one when it is typed."""

    common: argparse.ArgumentParser  # the options every command accepts, given to each module

    def list_commands(self, common: argparse.ArgumentParser) -> None:
        self.common = common
        for name, (_module, help) in COMMANDS.items():
            self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
            self._name_parser_map[name] = _NOT_BUILT

    def build_all(self) -> None:
        for module in dict.fromkeys(module for module, _help in COMMANDS.values()):
            self._build(module)

    def _build(self, module: str) -> None:
        importlib.import_module(f"logbook.cli.{module}").register(self, self.common)

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        # A listed command replaces its stand-in; its help line is the one in COMMANDS.
        if name in COMMANDS:
            kwargs.pop("help", None)
            if self._name_parser_map.get(name) is _NOT_BUILT:
                del self._name_parser_map[name]
        return super().add_parser(name, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        name = values[0] if isinstance(values, list) and values else None
        if isinstance(name, str) and self._name_parser_map.get(name) is _NOT_BUILT:
            self._build(COMMANDS[name][0])
        super().__call__(parser, namespace, values, option_string)
