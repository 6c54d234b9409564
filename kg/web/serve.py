"""Running the app on a real port with Werkzeug's threaded server (one thread per request)."""

from __future__ import annotations

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
    try:
        server = make_server(host, port, app, threaded=True)
    except OSError as err:
        store.close()
        raise KGError(f"Cannot listen on {host}:{port}: {err.strerror or err}") from None
    announce(f"kg serve: SPARQL endpoint at http://{host}:{server.port}/sparql, canned queries at "
             f"http://{host}:{server.port}/queries (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.extensions["kg"].close()
        store.close()
