"""Regenerate the committed Wikidata cache (kg/data/wikidata-cache/) for seeds/ and the test articles.

This machine has no route to query.wikidata.org, so by default the answers come from the
Wikidata-shaped FIXTURE (tests/data/wikidata/fixture.ttl) served by a local `oxigraph serve`;
every cache file records that endpoint (http://127.0.0.1:7878/query), so nobody mistakes it for
a Wikidata Query Service answer. With --endpoint URL the same code asks a real endpoint instead
(for example https://query.wikidata.org/sparql) and the cache records that.

    python scripts/fill_wikidata_cache.py [--endpoint URL] [--fresh]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from kg.ingest import ingest  # noqa: E402
from kg.link import link_store  # noqa: E402
from kg.settings import load_settings  # noqa: E402
from wikidata_server import fixture_endpoint  # noqa: E402

SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "articles" / "dev", ROOT / "tests" / "data" / "articles" / "test"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", help="ask this endpoint instead of the local fixture server")
    parser.add_argument("--fresh", action="store_true", help="empty the cache folder first")
    args = parser.parse_args()
    settings = load_settings()
    if args.fresh and settings.wikidata_cache.exists():
        shutil.rmtree(settings.wikidata_cache)
    with tempfile.TemporaryDirectory() as tmp:
        server = nullcontext(args.endpoint) if args.endpoint else fixture_endpoint(Path(tmp), port=7878)
        with server as url:
            for source in SOURCES:  # one store per folder: the test articles reuse document ids
                store = Path(tmp) / f"store-{source.name}"
                local = settings.with_values(store=store, wikidata_endpoint=url)
                ingest([source], settings=local, validate="off")
                report = link_store(settings=local)
                for warning in report.warnings:
                    print(f"Warning: {warning}", file=sys.stderr)
                print(f"{source.relative_to(ROOT)}: {report.summary()}")


if __name__ == "__main__":
    main()
