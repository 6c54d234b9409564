"""The `kg` command: a thin click shell over the library.

Each command parses its options, calls one library function and prints the result.
A :class:`kg.errors.KGError` becomes ``Error: <message>`` with exit code 1.
"""

from __future__ import annotations

import functools
from pathlib import Path

import click

from kg.errors import KGError
from kg.results import FORMATS
from kg.settings import Settings, load_settings

STORE_HELP = "Store directory (default .kg-store in the working directory; env KG_STORE)."


def _errors_as_messages(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as err:
            raise click.ClickException(str(err)) from None

    return wrapper


def _settings(store: str | None) -> Settings:
    return load_settings().with_values(store=store)


def _read_store(store: str | None):
    """The store named by --store (or the settings), opened read-only."""
    from kg.store import GraphStore

    return GraphStore(_settings(store).store, read_only=True)


store_option = click.option("--store", "store", type=click.Path(file_okay=False), default=None, help=STORE_HELP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: a geopolitical knowledge graph of who supplies, pledges, signs and claims what.

    Build the graph from seeds/ with `kg build`, add articles with `kg ingest`, and ask
    questions with `kg query`. Every answer carries the sentence it came from.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for extraction.")
@click.option("--validate", type=click.Choice(("auto", "full", "sample", "off")), default="auto",
              show_default=True, help="SHACL-check every document (full), the first and every 100th (sample), "
              "none (off); auto: full for up to 20 files, else sample.")
@_errors_as_messages
def ingest(paths: tuple[Path, ...], store: str | None, jobs: int, validate: str) -> None:
    """Extract facts from article files or folders into the store.

    Re-ingesting a document replaces its graph; if any file fails, nothing is written.
    """
    from kg.ingest import ingest as run_ingest

    report = run_ingest(list(paths), settings=_settings(store), jobs=jobs, validate=validate)
    click.echo(report.summary())


@cli.command()
@store_option
@_errors_as_messages
def build(store: str | None) -> None:
    """Build the graph from the project's seeds/ folder (same as `kg ingest seeds/`)."""
    from kg.ingest import ingest as run_ingest

    settings = _settings(store)
    click.echo(run_ingest([settings.seeds_dir], settings=settings).summary())


@cli.command("queries")
@_errors_as_messages
def list_queries() -> None:
    """List the canned queries and their parameters."""
    from kg.queries import load_queries

    for query in load_queries(load_settings().queries_dir).values():
        click.echo(f"{query.name}: {query.title}")
        for param in query.params:
            need = "required" if param.required else "optional"
            if param.default is not None:
                need += f", default {param.default}"
            choices = f" [{'|'.join(param.choices)}]" if param.choices else ""
            click.echo(f"    --param {param.name}=...  ({param.type}, {need}) {param.help}{choices}")


@cli.command()
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format; json prints one array of objects keyed by column.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Print at most this many rows.")
@store_option
@_errors_as_messages
def query(name: str, params: tuple[str, ...], fmt: str, limit: int | None, store: str | None) -> None:
    """Run the canned query NAME (see `kg queries`)."""
    from kg.errors import QueryParamError
    from kg.queries import get_query

    settings = _settings(store)
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryParamError(f"Bad --param {item!r}: write it as KEY=VALUE")
        values[key.strip()] = value
    canned = get_query(settings.queries_dir, name)
    result = canned.run(_read_store(store), values, limit=limit)
    click.echo(result.render(fmt))


@cli.command()
@click.argument("text", required=False)
@click.option("--file", "-f", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Read the query from this file instead of the argument.")
@click.option("--format", "fmt", type=click.Choice((*FORMATS, "ttl", "nt")), default=None,
              help="SELECT results: table (default), json, csv, tsv; CONSTRUCT/DESCRIBE: ttl (default) or nt.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Print at most this many rows or triples.")
@store_option
@_errors_as_messages
def sparql(text: str | None, path: Path | None, fmt: str | None, limit: int | None, store: str | None) -> None:
    """Run an ad-hoc read-only SPARQL query (TEXT, or -f FILE) over all graphs.

    The prefixes kg:, rdf:, rdfs:, owl:, skos:, xsd:, prov:, wd: and the vocabulary
    prefixes (aid-status:, aid-category: ...) are predeclared. Updates and SERVICE are refused.
    """
    from kg.errors import SparqlError
    from kg.sparql import run_sparql

    if (text is None) == (path is None):
        raise SparqlError("Give the query as an argument or with -f FILE (one of them)")
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise SparqlError(f"Cannot read {path}: {err}") from None
    graph_format = fmt if fmt in ("ttl", "nt") else "ttl"
    table_format = fmt if fmt in FORMATS else "table"
    result = run_sparql(_read_store(store), text, limit=limit,
                        graph_format=graph_format)
    click.echo(result.render(table_format).rstrip("\n"))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(("ttl", "nt", "nq", "trig", "jsonld")), default="trig",
              show_default=True, help="Triple formats (ttl, nt) merge all graphs; nq, trig and jsonld keep them.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (default: standard output).")
@store_option
@_errors_as_messages
def export(fmt: str, output: Path | None, store: str | None) -> None:
    """Write the whole graph in an RDF format."""
    import io
    import sys

    from kg.errors import StoreError

    graph = _read_store(store)
    buffer = io.BytesIO()
    graph.dump(buffer, fmt)
    if output is None:
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.flush()
        return
    try:
        output.write_bytes(buffer.getvalue())
    except OSError as err:
        raise StoreError(f"Cannot write {output}: {err.strerror}") from None
    click.echo(f"Wrote {len(graph)} quads to {output} ({fmt})", err=True)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_option
@_errors_as_messages
def stats(fmt: str, store: str | None) -> None:
    """Count what the graph holds: instances per class and facts per document."""
    from kg.stats import collect_stats

    click.echo(collect_stats(_read_store(store)).render(fmt))


@cli.command()
@click.option("--owl/--no-owl", default=True, show_default=True,
              help="After SHACL, check OWL consistency with HermiT (needs Java; see scripts/ensure-java.sh).")
@click.option("--save-inferences", is_flag=True,
              help="Store the reasoner's kg:Leader classification in the graph .../graph/inferred.")
@store_option
@_errors_as_messages
def check(owl: bool, save_inferences: bool, store: str | None) -> None:
    """Validate the whole store: SHACL shapes, then OWL consistency with the HermiT reasoner.

    Exits with 1 when the graph violates a shape or is inconsistent.
    """
    from kg import check as checking
    from kg.store import GraphStore

    settings = _settings(store)
    with GraphStore(settings.store, read_only=not save_inferences) as graph:
        report = checking.check_store(graph, ontology_dir=settings.ontology_dir, owl=owl or save_inferences)
        if save_inferences and report.owl_consistent:
            checking.save_inferences(graph, report.leaders)
    click.echo(report.render())
    if not report.ok:
        raise SystemExit(1)


@cli.command("eval")
@click.option("--split", type=click.Choice(("dev", "test", "all")), default="dev", show_default=True,
              help="Which gold articles to score (tests/data/gold/<split>/).")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@_errors_as_messages
def eval_command(split: str, fmt: str) -> None:
    """Score extraction against the gold annotations: precision, recall, F1 per fact type and field."""
    from kg.evaluate import evaluate

    click.echo(evaluate(settings=load_settings(), split=split).render(fmt))


def _link_settings(store: str | None, endpoint: str | None) -> Settings:
    return load_settings().with_values(store=store, wikidata_endpoint=endpoint)


endpoint_option = click.option("--endpoint", default=None,
                               help="SPARQL endpoint to ask (default: the wikidata_endpoint setting, "
                                    "env KG_WIKIDATA_ENDPOINT).")


@cli.command()
@store_option
@endpoint_option
@click.option("--unresolved", is_flag=True, help="Only list the entities without a confident link; no look-ups.")
@click.option("--decisions", is_flag=True, help="Only list every link decision with its candidates; no look-ups.")
@click.option("--offline", is_flag=True, help="Use the cache and the overrides only; send no request.")
@click.option("--no-enrich", is_flag=True, help="Link only; do not fetch Wikidata statements.")
@click.option("--strict", is_flag=True, help="Stop with an error when the endpoint fails (default: warn and go on).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format of the --unresolved and --decisions reports.")
@_errors_as_messages
def link(store: str | None, endpoint: str | None, unresolved: bool, decisions: bool, offline: bool, no_enrich: bool,
         strict: bool, fmt: str) -> None:
    """Link persons, organisations and places in the store to Wikidata, then fetch their Wikidata facts.

    Answers are cached on disk, so a later `kg build` applies the same links offline.
    """
    from kg import link as linking

    settings = _link_settings(store, endpoint)
    if unresolved or decisions:
        click.echo(linking.unresolved(settings=settings, every=decisions).render(fmt))
        return
    report = linking.link_store(settings=settings, online=not offline, enrich=not no_enrich, strict=strict)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(report.summary())


@cli.command()
@store_option
@endpoint_option
@click.option("--offline", is_flag=True, help="Use the cache only; send no request.")
@click.option("--strict", is_flag=True, help="Stop with an error when the endpoint fails (default: warn and go on).")
@_errors_as_messages
def enrich(store: str | None, endpoint: str | None, offline: bool, strict: bool) -> None:
    """Fetch positions held, heads of state and government and memberships of linked entities from Wikidata."""
    from kg.link import enrich_store

    report = enrich_store(settings=_link_settings(store, endpoint), online=not offline, strict=strict)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(report.summary())


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only; use 0.0.0.0 to share "
                   "the endpoint on a network you trust.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--cors", is_flag=True, help="Send Access-Control-Allow-Origin: * so pages of other sites can query.")
@click.option("--allow-ingest", is_flag=True,
              help="Offer POST /ingest (article files as multipart form data, from this machine only).")
@_errors_as_messages
def serve(store: str | None, host: str, port: int, cors: bool, allow_ingest: bool) -> None:
    """Serve the graph over HTTP: read-only SPARQL at /sparql, canned queries at /queries, web pages at /.

    The server owns the store while it runs: `kg ingest` into the same store fails until it stops
    (or use --allow-ingest and POST the articles to /ingest). See the README for limits and settings.
    """
    from kg.web.serve import run_server

    run_server(_settings(store), host=host, port=port, cors=cors, allow_ingest=allow_ingest,
               announce=lambda line: click.echo(line, err=True))
