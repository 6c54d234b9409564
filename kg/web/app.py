"""The web app: a second thin shell over the library, like the CLI.

Routes: ``/sparql`` (the SPARQL 1.1 Protocol, read-only), ``/queries`` (the canned queries and
their parameters, JSON; an HTML list for browsers), ``/queries/<name>.json`` and ``.csv`` (the rows
of ``kg query``), ``POST /ingest`` when the app is made with ``allow_ingest``, and the HTML pages
of :mod:`kg.web.html`. Every ``KGError`` becomes its ``http_status`` with a one-line message: plain
text at ``/sparql``, an HTML page on the pages, ``{"error": ...}`` elsewhere.
"""

from __future__ import annotations

import ipaddress
import json
import tempfile
from pathlib import Path

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException
from werkzeug.utils import secure_filename

from kg.endpoint import QueryRunner
from kg.errors import KGError, NotFound, SparqlError, UpdateRefused
from kg.settings import Settings
from kg.store import GraphStore
from kg.web.html import queries_page, register_pages, render_error, wants_html

ASSETS = Path(__file__).parent

# Media types per format: the first is what the server sends, the others are accepted too.
RESULT_TYPES = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_TYPES = {
    "ttl": ("text/turtle", "application/x-turtle"),
    "nt": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/json"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
# Values of the optional ?format= parameter (SPARQLWrapper sends one too).
FORMAT_ALIASES = {
    "solutions": {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"},
    "triples": {"turtle": "ttl", "ttl": "ttl", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
                "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
                "xml": "rdfxml", "rdfxml": "rdfxml", "rdf+xml": "rdfxml"},
}
UPDATE_REFUSED = ("SPARQL updates are refused: this endpoint is read-only; "
                  "add documents with `kg ingest` (or POST /ingest when the server allows it)")
NOT_ACCEPTABLE = "None of the media types in Accept can be served for a {form} query; available: {types}"


def create_app(settings: Settings, *, store: GraphStore | None = None, cors: bool = False,
               allow_ingest: bool = False) -> Flask:
    """A Flask app over the store of *settings* (or an already open *store*), which it then owns.

    The app opens the store read-write, so no other process can write to it meanwhile; its own
    writes (``POST /ingest``) are single transactions, which its readers see whole or not at all.
    """
    graph = store if store is not None else GraphStore(settings.store, atomic=True)
    graph.atomic = True
    runner = QueryRunner(graph, timeout=settings.serve_timeout_seconds, row_limit=settings.serve_row_limit)
    app = Flask("kg", template_folder=str(ASSETS / "templates"), static_folder=str(ASSETS / "static"))
    app.config["MAX_CONTENT_LENGTH"] = settings.serve_max_request_bytes
    app.extensions["kg"] = runner

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException) -> Response:
        if g.get("html") and err.code == 404:
            return render_error(NotFound(err.description or err.name))
        message = {413: f"Request body over {settings.serve_max_request_bytes} bytes "
                        "(setting serve_max_request_bytes)"}.get(err.code or 500, err.description or err.name)
        response = _error(str(message), err.code or 500, as_json=not request.path.startswith("/sparql"))
        if err.code == 405:
            response.headers["Allow"] = ", ".join(err.valid_methods or ())
        return response

    @app.errorhandler(KGError)
    def kg_error(err: KGError) -> Response:
        if g.get("html"):
            return render_error(err)
        return _error(str(err), err.http_status, as_json=not request.path.startswith("/sparql"))

    @app.after_request
    def add_cors(response: Response) -> Response:
        if cors:
            response.headers["Access-Control-Allow-Origin"] = "*"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
            response.headers["Access-Control-Expose-Headers"] = "X-KG-Truncated"
        return response

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql() -> Response:
        text = _sparql_text(settings.serve_max_request_bytes)
        answer = runner.sparql(text)
        fmt, media = _negotiate(answer.kind, answer.form)
        response = Response(answer.serialize(fmt), content_type=_with_charset(media))
        response.headers["Vary"] = "Accept"
        if answer.truncated:
            response.headers["X-KG-Truncated"] = "true"
            response.headers["X-KG-Row-Limit"] = str(runner.row_limit)
        return response

    @app.get("/queries")
    def queries() -> Response:
        from kg.queries import load_queries

        canned = load_queries(settings.queries_dir).values()
        if wants_html():
            return queries_page(canned)
        listing = [
            {"name": q.name, "title": q.title, "description": q.description,
             "urls": {"json": f"/queries/{q.name}.json", "csv": f"/queries/{q.name}.csv"},
             "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                         "help": p.help, "choices": list(p.choices)} for p in q.params]}
            for q in canned
        ]
        response = _json(listing)
        response.headers["Vary"] = "Accept"
        return response

    @app.get("/queries/<name>.<ext>")
    def canned(name: str, ext: str) -> Response:
        from kg.queries import get_query

        if ext not in ("json", "csv"):
            return _error(f"No format {ext!r} for /queries/{name}; use .json or .csv", 404, as_json=True)
        query = get_query(settings.queries_dir, name)
        values = request.args.to_dict()
        limit = runner.row_limit
        result = runner.call(lambda deadline: query.run(graph, values, limit=limit + 1))
        truncated = len(result.rows) > limit
        if truncated:
            result = type(result)(result.columns, result.rows[:limit])
        if ext == "json":
            response = Response(result.render("json") + "\n", content_type="application/json")
        else:
            response = Response(result.render("csv") + "\n", content_type="text/csv; charset=utf-8")
        if truncated:
            response.headers["X-KG-Truncated"] = "true"
            response.headers["X-KG-Row-Limit"] = str(limit)
        return response

    register_pages(app, settings, runner, graph)

    if allow_ingest:
        @app.post("/ingest")
        def ingest() -> Response:
            from kg.ingest import ingest as run_ingest

            if not _is_loopback(request.remote_addr):
                return _error("POST /ingest is accepted from this machine only", 403, as_json=True)
            uploads = [f for key in request.files for f in request.files.getlist(key) if f.filename]
            if not uploads:
                return _error("Send the articles as multipart/form-data files (field name: file)", 400,
                              as_json=True)
            with tempfile.TemporaryDirectory(prefix="kg-ingest-") as folder:
                for upload in uploads:
                    name = secure_filename(upload.filename or "") or "article.txt"
                    upload.save(Path(folder) / name)
                report = runner.write(lambda: run_ingest([Path(folder)], settings=settings, store=graph))
            return _json({"summary": report.summary(), "run": report.run_id,
                          "documents": len(report.documents)})

    return app


def _sparql_text(max_bytes: int) -> str:
    """The query of a SPARQL Protocol request; updates get 403, everything malformed 400."""
    if request.method == "GET":
        if len(request.query_string) > max_bytes:
            raise _TooLong(f"Query string over {max_bytes} bytes (setting serve_max_request_bytes)")
        args = request.args
    else:
        media = request.mimetype
        if media == "application/sparql-update":
            raise UpdateRefused(UPDATE_REFUSED)
        if media == "application/sparql-query":
            body = request.get_data(cache=False)
            try:
                return _checked(body.decode("utf-8"), request.args)
            except UnicodeDecodeError:
                raise SparqlError("The query body is not UTF-8") from None
        if media not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            raise SparqlError(f"Unsupported Content-Type {media or 'none'!r}: send application/sparql-query "
                              "or a form (application/x-www-form-urlencoded) with query=")
        args = request.form
    return _checked(args.get("query"), args)


def _checked(text: str | None, args) -> str:
    if "update" in args:
        raise UpdateRefused(UPDATE_REFUSED)
    if args.get("default-graph-uri") or args.get("named-graph-uri"):
        raise SparqlError("default-graph-uri and named-graph-uri are not supported: the default graph is the "
                          "union of all graphs; name graphs with GRAPH in the query")
    if text is None or not text.strip():
        raise SparqlError("Missing query: send it as query=... (GET or form POST) or as an "
                          "application/sparql-query body")
    return text


def _negotiate(kind: str, form: str) -> tuple[str, str]:
    """Pick (format, media type) from ?format= or the Accept header; 406 when nothing fits."""
    families = GRAPH_TYPES if kind == "triples" else RESULT_TYPES
    wanted = (request.values.get("format") or "").strip().lower()
    alias = FORMAT_ALIASES["triples" if kind == "triples" else "solutions"].get(wanted)
    if alias is not None:
        return alias, families[alias][0]
    for fmt, types in families.items():
        if wanted in types:
            return fmt, types[0]
    if not request.accept_mimetypes:
        fmt = next(iter(families))
        return fmt, families[fmt][0]
    offered = [t for types in families.values() for t in types]
    best = request.accept_mimetypes.best_match(offered)
    if best is None:
        raise _NotAcceptable(NOT_ACCEPTABLE.format(form=form, types=", ".join(t[0] for t in families.values())))
    fmt = next(f for f, types in families.items() if best in types)
    return fmt, families[fmt][0]


class _NotAcceptable(KGError):
    http_status = 406


class _TooLong(KGError):
    http_status = 414


def _with_charset(media: str) -> str:
    return media if media.endswith("json") else f"{media}; charset=utf-8"


def _json(data: object, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=2) + "\n", status=status,
                    content_type="application/json")


def _error(message: str, status: int, *, as_json: bool) -> Response:
    line = " ".join(message.split())
    if as_json:
        return _json({"error": line}, status)
    return Response(line + "\n", status=status, content_type="text/plain; charset=utf-8")


def _is_loopback(address: str | None) -> bool:
    try:
        return address is not None and ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


__all__ = ["create_app"]
