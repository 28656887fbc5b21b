"""uvicorn's h11 protocol with the deadlines and the connection cap uvicorn does not have.

uvicorn closes a connection idle *between* requests (keep-alive), but one that never finishes
its request headers, or trickles its body a byte at a time, is kept for ever: 1,100 of them
(no token needed) once stopped every health check and upload. So each connection here has

- a header deadline: from the moment it is accepted (or its previous answer has been sent)
  the request line and headers must all arrive within `header_timeout` seconds;
- a body deadline: the whole body must arrive within `body_timeout` seconds of the headers;
- a place under a cap: past `max_connections` open connections, the one that has waited
  longest without a request in progress is closed to make room (the cap is kept below the
  process's open-file limit, so accepting never runs out of file descriptors).

A connection past a deadline is simply closed; the app sees a disconnect and stores nothing.
The limits come from the app's lifespan state (`create_app` puts them there), so every worker
process that `--workers N` starts finds them without anything shared.

Out of file descriptors all the same (other processes, a lower limit), asyncio logs each
failed accept with a traceback, once a second: `throttle_accept_errors` keeps one plain line
per minute instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import resource
import socket
import time
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

LIMITS_STATE = "connection_limits"
# File descriptors kept back from the cap for the database pool, log files, the listening
# socket and the thread pool.
FD_RESERVE = 64
ACCEPT_LOG_INTERVAL = 60.0
logger = logging.getLogger("logbook.server")


@dataclass(frozen=True)
class ConnectionLimits:
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_connections: int = 1000

    def effective_max_connections(self) -> int:
        """The configured cap, lowered to fit under this process's open-file limit."""
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft == resource.RLIM_INFINITY:
            return self.max_connections
        return max(1, min(self.max_connections, soft - FD_RESERVE))


DEFAULT_LIMITS = ConnectionLimits()


class MailboxProtocol(H11Protocol):
    """One connection: Nagle off, a header and a body deadline, and a place under the cap."""

    _opened = 0.0
    _waiting_since = 0.0
    _header_timer: asyncio.TimerHandle | None = None
    _body_timer: asyncio.TimerHandle | None = None
    _seen_cycle: Any = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        # With `--workers N` uvicorn binds the listening socket itself without naming TCP,
        # so asyncio does not set TCP_NODELAY on accepted connections; the response body,
        # written after its head, then waits for the client's delayed ACK: 40 ms a request.
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
        self.limits: ConnectionLimits = self.app_state.get(LIMITS_STATE, DEFAULT_LIMITS)
        self._opened = time.monotonic()
        self._await_request()
        self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow_cycle()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._await_request()
            self._follow_cycle()  # a pipelined request may have started meanwhile

    # -- deadlines ----------------------------------------------------------------------------

    def _busy(self) -> bool:
        """A request is in progress: its headers have arrived and its answer is not sent."""
        return self.cycle is not None and not self.cycle.response_complete

    def _await_request(self) -> None:
        """Start the header deadline (waiting for the next request line and headers)."""
        self._waiting_since = time.monotonic()
        if self._header_timer is not None:
            self._header_timer.cancel()
        self._header_timer = self.loop.call_later(self.limits.header_timeout, self._header_late)

    def _follow_cycle(self) -> None:
        """After parsing: a new request stops the header deadline and starts its body's."""
        cycle = self.cycle
        if cycle is not None and cycle is not self._seen_cycle and self._busy():
            self._seen_cycle = cycle
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None
            if cycle.more_body:
                self._body_timer = self.loop.call_later(self.limits.body_timeout, self._body_late)
        if cycle is not None and not cycle.more_body and self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _header_late(self) -> None:
        self._header_timer = None
        if not self._busy():
            self.transport.close()

    def _body_late(self) -> None:
        self._body_timer = None
        if self.cycle is not None and self.cycle.more_body:
            # The app is waiting in receive(): it gets a disconnect and stores nothing.
            self.transport.close()

    def _cancel_timers(self) -> None:
        for timer in (self._header_timer, self._body_timer):
            if timer is not None:
                timer.cancel()
        self._header_timer = self._body_timer = None

    # -- the cap --------------------------------------------------------------------------------

    def _make_room(self) -> None:
        """Past the cap, close the connection that has waited longest for a request."""
        if len(self.connections) <= self.limits.effective_max_connections():
            return
        idle = [
            c
            for c in self.connections
            if isinstance(c, MailboxProtocol) and not c._busy() and not c.transport.is_closing()
        ]
        victim = min(idle, key=lambda c: c._waiting_since, default=self)
        victim.transport.close()


def throttle_accept_errors(loop: asyncio.AbstractEventLoop) -> None:
    """Log asyncio's failed accepts ("Too many open files") at most once per interval.

    asyncio retries a failed accept a second later and reports every failure with a
    traceback; under a flood that was 87 MB of log in 20 s. Other reports pass unchanged.
    """
    previous = loop.get_exception_handler()
    state = {"last": -ACCEPT_LOG_INTERVAL, "missed": 0}

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if "socket.accept()" not in str(context.get("message", "")):
            if previous is not None:
                previous(loop, context)
            else:
                loop.default_exception_handler(context)
            return
        now = time.monotonic()
        if now - state["last"] < ACCEPT_LOG_INTERVAL:
            state["missed"] += 1
            return
        reason = getattr(error, "strerror", None) or type(error).__name__
        logger.warning(
            "The mailbox could not accept a connection (%s); %d more such failures since the "
            "last report. New connections wait until others close.",
            reason,
            state["missed"],
        )
        state["last"], state["missed"] = now, 0

    loop.set_exception_handler(handler)
