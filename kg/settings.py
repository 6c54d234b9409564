"""The one settings table.

Every setting has a name, a default and a help text. The CLI reads them (options and
``KG_*`` environment variables) and so will the web app; the README lists them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env_var(self) -> str:
        return "KG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("store", ".kg-store", "Directory of the embedded pyoxigraph store (relative to the working directory)."),
    Setting("ontology_dir", str(PROJECT_ROOT / "ontology"), "Folder holding kg.ttl and shapes.ttl."),
    Setting("queries_dir", str(PROJECT_ROOT / "queries"), "Folder holding the canned queries (*.rq)."),
    Setting("seeds_dir", str(PROJECT_ROOT / "seeds"), "Folder that `kg build` ingests."),
    Setting("max_file_bytes", str(5_000_000), "Largest source file `kg ingest` accepts, in bytes."),
    Setting("wikidata_endpoint", "https://query.wikidata.org/sparql",
            "SPARQL endpoint that `kg link` and `kg enrich` ask for Wikidata candidates and facts."),
    Setting("wikidata_cache", str(PROJECT_ROOT / "kg" / "data" / "wikidata-cache"),
            "Folder of cached Wikidata answers (JSON); builds read it, only `kg link`/`kg enrich` add to it."),
    Setting("wikidata_overrides", str(PROJECT_ROOT / "kg" / "data" / "wikidata-overrides.toml"),
            "Manual links (entity, QID, reason) that win over the automatic choice."),
    Setting("wikidata_timeout", "30", "Seconds to wait for one answer from the Wikidata endpoint."),
    Setting("serve_timeout_seconds", "10",
            "`kg serve`: seconds a query may run before the server answers 503 and stops reading its results."),
    Setting("serve_row_limit", "10000",
            "`kg serve`: most rows (or triples) in one SPARQL answer; a longer result is cut and marked "
            "with the header X-KG-Truncated: true."),
    Setting("serve_max_request_bytes", "100000",
            "`kg serve`: largest request body (query text, form or uploaded articles) in bytes; larger gets 413."),
)


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build one with :func:`load_settings`."""

    store: Path = Path(".kg-store")
    ontology_dir: Path = PROJECT_ROOT / "ontology"
    queries_dir: Path = PROJECT_ROOT / "queries"
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    max_file_bytes: int = 5_000_000
    wikidata_endpoint: str = "https://query.wikidata.org/sparql"
    wikidata_cache: Path = PROJECT_ROOT / "kg" / "data" / "wikidata-cache"
    wikidata_overrides: Path = PROJECT_ROOT / "kg" / "data" / "wikidata-overrides.toml"
    wikidata_timeout: int = 30
    serve_timeout_seconds: int = 10
    serve_row_limit: int = 10000
    serve_max_request_bytes: int = 100000
    extra: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def with_values(self, **values: object) -> Settings:
        """Return a copy with some values replaced (``None`` values are ignored)."""
        given = {key: value for key, value in values.items() if value is not None}
        return replace(self, **{key: _coerce(key, value) for key, value in given.items()})


def _coerce(name: str, value: object) -> object:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind == "Path":
        return Path(str(value))
    if kind == "int":
        return int(str(value))
    return value


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Defaults overridden by ``KG_<NAME>`` environment variables.

    >>> load_settings({"KG_STORE": "/tmp/s"}).store
    PosixPath('/tmp/s')
    """
    environ = dict(os.environ) if environ is None else environ
    values = {s.name: environ[s.env_var] for s in SETTINGS if s.env_var in environ}
    return Settings().with_values(**values)
