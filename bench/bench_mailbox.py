"""Mailbox load: uploads per second through `logbook serve --workers 2`, on SQLite and on
PostgreSQL, beside the bare HTTP stack (GET /v1/health) measured in the same run.

    .venv/bin/python bench/bench_mailbox.py                  # SQLite; PostgreSQL too if
                                                             # LOGBOOK_TEST_POSTGRES_URL is set
    .venv/bin/python bench/bench_mailbox.py --bundles 3000 --repeats 5 --clients 16 --json OUT

Each repetition starts a fresh server process (`python -m logbook serve --workers 2`) on a
fresh database (a new SQLite file, or a new schema in the PostgreSQL database), waits for it,
then times:
  1. baseline: `--bundles` GET /v1/health requests (no token, no body, no database): the
     bare cost of uvicorn + Starlette + the client;
  2. uploads: `--bundles` distinct age bundles (pyrage, one X25519 recipient, 4-20 KiB,
     made before timing) sent by `--clients` threads, each with its own `MailboxClient`
     (the app's client: keep-alive httpx, response checks), all answered 201.
Start-up is outside every figure. The rate limit is set high in the server's settings file.
The load threads run on the same machine as the server, and take part of its CPUs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import random
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pyrage
import sqlalchemy
import starlette
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from logbook.errors import LogbookError
from logbook.server.config import render_server_config
from logbook.sync.mailbox_client import MailboxClient

ROOT = Path(__file__).resolve().parent.parent
# Issue 15: uploads at least this fraction of the bare stack's rate in the same run.
TARGET_RATIO = 0.67
UPLOAD = "bench-upload-" + secrets.token_urlsafe(32)
COORDINATOR = "bench-coordinator-" + secrets.token_urlsafe(32)


def make_bundles(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    recipient = pyrage.x25519.Identity.generate().to_public()
    return [
        pyrage.encrypt(rng.randbytes(rng.randint(4 * 1024, 20 * 1024) - 250), [recipient])
        for _ in range(count)
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def fresh_database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        path = folder / f"mailbox-{uuid.uuid4().hex[:8]}.sqlite3"
        yield f"sqlite:///{path}"
        return
    base = os.environ["LOGBOOK_TEST_POSTGRES_URL"]
    schema = f"mailbox_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def server(folder: Path, db_url: str, workers: int) -> Iterator[str]:
    settings = render_server_config(UPLOAD, COORDINATOR, db_url=db_url)
    for key, value in (
        ("uploads_per_minute", 10_000_000),
        ("upload_burst", 10_000_000),
        ("device_quota_bytes", 1024 * 1024 * 1024),
        # The load's devices are never approved: they upload on the pending quota.
        ("pending_quota_bytes", 1024 * 1024 * 1024),
    ):
        settings = re.sub(rf"^{key} = .*$", f"{key} = {value}", settings, count=1, flags=re.M)
    config = folder / "server.toml"
    config.write_text(settings)
    port = free_port()
    log = (folder / "serve.log").open("ab")
    command = [sys.executable, "-m", "logbook", "serve", "--config", str(config)]
    command += ["--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise SystemExit(f"logbook serve exited; see {folder / 'serve.log'}")
            try:
                if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("logbook serve did not start")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def run_load(
    items: list[Any], clients: int, make: Callable[[], Any], send: Callable[[Any, Any], None]
) -> tuple[float, list[float]]:
    """Send every item from `clients` threads; returns (seconds, latencies in ms)."""
    work: queue.SimpleQueue[Any] = queue.SimpleQueue()
    for item in items:
        work.put(item)
    latencies: list[float] = []
    errors: list[BaseException] = []
    start = threading.Barrier(clients + 1)

    def worker() -> None:
        own: list[float] = []
        with make() as conn:
            send(conn, None)  # one warm-up request opens the keep-alive connection
            start.wait()
            try:
                while True:
                    try:
                        item = work.get_nowait()
                    except queue.Empty:
                        break
                    t = time.perf_counter()
                    send(conn, item)
                    own.append((time.perf_counter() - t) * 1000)
            except (LogbookError, httpx.HTTPError, RuntimeError) as exc:  # reported after the run
                errors.append(exc)
        latencies.extend(own)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise SystemExit(f"{len(errors)} load threads failed, first: {errors[0]!r}")
    return elapsed, latencies


def health_load(url: str, count: int, clients: int) -> tuple[float, list[float]]:
    def send(http: httpx.Client, item: Any) -> None:
        if http.get("/v1/health").status_code != 200:
            raise RuntimeError("health failed")

    return run_load(
        list(range(count)), clients, lambda: httpx.Client(base_url=url, timeout=30), send
    )


def upload_load(url: str, bundles: list[bytes], clients: int) -> tuple[float, list[float]]:
    warm = make_bundles(clients, seed=-1)
    warm_iter = iter(warm)
    lock = threading.Lock()

    def send(client: MailboxClient, item: bytes | None) -> None:
        if item is None:
            with lock:
                item = next(warm_iter)
        if client.upload(item) is not True:
            raise RuntimeError("a fresh bundle was not new to the mailbox")

    return run_load(
        bundles,
        clients,
        lambda: MailboxClient(
            url, upload_token=UPLOAD, device_key=Ed25519PrivateKey.generate(), timeout=60
        ),
        send,
    )


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def machine() -> dict[str, Any]:
    def lscpu(prefix: str) -> str:
        try:
            out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        except FileNotFoundError:
            return "?"
        lines = (ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith(prefix))
        return next(lines, "?")

    return {
        "cpus": os.cpu_count(),
        "cpu_model": lscpu("Model name"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "uvicorn": uvicorn.__version__,
        "starlette": starlette.__version__,
        "httpx": httpx.__version__,
        "sqlalchemy": sqlalchemy.__version__,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundles", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--storage", choices=["sqlite", "postgresql"], action="append", help="default: both"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write results as JSON")
    args = parser.parse_args()

    kinds = args.storage or (
        ["sqlite"] + (["postgresql"] if os.environ.get("LOGBOOK_TEST_POSTGRES_URL") else [])
    )
    print(f"making {args.bundles} age bundles ...", file=sys.stderr)
    bundles = make_bundles(args.bundles, seed=1)
    sizes = [len(b) for b in bundles]
    results: dict[str, Any] = {
        "machine": machine(),
        "settings": vars(args) | {"json": None},
        "bundle_bytes": {"min": min(sizes), "median": statistics.median(sizes), "max": max(sizes)},
        "runs": {},
    }
    folder = Path(tempfile.mkdtemp(prefix="bench-mailbox-"))
    try:
        for kind in kinds:
            runs: list[dict[str, float]] = []
            for repeat in range(args.repeats):
                with (
                    fresh_database(kind, folder) as db_url,
                    server(folder, db_url, args.workers) as url,
                ):
                    h_time, _ = health_load(url, args.bundles, args.clients)
                    u_time, lat = upload_load(url, bundles, args.clients)
                run = {
                    "health_per_s": args.bundles / h_time,
                    "uploads_per_s": args.bundles / u_time,
                    "ratio": h_time / u_time,
                    "upload_ms_p50": p(lat, 0.5),
                    "upload_ms_p90": p(lat, 0.9),
                    "upload_ms_p99": p(lat, 0.99),
                }
                runs.append(run)
                print(
                    f"{kind} #{repeat + 1}: {run['uploads_per_s']:.0f} uploads/s, "
                    f"{run['health_per_s']:.0f} health/s",
                    file=sys.stderr,
                )
            results["runs"][kind] = runs
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(
        f"\n{args.bundles} requests per run, {args.clients} client threads, "
        f"{args.workers} server workers, median of {args.repeats} runs\n"
    )
    print(
        "| storage | uploads/s | runs | health/s (bare stack) | uploads ÷ bare | upload p50 "
        f"| p90 | p99 | target ≥ {TARGET_RATIO}× bare |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for kind, runs in results["runs"].items():
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        results.setdefault("median", {})[kind] = med
        # The ratio is each run's own (uploads and bare stack minutes apart), then the median.
        met = "met" if med["ratio"] >= TARGET_RATIO else "missed"
        rates = [r["uploads_per_s"] for r in runs]
        print(
            f"| {kind} | {med['uploads_per_s']:.0f} | {min(rates):.0f}–{max(rates):.0f} | "
            f"{med['health_per_s']:.0f} | {med['ratio']:.2f} | {med['upload_ms_p50']:.1f} ms | "
            f"{med['upload_ms_p90']:.1f} ms | {med['upload_ms_p99']:.1f} ms | {met} |"
        )
    print(f"\nmachine: {json.dumps(results['machine'])}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
