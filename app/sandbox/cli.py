"""``mr-sandbox``: run the local sandbox of the Multi-Regnskab Public Client API."""

from __future__ import annotations

import argparse
import logging
import re
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from app.sandbox.server import SandboxServer, is_loopback

__all__ = ["DEMO_PASSWORD", "DEMO_USER", "main"]

DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
_SEED = re.compile(r"demo|empty|large:[0-9]{1,7}")


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text!r}")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def _positive(text: str) -> float:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mr-sandbox",
        description="A local sandbox of the Multi-Regnskab Public Client API "
        "(/open/clientapi/v1) with SQLite persistence, demo data and switchable faults.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        metavar="DIR",
        help="data directory; kept between runs (default: a temporary directory)",
    )
    parser.add_argument(
        "--seed",
        default="demo",
        metavar="NAME",
        help="data for a new database: demo, empty or large:N (default demo)",
    )
    parser.add_argument(
        "--token-ttl",
        type=_positive,
        default=900.0,
        metavar="SECONDS",
        help="lifetime of access tokens (default 900)",
    )
    parser.add_argument(
        "--latency-ms",
        type=_non_negative,
        default=0.0,
        metavar="MS",
        help="delay added to every request",
    )
    parser.add_argument(
        "--fail-rate",
        type=_rate,
        default=0.0,
        metavar="P",
        help="fraction of requests answered 500/503 (without effect)",
    )
    parser.add_argument(
        "--drop-rate",
        type=_rate,
        default=0.0,
        metavar="P",
        help="fraction of requests whose connection is closed after they took effect",
    )
    parser.add_argument(
        "--max-upload-mb",
        type=_positive,
        default=25.0,
        metavar="MB",
        help="largest upload (default 25)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not _SEED.fullmatch(args.seed):
        _parser().error(f"--seed must be demo, empty or large:N, not {args.seed!r}")
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.verbose:
        logging.getLogger("app.sandbox.http").setLevel(logging.DEBUG)
    if not is_loopback(args.host):
        print(
            f"warning: listening on {args.host}: other machines can reach this sandbox",
            file=sys.stderr,
            flush=True,
        )
    server = SandboxServer(
        data_dir=args.data,
        seed=args.seed,
        token_ttl=args.token_ttl,
        latency_ms=args.latency_ms,
        fail_rate=args.fail_rate,
        drop_rate=args.drop_rate,
        max_upload_mb=args.max_upload_mb,
        host=args.host,
        port=args.port,
    )
    stopping = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        server.start()
    except Exception as exc:
        print(f"mr-sandbox: could not start: {exc}", file=sys.stderr, flush=True)
        server.cleanup()
        return 1
    print(f"listening on {server.base_url}", flush=True)
    print(f"data in {server.data_dir}", flush=True)
    if server.store.authenticate(DEMO_USER, DEMO_PASSWORD):
        print(f"demo login: {DEMO_USER} / {DEMO_PASSWORD}", flush=True)
    try:
        while not stopping.wait(0.5):
            if not server.running:
                print("mr-sandbox: the server stopped unexpectedly", file=sys.stderr, flush=True)
                return 1
    finally:
        if args.data is None:
            server.cleanup()
        else:
            server.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
