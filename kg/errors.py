"""Every error kg raises on purpose.

The tree::

    KGError                      base class; ``str(err)`` is a one-line message for users
    ├── InputError               a source file cannot be read as an article
    ├── ExtractionError          the pipeline is misconfigured or a rule file is invalid
    ├── ShapeViolation           built RDF does not conform to ontology/shapes.ttl
    ├── StoreError               the store cannot be opened, read or written
    ├── QueryNotFound            no canned query of that name
    ├── NotFound                 no entity or document with that name or IRI in the graph
    ├── QueryParamError          a canned-query parameter is missing, unknown or invalid
    ├── SparqlError              a SPARQL text is malformed or not allowed
    │   └── UpdateRefused        a SPARQL update sent where only reads are allowed
    ├── QueryTimeout             a query ran past the server's time limit
    ├── CheckError               `kg check` could not run its reasoner
    └── LinkError                a Wikidata endpoint failed: down, slow, an HTTP error or a garbled answer

``http_status`` is the status code a web front end should answer with.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of all kg errors."""

    http_status = 500


class InputError(KGError):
    """A source path is missing, empty, binary, not UTF-8 or too large."""

    http_status = 400


class ExtractionError(KGError):
    """The extraction pipeline or one of its rule files is broken."""


class ShapeViolation(KGError):
    """Output failed SHACL validation; the message quotes sh:message and the focus node."""

    def __init__(self, message: str, *, focus_node: str = "", violations: tuple[str, ...] = ()):
        super().__init__(message)
        self.focus_node = focus_node
        self.violations = violations


class StoreError(KGError):
    """The store could not be opened, read or written."""

    http_status = 503


class QueryNotFound(KGError):
    """No canned query has that name."""

    http_status = 404


class NotFound(KGError):
    """No entity or document with that name, id or IRI is in the graph."""

    http_status = 404


class QueryParamError(KGError):
    """A canned-query parameter is missing, undeclared or has a bad value."""

    http_status = 400


class SparqlError(KGError):
    """A SPARQL text does not parse or asks for something not allowed."""

    http_status = 400


class UpdateRefused(SparqlError):
    """A SPARQL update (INSERT, DELETE, LOAD ...) where the graph is read-only."""

    http_status = 403


class QueryTimeout(KGError):
    """A query did not finish within the time limit (``serve_timeout_seconds``)."""

    http_status = 503


class CheckError(KGError):
    """The OWL reasoner could not be run (as opposed to finding the graph inconsistent)."""


class LinkError(KGError):
    """A SPARQL endpoint used for Wikidata linking failed: unreachable, too slow, an error or garbage.

    Linking catches it, keeps the provisional local IRIs and reports a warning; only ``kg link
    --strict`` lets it stop the command.
    """

    http_status = 502
