"""Test helpers: a real local SPARQL endpoint (`oxigraph serve`) loaded with the Wikidata-shaped
fixture, and a small HTTP server that misbehaves on purpose (errors, garbage, slowness, 429).

Also used by scripts/fill_wikidata_cache.py, which regenerates the committed cache from the
fixture endpoint.
"""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

FIXTURE = Path(__file__).parent / "data" / "wikidata" / "fixture.ttl"


def _oxigraph() -> str:
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph (the test extra)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def fixture_endpoint(workdir: Path, *, port: int | None = None, fixture: Path = FIXTURE):
    """Yield the query URL of an `oxigraph serve` holding *fixture*; stop it afterwards."""
    location = workdir / "wikidata-fixture-store"
    subprocess.run([_oxigraph(), "load", "--location", str(location), "--file", str(fixture)], check=True,
                   capture_output=True)
    port = port or free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("oxigraph serve did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout tests): nothing to report

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        server = self.server
        server.hits += 1  # type: ignore[attr-defined]
        server.agents.append(self.headers.get("User-Agent", ""))  # type: ignore[attr-defined]
        mode = server.mode  # type: ignore[attr-defined]
        if mode == "slow":
            time.sleep(server.delay)  # type: ignore[attr-defined]
        if mode == "busy" or (mode == "busy-once" and server.hits == 1):  # type: ignore[attr-defined]
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        if mode == "error":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"internal error")
            return
        if mode == "garbage":
            body = b"<html>not sparql</html>"
        else:
            body = b'{"head": {"vars": ["item"]}, "results": {"bindings": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json" if mode != "garbage" else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def bad_endpoint(mode: str, *, delay: float = 3.0):
    """A local endpoint that answers with *mode*: error, garbage, slow, busy, busy-once or empty."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.mode, server.hits, server.delay, server.agents = mode, 0, delay, []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", server
    finally:
        server.shutdown()
        server.server_close()
