"""Benchmark every canned query: the seeds store and a store of at least a million triples,
on the embedded pyoxigraph store and on rdflib's in-memory SPARQL engine, in one run.

The large store is built from synthetic articles (scripts/synthetic.py, fixed seed)
through the normal ingest (validation off), so it has the shape of real output. Each
query runs with the parameters of its README example; pyoxigraph time is the median of
--repeat runs after one warm-up, and includes parameter resolution, binding and reading
every row. rdflib runs the same bound query text once, on a Dataset loaded from the
store's N-Quads dump with the union of graphs as default graph, each query in a forked
child stopped after --rdflib-timeout seconds (then printed as a lower bound).

    python scripts/bench_queries.py [--triples 1000000] [--repeat 5] [--workdir DIR] [--no-rdflib]
                                    [--rdflib-timeout 60]

--workdir keeps the generated store between runs (it is rebuilt when missing).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_articles  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.queries import load_queries  # noqa: E402
from kg.settings import PROJECT_ROOT, load_settings  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from kg.vocab import PREFIXES  # noqa: E402

ARTICLES_PER_BATCH = 400


def example_params(store: GraphStore) -> dict[str, dict[str, str]]:
    """Parameters for each query, like the README examples, with a state the store knows well."""
    top = next(iter(store.query(
        "SELECT ?name (COUNT(*) AS ?n) WHERE { ?f kg:recipient/rdfs:label ?name } GROUP BY ?name ORDER BY DESC(?n) LIMIT 1"
    )))["name"].value
    return {
        "who-supplies": {"recipient": top}, "aid-flows": {"recipient": top, "status": "delivered"},
        "declined-offers": {"recipient": top}, "corroboration": {"recipient": top}, "offices": {"state": top},
        "leaders": {}, "agreements": {"party": top}, "meetings": {"participant": top}, "claims": {"about": top},
        "claims-about": {"about": top}, "entity": {"entity": top},
        "timeline": {"entity": top, "from": "2025-01-01", "to": "2026-12-31"}, "documents": {},
    }


def build_large_store(workdir: Path, triples: int) -> GraphStore:
    store_dir = workdir / "store"
    if (store_dir / "CURRENT").exists():
        store = GraphStore(store_dir, read_only=True)
        if len(store) >= triples:
            return store
        store.close()
    settings = load_settings({}).with_values(store=store_dir)
    batch, size = 0, 0
    while size < triples:
        paths = write_articles(workdir / f"articles-{batch}", ARTICLES_PER_BATCH, seed=100 + batch,
                               start=batch * ARTICLES_PER_BATCH)
        ingest(paths, settings=settings, jobs=2, validate="off")
        with GraphStore(store_dir, read_only=True) as store:
            size = len(store)
        batch += 1
        print(f"  built {batch * ARTICLES_PER_BATCH} articles, {size} quads", flush=True)
    return GraphStore(store_dir, read_only=True)


def time_oxigraph(store: GraphStore, queries, params, repeat: int) -> dict[str, tuple[float, int]]:
    timings = {}
    for name, query in queries.items():
        query.run(store, params.get(name, {}))  # warm-up
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            rows = len(query.run(store, params.get(name, {})).rows)
            runs.append(time.perf_counter() - started)
        timings[name] = (statistics.median(runs), rows)
    return timings


def _rdflib_child(dataset, text, conn) -> None:
    started = time.perf_counter()
    try:
        rows = len(list(dataset.query(text, initNs=PREFIXES)))
    except Exception as err:  # rdflib's engine fails on some valid queries; report, do not crash
        conn.send((time.perf_counter() - started, type(err).__name__))
        return
    conn.send((time.perf_counter() - started, rows))


def time_rdflib(store: GraphStore, queries, params, timeout: float) -> dict[str, tuple[float, int | str | None]]:
    """Each query once, in a forked child (which shares the loaded Dataset) stopped after *timeout*."""
    import multiprocessing

    from rdflib import Dataset

    dump = io.BytesIO()
    store.dump(dump, "nq")
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(data=dump.getvalue(), format="nquads")
    print(f"  rdflib loaded {len(store)} quads in {time.perf_counter() - started:.1f} s", flush=True)
    fork = multiprocessing.get_context("fork")
    timings = {}
    for name, query in queries.items():
        text = query.bound_sparql(store, params.get(name, {}))
        receive, send = fork.Pipe(duplex=False)
        child = fork.Process(target=_rdflib_child, args=(dataset, text, send))
        child.start()
        if receive.poll(timeout):
            timings[name] = receive.recv()
        else:
            timings[name] = (timeout, None)
        child.kill()
        child.join()
    return timings


def report(label: str, store: GraphStore, queries, params, repeat: int, with_rdflib: bool, timeout: float) -> None:
    print(f"\n{label}: {len(store)} quads", flush=True)
    ox = time_oxigraph(store, queries, params, repeat)
    rd = time_rdflib(store, queries, params, timeout) if with_rdflib else {}
    print(f"{'query':16} {'rows':>6} {'pyoxigraph ms':>14} {'rdflib ms':>11} {'rdflib/pyoxigraph':>18}")
    for name in queries:
        seconds, rows = ox[name]
        line = f"{name:16} {rows:6d} {seconds * 1000:14.1f}"
        if name in rd:
            rd_seconds, rd_rows = rd[name]
            if isinstance(rd_rows, str):
                line += f" {'failed':>11} {'':>18}  (rdflib raised {rd_rows})"
            elif rd_rows is None:
                line += f" {'>' + format(rd_seconds * 1000, '.0f'):>11} {'>' + format(rd_seconds / seconds, '.0f'):>18}  (stopped)"
            else:
                same = "" if rd_rows == rows else f"  (rdflib gave {rd_rows} rows)"
                line += f" {rd_seconds * 1000:11.1f} {rd_seconds / seconds:18.1f}{same}"
        print(line, flush=True)
    worst = max(ox, key=lambda n: ox[n][0])
    print(f"slowest on pyoxigraph: {worst} {ox[worst][0] * 1000:.1f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--no-rdflib", dest="rdflib", action="store_false")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0,
                        help="Stop an rdflib query after this many seconds (reported as a lower bound).")
    args = parser.parse_args()
    queries = load_queries(PROJECT_ROOT / "queries")
    with tempfile.TemporaryDirectory() as tmp:
        seeds_settings = load_settings({}).with_values(store=Path(tmp) / "seeds")
        ingest([PROJECT_ROOT / "seeds"], settings=seeds_settings)
        with GraphStore(seeds_settings.store, read_only=True) as seeds:
            report("seeds", seeds, queries, example_params(seeds), args.repeat, args.rdflib, args.rdflib_timeout)
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        print(f"\nbuilding a store of at least {args.triples} triples in {workdir} ...", flush=True)
        with build_large_store(workdir, args.triples) as large:
            report("synthetic", large, queries, example_params(large), args.repeat, args.rdflib, args.rdflib_timeout)


if __name__ == "__main__":
    main()
