"""Running the app on a real port with Werkzeug's threaded server (one thread per request)."""

from __future__ import annotations

import socket
from collections.abc import Callable

from werkzeug.serving import make_server

from kg.errors import KGError, StoreError
from kg.settings import Settings
from kg.web.app import create_app


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
    announce(f"kg serve: SPARQL endpoint at http://{host}:{server.port}/sparql, canned queries at "
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
