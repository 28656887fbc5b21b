"""Every refusal of the records services is a LogbookError with exit status one."""

from __future__ import annotations

from logbook.errors import InvalidValue, LogbookError, NotFound, Refused


def test_every_refusal_is_a_logbook_error_with_exit_status_one() -> None:
    for error in (InvalidValue("minutes", "x"), Refused("x"), NotFound("x")):
        assert isinstance(error, LogbookError)
        assert error.exit_code == 1
