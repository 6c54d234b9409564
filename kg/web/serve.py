"""Running the app on a real port with Werkzeug's threaded server (one thread per request)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from werkzeug.serving import make_server

from kg.errors import KGError, StoreError
from kg.settings import Settings
from kg.web.app import create_app


ANNOUNCED = "SPARQL endpoint at "  # what the server prints, before its URL, once it listens


def run_server(settings: Settings, *, host: str, port: int, cors: bool, allow_ingest: bool,
               announce: Callable[[str], None]) -> None:
    """Open the store, bind *host*:*port* and serve until interrupted."""
    from kg.store import GraphStore

    if not (settings.store / "CURRENT").exists():
        raise StoreError(f"No store at {settings.store}; run `kg build` or `kg ingest` first (or set --store)")
    store = GraphStore(settings.store, atomic=True)
    app = create_app(settings, store=store, cors=cors, allow_ingest=allow_ingest)
    # Bind here rather than in Werkzeug, which prints its own error and exits on a taken port.
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as err:
        sock.close()
        store.close()
        raise KGError(f"Cannot listen on {host}:{port}: {err.strerror or err}") from None
    server = make_server(host, port, app, threaded=True, fd=sock.fileno())
    announce(f"kg serve: {ANNOUNCED}http://{host}:{server.port}/sparql, canned queries at "
             f"http://{host}:{server.port}/queries, pages at http://{host}:{server.port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        sock.close()
        app.extensions["kg"].close()
        store.close()


@contextmanager
def serve_in_subprocess(store: Path, *options: str, log: Path, startup_seconds: float = 60) -> Iterator[str]:
    """Run ``python -m kg serve --store STORE --port 0 [OPTIONS]`` in a child process for the
    duration of the block; yields its base URL (``http://127.0.0.1:PORT``). The server's output goes
    to the file *log*, not a pipe, so that its request log can never block it."""
    with log.open("w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *options],
                                   stderr=stderr, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + startup_seconds
        while ANNOUNCED not in log.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise KGError(f"kg serve did not start: {log.read_text().strip()}")
            time.sleep(0.1)
        yield log.read_text().split(ANNOUNCED, 1)[1].split("/sparql")[0]
    finally:
        process.terminate()
        process.wait(timeout=30)
