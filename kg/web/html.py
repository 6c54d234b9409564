"""The HTML pages of ``kg serve``: a thin layer of routes over :mod:`kg.web.pages` and Jinja templates.

Routes: ``/`` (home), ``/queries`` (HTML when the client prefers it), ``/queries/<name>`` (the
form of a canned query and its rows), ``/entities`` (JSON suggestions for entity inputs),
``/entity`` (``?iri=`` or ``?name=``; ``/entity/state/CU`` for a local id), ``/document/<id>``, ``/editor`` and ``/graph``.
A ``KGError`` on a page renders the page's error template with the error's status.
"""

from __future__ import annotations

import json

from flask import Flask, Response, g, render_template, request

from kg.endpoint import QueryRunner
from kg.errors import KGError, QueryParamError
from kg.settings import Settings
from kg.store import GraphStore
from kg.web import pages

HTML_ENDPOINTS = frozenset({"home", "query_form", "entity", "document", "editor", "graph_view"})
NAV = (("/", "Home"), ("/queries", "Queries"), ("/editor", "SPARQL editor"), ("/graph", "Aid-flow graph"))


def wants_html() -> bool:
    """True when the client prefers HTML over JSON (a browser); API clients get JSON."""
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "text/html" and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]


def render_error(err: KGError) -> Response:
    message = " ".join(str(err).split())
    return Response(render_template("error.html", message=message, status=err.http_status),
                    status=err.http_status, content_type="text/html; charset=utf-8")


def register_pages(app: Flask, settings: Settings, runner: QueryRunner, graph: GraphStore) -> None:
    """Add the HTML routes to *app*."""
    from kg.queries import get_query, load_queries, suggest_entities

    from kg.vocab import RESOURCE_BASE

    app.jinja_env.globals["nav"] = NAV
    app.jinja_env.globals["resource_base"] = RESOURCE_BASE

    def run(func):
        return runner.call(lambda deadline: func())

    def page(template: str, **context) -> Response:
        return Response(render_template(template, **context), content_type="text/html; charset=utf-8")

    @app.before_request
    def mark_html_routes() -> None:
        # Errors on these routes render as pages; JSON and SPARQL routes keep their formats.
        g.html = request.endpoint in HTML_ENDPOINTS or (request.endpoint == "queries" and wants_html())

    @app.get("/")
    def home() -> Response:
        documents = get_query(settings.queries_dir, "documents")
        return page("home.html", home=run(lambda: pages.home_page(graph, documents)))

    @app.get("/queries/<name>")
    def query_form(name: str) -> Response:
        query = get_query(settings.queries_dir, name)
        values = {k: v for k, v in request.args.items()}
        result, error, truncated = None, "", False
        needs_input = any(p.required and not values.get(p.name) for p in query.params)
        if values or not needs_input:
            limit = runner.row_limit
            try:
                result = runner.call(lambda deadline: query.run(graph, values, limit=limit + 1))
            except QueryParamError as err:
                error = " ".join(str(err).split())
            else:
                truncated = len(result.rows) > limit
                result = type(result)(result.columns, result.rows[:limit])
        body = render_template("query.html", query=query, values=values, result=result, error=error,
                               truncated=truncated, entity_columns=pages.ENTITY_COLUMNS,
                               json_url=request.full_path.replace(f"/queries/{name}", f"/queries/{name}.json", 1))
        return Response(body, status=400 if error else 200, content_type="text/html; charset=utf-8")

    @app.get("/entities")
    def entities() -> Response:
        cls, text = request.args.get("class", "Entity"), request.args.get("q", "")
        found = run(lambda: suggest_entities(graph, cls, text, limit=20))
        data = [{"label": label, "iri": iri} for label, iri in found]
        return Response(json.dumps(data, ensure_ascii=False) + "\n", content_type="application/json")

    @app.get("/entity")
    @app.get("/entity/<path:local>")
    def entity(local: str = "") -> Response:
        from kg.vocab import RESOURCE_BASE

        query = get_query(settings.queries_dir, "entity")
        iri_text, name = request.args.get("iri", "").strip(), request.args.get("name", "").strip()
        if local:  # /entity/state/CU is the entity <RESOURCE_BASE>state/CU
            iri_text = RESOURCE_BASE + local
        info = run(lambda: pages.entity_page(graph, query, iri_text=iri_text, name=name))
        return page("entity.html", entity=info, entity_columns=pages.ENTITY_COLUMNS)

    @app.get("/document/<doc_id>")
    def document(doc_id: str) -> Response:
        return page("document.html", doc=run(lambda: pages.document_page(graph, doc_id)))

    @app.get("/editor")
    def editor() -> Response:
        from kg.queries import example_sparql

        examples = [{"name": q.name, "title": q.title, "sparql": example_sparql(q)}
                    for q in load_queries(settings.queries_dir).values()]
        return page("editor.html", examples=examples, row_limit=runner.row_limit)

    @app.get("/graph")
    def graph_view() -> Response:
        from kg import vocab

        statuses = [s for s in vocab.AID_STATUS if s != "scheme"]
        categories = [c for c in vocab.AID_CATEGORY if c != "scheme"]
        return page("graph.html", statuses=statuses, categories=categories)


def queries_page(queries) -> Response:
    """The HTML list of the canned queries (``/queries`` for a browser)."""
    response = Response(render_template("queries.html", queries=queries), content_type="text/html; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


__all__ = ["register_pages", "render_error", "wants_html"]
