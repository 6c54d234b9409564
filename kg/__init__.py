"""kg: a geopolitical knowledge graph built from news and analysis articles.

The package imports nothing heavy at start-up: spaCy, rdflib and pySHACL load only
inside the functions that need them, so ``kg --help`` and ``kg query`` stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.errors import (
    CheckError,
    ExtractionError,
    InputError,
    KGError,
    LinkError,
    NotFound,
    QueryNotFound,
    QueryParamError,
    QueryTimeout,
    ShapeViolation,
    SparqlError,
    StoreError,
    UpdateRefused,
)
from kg.ingest import IngestReport, ingest
from kg.queries import CannedQuery, get_query, load_queries, resolve_entity
from kg.results import QueryResult
from kg.sparql import SparqlResult, run_sparql
from kg.settings import SETTINGS, Settings, load_settings
from kg.store import GraphStore

__all__ = [
    "CannedQuery",
    "CheckError",
    "ExtractionError",
    "GraphStore",
    "IngestReport",
    "InputError",
    "KGError",
    "LinkError",
    "NotFound",
    "QueryNotFound",
    "QueryParamError",
    "QueryResult",
    "QueryTimeout",
    "SETTINGS",
    "Settings",
    "ShapeViolation",
    "SparqlError",
    "SparqlResult",
    "StoreError",
    "UpdateRefused",
    "get_query",
    "ingest",
    "load_queries",
    "load_settings",
    "resolve_entity",
    "run_sparql",
]
