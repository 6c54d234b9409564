"""IRI minting: stable, readable IRIs for entities and content-hashed IRIs for facts."""

from __future__ import annotations

import hashlib

from kg.extract.gazetteer import slug
from kg.model import EntityRef
from kg.vocab import GRAPH_BASE, RESOURCE_BASE

_KIND_PATH = {"state": "state", "person": "person", "organisation": "org", "place": "place", "group": "group"}


def entity_iri(ref: EntityRef) -> str:
    """>>> entity_iri(EntityRef("state", "CU", "Cuba"))
    'https://w3id.org/geokg/resource/state/CU'
    """
    return f"{RESOURCE_BASE}{_KIND_PATH[ref.kind]}/{ref.key}"


def document_iri(doc_id: str) -> str:
    return f"{RESOURCE_BASE}document/{doc_id}"


def document_graph(doc_id: str) -> str:
    """The named graph holding everything extracted from one document."""
    return f"{GRAPH_BASE}document/{doc_id}"


ONTOLOGY_GRAPH = f"{GRAPH_BASE}ontology"
# One copy of every entity's type and label, shared by all documents. Each document graph keeps
# its own copy too (so it stands alone), but under the union default graph those copies repeat
# once per document; queries read labels from here to look each entity up once.
ENTITIES_GRAPH = f"{GRAPH_BASE}entities"
ENTITY_PREFIXES = tuple(f"{RESOURCE_BASE}{path}/" for path in _KIND_PATH.values())


def role_iri(role: str) -> str:
    return f"{RESOURCE_BASE}role/{slug(role)}"


def fact_iri(kind: str, doc_id: str, *parts: object) -> str:
    """A fact IRI from a hash of its document and defining values, stable across runs."""
    digest = hashlib.sha1("\x1f".join([doc_id, *map(str, parts)]).encode("utf-8")).hexdigest()[:16]
    return f"{RESOURCE_BASE}{kind}/{digest}"


def run_iri(run_id: str) -> str:
    return f"{RESOURCE_BASE}run/{run_id}"
